/**
 * Live changes (the "N new kudos" pill, reactions and deletes by others, changed values),
 * permalinks, and the celebration when kudos are given or received.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { newIdempotencyKey } from '@plein/core';
import { CELEBRATION_MS } from './celebration.js';
import {
  PEOPLE,
  VALUES,
  $,
  $$,
  calm,
  card,
  chooseValue,
  clearDrafts,
  has,
  kudos,
  messages,
  nextTask,
  openGive,
  pick,
  renderWall,
  seeded,
  send,
  spoken,
  textOf,
  until,
  wall,
  write,
} from './wall.fixtures.js';

const key = () => ({ idempotencyKey: newIdempotencyKey() });

describe('<plein-kudos-wall> live', () => {
  afterEach(async () => {
    clearDrafts();
    history.replaceState(null, '', location.pathname + location.search);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('holds kudos given by others behind a pill, then shows them first', async () => {
    const s = await seeded({ kudos: [kudos('k1', 5)] });
    const el = await wall(s);
    await s.world
      .as(PEOPLE.bob.id)
      .kudos!.give({ toIds: [PEOPLE.zoe.id], valueId: VALUES.courage.id, message: 'Fresh one' }, key());
    await until(el, () => has(el, '.pill'), 'the pill');
    expect(textOf(el, '.pill')).to.equal('Show 1 new kudos');
    expect(spoken(el)).to.equal('1 new kudos. Show them with the button above the wall.');
    expect(messages(el)).to.deep.equal(['Thanks k1']);
    await expect(calm(el)).to.be.accessible();
    $<HTMLButtonElement>(el, '.pill')!.click();
    await until(el, () => messages(el)[0] === 'Fresh one', 'the new kudos first');
    expect(has(el, '.pill')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[role="feed"] > article')[0]);
  });

  it('follows reactions and deletes by others, and values an editor changed', async () => {
    const s = await seeded({ kudos: [kudos('k1', 5), kudos('k2', 6)] });
    const el = await wall(s);
    const mo = s.world.as(PEOPLE.mo.id);
    await mo.kudos!.react('k1', 'love', true, key());
    await until(el, () => textOf(card(el, 'k1'), '[data-reaction="love"] .count') === '1', 'the reaction');
    await s.world.as(PEOPLE.bob.id).kudos!.remove('k2', key());
    await until(el, () => !has(el, '[data-id="k2"]'), 'the deleted card gone');
    await s.world
      .as(PEOPLE.cara.id)
      .kudos!.updateValue('v-teamwork', { ...VALUES.teamwork, name: { en: 'Team spirit' } }, key());
    await until(el, () => textOf(card(el, 'k1'), '.value-badge').includes('Team spirit'), 'the renamed value');
  });

  it('opens and highlights the kudos a permalink names, even beyond the first page', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1), kudos('k2', 2), kudos('old', 60, { message: 'Linked one' })] });
    history.replaceState(null, '', '#plein-kudos=old');
    const el = await wall(s, { pageSize: 2 });
    await until(el, () => has(el, '.linked article'), 'the linked card');
    const linked = card(el, 'old');
    expect(linked.classList.contains('highlight')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(linked);
    await expect(calm(el)).to.be.accessible();

    history.replaceState(null, '', '#plein-kudos=k2');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(el, () => el.shadowRoot!.activeElement === card(el, 'k2'), 'the second card focused');
  });

  it('says so when a permalink names kudos that are gone', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1)] });
    history.replaceState(null, '', '#plein-kudos=gone');
    const el = await wall(s);
    await until(el, () => has(el, '.notice.missing'), 'the notice');
    expect(textOf(el, '.notice.missing')).to.include('Kudos not found');
  });

  it('opens a permalink once, not again when the filters change', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1), kudos('k2', 2, { valueId: VALUES.courage.id })] });
    history.replaceState(null, '', '#plein-kudos=give');
    const el = await wall(s);
    await until(el, () => has(el, 'form.give'), 'the give form');
    $<HTMLButtonElement>(el, 'form.give .button.subtle')!.click();
    await until(el, () => !has(el, 'form.give'), 'the form closed');
    const select = $<HTMLSelectElement>(el, '#filter-value')!;
    select.value = VALUES.courage.id;
    select.dispatchEvent(new Event('change'));
    await until(el, () => messages(el).join() === 'Thanks k2', 'the filtered wall');
    for (let i = 0; i < 5; i++) await nextTask();
    expect(has(el, 'form.give')).to.equal(false);
  });

  it('opens the give form from #plein-kudos=give, even where the wall is a screen', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1)] });
    history.replaceState(null, '', '#plein-kudos=give');
    const el = await renderWall(s, { mode: 'screen' });
    await until(el, () => has(el, 'form.give'), 'the give form');
    expect(el.getAttribute('mode')).to.equal('screen');
    expect(has(el, '.wall')).to.equal(true);
  });

  it('celebrates kudos the viewer gives, briefly and without blocking anything', async () => {
    const s = await seeded();
    const el = await wall(s);
    await openGive(el);
    await pick(el, s.world, 'Bob');
    await chooseValue(el, VALUES.courage.id);
    await write(el, 'Bold move');
    await send(el);
    await until(el, () => has(el, '.celebration'), 'the celebration');
    const burst = $(el, '.celebration')!;
    expect(burst.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(burst).pointerEvents).to.equal('none');
    const particle = burst.querySelector('.particle.float')!;
    expect(particle.textContent).to.equal(VALUES.courage.emoji);
    expect(getComputedStyle(particle).animationName).to.equal('plein-kudos-fly');
    expect(parseFloat(getComputedStyle(particle).animationDuration)).to.be.below(1.5);
    expect(CELEBRATION_MS).to.be.below(1500);
    s.world.clock.advance(CELEBRATION_MS);
    await el.updateComplete;
    expect(has(el, '.celebration')).to.equal(false);
  });

  it('celebrates and announces kudos the viewer receives live', async () => {
    const s = await seeded({ kudos: [kudos('k1', 5)] });
    const el = await wall(s);
    await s.world
      .as(PEOPLE.bob.id)
      .kudos!.give({ toIds: [PEOPLE.alice.id, PEOPLE.zoe.id], valueId: VALUES.teamwork.id, message: 'For you' }, key());
    await until(el, () => has(el, '.celebration'), 'the celebration');
    await until(el, () => spoken(el).includes('You received'), 'the announcement');
    expect(spoken(el)).to.equal(`You received kudos from ${PEOPLE.bob.displayName} for Teamwork.`);
    // Only once, though the notification and the new kudos both tell of it (a second one would start anew).
    const burst = $(el, '.celebration');
    for (let i = 0; i < 5; i++) await nextTask();
    expect($(el, '.celebration')).to.equal(burst);
  });

  it('moves nothing under prefers-reduced-motion, and still announces', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const s = await seeded({ kudos: [kudos('k1', 5)] });
    const el = await wall(s);
    await s.world
      .as(PEOPLE.bob.id)
      .kudos!.give({ toIds: [PEOPLE.alice.id], valueId: VALUES.teamwork.id, message: 'Quietly' }, key());
    await until(el, () => spoken(el).includes('You received'), 'the announcement');
    // It is there (for the same code path), and shows nothing.
    await until(el, () => has(el, '.celebration'), 'the celebration');
    expect(getComputedStyle($(el, '.celebration')!).display).to.equal('none');
  });
});
