import { cohortReport, type OnboardingApi } from '@plein/core';
import { found, type PersonContext } from './context.js';
import { campaignApi } from './onboarding-campaigns.js';
import { checklistApi } from './onboarding-checklists.js';
import { peopleApi } from './onboarding-people.js';
import { dayOf, requireManager } from './onboarding-rules.js';

/**
 * The onboarding of the memory store, a chunk of its own: MemoryDb.onboarding() loads it on the
 * first onboarding call, on a seed with campaigns, or when reminders are due to someone listening
 * (MemoryDb.wake), so a store that never meets onboarding never fetches it. store.ts forwards each
 * call to the `createApi` of the person; persistence and the change topics stay in the store's own chunk.
 */
export { start } from './onboarding-reminders.js';
export { seedOnboarding as seed } from './onboarding-seed.js';

/** The onboarding of one signed-in person: checklists and ticks, campaigns, their people, cohorts. */
export function createApi(context: PersonContext): OnboardingApi {
  const { now, reading } = context;
  return {
    ...checklistApi(context),
    ...campaignApi(context),
    ...peopleApi(context),
    cohort: (campaignId) =>
      reading((state, me) => {
        requireManager(me);
        const campaign = found(state.campaigns, campaignId);
        return cohortReport(
          campaign,
          campaign.enrolments.filter((e) => e.active),
          dayOf(now()),
        );
      }),
  };
}
