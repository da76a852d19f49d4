import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SeedPoll } from '@plein/core/testing';
import type { PleinPoll } from './poll.element.js';
import {
  $,
  $$,
  HOUR,
  MINUTE,
  PEOPLE,
  START,
  button,
  focused,
  has,
  iso,
  lunchPoll,
  nodeName,
  renderPoll,
  seeded,
  textOf,
  toast,
  until,
  calm,
  type Name,
} from './poll.fixtures.js';
import { createMemoryWorld } from '@plein/store-memory';

const setup = (polls?: SeedPoll[], as?: Name) => seeded(createMemoryWorld(), polls, as);

const listShown = (el: PleinPoll) => until(el, () => $(el, '.manage-list') || $(el, '.empty-state'), 'the list');
const item = (el: PleinPoll, id: string) => $(el, `[data-poll="${id}"]`)!;
const itemButtons = (el: PleinPoll, id: string) =>
  [...item(el, id).querySelectorAll('.actions button')].map((b) => b.textContent!.trim());

/** Alice's polls, newest last in `createdAt` (the store lists newest first). */
function alicePolls(): SeedPoll[] {
  return [
    lunchPoll({ id: 'poll-a1', createdBy: PEOPLE.alice.id, question: 'Lunch on Friday?' }),
    lunchPoll({
      id: 'poll-a2',
      createdBy: PEOPLE.alice.id,
      question: 'Team day venue?',
      closesAt: iso(START + 3 * HOUR),
      votes: [
        { by: PEOPLE.bob.id, optionIds: ['o-pizza'] },
        { by: PEOPLE.zoe.id, optionIds: ['o-sushi'] },
      ],
    }),
    lunchPoll({ id: 'poll-a3', createdBy: PEOPLE.alice.id, question: 'Old poll', closedAt: iso(START - 2 * HOUR) }),
    lunchPoll({ id: 'poll-bob', createdBy: PEOPLE.bob.id, question: 'Bob’s poll' }),
  ];
}

/** Captures what `downloadCsv` hands to the browser, without starting a real download. */
async function captureDownload(run: () => void): Promise<{ name: string; text: string; bom: boolean }> {
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), 'blob:captured');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    run();
    for (let i = 0; i < 50 && !name; i++) await new Promise((resolve) => setTimeout(resolve));
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  if (!blob) throw new Error('nothing was downloaded');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  // text() drops the byte-order mark, so look for it in the bytes.
  return {
    name,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
  };
}

describe('<plein-poll mode="manage">', () => {
  it('lists the signed-in person’s polls, newest first, with status and voters', async () => {
    const s = await setup(alicePolls());
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    expect(textOf(el, '.manage-heading')).to.equal('My polls');
    expect($$(el, '.manage-question').map((h) => h.textContent!.trim())).to.deep.equal([
      'Old poll',
      'Team day venue?',
      'Lunch on Friday?',
    ]);
    expect(textOf(el, '[data-poll="poll-a2"] .manage-meta')).to.equal('Open 2 people voted Closes in 3 hours');
    expect(textOf(el, '[data-poll="poll-a3"] .manage-meta')).to.equal('Closed Nobody has voted yet Closed 2 hours ago');
    // Edit only while nobody has voted; close only while open.
    expect(itemButtons(el, 'poll-a1')).to.deep.equal(['Edit', 'Close poll', 'Export CSV', 'Copy link']);
    expect(itemButtons(el, 'poll-a2')).to.deep.equal(['Close poll', 'Export CSV', 'Copy link']);
    expect(itemButtons(el, 'poll-a3')).to.deep.equal(['Export CSV', 'Copy link']);
    // Each group of actions is named by its question.
    expect(item(el, 'poll-a2').querySelector('.actions')!.getAttribute('aria-labelledby')).to.equal('mq-poll-a2');
    await expect(calm(el)).to.be.accessible();
  });

  it('invites a first poll when there are none', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    expect(textOf(el, '.state-heading')).to.equal("You haven't made any polls yet");
    await expect(calm(el)).to.be.accessible();
  });

  it('loads more polls a page at a time, keeping keyboard focus where the new ones start', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      lunchPoll({ id: `poll-${String(i).padStart(2, '0')}`, createdBy: PEOPLE.alice.id, question: `Question ${i}` }),
    );
    const s = await setup(many);
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    expect($$(el, '.manage-item')).to.have.length(20);
    button(el, 'Load more').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $$(el, '.manage-item').length === 25, 'the next page');
    expect(has(el, '.load-more')).to.be.false;
    expect(focused(el)).to.equal(nodeName($(el, '#mq-poll-04')));
    expect(new Set($$(el, '.manage-item').map((li) => li.dataset.poll)).size).to.equal(25);
  });

  it('edits a poll until its first vote, reusing the form', async () => {
    const s = await setup(alicePolls());
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    item(el, 'poll-a1').querySelector<HTMLButtonElement>('.edit')!.click();
    await until(el, () => $(el, 'form.poll-form'), 'the edit form');
    expect(textOf(el, '.form-heading')).to.equal('Edit poll');
    const question = $<HTMLTextAreaElement>(el, '#pf-question')!;
    expect(question.value).to.equal('Lunch on Friday?');
    expect(focused(el)).to.equal(nodeName(question));
    expect($$<HTMLInputElement>(el, '.answer-list input').map((i) => i.value)).to.deep.equal([
      'Pizza',
      'Sushi',
      'Salad',
    ]);
    await expect(calm(el)).to.be.accessible();

    question.value = 'Lunch on Thursday?';
    question.dispatchEvent(new Event('input'));
    button(el, 'Save changes').click();
    await until(el, () => $(el, '.manage-list'), 'the list again');
    expect(textOf(el, '#mq-poll-a1')).to.equal('Lunch on Thursday?');
    expect(toast(el)).to.equal('Changes saved.');
    expect((await s.store.polls.get('poll-a1')).question).to.equal('Lunch on Thursday?');
  });

  it('shows the store’s refusal when someone voted while the form was open', async () => {
    const s = await setup(alicePolls());
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    item(el, 'poll-a1').querySelector<HTMLButtonElement>('.edit')!.click();
    await until(el, () => $(el, 'form.poll-form'), 'the edit form');
    await s.world.as(PEOPLE.bob.id).polls.vote('poll-a1', ['o-pizza'], { idempotencyKey: 'bob' });
    button(el, 'Save changes').click();
    await until(el, () => $(el, '.form-error'), 'the refusal');
    expect(textOf(el, '.form-error')).to.equal(
      "This poll can't be changed anymore, because people have already voted.",
    );
    button(el, 'Cancel').click();
    await until(el, () => $(el, '.manage-list'), 'the list again');
  });

  it('closes a poll after confirming', async () => {
    const s = await setup(alicePolls());
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    item(el, 'poll-a2').querySelector<HTMLButtonElement>('.close-poll')!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(nodeName(item(el, 'poll-a2').querySelector('.confirm-close')));
    await expect(calm(el)).to.be.accessible();
    const closed = oneEvent(el, 'plein-poll-closed');
    await sendKeys({ press: 'Enter' });
    expect((await closed).detail).to.deep.equal({ pollId: 'poll-a2' });
    await until(el, () => textOf(el, '[data-poll="poll-a2"] .tag') === 'Closed', 'the closed status');
    expect(itemButtons(el, 'poll-a2')).to.deep.equal(['Export CSV', 'Copy link']);
    expect((await s.store.polls.get('poll-a2')).status).to.equal('closed');
  });

  it('exports results as CSV, escaped and safe from formula injection', async () => {
    const s = await setup([
      lunchPoll({
        id: 'poll-csv',
        createdBy: PEOPLE.alice.id,
        question: 'Budget: "which" option, really?',
        options: [
          { id: 'o-1', label: '=HYPERLINK("http://evil.example","click")' },
          { id: 'o-2', label: '+31 20 123 4567' },
          { id: 'o-3', label: '@SUM(A1:A2)' },
          { id: 'o-4', label: '-1' },
          { id: 'o-5', label: 'Plain, with a comma' },
        ],
        votes: [
          { by: PEOPLE.bob.id, optionIds: ['o-1'] },
          { by: PEOPLE.zoe.id, optionIds: ['o-5'] },
          { by: PEOPLE.mo.id, optionIds: ['o-5'] },
        ],
      }),
    ]);
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    const { name, text, bom } = await captureDownload(() =>
      item(el, 'poll-csv').querySelector<HTMLButtonElement>('.export')!.click(),
    );
    expect(name).to.equal('budget-which-option-really.csv');
    expect(bom).to.be.true;
    const q = '"Budget: ""which"" option, really?"';
    expect(text).to.equal(
      '\uFEFF' +
        [
          'Question,Answer,Votes,Percentage of voters',
          `${q},"'=HYPERLINK(""http://evil.example"",""click"")",1,33`,
          `${q},'+31 20 123 4567,0,0`,
          `${q},'@SUM(A1:A2),0,0`,
          `${q},'-1,0,0`,
          `${q},"Plain, with a comma",2,67`,
        ].join('\r\n') +
        '\r\n',
    );
    await until(el, () => toast(el), 'the confirmation');
    expect(toast(el)).to.equal('Results downloaded.');
  });

  it('writes Dutch column headers for Dutch readers', async () => {
    const s = await setup([lunchPoll({ id: 'poll-nl', createdBy: PEOPLE.alice.id, question: 'Lunch?' })]);
    const el = await renderPoll(s, { mode: 'manage', lang: 'nl' });
    await listShown(el);
    expect(textOf(el, '.manage-heading')).to.equal('Mijn peilingen');
    const { text } = await captureDownload(() =>
      item(el, 'poll-nl').querySelector<HTMLButtonElement>('.export')!.click(),
    );
    expect(text.split('\r\n')[0]).to.equal('\uFEFFVraag,Antwoord,Stemmen,Percentage van de stemmers');
    await expect(calm(el)).to.be.accessible();
  });

  it('explains that sealed results cannot be exported before the poll closes', async () => {
    const s = await setup([
      lunchPoll({
        id: 'poll-sealed',
        createdBy: PEOPLE.alice.id,
        resultsVisibility: 'after-close',
        closesAt: iso(START + 10 * MINUTE),
      }),
    ]);
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    item(el, 'poll-sealed').querySelector<HTMLButtonElement>('.export')!.click();
    await until(el, () => toast(el), 'the explanation');
    expect(toast(el)).to.equal('The results can be exported when the poll closes.');
  });

  it('copies each poll’s permalink', async () => {
    const s = await setup(alicePolls());
    const el = await renderPoll(s, { mode: 'manage' });
    await listShown(el);
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      item(el, 'poll-a3').querySelector<HTMLButtonElement>('.copy-link')!.click();
      await until(el, () => toast(el), 'the confirmation');
      expect(copied).to.deep.equal(['https://intranet.example.org/news/lunch#plein-poll=poll-a3']);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('shows an error with retry when the list cannot load', async () => {
    const s = await setup(alicePolls());
    s.world.faults.failNext('unavailable');
    const el = await renderPoll(s, { mode: 'manage' });
    await until(el, () => $(el, '.error-state'), 'the error');
    await expect(calm(el)).to.be.accessible();
    button(el, 'Try again').click();
    await until(el, () => $(el, '.manage-list'), 'the list');
    expect($$(el, '.manage-item')).to.have.length(3);
  });
});
