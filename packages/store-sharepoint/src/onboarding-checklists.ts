/**
 * Checklists: the new hire's own, those of the people a manager or buddy looks after, and ticks.
 * A tick is an item of the person who ticked (WriteSecurity 2); it counts only when that person
 * owns the task for this new hire (onboarding-rules.ts `doneOf`), whoever adds items over REST.
 */
import { PleinError, parseWriteOptions, type Checklist, type OnboardingApi } from '@plein/core';
import { addItem, listCall } from './lists.js';
import { dataFor, type Data, type OnboardingContext } from './onboarding-data.js';
import {
  logChange,
  pairOf,
  readEnrolments,
  written,
  type CampaignRecord,
  type EnrolmentRecord,
} from './onboarding-records.js';
import { canSee, implicitEnrolments, managerOf, ownerOf, taskOf, viewTask } from './onboarding-rules.js';
import { isTeam } from './context.js';
import { ONBOARDING_LISTS as L } from './schema-onboarding.js';

type Found = [CampaignRecord, EnrolmentRecord];

/**
 * The enrolments, in active campaigns, of the people `involves` picks: enrolment items found by
 * `wheres` (checked against that person's latest item, unless `complete`: the query found every
 * item of theirs), and those the audience rules take.
 */
async function enrolled(
  data: Data,
  context: OnboardingContext,
  wheres: Parameters<typeof readEnrolments>[1][],
  involves: (e: EnrolmentRecord) => boolean,
  complete = false,
): Promise<Found[]> {
  const campaigns = new Map((await data.campaigns()).filter((c) => c.status === 'active').map((c) => [c.id, c]));
  const hits = new Map<string, EnrolmentRecord>();
  for (const found of await Promise.all(wheres.map((where) => readEnrolments(context.sp, where))))
    for (const [pair, e] of found) if (campaigns.has(e.campaignId)) hits.set(pair, e);
  // An item naming me may be out of date: the person's latest item decides.
  const latest = complete
    ? [hits]
    : await Promise.all(
        [...hits.keys()].map((pair) => readEnrolments(context.sp, [{ field: 'Enrolment', op: 'eq', value: pair }])),
      );
  const out: Found[] = [];
  const withItem = new Set<string>();
  for (const found of latest)
    for (const [pair, e] of found) {
      withItem.add(pair);
      if (e.active && involves(e)) out.push([campaigns.get(e.campaignId)!, e]);
    }
  const people = await data.people();
  const audienceCampaigns = [...campaigns.values()].filter((c) => c.audience);
  if (audienceCampaigns.length) {
    const arrivals = await context.arrivals.all();
    const candidates = [...people.values()].filter((p) =>
      involves({ personId: p.id, ...(p.managerId ? { managerId: p.managerId } : {}) } as EnrolmentRecord),
    );
    for (const campaign of audienceCampaigns) {
      const taken = implicitEnrolments(campaign, new Map(candidates.map((p) => [p.id, p])), arrivals, () => false);
      const pending = taken.filter((e) => !withItem.has(pairOf(campaign.id, e.personId)));
      // Someone the rule takes may have an item this query did not find (e.g. unenrolled).
      const checked = await Promise.all(
        pending.map((e) =>
          readEnrolments(context.sp, [{ field: 'Enrolment', op: 'eq', value: pairOf(campaign.id, e.personId) }]),
        ),
      );
      pending.forEach((e, i) => {
        const item = checked[i]!.get(pairOf(campaign.id, e.personId));
        if (!item) out.push([campaign, e]);
        else if (item.active && involves(item)) out.push([campaign, item]);
      });
    }
  }
  return out;
}

async function checklists(data: Data, found: Found[], newestFirst: boolean): Promise<Checklist[]> {
  const sign = newestFirst ? -1 : 1;
  found.sort(([a, x], [b, y]) => sign * x.startDate.localeCompare(y.startDate) || a.itemId - b.itemId);
  return Promise.all(found.map(([campaign, enrolment]) => data.checklist(campaign, enrolment)));
}

export function checklistApi(
  context: OnboardingContext,
): Pick<OnboardingApi, 'mine' | 'assigned' | 'checklist' | 'tick'> {
  const { sp } = context;

  return {
    mine: () =>
      listCall(async () => {
        const data = dataFor(context);
        const me = (await data.me()).personId;
        const found = await enrolled(
          data,
          context,
          [[{ field: 'PersonId', op: 'eq', value: me }]],
          (e) => e.personId === me,
          true,
        );
        return checklists(data, found, true);
      }),

    assigned: () =>
      listCall(async () => {
        const data = dataFor(context);
        const me = (await data.me()).personId;
        const people = await data.people();
        const found = await enrolled(
          data,
          context,
          [[{ field: 'ManagerId', op: 'eq', value: me }], [{ field: 'BuddyId', op: 'eq', value: me }]],
          (e) => e.personId !== me && (e.buddyId === me || managerOf(e, people) === me),
        );
        return checklists(data, found, false);
      }),

    checklist: (campaignId, personId) =>
      listCall(async () => {
        const data = dataFor(context);
        const campaign = await data.campaign(campaignId);
        const enrolment = await data.enrolledIn(campaign, personId);
        const [user, people] = await Promise.all([data.me(), data.people()]);
        if (!canSee(user.personId, isTeam(user), enrolment, people))
          throw new PleinError('forbidden', { reason: 'not-involved' });
        return data.checklist(campaign, enrolment);
      }),

    tick: (campaignId, personId, taskId, done, options) =>
      listCall(async () => {
        const key = parseWriteOptions(options).idempotencyKey;
        const data = dataFor(context);
        const campaign = await data.campaign(campaignId);
        const enrolment = await data.enrolledIn(campaign, personId);
        const task = taskOf(campaign, taskId);
        const phaseId = campaign.phases.find((phase) => phase.tasks.includes(task))!.id;
        const [user, people] = await Promise.all([data.me(), data.people()]);
        const view = async () => {
          const ticked = await data.done(campaign, enrolment, people);
          const input = { campaign, enrolment, done: ticked, people, viewer: user.personId, today: data.today() };
          return viewTask(input, phaseId, task);
        };
        if (await written(sp, L.ticks, key, user.personId)) return view();
        if (typeof done !== 'boolean') throw new PleinError('invalid', { field: 'done', reason: 'wrong-type' });
        if (ownerOf(enrolment, task.owner, people) !== user.personId)
          throw new PleinError('forbidden', { reason: 'not-owner' });
        if (campaign.status !== 'active') throw new PleinError('conflict', { reason: 'campaign-archived' });
        const current = await data.done(campaign, enrolment, people);
        if (current.has(task.id) !== done) {
          await addItem(sp, L.ticks, {
            Title: task.id,
            WriteKey: key,
            CampaignId: campaign.id,
            Enrolment: pairOf(campaign.id, enrolment.personId),
            TaskId: task.id,
            Done: done,
          });
          await logChange(sp, campaign.id, 'people');
        }
        return view();
      }),
  };
}
