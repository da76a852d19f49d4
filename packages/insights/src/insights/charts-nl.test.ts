import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { chartsCatalog } from './charts.strings.js';
import { $, $$, november, quarter, quiet, renderCharts, rows, textOf } from './charts.fixtures.js';

const nlDate = (iso: string) => new Intl.DateTimeFormat('nl', { month: 'short', day: 'numeric' }).format(new Date(iso));

describe('charts part in Dutch', () => {
  before(() => chartsCatalog.load('nl'));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('speaks Dutch throughout: titles, summary, toggles, departments, channels and topics', async () => {
    const report = november();
    const el = await renderCharts(report, { lang: 'nl', config: { tagUrl: '/t/{tag}' } });
    expect(textOf($(el, '#charts-trend-title'))).to.equal('Actieve mensen in de tijd');
    expect(textOf($(el, '.trend .chart-summary'))).to.equal(
      `Actieve mensen: gestegen van 40% op ${nlDate(report.buckets[0]!)} naar 62% op ${nlDate(report.buckets[29]!)}. ` +
        `Hoogste: 70% op ${nlDate(report.buckets[11]!)}. ` +
        'Elk punt is één dag; het doel van 60% geldt voor de hele periode.',
    );
    expect($(el, '.trend .target-line')).to.equal(null);
    expect($$(el, '.table-toggle').map((button) => textOf(button))).to.deep.equal([
      'Als tabel tonen',
      'Als tabel tonen',
    ]);
    expect(textOf($(el, '#charts-departments-title'))).to.equal('Actieve mensen per afdeling');
    const departments = $$(el, '.bar-row').map((row) => textOf(row));
    expect(departments).to.include('Geen afdeling 6 mensen 33%');
    expect(departments).to.include('Finance 3 mensen Verborgen: minder dan 5 mensen');
    expect($$(el, '.channels-table thead th').map((th) => textOf(th))).to.deep.equal([
      'Kanaal',
      'Berichten',
      'Reacties',
      'Emoji-reacties',
      'Actieve mensen',
    ]);
    expect(rows(el, '.channels-table')[0]).to.deep.equal(['news', '120', '340', '1.210', '41']);
    expect(textOf($(el, '#charts-tags-title'))).to.equal('Populaire onderwerpen');
    expect(textOf($(el, '.tag'))).to.equal('#launch ↑ Stijgend · eerder 4 12 keer');
    expect(textOf($(el, '.post-meta'))).to.equal('in news 14 reacties 30 emoji-reacties ↑ Stijgend · eerder 3');
    await expect(el).to.be.accessible();
  });

  it('says the count target and the weeks in Dutch, and its tables too', async () => {
    const report = quarter();
    const el = await renderCharts(report, { lang: 'nl', metric: 'posts' });
    expect(textOf($(el, '.trend .chart-summary'))).to.contain('Doel: 920 in deze periode, ongeveer 70 per week.');
    expect(textOf($(el, '.trend .chart-summary'))).to.contain(`in de week van ${nlDate(report.buckets[0]!)}`);
    expect(textOf($(el, '.trend .target-label'))).to.equal('Doeltempo 70 per week');
    $<HTMLButtonElement>(el, '[data-toggle="trend"]')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.trend-table caption'))).to.equal('Berichten per week');
    expect($$(el, '.trend-table thead th').map((th) => textOf(th))).to.deep.equal(['Week', 'Berichten']);
    await expect(el).to.be.accessible();
  });

  it('says that nothing happened, in Dutch, and fits a 320 px phone', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await renderCharts(quiet(), { lang: 'nl' });
    expect(textOf($(el, '.trend .chart-note'))).to.match(/^Er is in deze periode niets gebeurd\./);
    expect(textOf($(el, '.channels .chart-note'))).to.equal(
      'Geen berichten, reacties of emoji-reacties in een kanaal in deze periode.',
    );
    expect(textOf($(el, '.posts .chart-note'))).to.equal('Op geen enkel bericht is in deze periode gereageerd.');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('says a group is too small in Dutch', async () => {
    const el = await renderCharts(november(), { lang: 'nl', metric: 'managers' });
    expect(textOf($(el, '.trend .chart-note'))).to.equal('Verborgen: minder dan 5 mensen');
    expect(textOf($(el, '.departments .chart-note'))).to.equal(
      '“Leidinggevenden die meedoen” wordt niet per afdeling geteld.',
    );
  });
});
