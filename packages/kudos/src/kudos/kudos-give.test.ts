/**
 * Giving kudos: by keyboard alone, every bad input refused at its field with nothing saved, the
 * draft across a failed send and a reload, and no duplicate when a send is retried.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LIMITS, type Kudos } from '@plein/core';
import { MENTION_DELAY_MS, PEOPLE_SEARCH_DELAY_MS, STORE_TIMEOUT } from '@plein/ui';
import {
  $,
  $$,
  PEOPLE,
  VALUES,
  button,
  calm,
  card,
  chooseValue,
  chosen,
  clearDrafts,
  fieldError,
  focused,
  has,
  nextTask,
  openGive,
  pick,
  picker,
  seeded,
  send,
  textOf,
  toast,
  until,
  wall,
  write,
  type Setup,
} from './wall.fixtures.js';
import type { PleinKudosWall } from './kudos-wall.element.js';

/** Everything the store holds, as Alice sees it. */
async function all(s: Setup): Promise<Kudos[]> {
  return (await s.store.kudos!.list({}, { limit: 50 })).items;
}

/** The focused element inside the people picker, or the element's own focus. */
function focusedDeep(el: PleinKudosWall): string {
  const inner = picker(el)?.shadowRoot?.activeElement;
  return el.shadowRoot!.activeElement === picker(el) && inner ? `picker ${inner.localName}` : focused(el);
}

describe('<plein-kudos-wall> giving', () => {
  // Drafts live in localStorage, which every test page of this origin shares.
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('gives kudos to two colleagues by keyboard alone', async () => {
    const s = await seeded();
    const el = await wall(s);
    const given = oneEvent(el, 'plein-kudos-given');
    button(el, 'Give kudos').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => focusedDeep(el) === 'picker input', 'focus in the picker');

    for (const name of ['Bob', 'Cara']) {
      await sendKeys({ type: name });
      s.world.clock.advance(PEOPLE_SEARCH_DELAY_MS);
      await until(el, () => picker(el).shadowRoot!.querySelector('[role="option"]'), `${name} found`);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(el, () => chosen(el).some((n) => n.startsWith(name)), `${name} chosen`);
    }
    expect(chosen(el)).to.deep.equal([PEOPLE.bob.displayName, PEOPLE.cara.displayName]);

    // Tab to the values: one stop for the group, arrows choose.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.match(/^input#give-value-/);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect($<HTMLInputElement>(el, `#give-value-${VALUES.teamwork.id}`)!.checked).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('textarea#give-message');
    await sendKeys({ type: 'Thanks for the release night! #teamwork' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('button');
    await sendKeys({ press: 'Enter' });

    const { detail } = await given;
    expect(detail.kudos.toIds).to.deep.equal([PEOPLE.bob.id, PEOPLE.cara.id]);
    expect(detail.kudos.valueId).to.equal(VALUES.teamwork.id);
    expect(detail.kudos.message).to.equal('Thanks for the release night! #teamwork');
    const saved = await all(s);
    expect(saved.map((k) => k.id)).to.deep.equal([detail.kudos.id]);

    // First on the wall, focused, said and shown.
    await until(el, () => focused(el) === `article#${card(el, detail.kudos.id).id}`, 'focus on the new card');
    expect($$(el, '[role="feed"] > article')[0]!.dataset['id']).to.equal(detail.kudos.id);
    expect(toast(el)).to.equal(`Kudos sent to ${PEOPLE.bob.displayName} and ${PEOPLE.cara.displayName}.`);
    expect(has(el, 'form.give')).to.equal(false);
  });

  it('refuses nobody, an empty message and no value, each at its field, and saves nothing', async () => {
    const s = await seeded();
    const el = await wall(s);
    await openGive(el);
    await send(el);
    expect(fieldError(el, 'people')).to.equal('Choose at least one colleague.');
    expect(fieldError(el, 'value')).to.equal('Choose the value they lived up to.');
    expect(fieldError(el, 'message')).to.equal('Write a few words about what they did.');
    await until(el, () => focusedDeep(el) === 'picker input', 'focus on the first field in error');
    // The picker's own search field is invalid and described by the hint and the error (in its shadow root).
    const search = picker(el).shadowRoot!.querySelector('input')!;
    expect(search.getAttribute('aria-invalid')).to.equal('true');
    const described = search.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => textOf(picker(el), `#${id}`))).to.deep.equal([
      'Choose up to 10 colleagues.',
      'Choose at least one colleague.',
    ]);
    expect(picker(el).shadowRoot!.querySelector('#error')!.getAttribute('role')).to.equal('alert');
    expect($(el, 'fieldset.values')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'fieldset.values')!.getAttribute('aria-describedby')).to.equal('give-value-error');
    const area = $<HTMLTextAreaElement>(el, '#give-message')!;
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(area.getAttribute('aria-describedby')).to.include('give-message-error');
    await expect(calm(el)).to.be.accessible();

    // Fixing the first moves focus to the next one in error.
    await pick(el, s.world, 'Bob');
    await send(el);
    expect(fieldError(el, 'people')).to.equal('');
    expect(picker(el).shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('false');
    await until(el, () => focused(el).startsWith('input#give-value-'), 'focus on the values');
    expect(await all(s)).to.deep.equal([]);
  });

  it('refuses the giver as a recipient, at once, with a clear message', async () => {
    const s = await seeded();
    const el = await wall(s);
    await openGive(el);
    await pick(el, s.world, 'Alice');
    expect(chosen(el)).to.deep.equal([]);
    expect(fieldError(el, 'people')).to.equal("You can't give kudos to yourself. Choose a colleague.");
    await pick(el, s.world, 'Bob');
    expect(chosen(el)).to.deep.equal([PEOPLE.bob.displayName]);
    expect(fieldError(el, 'people')).to.equal('');
  });

  it('counts characters near the limit and refuses a message over 1,000', async () => {
    const s = await seeded();
    const el = await wall(s);
    await openGive(el);
    await pick(el, s.world, 'Bob');
    await chooseValue(el, VALUES.courage.id);
    await write(el, 'x'.repeat(LIMITS.kudosMessage - 5));
    expect(textOf(el, '.counter')).to.equal('5 characters left');
    await write(el, 'x'.repeat(LIMITS.kudosMessage + 1));
    expect(textOf(el, '.counter')).to.equal('1 character too many');
    await send(el);
    expect(fieldError(el, 'message')).to.equal('The message can be at most 1,000 characters long.');
    await until(el, () => focused(el) === 'textarea#give-message', 'focus on the message');
    expect(await all(s)).to.deep.equal([]);
  });

  it('offers only active values, and refuses one archived while the form was open', async () => {
    const s = await seeded();
    const el = await wall(s);
    await openGive(el);
    const offered = $$<HTMLInputElement>(el, 'input[name="give-value"]').map((r) => r.value);
    expect(offered).to.deep.equal([VALUES.teamwork.id, VALUES.courage.id, VALUES.customer.id]);
    expect(textOf(el, 'fieldset.values')).to.include('Better together');
    await pick(el, s.world, 'Bob');
    await chooseValue(el, VALUES.courage.id);
    await write(el, 'Brave call');
    // An editor archives it meanwhile: the wall hears of it.
    await s.world.as(PEOPLE.cara.id).kudos!.archiveValue(VALUES.courage.id, true, { idempotencyKey: 'archive' });
    await until(el, () => !has(el, `#give-value-${VALUES.courage.id}`), 'the archived value gone');
    await send(el);
    expect(fieldError(el, 'value')).to.equal('That value is no longer in use. Choose another one.');
    expect(await all(s)).to.deep.equal([]);
  });

  it('says so when the store does not know someone chosen (a draft of someone who left)', async () => {
    const s = await seeded();
    localStorage.setItem(
      `plein-kudos-draft:${PEOPLE.alice.id}`,
      JSON.stringify({
        people: [{ id: 'p-gone', displayName: 'Gone Person' }],
        valueId: VALUES.teamwork.id,
        text: 'Thanks for everything',
        mentions: [],
        key: 'draft-key',
      }),
    );
    const el = await wall(s);
    await openGive(el);
    expect(chosen(el)).to.deep.equal(['Gone Person']);
    await send(el);
    await until(el, () => fieldError(el, 'people'), 'the refusal');
    expect(fieldError(el, 'people')).to.equal("Someone you chose can't be found. Remove them and choose again.");
    expect(await all(s)).to.deep.equal([]);
  });

  it('keeps the draft after a failed send and after the element is made again', async () => {
    const s = await seeded();
    let el = await wall(s);
    await openGive(el);
    await pick(el, s.world, 'Bob');
    await chooseValue(el, VALUES.customer.id);
    await write(el, 'You saved the demo');
    s.world.faults.failNext('unavailable');
    await send(el);
    await until(el, () => textOf(el, 'form.give [role="alert"]'), 'the failure');
    expect(chosen(el)).to.deep.equal([PEOPLE.bob.displayName]);
    expect($<HTMLTextAreaElement>(el, '#give-message')!.value).to.equal('You saved the demo');

    el.remove();
    el = await wall(s);
    await openGive(el);
    expect(chosen(el)).to.deep.equal([PEOPLE.bob.displayName]);
    expect($<HTMLInputElement>(el, `#give-value-${VALUES.customer.id}`)!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#give-message')!.value).to.equal('You saved the demo');
    // The form opens where the draft needs work: everything is filled in, so the message.
    await until(el, () => focused(el) === 'textarea#give-message', 'focus on the message');
    await send(el);
    await until(el, () => !has(el, 'form.give'), 'the kudos given');
    expect((await all(s)).map((k) => k.message)).to.deep.equal(['You saved the demo']);
  });

  it('never gives twice when a send whose answer was lost is retried', async () => {
    const s = await seeded();
    const el = await wall(s);
    await openGive(el);
    await pick(el, s.world, 'Zoë');
    await chooseValue(el, VALUES.teamwork.id);
    await write(el, 'Once only');
    s.world.faults.stall();
    await send(el);
    await nextTask();
    s.world.clock.advance(STORE_TIMEOUT);
    await until(el, () => textOf(el, 'form.give [role="alert"]'), 'the timeout');
    s.world.faults.release();
    for (let round = 0; round < 100 && (await all(s)).length === 0; round++) await nextTask();
    expect(await all(s), 'the stalled call landed').to.have.length(1);
    await send(el);
    await until(el, () => !has(el, 'form.give'), 'the retry to succeed');
    const saved = await all(s);
    expect(saved).to.have.length(1);
    expect($$(el, '[role="feed"] > article').filter((a) => a.dataset['id'] === saved[0]!.id)).to.have.length(1);
  });

  it('mentions colleagues with @ and keeps hashtags, as the feed does', async () => {
    const s = await seeded();
    const el = await wall(s);
    await openGive(el);
    await pick(el, s.world, 'Bob');
    await chooseValue(el, VALUES.teamwork.id);
    const area = $<HTMLTextAreaElement>(el, '#give-message')!;
    area.focus();
    await sendKeys({ type: 'Thanks, with @Zo' });
    s.world.clock.advance(MENTION_DELAY_MS);
    await until(el, () => has(el, '.mention-option'), 'the people to mention');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'too #launch' });
    await send(el);
    await until(el, () => !has(el, 'form.give'), 'the kudos given');
    const [saved] = await all(s);
    expect(saved!.message).to.equal(`Thanks, with @[${PEOPLE.zoe.displayName}](${PEOPLE.zoe.id}) too #launch`);
    expect(saved!.mentions).to.deep.equal([PEOPLE.zoe.id]);
    expect(saved!.hashtags).to.deep.equal(['launch']);
    expect(textOf(card(el, saved!.id), '.rich-mention')).to.equal(`@${PEOPLE.zoe.displayName}`);
  });

  it('is accessible open, and with Dutch labels', async () => {
    const s = await seeded();
    const el = await wall(s, { lang: 'nl' });
    button(el, 'Kudos geven').click();
    await until(el, () => has(el, 'form.give'), 'the form');
    expect(textOf(el, '.give-title')).to.equal('Kudos geven');
    expect(textOf(el, 'fieldset.values legend')).to.equal('Voor welke waarde?');
    expect(textOf(el, 'fieldset.values')).to.include('Samenwerking');
    button(el, 'Kudos versturen').click();
    await el.updateComplete;
    expect(fieldError(el, 'people')).to.equal('Kies minstens één collega.');
    await expect(calm(el)).to.be.accessible();
  });
});
