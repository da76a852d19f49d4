import {
  PleinError,
  newId,
  parseEnrolmentInput,
  parseImportRows,
  parsePageRequest,
  type ImportRow,
  type ImportRowResult,
  type OnboardingApi,
} from '@plein/core';
import { found, type PersonContext } from './context.js';
import type { Change } from './db.js';
import { pageBySeq } from './cursor.js';
import { campaignChanges } from './onboarding-campaigns.js';
import { enrolAudience, enrolPerson } from './onboarding-enrol.js';
import { enrolmentOf, requireManager, viewEnrolment } from './onboarding-rules.js';
import type { CampaignRecord, PersonRecord, State } from './state.js';

/** The people of a campaign, for the communications team: listed, enrolled by hand, unenrolled and imported. */

function requireActive(campaign: CampaignRecord): void {
  if (campaign.status === 'archived') throw new PleinError('conflict', { reason: 'campaign-archived' });
}

/** Someone who exists, or `invalid` naming the field. */
function personIn(state: State, id: string, field: string): PersonRecord {
  const person = state.people.get(id);
  if (!person) throw new PleinError('invalid', { field, reason: 'unknown-person' });
  return person;
}

/**
 * What importing `rows` does, row by row: a known e-mail (ignoring case) is enrolled, or skipped
 * when enrolled already; an unknown one adds a new person. With the key of an import that ran,
 * the rows it enrolled report what it did then.
 */
function plan(state: State, campaign: CampaignRecord, rows: unknown, key?: string) {
  const parsed = parseImportRows(rows);
  const byEmail = new Map<string, PersonRecord>();
  for (const person of state.people.values()) if (person.email) byEmail.set(person.email.toLowerCase(), person);
  const enrolments = new Map(campaign.enrolments.map((e) => [e.personId, e]));
  return parsed.map(({ email, row, error }, index) => {
    const result: ImportRowResult & { data?: ImportRow } = { row: index + 1, email, outcome: 'error' };
    if (!row) return { ...result, error: error! };
    const person = byEmail.get(email);
    const enrolment = person && enrolments.get(person.id);
    result.data = row;
    if (person) result.personId = person.id;
    if (key !== undefined && enrolment?.importKey === key) result.outcome = enrolment.added ? 'add' : 'enrol';
    else result.outcome = enrolment?.active ? 'skip' : person ? 'enrol' : 'add';
    return result;
  });
}

/** Results as callers get them. */
const report = (results: ReturnType<typeof plan>): ImportRowResult[] =>
  results.map(({ data: _data, ...result }) => result);

export function peopleApi(
  context: PersonContext,
): Pick<OnboardingApi, 'enrolments' | 'enrol' | 'unenrol' | 'previewImport' | 'importPeople'> {
  const { db, personId, iso, reading, writing, replayed, remember } = context;

  return {
    enrolments: (campaignId, page) =>
      reading((state, me) => {
        requireManager(me);
        const campaign = found(state.campaigns, campaignId);
        const request = parsePageRequest(page, db.capabilities.maxPageSize);
        const listed = pageBySeq(campaign.enrolments, request, (e) => e.active);
        return { ...listed, items: listed.items.map(viewEnrolment) };
      }),

    enrol: (campaignId, input, options) =>
      writing(options, (state, me, key) => {
        requireManager(me);
        const campaign = found(state.campaigns, campaignId);
        const parsed = parseEnrolmentInput(input);
        const target = `${campaign.id} ${parsed.personId}`;
        const view = () => viewEnrolment(enrolmentOf(campaign, parsed.personId)!);
        if (replayed(state, 'onboarding.enrol', key, target)) return { result: view() };
        requireActive(campaign);
        const person = personIn(state, parsed.personId, 'personId');
        if (parsed.managerId !== undefined) personIn(state, parsed.managerId, 'managerId');
        if (parsed.buddyId !== undefined) personIn(state, parsed.buddyId, 'buddyId');
        const startDate = parsed.startDate ?? person.startDate;
        if (startDate === undefined) throw new PleinError('invalid', { field: 'startDate', reason: 'required' });
        enrolPerson(state, campaign, { ...parsed, startDate, source: 'hand' }, iso());
        remember(state, 'onboarding.enrol', key, target);
        return { result: view(), changes: campaignChanges(campaign.id, 'updated', personId) };
      }),

    unenrol: (campaignId, id, options) =>
      writing(options, (state, me) => {
        requireManager(me);
        const enrolment = enrolmentOf(found(state.campaigns, campaignId), id);
        if (!enrolment?.active) return { result: undefined };
        enrolment.active = false;
        return { result: undefined, changes: campaignChanges(enrolment.campaignId, 'updated', personId) };
      }),

    previewImport: (campaignId, rows) =>
      reading((state, me) => {
        requireManager(me);
        return report(plan(state, found(state.campaigns, campaignId), rows));
      }),

    importPeople: (campaignId, rows, options) =>
      writing(options, (state, me, key) => {
        requireManager(me);
        const campaign = found(state.campaigns, campaignId);
        if (replayed(state, 'onboarding.import', key, campaign.id)) {
          return { result: report(plan(state, campaign, rows, key)) };
        }
        requireActive(campaign);
        const results = plan(state, campaign, rows);
        // Everything is checked: from here on nothing throws, so the rows are saved together or not at all.
        const at = iso();
        const added: PersonRecord[] = [];
        for (const result of results) {
          const { data, outcome } = result;
          if (!data || outcome === 'skip') continue;
          if (outcome === 'add') {
            const person: PersonRecord = {
              id: newId('person'),
              displayName: data.name,
              email: data.email,
              ...(data.department ? { department: data.department } : {}),
              startDate: data.startDate,
              roles: ['member'],
            };
            state.people.set(person.id, person);
            added.push(person);
            result.personId = person.id;
          }
          const fields = { personId: result.personId!, startDate: data.startDate, source: 'import' as const };
          enrolPerson(state, campaign, { ...fields, importKey: key, added: outcome === 'add' }, at);
        }
        // New people arrive in the other campaigns whose rules take them, too.
        const changes: Change[] = campaignChanges(campaign.id, 'updated', personId);
        for (const other of state.campaigns.values()) {
          if (other !== campaign && enrolAudience(state, other, added, at)) {
            changes.push(...campaignChanges(other.id, 'updated', personId));
          }
        }
        remember(state, 'onboarding.import', key, campaign.id);
        return { result: report(results), changes };
      }),
  };
}
