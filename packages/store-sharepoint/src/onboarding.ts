/**
 * Onboarding on SharePoint lists (schema-onboarding.ts): campaigns and enrolments are items the
 * communications team writes; ticks are items of whoever ticked, counted only when they own the
 * task; progress and the cohort report are counted from those items on every read.
 *
 * What SharePoint alone cannot guarantee here:
 * - Reminders have no server to send them: each person's open page tells its own listeners as
 *   the clock passes a moment; a moment that passed while no page was open is not announced.
 * - The audience rule reads the Plein People list, where people write their own item: someone
 *   may edit their own department, location or start date over REST and so be enrolled by a
 *   campaign's audience rule (never by hand; the team can unenrol them, which holds).
 * - A tick counts when its author owned the task when ticking: the enrolment items keep who
 *   was manager and buddy when, but a campaign keeps no history, so when an edit gives a task
 *   another kind of owner, the former owner's ticks stop counting (they count again if undone).
 * - Past 5,000 items one query must still narrow to 5,000: more than 5,000 enrolment items in
 *   one campaign, or tick items for one person in one campaign (only by adding items by hand),
 *   make that campaign's lists fail with the threshold error.
 * - The change log is writable by everyone (ticks are): an item added by hand only makes
 *   listeners refetch.
 */
import { cohortReport, type OnboardingApi } from '@plein/core';
import type { SpContext } from './context.js';
import { listCall } from './lists.js';
import type { LiveSource } from './live.js';
import { campaignApi } from './onboarding-campaigns.js';
import { checklistApi } from './onboarding-checklists.js';
import { dataFor, type OnboardingContext } from './onboarding-data.js';
import { onboardingLive, remindersLive } from './onboarding-live.js';
import { peopleApi } from './onboarding-people.js';
import { Arrivals, readCampaigns } from './onboarding-records.js';

export type { OnboardingContext } from './onboarding-data.js';

export function createOnboardingApi(context: OnboardingContext): OnboardingApi {
  return {
    ...checklistApi(context),
    ...campaignApi(context),
    ...peopleApi(context),
    cohort: (campaignId) =>
      listCall(async () => {
        const data = dataFor(context);
        await data.team();
        const campaign = await data.campaign(campaignId);
        const [enrolments, people] = await Promise.all([data.activeIn(campaign), data.people()]);
        // One narrow query per person (sent together as a batch): past 5,000 ticks too.
        const members = await Promise.all(
          enrolments.map(async (e) => ({
            personId: e.personId,
            startDate: e.startDate,
            enrolledAt: e.enrolledAt,
            done: [...(await data.done(campaign, e, people))].map(([taskId, d]) => ({ taskId, at: d.at })),
          })),
        );
        return cohortReport(campaign, members, data.today());
      }),
  };
}

/** Onboarding for the store: its API, and its sources of live events and reminders. */
export function onboardingFeature(base: SpContext): { api: OnboardingApi; sources: LiveSource[] } {
  const context: OnboardingContext = { ...base, arrivals: new Arrivals(base.sp) };
  const api = createOnboardingApi(context);
  const creators = async () => new Map((await readCampaigns(base.sp)).map((c) => [c.id, c.createdBy]));
  const me = async () => (await base.user()).personId;
  return {
    api,
    sources: [
      onboardingLive(base.sp),
      remindersLive(
        () => api,
        me,
        creators,
        () => base.clock.now(),
      ),
    ],
  };
}
