import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ManualClock, PleinError, type PleinStore } from '@plein/core';
import type { SeedKudos } from '@plein/core/testing';
import type { PleinKudosWall } from './kudos-wall.element.js';
import { periodRange } from './leaderboard-period.js';
import {
  $,
  $$,
  DAY,
  PEOPLE,
  VALUES,
  calm,
  counted,
  has,
  kudos,
  renderWall,
  seeded,
  textOf,
  until,
  type Setup,
} from './screen.fixtures.js';

/** Wednesday 20 May 2026, 09:00 UTC: in the second quarter. */
const NOW = Date.UTC(2026, 4, 20, 9);
const daysAgo = (id: string, days: number, patch: Partial<SeedKudos> = {}) =>
  kudos(id, (days * DAY) / 60_000, patch, NOW);

/** This month 2 × teamwork and 1 × courage; April 2 × customer; February 3 × teamwork; last December 1 × courage. */
const SEASON: SeedKudos[] = [
  daysAgo('m1', 2),
  daysAgo('m2', 5, { fromId: PEOPLE.cara.id, toIds: [PEOPLE.alice.id, PEOPLE.zoe.id] }),
  daysAgo('m3', 9, { fromId: PEOPLE.alice.id, toIds: [PEOPLE.bob.id], valueId: VALUES.courage.id }),
  daysAgo('a1', 35, { toIds: [PEOPLE.zoe.id], valueId: VALUES.customer.id }),
  daysAgo('a2', 36, { fromId: PEOPLE.zoe.id, toIds: [PEOPLE.mo.id], valueId: VALUES.customer.id }),
  daysAgo('f1', 95, { fromId: PEOPLE.mo.id }),
  daysAgo('f2', 96, { fromId: PEOPLE.mo.id }),
  daysAgo('f3', 97, { fromId: PEOPLE.mo.id }),
  daysAgo('d1', 160, { valueId: VALUES.courage.id }),
];

const season = (extra: Parameters<typeof seeded>[0] = {}, as: Parameters<typeof seeded>[1] = 'alice') =>
  seeded({ kudos: SEASON, ...extra }, as, new ManualClock(NOW));

/** The lines of a ranking: label and count as read. */
const lines = (el: PleinKudosWall, which = 0): string[] =>
  ($$(el, '.leaderboard .ranking')[which]?.querySelectorAll('.rank-row') ?? []).length
    ? [...$$(el, '.leaderboard .ranking')[which]!.querySelectorAll('.rank-row')].map(
        (row) => `${textOf(row, '.rank-label')}: ${textOf(row, '.rank-count')}`,
      )
    : [];

const board = async (setup: Setup, lang = 'en'): Promise<PleinKudosWall> => {
  const el = await renderWall(setup, { leaderboard: true, lang });
  await until(el, () => has(el, '.leaderboard .ranking') || has(el, '.leaderboard .empty-state'), 'the leaderboard');
  return el;
};

const radio = (el: PleinKudosWall, period: string) => $<HTMLInputElement>(el, `.periods input[value="${period}"]`)!;

describe('<plein-kudos-wall leaderboard>', () => {
  it('counts the periods in the viewer’s time zone', () => {
    const now = new Date(2026, 4, 20, 12).getTime();
    expect(periodRange('month', now)).to.deep.equal({
      from: new Date(2026, 4, 1).toISOString(),
      to: new Date(2026, 5, 1).toISOString(),
    });
    expect(periodRange('quarter', now)).to.deep.equal({
      from: new Date(2026, 3, 1).toISOString(),
      to: new Date(2026, 6, 1).toISOString(),
    });
    expect(periodRange('year', now)).to.deep.equal({
      from: new Date(2026, 0, 1).toISOString(),
      to: new Date(2027, 0, 1).toISOString(),
    });
    // December's quarter ends where the next year begins.
    expect(periodRange('quarter', new Date(2026, 11, 31, 23).getTime()).to).to.equal(
      new Date(2027, 0, 1).toISOString(),
    );
  });

  it('ranks the values of this month with exact counts and a bar in each value’s colour', async () => {
    const el = await board(await season());
    expect(textOf(el, '.leaderboard-title')).to.equal('Most recognised values');
    expect(lines(el)).to.deep.equal(['🤝 Teamwork: 2 kudos', '🦁 Courage: 1 kudos']);
    const fills = $$(el, '.leaderboard .bar-fill');
    expect(fills.map((f) => getComputedStyle(f).backgroundColor)).to.deep.equal([
      'rgb(15, 108, 189)',
      'rgb(197, 15, 31)',
    ]);
    const width = (i: number) => fills[i]!.getBoundingClientRect().width;
    expect(width(1) / width(0)).to.be.closeTo(0.5, 0.02);
    expect($(el, '.leaderboard .bar')!.getAttribute('aria-hidden'), 'the numbers are the text').to.equal('true');
    expect(radio(el, 'month').checked).to.be.true;
    expect(textOf(el, '.period-range')).to.equal('May 2026');
    expect(has(el, '.leaderboard-subtitle'), 'no people board').to.be.false;
    await expect(calm(el)).to.be.accessible();
  });

  it('switches the period by keyboard', async () => {
    const el = await board(await season());
    radio(el, 'month').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(radio(el, 'quarter').checked).to.be.true;
    await until(el, () => lines(el).length === 3, 'the quarter');
    expect(textOf(el, '.period-range')).to.equal('Apr – Jun 2026');
    // Ties go by id: customer before teamwork.
    expect(lines(el)).to.deep.equal(['💡 Customer first: 2 kudos', '🤝 Teamwork: 2 kudos', '🦁 Courage: 1 kudos']);
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'quarter'));
    await sendKeys({ press: 'ArrowRight' });
    await until(el, () => lines(el)[0] === '🤝 Teamwork: 5 kudos', 'the year');
    expect(lines(el)).to.deep.equal(['🤝 Teamwork: 5 kudos', '💡 Customer first: 2 kudos', '🦁 Courage: 1 kudos']);
    await sendKeys({ press: 'ArrowRight' });
    await until(el, () => lines(el).length === 2, 'back to the month');
    expect(radio(el, 'month').checked).to.be.true;
  });

  it('follows new and removed kudos live', async () => {
    const s = await season();
    const el = await board(s);
    await s.world
      .as(PEOPLE.bob.id)
      .kudos!.give({ toIds: [PEOPLE.zoe.id], valueId: VALUES.courage.id, message: 'Brave!' }, { idempotencyKey: 'b' });
    await until(el, () => lines(el)[0] === '🦁 Courage: 2 kudos', 'the new count');
    expect(lines(el)).to.deep.equal(['🦁 Courage: 2 kudos', '🤝 Teamwork: 2 kudos']);
    await s.world.as(PEOPLE.bob.id).kudos!.remove('m1', { idempotencyKey: 'r' });
    await until(el, () => lines(el)[1] === '🤝 Teamwork: 1 kudos', 'the removal');
  });

  it('shows the people leaderboard only when an editor turned it on, and asks for it only then', async () => {
    const off = await season();
    const spy = counted(off.store);
    const el = await board({ ...off, store: spy.store });
    expect(has(el, '.leaderboard-subtitle')).to.be.false;
    expect(spy.calls('leaderboard').map(([q]) => (q as { by: string }).by)).to.deep.equal(['value']);

    // Cara turns it on: it appears live.
    await off.world.as(PEOPLE.cara.id).kudos!.configure({ peopleLeaderboard: true }, { idempotencyKey: 'on' });
    await until(el, () => has(el, '.leaderboard-subtitle'), 'the people board');
    expect(textOf(el, '.leaderboard-subtitle')).to.equal('Most kudos received');
    // Ties go by id: Bob before Zoë.
    expect(lines(el, 1)).to.deep.equal([
      'AA Alice Andersen: 2 kudos',
      'BB Bob de Bruijn: 1 kudos',
      'ZD Zoë van Dijk: 1 kudos',
    ]);
    await expect(calm(el)).to.be.accessible();

    await off.world.as(PEOPLE.cara.id).kudos!.configure({ peopleLeaderboard: false }, { idempotencyKey: 'off' });
    await until(el, () => !has(el, '.leaderboard-subtitle'), 'the people board to go');
  });

  it('says when a period has no kudos yet', async () => {
    const s = await seeded({ kudos: [daysAgo('old', 40)] }, 'alice', new ManualClock(NOW));
    const el = await board(s);
    expect(textOf(el, '.leaderboard .empty-state')).to.equal(
      'No kudos yet this month Give the first kudos and it shows here.',
    );
    await expect(calm(el)).to.be.accessible();
    radio(el, 'quarter').click();
    await until(el, () => lines(el).length === 1, 'the quarter');
    expect(lines(el)).to.deep.equal(['🤝 Teamwork: 1 kudos']);
  });

  it('shows its loading state, and an error with a retry', async () => {
    const s = await season();
    let failing = true;
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const api = s.store.kudos!;
    // The values leaderboard hangs, then fails until the retry.
    const kudosApi = {
      ...api,
      leaderboard: async (query: Parameters<typeof api.leaderboard>[0]) => {
        await slow;
        if (failing) throw new PleinError('unavailable');
        return api.leaderboard(query);
      },
    };
    const store = new Proxy(s.store, {
      get: (target, key) => (key === 'kudos' ? kudosApi : Reflect.get(target, key, target)),
    }) as PleinStore;
    const el = await renderWall({ ...s, store }, { leaderboard: true });
    await until(el, () => has(el, '.leaderboard .skeleton'), 'the skeleton');
    expect(textOf(el, '.leaderboard .skeleton')).to.equal('Loading the leaderboard…');
    await expect(calm(el)).to.be.accessible();
    release();
    await until(el, () => has(el, '.leaderboard .error-state'), 'the error');
    expect(textOf(el, '.leaderboard .error-state')).to.equal(
      "We can't reach the service right now. Please try again in a moment. Try again",
    );
    await expect(calm(el)).to.be.accessible();
    failing = false;
    $<HTMLButtonElement>(el, '.leaderboard .error-state button')!.click();
    await until(el, () => lines(el).length === 2, 'the ranking');
  });

  it('speaks Dutch', async () => {
    const el = await board(await season({ kudosSettings: { peopleLeaderboard: true } }), 'nl');
    expect(textOf(el, '.leaderboard-title')).to.equal('Meest gewaardeerde waarden');
    expect($$(el, '.period').map((p) => textOf(p))).to.deep.equal(['Maand', 'Kwartaal', 'Jaar']);
    expect(textOf(el, '.period-range')).to.equal('mei 2026');
    expect(lines(el)).to.deep.equal(['🤝 Samenwerking: 2 kudos', '🦁 Moed: 1 kudos']);
    expect(textOf(el, '.leaderboard-subtitle')).to.equal('Meeste kudos ontvangen');
    await expect(calm(el)).to.be.accessible();
  });
});
