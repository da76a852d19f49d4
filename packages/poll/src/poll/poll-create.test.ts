import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { PleinPoll } from './poll.element.js';
import type { PleinPollCreatedDetail } from './events.js';
import { toLocalInput } from './poll-form.js';
import {
  $,
  $$,
  HOUR,
  START,
  button,
  focused,
  has,
  keyRecorder,
  nodeName,
  nextTask,
  renderPoll,
  seeded,
  textOf,
  until,
  variant,
  type Setup,
  calm,
  type Name,
} from './poll.fixtures.js';
import { createMemoryWorld } from '@plein/store-memory';
import type { SeedPoll } from '@plein/core/testing';

const setup = (polls?: SeedPoll[], as?: Name) => seeded(createMemoryWorld(), polls, as);

const formShown = (el: PleinPoll) => until(el, () => $(el, 'form.poll-form'), 'the create form');

/** The answer inputs, in order. */
const answers = (el: PleinPoll) => $$<HTMLInputElement>(el, '.answer-list input');

/** Types into a field the way a person would: value, then an input event. */
function fill(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function pick(input: HTMLInputElement): void {
  input.click();
}

async function createForm(s: Setup, lang = 'en'): Promise<PleinPoll> {
  const el = await renderPoll(s, { mode: 'create', lang });
  await formShown(el);
  return el;
}

describe('<plein-poll mode="create">', () => {
  it('offers a complete, accessible form', async () => {
    const s = await setup();
    const el = await createForm(s);
    expect(textOf(el, '.form-heading')).to.equal('New poll');
    expect($(el, 'label[for="pf-question"]')!.textContent!.trim()).to.equal('Question');
    expect(answers(el)).to.have.length(2);
    expect(textOf(el, '#pf-options-hint')).to.equal('Between 2 and 10 answers.');
    expect(textOf(el, '#pf-question-count')).to.equal('0 of 300 characters');
    expect($(el, '#pf-anonymous')).to.be.instanceOf(HTMLInputElement);
    expect($<HTMLInputElement>(el, '#pf-closesAt')!.type).to.equal('datetime-local');
    expect($<HTMLInputElement>(el, '#pf-closesAt')!.min).to.equal(toLocalInput(START));
    // Two answers is the least: they cannot be removed.
    expect($$<HTMLButtonElement>(el, '.remove').every((b) => b.disabled)).to.be.true;
    await expect(calm(el)).to.be.accessible();
  });

  it('shows the store’s message next to an empty question and moves focus there', async () => {
    const s = await setup();
    const el = await createForm(s);
    fill(answers(el)[0]!, 'Yes');
    fill(answers(el)[1]!, 'No');
    const failed = oneEvent(el, 'plein-error');
    button(el, 'Create poll').click();
    expect((await failed).detail.error.details.field).to.equal('question');
    await el.updateComplete;
    const question = $<HTMLTextAreaElement>(el, '#pf-question')!;
    expect(textOf(el, '#pf-question-error')).to.equal('Please type a question.');
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    expect(question.getAttribute('aria-describedby')).to.contain('pf-question-error');
    expect(focused(el)).to.equal(nodeName(question));
    expect((await s.store.polls.listMine()).items).to.have.length(0);
    await expect(calm(el)).to.be.accessible();

    // Typing clears the message.
    fill(question, 'Lunch?');
    await el.updateComplete;
    expect(has(el, '#pf-question-error'), '#pf-question-error').to.be.false;
  });

  it('adds answers with the keyboard up to ten, and refuses an eleventh', async () => {
    const s = await setup();
    const el = await createForm(s);
    answers(el)[0]!.focus();
    await sendKeys({ type: 'A1' });
    await sendKeys({ press: 'Enter' }); // to the next answer
    expect(focused(el)).to.equal(nodeName(answers(el)[1]));
    await sendKeys({ type: 'A2' });
    for (let n = 3; n <= 10; n++) {
      await sendKeys({ press: 'Enter' }); // at the end: adds one and moves there
      await el.updateComplete;
      expect(answers(el)).to.have.length(n);
      expect(focused(el)).to.equal(nodeName(answers(el)[n - 1]));
      await sendKeys({ type: `A${n}` });
    }
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answers(el)).to.have.length(10);
    const add = button(el, 'Add answer');
    expect(add.disabled).to.be.true;
    add.click();
    await el.updateComplete;
    expect(answers(el)).to.have.length(10);
    expect(textOf(el, '#pf-options-hint')).to.equal("That's the most: a poll has at most 10 answers.");
    expect(answers(el).map((a) => a.value)).to.deep.equal([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'A9',
      'A10',
    ]);
    // Enter never submitted the form.
    expect((await s.store.polls.listMine()).items).to.have.length(0);
    await expect(calm(el)).to.be.accessible();
  });

  it('removes an answer and keeps focus in the list', async () => {
    const s = await setup();
    const el = await createForm(s);
    button(el, 'Add answer').click();
    await el.updateComplete;
    expect(focused(el)).to.equal(nodeName(answers(el)[2]));
    ['Pizza', 'Sushi', 'Salad'].forEach((value, i) => fill(answers(el)[i]!, value));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[aria-label="Remove answer 2"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answers(el).map((a) => a.value)).to.deep.equal(['Pizza', 'Salad']);
    expect(focused(el)).to.equal(nodeName(answers(el)[1]));
    expect(textOf(el, '[role="status"][aria-live="polite"]')).to.equal('Answer 2 removed.');
  });

  it('shows the store’s error next to a 10,000-character answer', async () => {
    const s = await setup();
    const el = await createForm(s);
    fill($(el, '#pf-question')!, 'Which long answer?');
    fill(answers(el)[0]!, 'Short');
    fill(answers(el)[1]!, 'x'.repeat(10_000));
    await el.updateComplete;
    // The hint counts before the store refuses.
    expect(textOf(el, '.answer-row:nth-child(2) .counter')).to.equal('10,000 of 120 characters');
    button(el, 'Create poll').click();
    await until(el, () => $(el, '.answer-row .field-error'), 'the error');
    const second = answers(el)[1]!;
    const error = $(el, '.answer-row:nth-child(2) .field-error')!;
    expect(error.textContent!.trim()).to.equal('Each answer can be at most 120 characters long.');
    expect(second.getAttribute('aria-invalid')).to.equal('true');
    expect(second.getAttribute('aria-describedby')).to.contain(error.id);
    expect(has(el, '.answer-row:nth-child(1) .field-error'), '.answer-row:nth-child(1) .field-error').to.be.false;
    expect(focused(el)).to.equal(nodeName(second));
    await expect(calm(el)).to.be.accessible();
  });

  it('creates a poll, fires plein-poll-created and shows it with its permalink', async () => {
    const s = await setup();
    const el = await createForm(s);
    fill($(el, '#pf-question')!, '  Which days suit the team day?  ');
    button(el, 'Add answer').click();
    await el.updateComplete;
    ['Monday', 'Wednesday', 'Friday'].forEach((value, i) => fill(answers(el)[i]!, value));
    pick($$<HTMLInputElement>(el, 'input[name="pf-kind"]')[1]!);
    await el.updateComplete;
    const max = $<HTMLSelectElement>(el, '#pf-maxChoices')!;
    expect([...max.options].map((o) => o.textContent!.trim())).to.deep.equal(['No limit', '2 answers']);
    max.value = '2';
    max.dispatchEvent(new Event('change'));
    pick($<HTMLInputElement>(el, '#pf-anonymous')!);
    pick($$<HTMLInputElement>(el, 'input[name="pf-visibility"]')[2]!);
    fill($(el, '#pf-closesAt')!, toLocalInput(START + 2 * HOUR));
    await el.updateComplete;
    await expect(calm(el)).to.be.accessible();

    const created = oneEvent(el, 'plein-poll-created');
    button(el, 'Create poll').click();
    const { poll } = ((await created) as CustomEvent<PleinPollCreatedDetail>).detail;
    expect(poll).to.deep.include({
      question: 'Which days suit the team day?',
      kind: 'multiple',
      maxChoices: 2,
      anonymous: true,
      resultsVisibility: 'after-close',
      closesAt: new Date(START + 2 * HOUR).toISOString(),
    });
    expect(poll.options.map((o) => o.label)).to.deep.equal(['Monday', 'Wednesday', 'Friday']);

    await until(el, () => $(el, '.created'), 'the created poll');
    expect(textOf(el, '#created-heading')).to.equal('Your poll is ready');
    expect(focused(el)).to.equal(nodeName($(el, '#created-heading')));
    const url = `https://intranet.example.org/news/lunch#plein-poll=${encodeURIComponent(poll.id)}`;
    expect($<HTMLInputElement>(el, '#created-url')!.value).to.equal(url);
    expect($<HTMLAnchorElement>(el, 'a.permalink')!.href).to.equal(url);
    // The new poll is live right away: its question, anonymity note and countdown.
    expect(textOf(el, 'legend')).to.equal('Which days suit the team day?');
    expect(textOf(el, '#anonymous-note')).to.contain('Anonymous: nobody can see what you chose.');
    expect(textOf(el, '.countdown')).to.equal('Closes in 2 hours');
    expect((await s.store.polls.listMine()).items.map((p) => p.id)).to.deep.equal([poll.id]);
    await expect(calm(el)).to.be.accessible();

    button(el, 'Create another poll').click();
    await formShown(el);
    expect($<HTMLTextAreaElement>(el, '#pf-question')!.value).to.equal('');
    expect(focused(el)).to.equal(nodeName($(el, '#pf-question')));
  });

  it('keeps one idempotency key across retries, so a lost reply never makes a second poll', async () => {
    const s = await setup();
    const recorder = keyRecorder(s.store);
    const el = await createForm({ world: s.world, store: recorder.store });
    fill($(el, '#pf-question')!, 'Coffee or tea?');
    fill(answers(el)[0]!, 'Coffee');
    fill(answers(el)[1]!, 'Tea');

    // First try: the store hangs, the element gives up after 15 s; the write lands later.
    s.world.faults.stall();
    button(el, 'Create poll').click();
    await el.updateComplete;
    expect(button(el, 'Saving…').getAttribute('aria-disabled')).to.equal('true');
    s.world.clock.advance(15_000);
    await until(el, () => $(el, '.form-error'), 'the timeout');
    expect(textOf(el, '.form-error')).to.equal("We can't reach the service right now. Please try again in a moment.");
    expect(focused(el)).to.equal(nodeName($(el, '.form-error')));
    s.world.faults.release();
    await nextTask();

    // Second try: an outright failure.
    s.world.faults.failNext('unavailable');
    button(el, 'Create poll').click();
    await until(
      el,
      () => $(el, '.form-error') && $(el, 'button[type="submit"]')!.getAttribute('aria-disabled') === 'false',
      'the failure',
    );

    // Third try succeeds with the same key: still one poll.
    const created = oneEvent(el, 'plein-poll-created');
    button(el, 'Create poll').click();
    await created;
    expect(recorder.keys.create).to.have.length(3);
    expect(new Set(recorder.keys.create).size).to.equal(1);
    expect((await s.store.polls.listMine()).items).to.have.length(1);
  });

  it('does not offer anonymous polls when the store cannot keep them, and says why', async () => {
    const s = await setup();
    const el = await createForm({
      world: s.world,
      store: variant(s.store, { capabilities: { anonymousPolls: false } }),
    });
    expect(has(el, '#pf-anonymous input, input#pf-anonymous'), '#pf-anonymous input, input#pf-anonymous').to.be.false;
    expect(textOf(el, '.unavailable')).to.equal(
      "Anonymous polls aren't available here: the storage this site uses can't guarantee that nobody sees who voted what.",
    );
    await expect(calm(el)).to.be.accessible();
  });

  it('notes when results hidden until close can still be read by site owners', async () => {
    const s = await setup();
    const el = await createForm({
      world: s.world,
      store: variant(s.store, { capabilities: { sealedResults: false } }),
    });
    pick($$<HTMLInputElement>(el, 'input[name="pf-visibility"]')[2]!);
    await el.updateComplete;
    expect(textOf(el, '.visibility .hint')).to.equal(
      "Colleagues with access to this site's data can read the votes before the poll closes: only this page waits.",
    );
  });

  it('explains that people who may not create polls cannot', async () => {
    const s = await setup();
    const el = await renderPoll(
      {
        world: s.world,
        store: variant(s.store, {
          me: { can: { createPolls: false, manageKudos: false, manageOnboarding: false, viewInsights: false } },
        }),
      },
      { mode: 'create' },
    );
    await until(el, () => $(el, '.empty-state'), 'the explanation');
    expect(textOf(el, '.state-heading')).to.equal("You can't create polls here");
    expect(has(el, 'form'), 'form').to.be.false;
    await expect(calm(el)).to.be.accessible();
  });

  it('fits a 320 px wide phone', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const s = await setup();
      const el = await createForm(s);
      pick($$<HTMLInputElement>(el, 'input[name="pf-kind"]')[1]!);
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const form = $(el, 'form.poll-form')!;
      expect(form.scrollWidth).to.be.at.most(form.clientWidth);
      for (const control of $$(el, 'input:not([type="radio"]):not([type="checkbox"]), textarea, select, button')) {
        expect(control.getBoundingClientRect().right, nodeName(control)).to.be.at.most(
          el.getBoundingClientRect().right,
        );
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows the form in Dutch, with Dutch store messages', async () => {
    const s = await setup();
    const el = await createForm(s, 'nl');
    expect(textOf(el, '.form-heading')).to.equal('Nieuwe peiling');
    expect(textOf(el, '#pf-options-hint')).to.equal('Tussen 2 en 10 antwoorden.');
    button(el, 'Peiling maken').click();
    await until(el, () => $(el, '#pf-question-error'), 'the error');
    expect(textOf(el, '#pf-question-error')).to.equal('Typ een vraag.');
    await expect(calm(el)).to.be.accessible();
  });
});
