import { PleinError, type Checklist, type OnboardingApi } from '@plein/core';
import { found, type PersonContext } from './context.js';
import { canSee, dayOf, enrolledIn, managerOf, ownerOf, taskOf, viewChecklist, viewTask } from './onboarding-rules.js';
import type { CampaignRecord, EnrolmentRecord, PersonRecord, State } from './state.js';

/** Checklists: the new hire's own, those of the people a manager or buddy looks after, and ticks. */

export function checklistApi(context: PersonContext): Pick<OnboardingApi, 'mine' | 'assigned' | 'checklist' | 'tick'> {
  const { personId, now, iso, reading, writing, replayed, remember } = context;

  /** The checklists of active campaigns whose enrolments `take` accepts, sorted by start date. */
  const checklists = (
    state: State,
    me: PersonRecord,
    take: (enrolment: EnrolmentRecord) => boolean,
    newestFirst: boolean,
  ): Checklist[] => {
    const today = dayOf(now());
    const found: [CampaignRecord, EnrolmentRecord][] = [];
    for (const campaign of state.campaigns.values()) {
      if (campaign.status !== 'active') continue;
      for (const enrolment of campaign.enrolments)
        if (enrolment.active && take(enrolment)) found.push([campaign, enrolment]);
    }
    const sign = newestFirst ? -1 : 1;
    return found
      .sort(([a, x], [b, y]) => sign * x.startDate.localeCompare(y.startDate) || a.seq - b.seq)
      .map(([campaign, enrolment]) => viewChecklist(state, campaign, enrolment, me, today));
  };

  return {
    mine: () => reading((state, me) => checklists(state, me, (e) => e.personId === personId, true)),

    assigned: () =>
      reading((state, me) =>
        checklists(
          state,
          me,
          (e) => e.personId !== personId && (e.buddyId === personId || managerOf(state, e) === personId),
          false,
        ),
      ),

    checklist: (campaignId, person) =>
      reading((state, me) => {
        const campaign = found(state.campaigns, campaignId);
        const enrolment = enrolledIn(campaign, person);
        if (!canSee(state, me, enrolment)) throw new PleinError('forbidden', { reason: 'not-involved' });
        return viewChecklist(state, campaign, enrolment, me, dayOf(now()));
      }),

    tick: (campaignId, person, taskId, done, options) =>
      writing(options, (state, me, key) => {
        const campaign = found(state.campaigns, campaignId);
        const enrolment = enrolledIn(campaign, person);
        const task = taskOf(campaign, taskId);
        const phaseId = campaign.phases.find((phase) => phase.tasks.includes(task))!.id;
        const view = () => viewTask(state, campaign, enrolment, phaseId, task, me, dayOf(now()));
        const target = `${campaign.id} ${enrolment.personId} ${task.id}`;
        if (replayed(state, 'onboarding.tick', key, target)) return { result: view() };
        if (typeof done !== 'boolean') throw new PleinError('invalid', { field: 'done', reason: 'wrong-type' });
        if (ownerOf(state, enrolment, task.owner) !== personId)
          throw new PleinError('forbidden', { reason: 'not-owner' });
        if (campaign.status !== 'active') throw new PleinError('conflict', { reason: 'campaign-archived' });
        const index = enrolment.done.findIndex((d) => d.taskId === task.id);
        const changed = done ? index < 0 : index >= 0;
        if (done && changed) enrolment.done.push({ taskId: task.id, at: iso(), by: personId });
        else if (changed) enrolment.done.splice(index, 1);
        remember(state, 'onboarding.tick', key, target);
        const changes = changed
          ? [{ kind: 'onboarding' as const, id: campaign.id, type: 'updated' as const, actorId: personId }]
          : [];
        return { result: view(), changes };
      }),
  };
}
