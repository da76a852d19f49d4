import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PleinOnboarding } from './onboarding.element.js';
import {
  $,
  $$,
  DAY,
  DRAFT,
  PEOPLE,
  button,
  focused,
  has,
  manage,
  openCampaign,
  renderManage,
  seeded,
  textOf,
  until,
  write,
  type Setup,
} from './manage.fixtures.js';

/**
 * Lea (started 5 January), Nina and Sam (start in February) are enrolled on 12 January; ten
 * days later Lea has ticked one of her four tasks, all due by now; nothing is due for the others.
 */
async function cohort(options: Parameters<typeof seeded>[0] & { ticked?: boolean; theme?: 'dark' } = {}, lang = 'en') {
  const s = await seeded({ enrol: ['lea', 'nina', 'sam'], ...options });
  s.world.clock.advance(10 * DAY);
  if (options.ticked !== false) await tick(s, 'lea', 'Sign your contract');
  const el = await manage(s, { lang, theme: options.theme });
  await openCampaign(el, s.campaignId);
  return { s, el };
}

async function tick(s: Setup, who: 'lea' | 'nina', title: string): Promise<void> {
  const campaign = await s.as('cara').onboarding!.campaign(s.campaignId);
  const task = campaign.phases.flatMap((p) => p.tasks).find((t) => t.title === title)!;
  await s.as(who).onboarding!.tick(s.campaignId, PEOPLE[who].id, task.id, true, write());
}

const figure = (el: PleinOnboarding, name: string) => textOf(el, `[data-figure="${name}"]`);
const rows = (el: PleinOnboarding, table: string) =>
  $$(el, `${table} tbody tr`).map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => textOf(cell)));

/** Clicks each download button and returns the files offered (the Blob behind each Blob URL, read with its byte-order mark). */
async function downloads(el: PleinOnboarding, labels: string[]) {
  const saved: { name: string; text: string; type: string }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => ((last = blob as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, text: '', type: '' });
  };
  try {
    for (const label of labels) {
      const count = saved.length;
      button(el, label).click();
      await until(el, () => saved.length > count, label);
      const bytes = new Uint8Array(await last!.arrayBuffer());
      // Blob.text() drops the byte-order mark that tells Excel the file is UTF-8: look at the bytes.
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      Object.assign(saved.at(-1)!, { text: (bom ? 'BOM ' : '') + (await last!.text()), type: last!.type });
    }
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return saved;
}

describe('<plein-onboarding mode="manage">: the cohort', () => {
  it('shows the figures as the store computes them, against the target, in words', async () => {
    const { s, el } = await cohort();
    const report = await s.store.onboarding!.cohort(s.campaignId);
    expect([report.enrolled, report.progress, report.achieved, report.onTrack]).to.deep.equal([3, 25, null, false]);
    expect(figure(el, 'enrolled')).to.equal('3');
    expect(figure(el, 'progress')).to.equal('25%');
    expect(figure(el, 'achieved')).to.equal('Nobody’s first 30 days have passed yet');
    expect(figure(el, 'target')).to.equal('90% within 30 days');
    expect(figure(el, 'status')).to.equal('! Behind target');
    expect(textOf(el, '.figure-grid')).to.contain('of the tasks due so far are done');
    await expect(el).to.be.accessible();
  });

  it('draws people by state as a bar with a sentence, and gives the same numbers as a table', async () => {
    const { el } = await cohort();
    const chart = $(el, '.stack')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('People by state: All done 0, On track 2, and Behind 1.');
    expect(rows(el, '.legend')).to.deep.equal([
      ['All done', '0', '0%'],
      ['On track', '2', '67%'],
      ['Behind', '1', '33%'],
    ]);
    expect(textOf(el, '.legend caption')).to.equal('People by state');
  });

  it('gives completion per task and per person; a person’s checklist opens inline', async () => {
    const { s, el } = await cohort();
    expect(rows(el, '.task-table')).to.deep.equal([
      ['Sign your contract Before day one · New colleague', '1 of 3 1 due so far', '0'],
      ['Prepare the laptop Before day one · Manager', '0 of 3 1 due so far', '1'],
      ['Set up your e-mail First week · New colleague', '0 of 3 1 due so far', '1'],
      ['Lunch with the team First week · Buddy', '0 of 3 1 due so far', '1'],
    ]);
    await until(el, () => !textOf(el, '.people-table').includes('…'), 'the names');
    expect(rows(el, '.people-table')).to.deep.equal([
      ['Lea de Wit Start date Jan 5, 2026', '1 of 4 3 overdue', 'Behind'],
      ['Nina Bakker Start date Feb 2, 2026', '0 of 4', 'On track'],
      ['Sam Peeters Start date Feb 9, 2026', '0 of 4', 'On track'],
    ]);
    const sort = $<HTMLSelectElement>(el, '#cohort-sort')!;
    sort.value = 'start';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el, '.people-table').map((r) => r[0]!.split(' Start')[0])).to.deep.equal([
      'Sam Peeters',
      'Nina Bakker',
      'Lea de Wit',
    ]);

    button(el, 'Open the checklist of Lea de Wit').click();
    await until(el, () => focused(el) === 'h4#cohort-checklist-title', 'the checklist');
    expect(textOf(el, '#cohort-checklist-title')).to.equal('Checklist of Lea de Wit');
    const checklist = $(el, '.checklist-panel plein-onboarding')!;
    expect(['mode', 'campaign', 'person'].map((a) => checklist.getAttribute(a))).to.deep.equal([
      'checklist',
      s.campaignId,
      PEOPLE.lea.id,
    ]);
    await until(el, () => textOf(checklist).includes('Sign your contract'), 'Lea’s tasks');
    await expect(el).to.be.accessible();
    button(el, 'Close the checklist').click();
    await until(el, () => !has(el, '.checklist-panel'), 'the checklist closed');
    expect(el.shadowRoot!.activeElement!.getAttribute('data-person')).to.equal(PEOPLE.lea.id);
  });

  it('follows ticks as they happen', async () => {
    const { s, el } = await cohort();
    await tick(s, 'lea', 'Set up your e-mail');
    await until(el, () => figure(el, 'progress') === '50%', 'the new progress');
    expect(rows(el, '.task-table')[2]).to.deep.equal([
      'Set up your e-mail First week · New colleague',
      '1 of 3 1 due so far',
      '0',
    ]);
  });

  it('downloads the cohort per person and per task as CSV, safe to open in a spreadsheet', async () => {
    const draft = structuredClone(DRAFT);
    draft.title = 'Welkom bij Noordlicht: voorjaar';
    draft.phases[0]!.tasks[0]!.title = '=HYPERLINK("https://evil.example","Sign")';
    const { el } = await cohort({ campaign: draft, ticked: false });
    const saved = await downloads(el, ['Download per person (CSV)', 'Download per task (CSV)']);
    expect(saved.map((f) => f.type)).to.deep.equal(['text/csv;charset=utf-8', 'text/csv;charset=utf-8']);
    expect(saved.map((f) => f.name)).to.deep.equal([
      'welkom-bij-noordlicht-voorjaar-people.csv',
      'welkom-bij-noordlicht-voorjaar-tasks.csv',
    ]);
    expect(saved[0]!.text).to.equal(
      'BOM Name,E-mail,Start date,Done,Tasks,Overdue,State\r\n' +
        'Lea de Wit,lea.dewit@example.org,2026-01-05,0,4,4,Behind\r\n' +
        'Nina Bakker,nina.bakker@example.org,2026-02-02,0,4,0,On track\r\n' +
        'Sam Peeters,sam.peeters@example.org,2026-02-09,0,4,0,On track\r\n',
    );
    expect(saved[1]!.text).to.equal(
      'BOM Phase,Task,Who,Done,Due so far,Overdue\r\n' +
        `Before day one,"'=HYPERLINK(""https://evil.example"",""Sign"")",New colleague,0,1,1\r\n` +
        'Before day one,Prepare the laptop,Manager,0,1,1\r\n' +
        'First week,Set up your e-mail,New colleague,0,1,1\r\n' +
        'First week,Lunch with the team,Buddy,0,1,1\r\n',
    );
    expect(textOf(el, '[role="status"][aria-live="polite"]')).to.equal(
      'welkom-bij-noordlicht-voorjaar-tasks.csv is downloaded.',
    );
  });

  it('says so while nobody is enrolled', async () => {
    const s = await seeded();
    const el = await renderManage(s, { campaign: s.campaignId });
    await until(el, () => has(el, '.cohort'), 'the cohort');
    expect(textOf(el, '#manage-campaign-title')).to.equal('Welcome to Noordlicht');
    expect(figure(el, 'enrolled')).to.equal('0');
    expect(figure(el, 'progress')).to.equal('Nothing is due yet');
    expect(figure(el, 'status')).to.equal('– Not measured yet');
    expect(textOf(el, '.cohort .none')).to.equal(
      'Nobody is enrolled yet. Enrol people on the People tab; their figures appear here.',
    );
    expect(has(el, '.stack'), 'no chart').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch, CSV with semicolons', async () => {
    const { el } = await cohort({}, 'nl');
    expect(figure(el, 'target')).to.equal('90% binnen 30 dagen');
    expect(figure(el, 'status')).to.equal('! Achter op het doel');
    expect($(el, '.stack')!.getAttribute('aria-label')).to.equal(
      'Mensen per stand: Alles klaar 0, Op koers 2 en Achter 1.',
    );
    expect(textOf(el, '#cohort-tasks')).to.equal('Voortgang per taak');
    expect(rows(el, '.legend')[1]).to.deep.equal(['Op koers', '2', '67%']);
    const [file] = await downloads(el, ['Per taak downloaden (CSV)']);
    expect(file!.name).to.equal('welcome-to-noordlicht-taken.csv');
    expect(file!.text.split('\r\n').slice(0, 2)).to.deep.equal([
      'BOM Fase;Taak;Wie;Klaar;Moesten al klaar zijn;Te laat',
      'Before day one;Sign your contract;Nieuwe collega;1;1;0',
    ]);
  });

  describe('on a 320px phone', () => {
    afterEach(async () => {
      document.body.style.removeProperty('font-family');
      await setViewport({ width: 800, height: 600 });
    });

    it('fits in Dutch: the tabs on one line, the sort select and the tables within the element', async () => {
      await setViewport({ width: 320, height: 640 });
      // A sans-serif as on an intranet page (the test page's default serif is narrower).
      document.body.style.fontFamily = 'system-ui, sans-serif';
      const { el } = await cohort({}, 'nl');
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      for (const selector of ['#cohort-sort', '.per-person .table-box', '.per-task .table-box'])
        expect($(el, selector)!.getBoundingClientRect().right, selector).to.be.at.most(right);
      const tabs = $$(el, '.tab').map((tab) => tab.getBoundingClientRect());
      expect(
        tabs.map((tab) => tab.top),
        'the tabs wrap',
      ).to.deep.equal(tabs.map(() => tabs[0]!.top));
      expect(tabs.at(-1)!.right, 'the last tab is cut off').to.be.at.most(right);
    });
  });

  it('keeps its contrast in the dark', async () => {
    const { el } = await cohort({ theme: 'dark' });
    expect(el.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
