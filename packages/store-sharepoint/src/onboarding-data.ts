/**
 * What one onboarding call reads, each thing at most once: the signed-in user, the directory,
 * campaigns, enrolments (items, and those the audience rule takes) and ticks.
 */
import { PleinError, utcDayOf, type Checklist, type IsoDate } from '@plein/core';
import { isTeam, notFound, type SpContext } from './context.js';
import {
  findCampaign,
  pairOf,
  readCampaigns,
  readEnrolments,
  readTicks,
  type Arrivals,
  type CampaignRecord,
  type EnrolmentRecord,
} from './onboarding-records.js';
import { doneOf, implicitEnrolments, viewChecklist, type People } from './onboarding-rules.js';
import type { SpUser } from './people.js';

export interface OnboardingContext extends SpContext {
  readonly arrivals: Arrivals;
}

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

export type Data = ReturnType<typeof dataFor>;

export function dataFor(context: OnboardingContext) {
  const { sp, clock } = context;
  const me = once(() => context.user());
  const people = once(() => context.directory.all());
  const arrivals = once(() => context.arrivals.all());
  const campaigns = once(() => readCampaigns(sp));

  const data = {
    me,
    people,
    campaigns,
    today: (): IsoDate => utcDayOf(clock.now()),

    /** The signed-in user, who must be on the communications team (or an admin). */
    async team(): Promise<SpUser> {
      const user = await me();
      if (!isTeam(user)) throw new PleinError('forbidden', { reason: 'not-manager' });
      return user;
    },

    async campaign(id: unknown): Promise<CampaignRecord> {
      const found = await findCampaign(sp, id);
      if (!found) throw notFound();
      return found;
    },

    /** Everyone with an enrolment in the campaign (unenrolled people too), by person. */
    async enrolmentsIn(campaign: CampaignRecord): Promise<Map<string, EnrolmentRecord>> {
      const items = await readEnrolments(sp, [{ field: 'CampaignId', op: 'eq', value: campaign.id }]);
      const byPerson = new Map([...items.values()].map((e) => [e.personId, e]));
      if (campaign.audience && campaign.status === 'active')
        for (const e of implicitEnrolments(campaign, await people(), await arrivals(), (id) => byPerson.has(id)))
          byPerson.set(e.personId, e);
      return byPerson;
    },

    /** The people enrolled now, in a stable order (by person id). */
    async activeIn(campaign: CampaignRecord): Promise<EnrolmentRecord[]> {
      const all = [...(await data.enrolmentsIn(campaign)).values()].filter((e) => e.active);
      return all.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    },

    /** One person's enrolment in a campaign, active or not; undefined when never enrolled. */
    async enrolmentOf(campaign: CampaignRecord, personId: unknown): Promise<EnrolmentRecord | undefined> {
      if (typeof personId !== 'string' || !personId) return undefined;
      const items = await readEnrolments(sp, [{ field: 'Enrolment', op: 'eq', value: pairOf(campaign.id, personId) }]);
      const item = items.get(pairOf(campaign.id, personId));
      if (item || !campaign.audience || campaign.status !== 'active') return item;
      const person = (await people()).get(personId);
      if (!person) return undefined;
      return implicitEnrolments(campaign, new Map([[person.id, person]]), await arrivals(), () => false)[0];
    },

    /** Someone's current enrolment, or `not-found` naming `personId`. */
    async enrolledIn(campaign: CampaignRecord, personId: unknown): Promise<EnrolmentRecord> {
      const enrolment = await data.enrolmentOf(campaign, personId);
      if (!enrolment?.active) throw notFound('personId');
      return enrolment;
    },

    /** The tasks done for one enrolment, counted from its ticks. */
    async done(campaign: CampaignRecord, enrolment: EnrolmentRecord, directory?: People) {
      const [ticks, all] = await Promise.all([readTicks(sp, campaign.id, enrolment.personId), directory ?? people()]);
      return doneOf(campaign, enrolment, ticks, all);
    },

    async checklist(campaign: CampaignRecord, enrolment: EnrolmentRecord): Promise<Checklist> {
      const [user, directory] = await Promise.all([me(), people()]);
      const done = await data.done(campaign, enrolment, directory);
      return viewChecklist({
        campaign,
        enrolment,
        done,
        people: directory,
        viewer: user.personId,
        today: data.today(),
      });
    },
  };
  return data;
}
