import { matchesAudience, type Enrolment, type IsoDateTime } from '@plein/core';
import { enrolmentOf } from './onboarding-rules.js';
import type { CampaignRecord, EnrolmentRecord, PersonRecord, State } from './state.js';

/** Enrolling people: by hand, by import and by a campaign's audience rule. */

export type EnrolmentFields = Pick<Enrolment, 'personId' | 'startDate' | 'managerId' | 'buddyId' | 'source'> &
  Pick<EnrolmentRecord, 'importKey' | 'added'>;

/**
 * Enrols a person, or updates the enrolment of someone enrolled (start date, manager, buddy; how
 * and when they came in stay). The manager defaults to the person's own. Someone unenrolled
 * comes back with the progress they had.
 */
export function enrolPerson(state: State, campaign: CampaignRecord, fields: EnrolmentFields, at: IsoDateTime): void {
  const existing = enrolmentOf(campaign, fields.personId);
  const record: EnrolmentRecord = {
    campaignId: campaign.id,
    ...withoutUndefined({ ...fields, managerId: fields.managerId ?? state.people.get(fields.personId)?.managerId }),
    ...(existing?.active ? { source: existing.source } : {}),
    enrolledAt: existing?.active ? existing.enrolledAt : at,
    seq: existing?.seq ?? ++state.seq,
    active: true,
    done: existing?.done ?? [],
    reminded: existing?.reminded ?? [],
  };
  if (existing) campaign.enrolments[campaign.enrolments.indexOf(existing)] = record;
  else campaign.enrolments.push(record);
}

/**
 * Enrols those of `people` whom an active campaign's rule takes and who were never in it (people
 * unenrolled by hand stay out). Returns whether anyone was.
 */
export function enrolAudience(
  state: State,
  campaign: CampaignRecord,
  people: Iterable<PersonRecord>,
  at: IsoDateTime,
): boolean {
  const { audience } = campaign;
  if (!audience || campaign.status !== 'active') return false;
  const known = new Set(campaign.enrolments.map((e) => e.personId));
  let enrolled = false;
  for (const person of people) {
    if (known.has(person.id) || !matchesAudience(audience, person)) continue;
    enrolPerson(state, campaign, { personId: person.id, startDate: person.startDate!, source: 'audience' }, at);
    enrolled = true;
  }
  return enrolled;
}

function withoutUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
