import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { formatters } from '@plein/core';
import {
  ACTIVE,
  $,
  $$,
  nov,
  quarter,
  quiet,
  november,
  renderCharts,
  rows,
  textOf,
  until,
  type ChartsHost,
} from './charts.fixtures.js';
import { formatFigure } from './figure.js';
import { dateLabels, ticks } from './line-chart.js';

const en = formatters('en');
const summary = (el: ChartsHost) => textOf($(el, '.trend .chart-summary'));
const toggle = (el: ChartsHost, key: string) => $<HTMLButtonElement>(el, `[data-toggle="${key}"]`)!;
const linePaths = (el: ChartsHost) => $$<SVGPathElement>(el, '.trend path.line');

describe('charts part: the trend line', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('sums the line up in words: first and last figure with their days, the peak and the target', async () => {
    const el = await renderCharts(november());
    expect(textOf($(el, '#charts-trend-title'))).to.equal('Active people over time');
    expect(summary(el)).to.equal(
      'Active people rose from 40% on Nov 1 to 62% on Nov 30. Highest: 70% on Nov 12. ' +
        'Each point is one day; the target of 60% is for the whole period.',
    );
    await expect(el).to.be.accessible();
  });

  it('draws one line over every bucket, dates and figures on the axes; a share target (for the whole period) gets no line', async () => {
    const el = await renderCharts(november());
    const [path] = linePaths(el);
    expect(linePaths(el)).to.have.length(1);
    // One move and 29 lines: a point per day.
    expect(path!.getAttribute('d')!.match(/[ML]/g)).to.have.length(30);
    expect($(el, '.trend .target-line')).to.be.null;
    const ticksText = $$(el, '.trend text.tick').map((t) => textOf(t));
    expect(ticksText).to.include.members(['0%', '20%', '40%', '60%', '80%', 'Nov 1', 'Nov 30']);
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
    // The drawing is decoration: the summary and the table carry the figures.
    expect($(el, '.trend-svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws a count target as the pace per bucket that reaches it', async () => {
    const el = await renderCharts(november(), { metric: 'posts' });
    expect(summary(el)).to.equal(
      'Posts rose from 8 on Nov 1 to 12 on Nov 30. Target: 300 in this period, about 10 a day.',
    );
    expect($(el, '.trend .target-line')).to.exist;
    expect(textOf($(el, '.trend .target-label'))).to.equal('Target pace 10 a day');
  });

  it('has no target line without a target', async () => {
    const el = await renderCharts(november(), { metric: 'onboarding' });
    expect($(el, '.trend .target-line')).to.be.null;
    expect(summary(el)).not.to.contain('Target');
  });

  it('leaves gaps where there is nothing to measure, and a lone point as a dot', async () => {
    const el = await renderCharts(november(), { metric: 'onboarding' });
    // Nothing on 1–3, 11 and 13 November: runs 4–10, 12 (alone) and 14–30.
    expect(linePaths(el)).to.have.length(3);
    expect($$(el, '.trend circle.dot')).to.have.length(1);
    expect(summary(el)).to.equal(
      'Onboarding tasks done rose from 53% on Nov 4 to 79% on Nov 30. 5 points have nothing to measure.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the same figures as a table, by keyboard, and back', async () => {
    const el = await renderCharts(november());
    const button = toggle(el, 'trend');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.trend-svg')).to.be.null;
    expect(textOf($(el, '.trend-table caption'))).to.equal('Active people per day');
    expect($$(el, '.trend-table thead th').map((th) => textOf(th))).to.deep.equal(['Day', 'Active people']);
    const cells = rows(el, '.trend-table');
    expect(cells).to.have.length(30);
    expect(cells.map(([, value]) => value)).to.deep.equal(ACTIVE.map((v) => formatFigure('active', v, en)));
    expect(cells[0]![0]).to.equal('Sat, Nov 1');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '.trend-table')).to.be.null;
    expect($(el, '.trend-svg')).to.exist;
  });

  it('says "nothing to measure" in the table where a share has a gap', async () => {
    const el = await renderCharts(november(), { metric: 'onboarding' });
    toggle(el, 'trend').click();
    await el.updateComplete;
    const cells = rows(el, '.trend-table');
    expect(cells[0]![1]).to.equal('No tasks were due');
    expect(cells[3]![1]).to.equal('53%');
  });

  it('charts a long period per week: ranges in the table, the pace per week', async () => {
    const el = await renderCharts(quarter(), { metric: 'posts' });
    expect(summary(el)).to.equal(
      'Posts fell from 60 in the week of Oct 1 to 20 in the week of Dec 31. Highest: 72 in the week of Dec 24. ' +
        'Target: 920 in this period, about 70 a week.',
    );
    expect(textOf($(el, '.trend .target-label'))).to.equal('Target pace 70 a week');
    toggle(el, 'trend').click();
    await el.updateComplete;
    const cells = rows(el, '.trend-table');
    expect(textOf($(el, '.trend-table caption'))).to.equal('Posts per week');
    expect(cells).to.have.length(14);
    // The week of 1 October runs to the 7th; the last one is cut short by the period's end.
    expect(cells[0]).to.deep.equal(['Oct 1 – 7', '60']);
    expect(cells[13]).to.deep.equal(['Dec 31', '20']);
    await expect(el).to.be.accessible();
  });

  it('draws a period of one day as a dot, with its figure in words', async () => {
    const day = november({ to: nov(1), buckets: [nov(0)] });
    day.metrics = day.metrics.map((figure) => ({
      ...figure,
      target: undefined,
      series: [figure.metric === 'posts' ? 5 : 0],
    }));
    const el = await renderCharts(day, { metric: 'posts' });
    expect(summary(el)).to.equal('Posts: 5 on Nov 1.');
    expect($$(el, '.trend circle.dot')).to.have.length(1);
    expect(el.shadowRoot!.innerHTML).not.to.match(/NaN|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('says so in words when a period has no data, never an empty frame or NaN', async () => {
    for (const [metric, text] of [
      ['active', 'Nothing happened in this period.'],
      ['posts', 'Nothing happened in this period.'],
      ['onboarding', 'No tasks were due'],
    ] as const) {
      const el = await renderCharts(quiet(), { metric });
      expect(textOf($(el, '.trend .chart-note')), metric).to.contain(text);
      expect($(el, '.trend-svg'), metric).to.be.null;
      expect(toggle(el, 'trend'), metric).to.be.null;
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|Infinity/);
      await expect(el).to.be.accessible();
    }
  });

  it('shows the privacy text instead of a line when the group is too small', async () => {
    const el = await renderCharts(november(), { metric: 'managers' });
    expect(textOf($(el, '.trend .chart-note'))).to.equal('Hidden: fewer than 5 people');
    expect($(el, '.trend-svg')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('draws in the box’s own pixels and fits a 320 px phone without sideways scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await renderCharts(november());
    const box = $(el, '.trend-box')!;
    const drawnWidth = () => Number($(el, '.trend-svg')!.getAttribute('viewBox')!.split(' ')[2]);
    await until(el, () => Math.abs(drawnWidth() - box.getBoundingClientRect().width) < 1, 'the measured box');
    expect(box.clientWidth).to.be.below(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const card of $$(el, '.chart-card')) expect(card.scrollWidth, card.className).to.be.at.most(card.clientWidth);
    // Fewer date labels on a phone, still the first and the last.
    const dates = $$(el, '.trend text.tick')
      .map((t) => textOf(t))
      .filter((t) => t.startsWith('Nov'));
    expect(dates.length).to.be.within(2, 6);
    expect(dates[0]).to.equal('Nov 1');
    expect(dates.at(-1)).to.equal('Nov 30');
  });

  it('reads in dark as in light', async () => {
    const el = await renderCharts(november(), { theme: 'dark' });
    const line = $(el, '.trend path.line')!;
    // The accent of the dark theme, not the light one.
    expect(getComputedStyle(line).stroke).to.equal('rgb(71, 158, 245)');
    await expect(el).to.be.accessible();
  });
});

describe('charts part: motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws the line and grows the bars, and does not move at all under reduced motion', async () => {
    const moving = await renderCharts(november());
    expect(getComputedStyle($(moving, '.trend path.line')!).animationName).to.equal('plein-chart-draw');
    expect(getComputedStyle($(moving, '.bar-fill')!).animationName).to.equal('plein-chart-grow');
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await renderCharts(november());
    for (const selector of ['.trend path.line', '.trend path.area', '.bar-fill']) {
      expect(getComputedStyle($(still, selector)!).animationName, selector).to.equal('none');
    }
  });
});

describe('charts part: chart maths', () => {
  it('picks round gridlines', () => {
    expect(ticks(62, false)).to.deep.equal([0, 20, 40, 60, 80]);
    expect(ticks(100, false)).to.deep.equal([0, 25, 50, 75, 100]);
    expect(ticks(12, true)).to.deep.equal([0, 5, 10, 15]);
    expect(ticks(1, true)).to.deep.equal([0, 1]);
    expect(ticks(0.4, false)).to.deep.equal([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('labels dates a calendar step apart, the last bucket included when there is room', () => {
    expect(dateLabels(30, 5, 'day')).to.deep.equal([0, 7, 14, 21, 29]);
    expect(dateLabels(30, 1, 'day')).to.deep.equal(Array.from({ length: 30 }, (_, i) => i));
    expect(dateLabels(30, 1.5, 'day')).to.deep.equal([...Array.from({ length: 14 }, (_, i) => i * 2), 29]);
    expect(dateLabels(14, 3, 'week')).to.deep.equal([0, 4, 8, 13]);
    expect(dateLabels(1, 1, 'day')).to.deep.equal([0]);
  });
});
