import { expect } from '@open-wc/testing';
import { PleinError } from '@plein/core';
import type { PleinInsightsErrorDetail } from './events.js';
import type { PleinInsights } from './insights.element.js';
import { lazy } from './lazy.js';
import {
  $,
  $$,
  START,
  button,
  calm,
  chartCalls,
  dashboard,
  has,
  realCharts,
  render,
  replaceChunk,
  seeded,
  textOf,
  tile,
  tileText,
  until,
} from './insights.fixtures.js';

describe('<plein-insights>: the dashboard', () => {
  it('shows a tile per KPI with its figure, share and change against the period before', async () => {
    const s = await seeded();
    const el = await dashboard(s);
    expect(textOf(el, '#insights-title')).to.equal('Insights');
    expect($$(el, '.tile').map((t) => t.dataset.metric)).to.deep.equal([
      'active',
      'posts',
      'comments',
      'reactions',
      'votes',
      'kudosGiven',
      'kudosReceived',
      'onboarding',
      'reports',
      'managers',
    ]);
    // Alice, Bob, Zoë and Mo of twelve this month; only Alice in the twelve days before.
    expect(tileText(el, 'active')).to.deep.include({
      name: 'Active people',
      figure: '33%',
      share: '4 of 12 people',
      trend: 'Up 25 points from 8.3%',
    });
    expect(tileText(el, 'posts')).to.deep.include({ name: 'Posts', figure: '3', share: '', trend: 'Up 2 from 1' });
    expect(tileText(el, 'comments')).to.deep.include({ figure: '1', trend: 'Up 1 from 0' });
    expect(tileText(el, 'votes')).to.deep.include({ figure: '0', trend: 'Same as before (0)' });
    // Nobody has a manager in this world: fewer than five managers, so the figure is withheld.
    expect(tileText(el, 'managers')).to.deep.include({ figure: 'Hidden: fewer than 5 people', trend: '' });
    expect(tileText(el, 'onboarding')).to.deep.include({ figure: 'No tasks were due', trend: '' });
    // The trend is said in words beside its arrow, never colour alone.
    expect(tile(el, 'posts').querySelector('.change')!.classList.contains('up')).to.be.true;
    expect(tile(el, 'posts').querySelector('.change svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(has(el, '.quiet'), 'no empty note').to.be.false;
    expect(textOf(el, '.caption')).to.equal('Jan 1 – 12, 2026 compared with Dec 20 – 31, 2025');
    await expect(calm(el)).to.be.accessible();
  });

  it('picks the KPI the charts show with the tiles, the first one to begin with', async () => {
    const el = await dashboard(await seeded());
    const pressed = () =>
      $$(el, '.tile-main[aria-pressed="true"]').map((b) => b.closest('.tile')!.getAttribute('data-metric'));
    expect(pressed()).to.deep.equal(['active']);
    expect(textOf(el, '.stand-in-charts')).to.equal('Charts of active over 12 days');
    tile(el, 'posts').querySelector<HTMLButtonElement>('.tile-main')!.click();
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['posts']);
    expect(textOf(el, '.stand-in-charts')).to.equal('Charts of posts over 12 days');
    expect(chartCalls.at(-1)).to.deep.equal({ metric: 'posts', buckets: 12 });
  });

  it('shows the target that applies, the progress as a labelled meter, and when it is reached', async () => {
    const s = await seeded({
      targets: [
        { metric: 'active', per: 'month', value: 30 },
        { metric: 'posts', per: 'month', value: 20 },
      ],
    });
    const el = await dashboard(s);
    // A share target is never scaled: 33.3% of a 30% target.
    expect(tileText(el, 'active').target).to.equal('Target 30% a month Target reached');
    expect(tile(el, 'active').classList.contains('reached')).to.be.true;
    const meter = tile(el, 'active').querySelector('meter')!;
    expect(meter.getAttribute('aria-label')).to.equal('Active people: progress towards the target');
    expect([meter.min, meter.max, meter.value]).to.deep.equal([0, 100, 100]);
    expect(meter.getAttribute('aria-valuetext')).to.equal('111% of target');
    // A count target scales to the twelve days shown: 20 a month is 8; 3 posts is 38% of it.
    expect(tileText(el, 'posts').target).to.equal('Target 8 (20 a month) 38% of target');
    const posts = tile(el, 'posts').querySelector('meter')!;
    expect([posts.value, posts.getAttribute('aria-valuetext')]).to.deep.equal([38, '38% of target']);
    expect(tile(el, 'posts').classList.contains('reached')).to.be.false;
    expect(tileText(el, 'comments').target, 'no target, no bar').to.equal('');
    expect(button(el, 'Edit target for Posts').textContent!.trim()).to.equal('Edit target');
    expect(button(el, 'Set target for Comments').textContent!.trim()).to.equal('Set target');
    await expect(calm(el)).to.be.accessible();
  });

  it('says a period without activity is quiet, with every tile still showing its figure', async () => {
    const el = await dashboard(await seeded({ quiet: true }));
    expect(textOf(el, '.quiet')).to.equal(
      'Nothing happened in this period No posts, reactions, votes or kudos yet. The figures fill in as colleagues use Plein.',
    );
    expect(tileText(el, 'posts')).to.deep.include({ figure: '0', trend: 'Same as before (0)' });
    expect(tileText(el, 'active')).to.deep.include({ figure: '0%', share: '0 of 12 people' });
    expect($$(el, '.tile')).to.have.length(10);
    await expect(calm(el)).to.be.accessible();
  });

  it('tells colleagues outside the communication team whom insights are for, and the store refuses them too', async () => {
    const s = await seeded({ viewer: 'p-alice' });
    const el = await render(s);
    await until(el, () => has(el, '.forbidden'), 'the not-allowed state');
    expect(textOf(el, '.forbidden')).to.equal(
      'Insights are for the communication team Adoption figures and targets are kept by the communication team and admins. Ask them if you would like to see how colleagues use Plein.',
    );
    expect(has(el, '.tile'), 'no figures').to.be.false;
    expect(has(el, '.error-state'), 'not an error').to.be.false;
    let refused = '';
    await s.store
      .insights!.report({ from: new Date(START - 86400e3).toISOString(), to: new Date(START).toISOString() })
      .catch((error: PleinError) => (refused = error.code));
    expect(refused).to.equal('forbidden');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while the store answers, then the figures', async () => {
    const s = await seeded();
    s.world.faults.stall();
    const el = await render(s);
    expect(textOf(el, '.skeleton [role="status"]')).to.match(/^Loading/);
    await expect(el).to.be.accessible();
    s.world.faults.release();
    await until(el, () => has(el, '.tile'), 'the tiles');
  });

  it('says what failed in words and tries again on retry', async () => {
    const s = await seeded();
    const errors: string[] = [];
    const heard = (event: Event) => errors.push((event as CustomEvent<PleinInsightsErrorDetail>).detail.error.code);
    document.addEventListener('plein-error', heard);
    s.world.faults.failNext('unavailable', { count: 3 });
    const el = await render(s);
    await until(el, () => has(el, '.error-state'), 'the error');
    expect(textOf(el, '.error-state')).to.equal(
      "We can't reach the service right now. Please try again in a moment. Try again",
    );
    await expect(el).to.be.accessible();
    s.world.faults.clear();
    document.removeEventListener('plein-error', heard);
    expect(errors, 'the host hears it').to.deep.equal(['unavailable']);
    button(el, 'Try again').click();
    await until(el, () => has(el, '.tile'), 'the tiles after retry');
    expect(tileText(el, 'posts').figure).to.equal('3');
  });

  it('says plainly when a SharePoint site has too much activity to count in the browser', async () => {
    const s = await seeded();
    const insights = s.store.insights!;
    const tooLarge = () =>
      Promise.reject(new PleinError('too-large', { reason: 'site-too-large-for-browser', limit: 300 }));
    const store = {
      ...s.store,
      me: () => s.store.me(),
      subscribe: s.store.subscribe.bind(s.store),
      insights: {
        report: tooLarge,
        targets: () => insights.targets(),
        setTarget: insights.setTarget.bind(insights),
        removeTarget: insights.removeTarget.bind(insights),
      },
    };
    for (const [lang, text] of [
      ['en', 'This period has more activity than the browser can count on this SharePoint site.'],
      ['nl', 'In deze periode is meer gebeurd dan de browser op deze SharePoint-site kan tellen.'],
    ] as const) {
      const el = await render({ world: s.world, store }, { lang });
      await until(el, () => has(el, '.error-state'), 'the message');
      expect(textOf(el, '.error-state')).to.contain(text);
      await expect(el).to.be.accessible();
    }
  });

  it('offers a retry when the dashboard’s code cannot be loaded', async () => {
    const s = await seeded();
    class Failing extends (customElements.get('plein-insights') as typeof PleinInsights) {
      failures = 1;
      protected override loadDashboard() {
        return this.failures-- > 0 ? Promise.reject(new TypeError('chunk failed')) : super.loadDashboard();
      }
    }
    customElements.define('plein-insights-failing', Failing);
    const el = document.createElement('plein-insights-failing') as Failing;
    el.setAttribute('lang', 'en');
    el.store = s.store;
    el.clock = s.world.clock;
    document.body.append(el);
    try {
      await until(el, () => has(el, '.error-state'), 'the error');
      expect(textOf(el, '.error-state')).to.equal("Insights couldn't be loaded. Try again");
      button(el, 'Try again').click();
      await until(el, () => has(el, '.tile'), 'the tiles');
    } finally {
      el.remove();
    }
  });

  it('offers a retry when the charts’ code cannot be loaded, and the tiles stay', async () => {
    let fail = true;
    const standIn = lazy.charts;
    const restore = replaceChunk('charts', () => (fail ? Promise.reject(new TypeError('offline')) : standIn()));
    try {
      const el = await render(await seeded());
      await until(el, () => has(el, '.charts-area .error-state'), 'the charts error');
      expect(textOf(el, '.charts-area')).to.equal("The charts couldn't be loaded. Try again");
      expect(tileText(el, 'posts').figure).to.equal('3');
      await expect(calm(el)).to.be.accessible();
      fail = false;
      $<HTMLButtonElement>(el, '.charts-area .error-state button')!.click();
      await until(el, () => has(el, '.stand-in-charts'), 'the charts after retry');
    } finally {
      restore();
    }
  });

  it('draws the real charts under the tiles, the trend line filling its box (no tile style shrinks it)', async () => {
    const restore = replaceChunk('charts', realCharts);
    try {
      const el = await render(await seeded());
      await until(el, () => has(el, '.tile') && has(el, '.charts-area > :not(.skeleton)'), 'the charts');
      expect(has(el, '.charts-area .error-state'), textOf(el, '.charts-area')).to.be.false;
      expect(textOf(el, '.charts-area')).to.not.equal('');
      await until(el, () => has(el, '.trend-svg'), 'the trend line');
      const box = $(el, '.trend-box')!.getBoundingClientRect();
      const drawing = $(el, '.trend-svg')!.getBoundingClientRect();
      expect(drawing.width).to.be.closeTo(box.width, 1);
      expect(drawing.height).to.be.closeTo(box.height, 1);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('speaks Dutch with lang="nl"', async () => {
    const el = await dashboard(await seeded({ targets: [{ metric: 'posts', per: 'month', value: 20 }] }), {
      lang: 'nl',
    });
    expect(textOf(el, '#insights-title')).to.equal('Inzichten');
    expect(textOf(el, '.caption')).to.equal('1–12 jan 2026 vergeleken met 20–31 dec 2025');
    expect(tileText(el, 'active')).to.deep.include({
      name: 'Actieve mensen',
      figure: '33%',
      share: '4 van 12 mensen',
      trend: '25 procentpunt meer dan 8,3%',
    });
    expect(tileText(el, 'posts')).to.deep.include({
      trend: '2 meer dan 1',
      target: 'Doel 8 (20 per maand) 38% van het doel',
    });
    expect(tileText(el, 'managers').figure).to.equal('Verborgen: minder dan 5 mensen');
    expect(textOf(el, 'label[for="period-preset"]')).to.equal('Periode');
    expect(button(el, 'CSV downloaden')).to.exist;
    expect(button(el, 'Doel instellen voor Reacties').textContent!.trim()).to.equal('Doel instellen');
    await expect(calm(el)).to.be.accessible();
  });

  it('follows the theme attribute, and fits a 320 px phone in one column', async () => {
    const el = await dashboard(await seeded(), { theme: 'dark' });
    const surface = getComputedStyle($(el, '.insights')!).backgroundColor;
    expect(surface).to.equal('rgb(41, 41, 41)');
    el.style.width = '320px';
    await el.updateComplete;
    const tiles = $$(el, '.tile');
    expect(new Set(tiles.map((t) => t.getBoundingClientRect().left)).size, 'one column').to.equal(1);
    const section = $(el, '.insights')!;
    expect(section.scrollWidth, 'no sideways scroll').to.be.at.most(section.clientWidth);
    el.style.width = '1200px';
    await el.updateComplete;
    expect(new Set(tiles.map((t) => t.getBoundingClientRect().left)).size, 'more columns').to.be.at.least(3);
    await expect(calm(el)).to.be.accessible();
  });
});
