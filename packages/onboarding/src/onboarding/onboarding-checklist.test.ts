/**
 * The new hire's checklist: what it shows (welcome, progress, phases, due dates from the start
 * date, who does what, links), how due dates move on with the clock, and its states (empty,
 * archived, a chunk that fails), in Dutch and on a phone.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { PleinOnboarding, type OnboardingMode, type OnboardingModePart } from './onboarding.element.js';
import {
  DAY,
  PEOPLE,
  $,
  $$,
  advance,
  box,
  calm,
  checklist,
  has,
  render,
  seeded,
  task,
  textOf,
  until,
  write,
} from './onboarding.fixtures.js';

describe('<plein-onboarding> checklist', () => {
  it('shows the welcome, the progress and the phases in order with their tasks', async () => {
    const s = await seeded();
    const el = await render(s);
    const loaded = await oneEvent(el, 'plein-load');
    expect(loaded.detail).to.deep.equal({ mode: 'checklist' });
    await until(el, () => has(el, '.checklist'), 'the checklist');
    expect(textOf(el, '.checklist h2')).to.equal('Welcome to Noordlicht');
    expect(textOf(el, '.welcome')).to.equal(
      'Everything for a good start, from before your first day to your first month.',
    );
    expect(textOf(el, '.first-day')).to.equal('Your first day: Mon, Feb 2');
    expect(textOf(el, '.head .progress-text')).to.equal('0 of 7 tasks done');
    const bar = $(el, '.head [role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('7');
    expect(bar.getAttribute('aria-valuetext')).to.equal('0 of 7 tasks done');
    expect($$(el, '.phase .phase-title').map((h) => textOf(h))).to.deep.equal([
      'Before day one',
      'Week one',
      'Month one',
    ]);
    expect($$<HTMLDetailsElement>(el, '.phase').map((phase) => phase.open)).to.deep.equal([true, true, true]);
    const sign = task(el, 'Sign your contract');
    expect(textOf(sign, '.task-text')).to.equal('Sign it online; HR sends the link.');
    expect(textOf(sign, '.due')).to.equal('Due Wed, Jan 28');
    expect(sign.classList.contains('state-upcoming')).to.equal(true);
    const link = sign.querySelector<HTMLAnchorElement>('a.task-link')!;
    expect(link.href).to.equal('https://hr.example.org/contract');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.include('noopener');
    expect(textOf(link)).to.include('(opens in a new tab)');
    // The label of the box is the task's title; its due date describes it.
    const input = box(sign)!;
    expect(input.labels![input.labels!.length - 1]!.textContent!.trim()).to.equal('Sign your contract');
    expect(input.getAttribute('aria-describedby')).to.include(sign.querySelector('.due')!.id);
    await expect(calm(el)).to.be.accessible();
  });

  it("shows someone else's tasks read-only, saying who does them", async () => {
    const s = await seeded();
    const el = await checklist(s);
    const laptop = task(el, 'Prepare the laptop');
    expect(box(laptop)).to.equal(null);
    expect(laptop.classList.contains('read-only')).to.equal(true);
    expect(laptop.querySelector('.mark')!.getAttribute('aria-label')).to.equal('Not done yet');
    expect(textOf(laptop, '.owner')).to.equal(`Your manager, ${PEOPLE.bob.displayName}, does this`);
    expect(textOf(task(el, 'Lunch with the team'), '.owner')).to.equal(
      `Your buddy, ${PEOPLE.zoe.displayName}, does this`,
    );
    expect(task(el, 'Set up your e-mail').querySelector('.owner')).to.equal(null);
  });

  it('moves due dates on with the clock: upcoming, due soon, due tomorrow, today, overdue', async () => {
    const s = await seeded();
    const el = await checklist(s);
    const due = () => textOf(task(el, 'Sign your contract'), '.due');
    const state = () => [...task(el, 'Sign your contract').classList].find((c) => c.startsWith('state-'));
    expect([due(), state()]).to.deep.equal(['Due Wed, Jan 28', 'state-upcoming']);
    await advance(el, s.world, 13 * DAY); // Sunday 25 January
    expect([due(), state()]).to.deep.equal(['Due in 3 days', 'state-due-soon']);
    await advance(el, s.world, 2 * DAY);
    expect([due(), state()]).to.deep.equal(['Due tomorrow', 'state-due-soon']);
    await advance(el, s.world, DAY);
    expect([due(), state()]).to.deep.equal(['Due today', 'state-due-soon']);
    expect(has(el, '.head .overdue-badge')).to.equal(false);
    await advance(el, s.world, 2 * DAY); // Friday 30 January
    expect([due(), state()]).to.deep.equal(['2 days overdue', 'state-overdue']);
    // Overdue is said with an icon and words, in the danger colour; the header counts it.
    expect(task(el, 'Sign your contract').querySelector('.due svg')).to.not.equal(null);
    expect(getComputedStyle(task(el, 'Sign your contract').querySelector('.due')!).color).to.equal('rgb(177, 14, 28)');
    expect(textOf(el, '.head .overdue-badge')).to.equal('1 overdue');
    await expect(calm(el)).to.be.accessible();
  });

  it('says so kindly when the viewer has no checklist', async () => {
    const s = await seeded({ viewer: 'alice' });
    const el = await render(s);
    await oneEvent(el, 'plein-load');
    await until(el, () => has(el, '.empty-state'), 'the empty state');
    expect(textOf(el, '.empty-state .state-heading')).to.equal('You have no onboarding checklist');
    expect(textOf(el, '.empty-state .state-message')).to.include('your checklist appears here');
    await expect(calm(el)).to.be.accessible();
  });

  it('shows only the campaign asked for, and an archived one read-only with a notice', async () => {
    const s = await seeded();
    const other = await s
      .as('cara')
      .onboarding!.createCampaign({ ...DRAFT_SMALL, title: 'Finance introduction' }, write());
    await s.as('cara').onboarding!.enrol(other.id, { personId: PEOPLE.nina.id }, write());
    const both = await checklist(s);
    expect($$(both, '.checklist h2').map((h) => textOf(h))).to.have.members([
      'Welcome to Noordlicht',
      'Finance introduction',
    ]);
    both.remove();

    await s.as('cara').onboarding!.archiveCampaign(s.campaignId, true, write());
    const el = await checklist(s, { campaign: s.campaignId });
    expect($$(el, '.checklist h2').map((h) => textOf(h))).to.deep.equal(['Welcome to Noordlicht']);
    expect(textOf(el, '.notice')).to.include('archived');
    expect($$(el, 'input[type="checkbox"]')).to.have.length(0);
    await expect(calm(el)).to.be.accessible();
  });

  it('marks a checklist archived while it is open, instead of losing it', async () => {
    const s = await seeded();
    const el = await checklist(s);
    expect(box(task(el, 'Sign your contract'))).to.not.equal(null);
    await s.as('cara').onboarding!.archiveCampaign(s.campaignId, true, write());
    await until(el, () => has(el, '.checklist.archived'), 'the archived notice');
    expect(box(task(el, 'Sign your contract'))).to.equal(null);
  });

  it('shows an error with a retry when its code cannot be loaded', async () => {
    let failures = 1;
    class FlakyOnboarding extends PleinOnboarding {
      protected override loadMode(mode: OnboardingMode): Promise<OnboardingModePart> {
        if (failures-- > 0) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        return super.loadMode(mode);
      }
    }
    customElements.define('flaky-onboarding', FlakyOnboarding);
    const s = await seeded();
    const el = document.createElement('flaky-onboarding') as FlakyOnboarding;
    el.lang = 'en';
    el.store = s.store;
    el.clock = s.world.clock;
    const failed = oneEvent(el, 'plein-error');
    document.body.append(el);
    try {
      expect((await failed).detail.error.code).to.equal('unavailable');
      await until(el, () => has(el, '.error-state'), 'the error');
      expect(textOf(el, '.error-state')).to.include("Onboarding couldn't be loaded.");
      await expect(calm(el)).to.be.accessible();
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Try again')!.click();
      await until(el, () => has(el, '.checklist'), 'the checklist after the retry');
    } finally {
      el.remove();
    }
  });

  it('shows an error with a retry when the store fails, and a skeleton while it loads', async () => {
    const s = await seeded();
    s.world.faults.failNext('unavailable');
    const el = await render(s);
    await until(el, () => has(el, '.error-state'), 'the error');
    await expect(calm(el)).to.be.accessible();
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Try again')!.click();
    await until(el, () => has(el, '.checklist'), 'the checklist after the retry');

    s.world.faults.stall();
    const loading = await render(s);
    await until(loading, () => has(loading, '.skeleton'), 'the skeleton');
    await expect(calm(loading)).to.be.accessible();
    s.world.faults.release();
    await until(loading, () => has(loading, '.checklist'), 'the checklist');
  });

  it('speaks Dutch', async () => {
    const s = await seeded();
    const el = await checklist(s, { lang: 'nl' });
    await until(el, () => textOf(el, '.head .progress-text') === '0 van 7 taken gedaan', 'the Dutch strings');
    expect(textOf(el, '.first-day')).to.equal('Je eerste werkdag: ma 2 feb');
    expect(textOf(task(el, 'Sign your contract'), '.due')).to.equal('Uiterlijk wo 28 jan');
    expect(textOf(task(el, 'Prepare the laptop'), '.owner')).to.equal(
      `Je manager, ${PEOPLE.bob.displayName}, doet dit`,
    );
    await advance(el, s.world, 18 * DAY);
    expect(textOf(task(el, 'Sign your contract'), '.due')).to.equal('2 dagen te laat');
    expect(textOf(el, '.head .overdue-badge')).to.equal('1 te laat');
    await expect(calm(el)).to.be.accessible();

    const empty = await checklist(await seeded({ viewer: 'alice' }), { lang: 'nl' });
    await until(
      empty,
      () => textOf(empty, '.state-heading') === 'Je hebt geen onboardingchecklist',
      'the Dutch empty state',
    );
  });

  it('fits a phone: no sideways scrolling, boxes at least 44 px to touch', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const s = await seeded();
      await s.as('cara').onboarding!.updateCampaign(
        s.campaignId,
        {
          ...DRAFT_SMALL,
          phases: [
            {
              title: 'A phase with a rather long title that has to wrap on a small phone screen',
              tasks: [
                {
                  title: 'Averyveryverylongwordwithoutanyspacesthatcouldpushthelayoutsideways',
                  link: 'https://intranet.example.org/a/very/long/path/that/goes/on/and/on/forever',
                  owner: 'new-hire',
                  dueDay: 1,
                },
              ],
            },
          ],
        },
        write(),
      );
      const el = await checklist(s);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const target = task(el, 'Averyveryverylongwordwithoutanyspacesthatcouldpushthelayoutsideways').querySelector(
        '.tick',
      )!;
      const { width, height } = target.getBoundingClientRect();
      expect(width).to.be.at.least(44);
      expect(height).to.be.at.least(44);
      await expect(calm(el)).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

/** One phase, one task: enough for a second campaign. */
const DRAFT_SMALL = {
  title: 'Small',
  description: '',
  phases: [{ title: 'First week', tasks: [{ title: 'Meet the team', owner: 'new-hire' as const, dueDay: 1 }] }],
  target: { percent: 90, days: 30 },
};
