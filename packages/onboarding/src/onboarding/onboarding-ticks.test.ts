/**
 * Ticking: by keyboard (Space on the box), optimistic and saved, rolled back visibly when the
 * store says no, retried without doubling, and a small celebration with an announcement when a
 * phase is complete (not animated under reduced motion).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { PleinStore, WriteOptions } from '@plein/core';
import { STORE_TIMEOUT } from '@plein/ui';
import { CELEBRATION_MS } from './checklist.js';
import {
  PEOPLE,
  $,
  advance,
  alerted,
  box,
  calm,
  checklist,
  has,
  seeded,
  spoken,
  task,
  textOf,
  until,
  type Setup,
} from './onboarding.fixtures.js';
import type { PleinOnboarding } from './onboarding.element.js';

/** Whether the store has the task done for Nina. */
async function saved(s: Setup, title: string): Promise<boolean> {
  const list = await s.as('nina').onboarding!.checklist(s.campaignId, PEOPLE.nina.id);
  return list.phases.flatMap((p) => p.tasks).find((t) => t.title === title)!.done;
}

/** Focuses a task's box and presses Space, as a keyboard user does. */
async function press(el: PleinOnboarding, title: string): Promise<void> {
  box(task(el, title))!.focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
}

/** The store with the idempotency keys of its ticks recorded. */
function recording(store: PleinStore): { store: PleinStore; keys: string[] } {
  const keys: string[] = [];
  const api = store.onboarding!;
  const onboarding = new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key !== 'tick' || typeof value !== 'function') {
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return (...args: unknown[]) => {
        keys.push((args[4] as WriteOptions).idempotencyKey);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const wrapped = new Proxy(store, {
    get(target, key) {
      if (key === 'onboarding') return onboarding;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, keys };
}

describe('<plein-onboarding> ticking', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('ticks and unticks with Space on the box: at once, then saved', async () => {
    const s = await seeded();
    const el = await checklist(s);
    const ticked = oneEvent(el, 'plein-onboarding-tick');
    await press(el, 'Sign your contract');
    expect(box(task(el, 'Sign your contract'))!.checked).to.equal(true);
    expect(textOf(el, '.head .progress-text')).to.equal('1 of 7 tasks done');
    const { detail } = await ticked;
    expect(detail.campaignId).to.equal(s.campaignId);
    expect(detail.personId).to.equal(PEOPLE.nina.id);
    expect(detail.task.done).to.equal(true);
    expect(await saved(s, 'Sign your contract')).to.equal(true);
    await until(el, () => task(el, 'Sign your contract').classList.contains('state-done'), 'the task done');
    expect(textOf(task(el, 'Sign your contract'), '.due')).to.equal('Done Jan 12');
    expect(getComputedStyle(task(el, 'Sign your contract').querySelector('.task-title')!).textDecorationLine).to.equal(
      'line-through',
    );
    await expect(calm(el)).to.be.accessible();

    const unticked = oneEvent(el, 'plein-onboarding-tick');
    await press(el, 'Sign your contract');
    expect(box(task(el, 'Sign your contract'))!.checked).to.equal(false);
    expect((await unticked).detail.task.done).to.equal(false);
    expect(await saved(s, 'Sign your contract')).to.equal(false);
    expect(textOf(el, '.head .progress-text')).to.equal('0 of 7 tasks done');
  });

  it('rolls a tick back visibly when the store says no', async () => {
    const s = await seeded();
    const el = await checklist(s);
    s.world.faults.failNext('unavailable');
    const failed = oneEvent(el, 'plein-error');
    await press(el, 'Sign your contract');
    expect((await failed).detail.error.code).to.equal('unavailable');
    await until(el, () => !box(task(el, 'Sign your contract'))!.checked, 'the box unticked again');
    const row = task(el, 'Sign your contract');
    expect(textOf(row, '.task-error')).to.match(/^Not saved\. /);
    expect(box(row)!.getAttribute('aria-describedby')).to.include(row.querySelector('.task-error')!.id);
    expect(alerted(el)).to.match(/^“Sign your contract” was not ticked off\. /);
    expect(textOf(el, '.head .progress-text')).to.equal('0 of 7 tasks done');
    expect(await saved(s, 'Sign your contract')).to.equal(false);
    await expect(calm(el)).to.be.accessible();

    // Trying again works, and the message goes.
    await press(el, 'Sign your contract');
    await until(el, () => !has(el, '.task-error'), 'the message gone');
    expect(await saved(s, 'Sign your contract')).to.equal(true);
  });

  it('retries a tick that timed out with the same idempotency key, so it never counts twice', async () => {
    const s = await seeded();
    const { store, keys } = recording(s.store);
    const el = await checklist({ world: s.world, store });
    s.world.faults.stall();
    await press(el, 'Sign your contract');
    await advance(el, s.world, STORE_TIMEOUT);
    await until(el, () => !box(task(el, 'Sign your contract'))!.checked, 'the rollback after the timeout');
    expect(textOf(task(el, 'Sign your contract'), '.task-error')).to.match(/^Not saved\. /);
    // Tried again while the first call is still on its way: the same attempt, the same key.
    await press(el, 'Sign your contract');
    s.world.faults.release();
    await until(el, () => task(el, 'Sign your contract').classList.contains('state-done'), 'the task done');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(has(el, '.task-error')).to.equal(false);
    expect(textOf(el, '.head .progress-text')).to.equal('1 of 7 tasks done');
    // Unticking is a new attempt, with a key of its own.
    await press(el, 'Sign your contract');
    await until(
      el,
      () => keys.length === 3 && !task(el, 'Sign your contract').classList.contains('state-done'),
      'the untick',
    );
    expect(keys[2]).to.not.equal(keys[0]);
  });

  it('shows a tick that timed out here but reached the store after all', async () => {
    const s = await seeded();
    const el = await checklist(s);
    s.world.faults.stall();
    await press(el, 'Sign your contract');
    await advance(el, s.world, STORE_TIMEOUT);
    await until(el, () => has(el, '.task-error'), 'the rollback after the timeout');
    s.world.faults.release();
    await until(el, () => box(task(el, 'Sign your contract'))!.checked, 'the tick, read again');
    expect(has(el, '.task-error')).to.equal(false);
    expect(await saved(s, 'Sign your contract')).to.equal(true);
  });

  it('celebrates a completed phase briefly and says so', async () => {
    const s = await seeded();
    const el = await checklist(s);
    await press(el, 'Sign your contract');
    await until(el, () => task(el, 'Sign your contract').classList.contains('state-done'), 'the first tick');
    expect(has(el, '.celebration')).to.equal(false);
    await press(el, 'Read the welcome guide');
    await until(el, () => has(el, '.phase.celebrate .celebration'), 'the celebration');
    expect(spoken(el)).to.equal('Before day one: complete. Well done!');
    const phase = $(el, '.phase.celebrate')!;
    expect(textOf(phase, '.phase-title')).to.equal('Before day one');
    expect(textOf(phase, '.phase-count')).to.equal('Complete');
    expect($(el, '.celebration')!.getAttribute('aria-hidden')).to.equal('true');
    const names = el.shadowRoot!.getAnimations().map((a) => (a as CSSAnimation).animationName);
    expect(names).to.include('plein-onboarding-confetti');
    expect(names).to.include('plein-onboarding-pop');
    // The phase stays open while the viewer is in it; gone after the celebration.
    expect((phase as HTMLDetailsElement).open).to.equal(true);
    await advance(el, s.world, CELEBRATION_MS);
    expect(has(el, '.celebration')).to.equal(false);
    await expect(calm(el)).to.be.accessible();

    // Next time, the completed phase before the current one starts closed.
    el.remove();
    const again = await checklist(s);
    const phases = [...again.shadowRoot!.querySelectorAll<HTMLDetailsElement>('.phase')];
    expect(phases.map((p) => p.open)).to.deep.equal([false, true, true]);
    phases[0]!.querySelector('summary')!.click();
    await again.updateComplete;
    expect(phases[0]!.open).to.equal(true);
  });

  it('does not animate the celebration under reduced motion, and still says so', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const s = await seeded();
    const el = await checklist(s);
    await press(el, 'Sign your contract');
    await until(el, () => task(el, 'Sign your contract').classList.contains('state-done'), 'the first tick');
    await press(el, 'Read the welcome guide');
    await until(el, () => spoken(el) === 'Before day one: complete. Well done!', 'the announcement');
    const burst = $(el, '.celebration');
    expect(burst === null || getComputedStyle(burst).display === 'none').to.equal(true);
    // Nothing of the celebration moves (transitions of the progress bar last 0.01 ms under reduced motion).
    const celebrating = el.shadowRoot!.getAnimations().filter((a) => a instanceof CSSAnimation);
    expect(celebrating.map((a) => (a as CSSAnimation).animationName)).to.deep.equal([]);
  });

  it('says when everything is done', async () => {
    const s = await seeded({ draft: ONE_PHASE });
    const el = await checklist(s);
    await press(el, 'Meet the team');
    await until(el, () => spoken(el) === 'You finished everything in Small. Well done!', 'the announcement');
    expect(textOf(el, '.all-done')).to.equal('All done. Welcome aboard!');
  });
});

const ONE_PHASE = {
  title: 'Small',
  description: '',
  phases: [{ title: 'First week', tasks: [{ title: 'Meet the team', owner: 'new-hire' as const, dueDay: 1 }] }],
  target: { percent: 90, days: 30 },
};
