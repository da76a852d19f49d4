import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, november, quiet, renderCharts, rows, textOf, type ChartsHost } from './charts.fixtures.js';

/** Each bar row as [name, people, value or note]. */
const bars = (el: ChartsHost) =>
  $$(el, '.bar-row').map((row) => [
    textOf(row.querySelector('.bar-name')),
    textOf(row.querySelector('.bar-people')),
    textOf(row.querySelector('.bar-value, .bar-note')),
  ]);
const fills = (el: ChartsHost) => $$(el, '.bar-row .bar-fill').map((rect) => rect.getAttribute('width'));

describe('charts part: a bar per department', () => {
  it('draws shares against 100%, most first, with the value in words and the target marked', async () => {
    const el = await renderCharts(november());
    expect(textOf($(el, '#charts-departments-title'))).to.equal('Active people by department');
    expect(bars(el)).to.deep.equal([
      ['Customer Service', '24 people', '63%'],
      ['IT', '12 people', '50%'],
      ['No department', '6 people', '33%'],
      ['Finance', '3 people', 'Hidden: fewer than 5 people'],
      ['Legal', '4 people', 'Hidden: fewer than 5 people'],
    ]);
    expect(fills(el)).to.deep.equal(['62.50%', '50.00%', '33.30%']);
    expect($$(el, '.bar-row .bar-mark').map((mark) => mark.getAttribute('x1'))).to.deep.equal(['60%', '60%', '60%']);
    expect(textOf($(el, '.departments .chart-summary'))).to.equal('Target 60%');
    // Withheld departments have no bar at all, only the privacy text.
    for (const row of $$(el, '.bar-row.withheld')) expect(row.querySelector('svg')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('draws counts against the largest', async () => {
    const el = await renderCharts(november(), { metric: 'posts' });
    expect(bars(el).map(([name, , value]) => [name, value])).to.deep.equal([
      ['IT', '85'],
      ['Customer Service', '40'],
      ['No department', '4'],
      ['Finance', 'Hidden: fewer than 5 people'],
      ['Legal', 'Hidden: fewer than 5 people'],
    ]);
    expect(fills(el)).to.deep.equal(['100.00%', (4000 / 85).toFixed(2) + '%', (400 / 85).toFixed(2) + '%']);
    // A count target is for the whole organisation: no mark on a department's bar.
    expect($(el, '.bar-mark')).to.be.null;
  });

  it('says "nothing to measure" instead of a bar where a share has nothing to measure', async () => {
    const el = await renderCharts(november(), { metric: 'onboarding' });
    expect(bars(el).slice(0, 3)).to.deep.equal([
      ['IT', '12 people', '75%'],
      ['Customer Service', '24 people', 'No tasks were due'],
      ['No department', '6 people', 'No tasks were due'],
    ]);
    expect(fills(el)).to.have.length(1);
  });

  it('says so when a KPI is not counted per department', async () => {
    const el = await renderCharts(november(), { metric: 'managers' });
    expect(textOf($(el, '.departments .chart-note'))).to.equal('“Managers taking part” is not counted per department.');
    expect($(el, '.departments .bar-row')).to.be.null;
    expect($(el, '[data-toggle="departments"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says so when there are no departments', async () => {
    const el = await renderCharts(november({ departments: [] }));
    expect(textOf($(el, '.departments .chart-note'))).to.equal(
      'No departments to compare: nobody in the directory has one yet.',
    );
  });

  it('shows zero bars, not a broken chart, in a period without activity', async () => {
    const el = await renderCharts(quiet());
    expect(
      bars(el)
        .slice(0, 3)
        .map(([, , value]) => value),
    ).to.deep.equal(['0%', '0%', '0%']);
    expect(fills(el)).to.deep.equal(['0.00%', '0.00%', '0.00%']);
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('shows the same figures as a table, toggled by keyboard', async () => {
    const el = await renderCharts(november());
    const button = $<HTMLButtonElement>(el, '[data-toggle="departments"]')!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.bars')).to.be.null;
    expect(textOf($(el, '.departments-table caption'))).to.equal('Active people by department');
    expect($$(el, '.departments-table thead th').map((th) => textOf(th))).to.deep.equal([
      'Department',
      'People',
      'Active people',
    ]);
    expect(rows(el, '.departments-table')).to.deep.equal([
      ['Customer Service', '24', '63%'],
      ['IT', '12', '50%'],
      ['No department', '6', '33%'],
      ['Finance', '3', 'Hidden: fewer than 5 people'],
      ['Legal', '4', 'Hidden: fewer than 5 people'],
    ]);
    // The trend's toggle is its own.
    expect($(el, '[data-toggle="trend"]')!.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.departments-table')).to.be.null;
    expect($$(el, '.bar-row')).to.have.length(5);
  });
});

describe('charts part: channels', () => {
  it('lists each channel busiest first with posts, comments, reactions and active people (a page by its address)', async () => {
    const el = await renderCharts(november());
    expect($$(el, '.channels-table thead th').map((th) => textOf(th))).to.deep.equal([
      'Channel',
      'Posts',
      'Comments',
      'Reactions',
      'Active people',
    ]);
    expect(rows(el, '.channels-table')).to.deep.equal([
      ['news', '120', '340', '1,210', '41'],
      ['general', '80', '95', '300', '30'],
      ['intranet.example/news/launch', '20', '61', '12', '14'],
    ]);
    expect($$(el, '.channels-table tbody th[scope="row"]')).to.have.length(3);
  });

  it('says so when no channel saw activity', async () => {
    const el = await renderCharts(quiet());
    expect($(el, '.channels-table')).to.be.null;
    expect(textOf($(el, '.channels .chart-note'))).to.equal(
      'No posts, comments or reactions in any channel in this period.',
    );
  });
});
