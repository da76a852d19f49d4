/**
 * The people of a campaign, for the communications team: listed, enrolled by hand, unenrolled
 * and imported. Enrolment items are only ever added (the latest per person counts), in a list
 * only the team writes. People an import adds become items of the Plein People list, written
 * by the importer, under the id their account will have: their e-mail address.
 */
import {
  PleinError,
  parseEnrolmentInput,
  parseImportRows,
  parsePageRequest,
  parseWriteOptions,
  type ImportRow,
  type ImportRowResult,
  type OnboardingApi,
  type Person,
} from '@plein/core';
import { addItem, listCall } from './lists.js';
import { dataFor, type Data, type OnboardingContext } from './onboarding-data.js';
import {
  enrolmentFields,
  logChange,
  written,
  type CampaignRecord,
  type EnrolmentRecord,
} from './onboarding-records.js';
import { viewEnrolment } from './onboarding-rules.js';
import { LISTS } from './schema.js';
import { ONBOARDING_LISTS as L } from './schema-onboarding.js';

function requireActive(campaign: CampaignRecord): void {
  if (campaign.status === 'archived') throw new PleinError('conflict', { reason: 'campaign-archived' });
}

/** Someone in the directory, or `invalid` naming the field. */
function personIn(people: ReadonlyMap<string, Person>, id: string, field: string): Person {
  const person = people.get(id);
  if (!person) throw new PleinError('invalid', { field, reason: 'unknown-person' });
  return person;
}

const CURSOR = /^e:(.+)$/s;

type Planned = ImportRowResult & { data?: ImportRow; replayed?: boolean };

/**
 * What importing `rows` does, row by row: a known e-mail (ignoring case) is enrolled, or skipped
 * when enrolled already; an unknown one adds a new person. Rows the import with `key` enrolled
 * report what it did then.
 */
async function plan(data: Data, campaign: CampaignRecord, rows: unknown, key?: string): Promise<Planned[]> {
  const parsed = parseImportRows(rows);
  const [people, enrolments] = await Promise.all([data.people(), data.enrolmentsIn(campaign)]);
  const byEmail = new Map<string, Person>();
  for (const person of people.values()) if (person.email) byEmail.set(person.email.toLowerCase(), person);
  return parsed.map(({ email, row, error }, index) => {
    const result: Planned = { row: index + 1, email, outcome: 'error' };
    if (!row) return { ...result, error: error! };
    const person = byEmail.get(email);
    const enrolment = enrolments.get(person?.id ?? email);
    result.data = row;
    if (key !== undefined && enrolment?.importKey === key) {
      result.personId = enrolment.personId;
      result.outcome = enrolment.added ? 'add' : 'enrol';
      result.replayed = true;
      return result;
    }
    if (person) result.personId = person.id;
    result.outcome = enrolment?.active ? 'skip' : person ? 'enrol' : 'add';
    return result;
  });
}

const report = (results: Planned[]): ImportRowResult[] =>
  results.map(({ data: _data, replayed: _replayed, ...result }) => result);

export function peopleApi(
  context: OnboardingContext,
): Pick<OnboardingApi, 'enrolments' | 'enrol' | 'unenrol' | 'previewImport' | 'importPeople'> {
  const { sp, clock, maxPageSize } = context;
  const iso = () => new Date(clock.now()).toISOString();
  const keyOf = (options: unknown): string => parseWriteOptions(options).idempotencyKey;

  return {
    enrolments: (campaignId, page) =>
      listCall(async () => {
        const data = dataFor(context);
        await data.team();
        const campaign = await data.campaign(campaignId);
        const request = parsePageRequest(page, maxPageSize);
        let after: string | undefined;
        if (request.cursor !== undefined) {
          after = CURSOR.exec(request.cursor)?.[1];
          if (after === undefined) throw new PleinError('invalid', { field: 'cursor', reason: 'bad-cursor' });
        }
        const all = (await data.activeIn(campaign)).filter((e) => after === undefined || e.personId > after);
        const items = all.slice(0, request.limit).map(viewEnrolment);
        return all.length > request.limit ? { items, next: `e:${items.at(-1)!.personId}` } : { items };
      }),

    enrol: (campaignId, input, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const data = dataFor(context);
        const me = await data.team();
        const campaign = await data.campaign(campaignId);
        const parsed = parseEnrolmentInput(input);
        const view = async () => viewEnrolment(await data.enrolledIn(campaign, parsed.personId));
        if (await written(sp, L.enrolments, key, me.personId)) return view();
        requireActive(campaign);
        const people = await data.people();
        const person = personIn(people, parsed.personId, 'personId');
        if (parsed.managerId !== undefined) personIn(people, parsed.managerId, 'managerId');
        if (parsed.buddyId !== undefined) personIn(people, parsed.buddyId, 'buddyId');
        const startDate = parsed.startDate ?? person.startDate;
        if (startDate === undefined) throw new PleinError('invalid', { field: 'startDate', reason: 'required' });
        const existing = await data.enrolmentOf(campaign, person.id);
        const managerId = parsed.managerId ?? person.managerId;
        const record: EnrolmentRecord = {
          campaignId: campaign.id,
          personId: person.id,
          startDate,
          ...(managerId ? { managerId } : {}),
          ...(parsed.buddyId ? { buddyId: parsed.buddyId } : {}),
          source: existing?.active ? existing.source : 'hand',
          enrolledAt: existing?.active ? existing.enrolledAt : iso(),
          active: true,
        };
        await addItem(sp, L.enrolments, enrolmentFields(record, key));
        await logChange(sp, campaign.id, 'people');
        return viewEnrolment(record);
      }),

    unenrol: (campaignId, personId, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const data = dataFor(context);
        await data.team();
        const campaign = await data.campaign(campaignId);
        const enrolment = await data.enrolmentOf(campaign, personId);
        if (!enrolment?.active) return;
        const { itemId: _itemId, importKey: _importKey, added: _added, ...rest } = enrolment;
        await addItem(sp, L.enrolments, enrolmentFields({ ...rest, active: false }, key));
        await logChange(sp, campaign.id, 'people');
      }),

    previewImport: (campaignId, rows) =>
      listCall(async () => {
        const data = dataFor(context);
        await data.team();
        return report(await plan(data, await data.campaign(campaignId), rows));
      }),

    importPeople: (campaignId, rows, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const data = dataFor(context);
        await data.team();
        const campaign = await data.campaign(campaignId);
        const results = await plan(data, campaign, rows, key);
        if (!results.some((r) => r.replayed)) requireActive(campaign);
        const todo = results.filter((r) => r.data && (r.outcome === 'add' || r.outcome === 'enrol'));
        if (todo.length === 0) return report(results);
        const people = await data.people();
        const at = iso();
        let wrote = false;
        for (const result of todo) {
          const row = result.data!;
          const personId = result.personId ?? result.email;
          result.personId = personId;
          // A retry finds what the first attempt wrote: the enrolment first, then the person.
          if (!result.replayed) {
            const record: EnrolmentRecord = {
              campaignId: campaign.id,
              personId,
              startDate: row.startDate,
              source: 'import',
              enrolledAt: at,
              active: true,
              importKey: key,
              added: result.outcome === 'add',
            };
            const managerId = people.get(personId)?.managerId;
            if (managerId) record.managerId = managerId;
            await addItem(sp, L.enrolments, enrolmentFields(record, key));
            wrote = true;
          }
          if (result.outcome === 'add' && !people.has(personId)) {
            await addItem(sp, LISTS.people, {
              Title: row.name,
              PersonId: personId,
              Email: row.email,
              StartDate: row.startDate,
              ...(row.department ? { Department: row.department } : {}),
            });
            wrote = true;
          }
        }
        if (wrote) {
          context.directory.refresh();
          await logChange(sp, campaign.id, 'people');
        }
        return report(results);
      }),
  };
}
