import { expect } from '@open-wc/testing';
import type { PleinPeoplePicker } from '@plein/ui';
import type { PleinOnboarding } from './onboarding.element.js';
import {
  $,
  $$,
  PEOPLE,
  button,
  chooseFile,
  focused,
  has,
  manage,
  openCampaign,
  pick,
  seeded,
  textOf,
  toast,
  type,
  until,
  write,
  type Setup,
} from './manage.fixtures.js';

async function people(options: Parameters<typeof seeded>[0] = {}) {
  const s = await seeded(options);
  const el = await manage(s);
  await openCampaign(el, s.campaignId, 'people');
  return { s, el };
}

const enrolled = async (s: Setup) =>
  (await s.store.onboarding!.enrolments(s.campaignId)).items.map((e) => e.personId).sort();

const names = (el: PleinOnboarding) => $$(el, '.enrolment .person-name').map((n) => n.textContent!.trim());

/** Opens the import and waits for its file field. */
async function openImport(el: PleinOnboarding): Promise<void> {
  button(el, 'Import from a CSV file').click();
  await until(el, () => has(el, '#import-file') && focused(el) === 'h3#import-heading', 'the import');
}

/** The preview's counts, by outcome. */
const counts = (el: PleinOnboarding) =>
  Object.fromEntries($$(el, '.counts .count').map((c) => [c.dataset['outcome'], Number(textOf(c, 'dd'))]));

/** The preview's rows: every cell's text. */
const table = (el: PleinOnboarding) =>
  $$(el, '.rows tbody tr').map((tr) => [...tr.querySelectorAll('td')].map((td) => textOf(td)));

describe('<plein-onboarding mode="manage">: people and import', () => {
  it('enrols someone by hand: the start date and manager come from their profile', async () => {
    const { s, el } = await people();
    await until(el, () => has(el, '.enrolled .none'), 'the empty list');
    expect(textOf(el, '.enrolled .none')).to.equal('Nobody is enrolled yet. Enrol someone above or import a CSV file.');
    await expect(el).to.be.accessible();
    await pick(el, s.world, 'enrol-person', 'Nina');
    expect($<HTMLInputElement>(el, '#enrol-start')!.value).to.equal('2026-02-02');
    const manager = $<PleinPeoplePicker>(el, '#enrol-manager')!;
    await until(el, () => manager.value.length === 1, 'the manager suggested');
    expect(manager.value[0]!.displayName).to.equal('Bob de Bruijn');
    await pick(el, s.world, 'enrol-buddy', 'Zoë');
    button(el, 'Enrol').click();
    await until(el, () => names(el).length === 1, 'Nina in the list');
    expect(toast(el)).to.equal('Nina Bakker is enrolled.');
    expect(names(el)).to.deep.equal(['Nina Bakker']);
    expect(textOf(el, '.enrolment-meta')).to.equal(
      'Start date Feb 2, 2026 By hand Manager: Bob de Bruijn Buddy: Zoë van Dijk',
    );
    const [enrolment] = (await s.store.onboarding!.enrolments(s.campaignId)).items;
    expect(enrolment).to.deep.include({
      personId: PEOPLE.nina.id,
      startDate: '2026-02-02',
      managerId: PEOPLE.bob.id,
      buddyId: PEOPLE.zoe.id,
      source: 'hand',
    });
    // The form is empty again, ready for the next person.
    expect($<PleinPeoplePicker>(el, '#enrol-person')!.value).to.deep.equal([]);
    expect($<HTMLInputElement>(el, '#enrol-start')!.value).to.equal('');
  });

  it('asks for a start date where the profile has none, at its field', async () => {
    const { s, el } = await people();
    await pick(el, s.world, 'enrol-person', 'Alice');
    expect($<HTMLInputElement>(el, '#enrol-start')!.value).to.equal('');
    button(el, 'Enrol').click();
    await until(el, () => has(el, '#enrol-start-error'), 'the refusal');
    expect(textOf(el, '#enrol-start-error')).to.equal('This colleague has no start date yet: fill one in.');
    expect(focused(el)).to.equal('input#enrol-start');
    await expect(el).to.be.accessible();
    type($<HTMLInputElement>(el, '#enrol-start')!, '2026-03-02');
    button(el, 'Enrol').click();
    await until(el, () => names(el).length === 1, 'Alice in the list');
    expect(await enrolled(s)).to.deep.equal([PEOPLE.alice.id]);
  });

  it('removes someone only after a confirmation', async () => {
    const { s, el } = await people({ enrol: ['lea', 'nina'] });
    await until(el, () => names(el).length === 2, 'the people');
    button(el, 'Remove Lea de Wit from this campaign').click();
    await until(el, () => focused(el) === 'button', 'focus on the confirmation');
    expect(el.shadowRoot!.activeElement!.getAttribute('data-confirm')).to.equal(PEOPLE.lea.id);
    expect(textOf(el, '.confirm-text')).to.equal(
      'Remove Lea de Wit from this campaign? Their ticked tasks are kept, should they be enrolled again.',
    );
    await expect(el).to.be.accessible();
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-remove')).to.equal(PEOPLE.lea.id);
    expect(await enrolled(s)).to.have.length(2);
    button(el, 'Remove Lea de Wit from this campaign').click();
    await until(el, () => has(el, '[data-confirm]'), 'the confirmation');
    $<HTMLButtonElement>(el, '[data-confirm]')!.click();
    await until(el, () => names(el).length === 1, 'Lea gone');
    expect(toast(el)).to.equal('Lea de Wit is no longer in this campaign.');
    expect(await enrolled(s)).to.deep.equal([PEOPLE.nina.id]);
    expect(el.shadowRoot!.activeElement!.getAttribute('data-remove')).to.equal(PEOPLE.nina.id);
  });

  it('pages the people enrolled', async () => {
    const s = await seeded();
    const rows = Array.from({ length: 23 }, (_, i) => ({
      name: `New hire ${String(i + 1).padStart(2, '0')}`,
      email: `hire${i + 1}@example.org`,
      startDate: '2026-03-02',
    }));
    await s.store.onboarding!.importPeople(s.campaignId, rows, write());
    const el = await manage(s);
    await openCampaign(el, s.campaignId, 'people');
    await until(el, () => names(el).length === 20, 'the first page');
    expect(textOf(el, '.enrolled .count')).to.equal('23 people');
    button(el, 'Show more').click();
    await until(el, () => names(el).length === 23, 'the rest');
    expect(new Set(names(el)).size).to.equal(23);
    expect(has(el, '.more'), 'no more to show').to.be.false;
    expect(focused(el)).to.equal('span');
  });

  it('refuses a file without the columns it needs, and saves nothing', async () => {
    const { s, el } = await people();
    await openImport(el);
    chooseFile(el, 'Naam;Telefoon\nRavi Kumar;0612345678\n');
    await until(el, () => has(el, '#import-problem'), 'the refusal');
    expect(textOf(el, '#import-problem')).to.equal(
      'This file cannot be imported The file misses e-mail and start date. Its first line must name the columns name, e-mail and start date (department is optional).',
    );
    expect(focused(el)).to.equal('div#import-problem');
    expect(has(el, '.rows'), 'no preview').to.be.false;
    expect(await enrolled(s)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('previews every row with its errors at their cells, saves nothing until confirmed, then reports', async () => {
    const { s, el } = await people({ enrol: ['lea'] });
    await openImport(el);
    chooseFile(
      el,
      [
        'Naam;E-mail;Startdatum;Afdeling',
        'Nina Bakker;nina.bakker@example.org;2-2-2026;Finance',
        'Ravi Kumar;Ravi.Kumar@example.org;2026-03-02;IT',
        'Eva Smit;eva.smit@example.org;31-02-2026;HR',
        'Ravi K.;ravi.kumar@example.org;2026-03-02;IT',
        'Lea de Wit;lea.dewit@example.org;5-1-2026;Finance',
      ].join('\r\n'),
    );
    await until(el, () => has(el, '.rows'), 'the preview');
    expect(focused(el)).to.equal('h4#import-preview-heading');
    expect(counts(el)).to.deep.equal({ enrol: 1, add: 1, skip: 1, error: 2 });
    expect(table(el)).to.deep.equal([
      ['1', 'Nina Bakker', 'nina.bakker@example.org', '2026-02-02', 'Finance', 'Will be enrolled'],
      ['2', 'Ravi Kumar', 'ravi.kumar@example.org', '2026-03-02', 'IT', 'New colleague: added and enrolled'],
      [
        '3',
        'Eva Smit',
        'eva.smit@example.org',
        '31-02-2026 Not a date: write 2026-03-01 or 1-3-2026.',
        'HR',
        'Error: not imported',
      ],
      [
        '4',
        'Ravi K.',
        'ravi.kumar@example.org This e-mail address is on an earlier row too.',
        '2026-03-02',
        'IT',
        'Error: not imported',
      ],
      ['5', 'Lea de Wit', 'lea.dewit@example.org', '2026-01-05', 'Finance', 'Already enrolled (skipped)'],
    ]);
    await expect(el).to.be.accessible();
    // Nothing is saved before the confirmation.
    expect(await enrolled(s)).to.deep.equal([PEOPLE.lea.id]);
    expect(await s.store.people.search('Ravi')).to.deep.equal([]);

    $<HTMLInputElement>(el, '.only-errors input')!.click();
    await el.updateComplete;
    expect(table(el).map((row) => row[0])).to.deep.equal(['3', '4']);

    const go = button(el, 'Import 2 people');
    go.click();
    await until(el, () => textOf(el, '#import-preview-heading') === 'Import done', 'the report');
    expect(counts(el)).to.deep.equal({ enrol: 1, add: 1, skip: 1, error: 2 });
    expect(textOf(el, '.counts')).to.contain('Added and enrolled');
    expect(toast(el)).to.equal('2 people are enrolled.');
    const ravi = (await s.store.people.search('Ravi'))[0]!;
    expect(ravi).to.deep.include({
      displayName: 'Ravi Kumar',
      email: 'ravi.kumar@example.org',
      startDate: '2026-03-02',
    });
    expect(await enrolled(s)).to.deep.equal([PEOPLE.lea.id, PEOPLE.nina.id, ravi.id].sort());
    button(el, 'Done').click();
    await until(el, () => names(el).length === 3, 'the list with the imported people');
    expect(focused(el)).to.equal('button');
  });

  it('imports three new hires pasted as text', async () => {
    const { s, el } = await people();
    await openImport(el);
    type(
      $<HTMLTextAreaElement>(el, '#import-paste')!,
      'name,email,start date,department\n' +
        'Ravi Kumar,ravi.kumar@example.org,2026-03-02,IT\n' +
        '"Smit, Eva",eva.smit@example.org,2026-03-02,HR\n' +
        'Joost Mulder,joost.mulder@example.org,2026-03-09,\n',
    );
    button(el, 'Preview').click();
    await until(el, () => has(el, '.rows'), 'the preview');
    expect(counts(el)).to.deep.equal({ enrol: 0, add: 3, skip: 0, error: 0 });
    expect(has(el, '.only-errors'), 'no error filter without errors').to.be.false;
    expect(await enrolled(s)).to.deep.equal([]);
    button(el, 'Import 3 people').click();
    await until(el, () => textOf(el, '#import-preview-heading') === 'Import done', 'the report');
    button(el, 'Done').click();
    await until(el, () => names(el).length === 3, 'the new hires');
    expect(names(el).sort()).to.deep.equal(['Joost Mulder', 'Ravi Kumar', 'Smit, Eva']);
    const items = (await s.store.onboarding!.enrolments(s.campaignId)).items;
    expect(items.map((e) => `${e.startDate} ${e.source}`).sort()).to.deep.equal([
      '2026-03-02 import',
      '2026-03-02 import',
      '2026-03-09 import',
    ]);
  });

  it('refuses a file of 50,000 rows without reading them all, with a clear message', async () => {
    const { s, el } = await people();
    const calls: string[] = [];
    const api = s.store.onboarding!;
    const preview = api.previewImport.bind(api);
    api.previewImport = (...args) => (calls.push('previewImport'), preview(...args));
    await openImport(el);
    const lines = ['name,email,start date'];
    for (let i = 0; i < 50_000; i++) lines.push(`Person ${i},person${i}@example.org,2026-03-02`);
    chooseFile(el, lines.join('\n'));
    await until(el, () => has(el, '#import-problem'), 'the refusal');
    expect(textOf(el, '#import-problem')).to.equal(
      'This file cannot be imported This file has more than 5,000 rows. Split it into smaller files and import them one by one.',
    );
    expect(calls, 'the store is not asked').to.deep.equal([]);
    expect(await enrolled(s)).to.deep.equal([]);
  });

  it('speaks Dutch in the import', async () => {
    const s = await seeded();
    const el = await manage(s, { lang: 'nl' });
    await openCampaign(el, s.campaignId);
    $<HTMLButtonElement>(el, '[data-tab="people"]')!.click();
    await until(el, () => has(el, '.open-import'), 'the people');
    button(el, 'Importeren uit een CSV-bestand').click();
    await until(el, () => has(el, '#import-file'), 'the import');
    chooseFile(el, 'Naam;E-mail;Startdatum\nEva Smit;eva.smit@example.org;1-3-2026\nRavi;ravi@example.org;morgen\n');
    await until(el, () => has(el, '.rows'), 'the preview');
    expect(textOf(el, '.counts')).to.equal(
      'Wordt ingeschreven 0 Nieuwe collega: toegevoegd en ingeschreven 1 Al ingeschreven (overgeslagen) 0 Fout: niet geïmporteerd 1',
    );
    expect(table(el)[1]).to.deep.equal([
      '2',
      'Ravi',
      'ravi@example.org',
      'morgen Geen datum: schrijf 1-3-2026 of 2026-03-01.',
      '',
      'Fout: niet geïmporteerd',
    ]);
    expect(textOf(el, '.import-rows')).to.equal('1 persoon importeren');
  });
});
