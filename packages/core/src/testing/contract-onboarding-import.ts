import { parseCsvImport } from '../csv-import.js';
import { LIMITS } from '../limits.js';
import type { ImportRow, ImportRowResult } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import {
  NEW_HIRES as H,
  allPages,
  campaignDraft,
  key,
  onboardingSuite,
  type OnboardingCast,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** A file's rows as `parseCsvImport` hands them over, one of each outcome. */
const ROWS: ImportRow[] = [
  // 1: a colleague already in the directory (e-mail matched ignoring case and spaces): enrol.
  { name: 'Zoë van Dijk', email: ' ZOE.vandijk@Example.org ', startDate: '2026-02-02', department: 'Sales' },
  // 2: someone new: add to the directory and enrol.
  { name: 'Lisa Kok', email: 'lisa.kok@example.org', startDate: '2026-03-02', department: 'Support' },
  // 3: already enrolled: skip.
  { name: 'Nina Bakker', email: H.nina.email, startDate: '2026-01-19' },
  // 4-7: errors.
  { name: 'Bad Mail', email: 'not-an-email', startDate: '2026-03-02' },
  { name: 'Sem de Wit', email: 'sem.dewit@example.org', startDate: '2026-02-30' },
  { name: '  ', email: 'nameless@example.org', startDate: '2026-03-02' },
  { name: 'Lisa Again', email: 'LISA.KOK@example.org', startDate: '2026-03-09' },
  // 8: someone new without a department.
  { name: 'Joep Peters', email: 'joep.peters@example.org', startDate: '2026-03-09' },
];

/** What previewing `ROWS` reports (importing adds the new people's ids). */
const PREVIEW: ImportRowResult[] = [
  { row: 1, email: P.zoe.email, outcome: 'enrol', personId: P.zoe.id },
  { row: 2, email: 'lisa.kok@example.org', outcome: 'add' },
  { row: 3, email: H.nina.email, outcome: 'skip', personId: H.nina.id },
  { row: 4, email: 'not-an-email', outcome: 'error', error: { field: 'email', reason: 'invalid-email' } },
  { row: 5, email: 'sem.dewit@example.org', outcome: 'error', error: { field: 'startDate', reason: 'invalid-date' } },
  { row: 6, email: 'nameless@example.org', outcome: 'error', error: { field: 'name', reason: 'required' } },
  { row: 7, email: 'lisa.kok@example.org', outcome: 'error', error: { field: 'email', reason: 'duplicate-email' } },
  { row: 8, email: 'joep.peters@example.org', outcome: 'add' },
];

/** A campaign with nina enrolled by hand. */
async function campaignWithNina({ cara }: OnboardingCast) {
  const campaign = await cara.createCampaign(campaignDraft(), key());
  await cara.enrol(campaign.id, { personId: H.nina.id }, key());
  return campaign;
}

async function enrolledIds(cara: OnboardingCast['cara'], campaignId: string): Promise<string[]> {
  const { items } = await allPages((page) => cara.enrolments(campaignId, page), 50);
  return items.map((e) => e.personId).sort();
}

/** Rows of `count` new people. */
const many = (count: number): ImportRow[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `Person ${i}`,
    email: `person.${i}@example.org`,
    startDate: '2026-03-02',
  }));

export function onboardingImportContract(context: SuiteContext): void {
  const { describe, test } = onboardingSuite(context);

  describe('onboarding: import', () => {
    test('previewImport reports per row what an import would do, and saves nothing', async (cast) => {
      const { cara, stores } = cast;
      const campaign = await campaignWithNina(cast);
      deepEqual(await cara.previewImport(campaign.id, ROWS), PREVIEW);
      deepEqual(await enrolledIds(cara, campaign.id), [H.nina.id], 'nobody was enrolled');
      equal((await cara.campaign(campaign.id)).enrolled, 1);
      deepEqual(await stores.alice.people.search('Lisa'), [], 'nobody was added to the directory');
      deepEqual(await cara.previewImport(campaign.id, ROWS), PREVIEW, 'a second preview says the same');
    });

    test('importPeople enrols and adds the good rows only, reporting every row', async (cast) => {
      const { world, cara, stores } = cast;
      const campaign = await campaignWithNina(cast);
      const results = await cara.importPeople(campaign.id, ROWS, key());
      const lisa = results[1]?.personId;
      const joep = results[7]?.personId;
      ok(lisa && joep && lisa !== joep, 'the added people have new ids');
      deepEqual(results, [
        PREVIEW[0],
        { ...PREVIEW[1], personId: lisa },
        ...PREVIEW.slice(2, 7),
        { ...PREVIEW[7], personId: joep },
      ]);
      deepEqual(await enrolledIds(cara, campaign.id), [H.nina.id, P.zoe.id, lisa, joep].sort());
      equal((await cara.campaign(campaign.id)).enrolled, 4);
      const { items } = await cara.enrolments(campaign.id);
      const byPerson = new Map(items.map((e) => [e.personId, e]));
      deepEqual(
        [byPerson.get(P.zoe.id)?.source, byPerson.get(P.zoe.id)?.startDate],
        ['import', '2026-02-02'],
        'a colleague enrolled from her row',
      );
      deepEqual([byPerson.get(lisa)?.source, byPerson.get(lisa)?.startDate], ['import', '2026-03-02']);
      equal(byPerson.get(H.nina.id)?.source, 'hand', 'a skipped row changes nothing');
      deepEqual(byPerson.get(lisa)?.enrolledAt, new Date(world.clock.now()).toISOString());

      const found = await stores.alice.people.search('Lisa');
      deepEqual(
        found.map((p) => [p.id, p.displayName, p.email, p.department, p.startDate]),
        [[lisa, 'Lisa Kok', 'lisa.kok@example.org', 'Support', '2026-03-02']],
        'the new colleague is in the directory',
      );
      equal((await stores.alice.people.get(joep)).email, 'joep.peters@example.org');
      deepEqual(await stores.alice.people.search('Sem de Wit'), [], 'rows with errors add nobody');
      deepEqual(await stores.alice.people.search('nameless'), []);
    });

    test('the imported people have checklists', async (cast) => {
      const { cara } = cast;
      const campaign = await campaignWithNina(cast);
      const results = await cara.importPeople(campaign.id, ROWS, key());
      const lisa = results[1]!.personId!;
      const checklist = await onboardingOfPerson(cast, lisa).checklist(campaign.id, lisa);
      deepEqual(
        checklist.phases.flatMap((p) => p.tasks.map((t) => t.dueDate)),
        ['2026-02-28', '2026-03-03', '2026-03-07', '2026-03-14'],
        'due from her start date, 2026-03-02',
      );
      equal((await onboardingOfPerson(cast, lisa).mine()).length, 1, 'she finds it herself');
    });

    test('an import is idempotent by its key; a new import skips who is enrolled', async (cast) => {
      const { cara, stores } = cast;
      const campaign = await campaignWithNina(cast);
      const once = key();
      const first = await cara.importPeople(campaign.id, ROWS, once);
      deepEqual(await cara.importPeople(campaign.id, ROWS, once), first, 'the retry answers as the first');
      equal((await stores.alice.people.search('Lisa')).length, 1, 'added once');
      equal((await cara.campaign(campaign.id)).enrolled, 4);
      const again = await cara.importPeople(campaign.id, ROWS, key());
      deepEqual(
        again.map((r) => [r.row, r.outcome, r.personId]),
        [
          [1, 'skip', P.zoe.id],
          [2, 'skip', first[1]?.personId],
          [3, 'skip', H.nina.id],
          [4, 'error', undefined],
          [5, 'error', undefined],
          [6, 'error', undefined],
          [7, 'error', undefined],
          [8, 'skip', first[7]?.personId],
        ],
      );
      equal((await stores.alice.people.search('Lisa')).length, 1, 'still one Lisa');
      const other = await cara.createCampaign(campaignDraft({ title: 'Other' }), key());
      deepEqual(
        (await cara.previewImport(other.id, ROWS)).map((r) => r.outcome),
        ['enrol', 'enrol', 'enrol', 'error', 'error', 'error', 'error', 'enrol'],
        'people added by an import are colleagues for the next one',
      );
    });

    test('people arriving by import are enrolled in other campaigns whose audience matches', async (cast) => {
      const { cara } = cast;
      const support = await cara.createCampaign(
        campaignDraft({ title: 'Support team', audience: { departments: ['Support'] } }),
        key(),
      );
      const march = await cara.createCampaign(
        campaignDraft({ title: 'March starters', audience: { startFrom: '2026-03-01', startTo: '2026-03-31' } }),
        key(),
      );
      deepEqual(await enrolledIds(cara, support.id), [], 'nobody in Support yet');
      const campaign = await campaignWithNina(cast);
      const results = await cara.importPeople(campaign.id, ROWS, key());
      const [lisa, joep] = [results[1]!.personId!, results[7]!.personId!];
      deepEqual(await enrolledIds(cara, support.id), [lisa]);
      deepEqual(await enrolledIds(cara, march.id), [lisa, joep].sort());
      const enrolment = (await cara.enrolments(support.id)).items[0];
      deepEqual([enrolment?.source, enrolment?.startDate], ['audience', '2026-03-02']);
    });

    test('a file read by parseCsvImport previews row for row, with the same errors', async (cast) => {
      const { cara } = cast;
      const campaign = await campaignWithNina(cast);
      const file =
        '\uFEFFNaam;E-mail;Startdatum;Afdeling\r\n' +
        'Zoë van Dijk;ZOE.vandijk@example.org;02-02-2026;Sales\r\n' +
        '\r\n' +
        '"Kok; Lisa";lisa.kok@example.org;2-3-2026;Support\r\n' +
        'Sem de Wit;sem.dewit@example.org;30-02-2026;\r\n' +
        'Lisa Again;lisa.kok@example.org;09-03-2026;\r\n' +
        `Nina Bakker;${H.nina.email};19-01-2026;Sales\r\n`;
      const { rows, errors } = parseCsvImport(file);
      deepEqual(errors, [
        { row: 3, field: 'startDate', reason: 'invalid-date' },
        { row: 4, field: 'email', reason: 'duplicate-email' },
      ]);
      deepEqual(
        (await cara.previewImport(campaign.id, rows)).map((r) => [r.row, r.outcome, r.personId, r.error]),
        [
          [1, 'enrol', P.zoe.id, undefined],
          [2, 'add', undefined, undefined],
          [3, 'error', undefined, errors[0] && { field: errors[0].field, reason: errors[0].reason }],
          [4, 'error', undefined, errors[1] && { field: errors[1].field, reason: errors[1].reason }],
          [5, 'skip', H.nina.id, undefined],
        ],
      );
    });

    test(`at most ${LIMITS.importRows} rows: more is too large, and saves nothing`, async (cast) => {
      const { cara, stores } = cast;
      const campaign = await campaignWithNina(cast);
      const full = await cara.previewImport(campaign.id, many(LIMITS.importRows));
      equal(full.length, LIMITS.importRows);
      deepEqual(full.at(-1), {
        row: LIMITS.importRows,
        email: `person.${LIMITS.importRows - 1}@example.org`,
        outcome: 'add',
      });
      const rows = many(LIMITS.importRows + 1);
      let error = await rejectsWith(cara.previewImport(campaign.id, rows), 'too-large', 'too-many-rows');
      deepEqual([error.details.field, error.details.limit], ['rows', LIMITS.importRows]);
      error = await rejectsWith(cara.importPeople(campaign.id, rows, key()), 'too-large', 'too-many-rows');
      deepEqual([error.details.field, error.details.limit], ['rows', LIMITS.importRows]);
      deepEqual(await enrolledIds(cara, campaign.id), [H.nina.id]);
      deepEqual(await stores.alice.people.search('Person'), []);
    });

    test('an empty import does nothing; rows that are not rows are refused', async (cast) => {
      const { cara } = cast;
      const campaign = await campaignWithNina(cast);
      deepEqual(await cara.previewImport(campaign.id, []), []);
      deepEqual(await cara.importPeople(campaign.id, [], key()), []);
      await rejectsWith(cara.previewImport(campaign.id, 'rows' as unknown as ImportRow[]), 'invalid');
      await rejectsWith(cara.importPeople(campaign.id, ROWS, { idempotencyKey: '' }), 'invalid');
      const odd = await cara.previewImport(campaign.id, [null, 42, { name: 'X' }] as unknown as ImportRow[]);
      deepEqual(
        odd.map((r) => [r.row, r.outcome]),
        [
          [1, 'error'],
          [2, 'error'],
          [3, 'error'],
        ],
        'a row of the wrong shape is an error of that row',
      );
      deepEqual(await enrolledIds(cara, campaign.id), [H.nina.id]);
    });

    test('a failed import saves nothing; its retry imports once', async (cast) => {
      const { world, cara, stores } = cast;
      const campaign = await campaignWithNina(cast);
      const once = key();
      world.faults.failNext('unavailable');
      await rejectsWith(cara.importPeople(campaign.id, ROWS, once), 'unavailable');
      deepEqual(await enrolledIds(cara, campaign.id), [H.nina.id]);
      deepEqual(await stores.alice.people.search('Lisa'), []);
      const results = await cara.importPeople(campaign.id, ROWS, once);
      equal(results.filter((r) => r.outcome === 'add').length, 2);
      equal((await cara.campaign(campaign.id)).enrolled, 4);
    });
  });
}

/** The onboarding of someone outside the cast (an imported person). */
function onboardingOfPerson({ world }: OnboardingCast, personId: string) {
  const api = world.as(personId).onboarding;
  ok(api, 'the store offers onboarding');
  return api;
}
