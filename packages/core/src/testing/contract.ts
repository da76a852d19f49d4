import { anonymousContract } from './contract-anonymous.js';
import { faultsContract } from './contract-faults.js';
import { feedCommentsContract } from './contract-feed-comments.js';
import { feedEditsContract } from './contract-feed-edits.js';
import { feedInputContract } from './contract-feed-input.js';
import { feedLiveContract } from './contract-feed-live.js';
import { feedModerationContract } from './contract-feed-moderation.js';
import { feedPinsContract } from './contract-feed-pins.js';
import { feedPostsContract } from './contract-feed-posts.js';
import { feedReactionsContract } from './contract-feed-reactions.js';
import { feedSearchContract } from './contract-feed-search.js';
import { feedUploadsContract } from './contract-feed-uploads.js';
import { insightsActivityContract } from './contract-insights-activity.js';
import { insightsFiguresContract } from './contract-insights-figures.js';
import { insightsInputContract } from './contract-insights-input.js';
import { insightsLiveContract } from './contract-insights-live.js';
import { insightsTargetsContract } from './contract-insights-targets.js';
import { kudosGiveContract } from './contract-kudos-give.js';
import { kudosInputContract } from './contract-kudos-input.js';
import { kudosLeaderboardContract } from './contract-kudos-leaderboard.js';
import { kudosLiveContract } from './contract-kudos-live.js';
import { kudosReactionsContract } from './contract-kudos-reactions.js';
import { kudosValuesContract } from './contract-kudos-values.js';
import { kudosWallContract } from './contract-kudos-wall.js';
import { lifecycleContract } from './contract-lifecycle.js';
import { onboardingCampaignsContract } from './contract-onboarding-campaigns.js';
import { onboardingChecklistContract } from './contract-onboarding-checklist.js';
import { onboardingCohortContract } from './contract-onboarding-cohort.js';
import { onboardingEnrolmentContract } from './contract-onboarding-enrolment.js';
import { onboardingImportContract } from './contract-onboarding-import.js';
import { onboardingInputContract } from './contract-onboarding-input.js';
import { onboardingLiveContract } from './contract-onboarding-live.js';
import { liveContract } from './contract-live.js';
import { peopleContract } from './contract-people.js';
import { pollsContract } from './contract-polls.js';
import { visibilityContract } from './contract-visibility.js';
import { votesContract } from './contract-votes.js';
import { suiteContext } from './helpers.js';
import type { ContractSuiteOptions } from './world.js';

/**
 * The store contract as tests, for any store and any runner:
 *
 *   await contractSuite({ name: 'memory', createWorld: createMemoryWorld, describe, it });
 *
 * One throwaway world is created first to read the store's capabilities; tests of what the
 * store cannot do are not registered, and a `describe` title says which were left out.
 * Every test gets a fresh world seeded with `CONTRACT_PEOPLE`.
 */
export async function contractSuite(options: ContractSuiteOptions): Promise<void> {
  const probe = await options.createWorld();
  const capabilities = probe.capabilities;
  await probe.dispose?.();

  const context = suiteContext(options, capabilities);
  options.describe(`${options.name}: store contract`, () => {
    peopleContract(context);
    if (capabilities.features.includes('polls')) {
      pollsContract(context);
      votesContract(context);
      lifecycleContract(context);
      visibilityContract(context);
      anonymousContract(context);
      liveContract(context);
    } else {
      options.describe(
        'polls — not offered by this store (capabilities.features lacks "polls"): their tests are left out',
        () => {},
      );
    }
    if (capabilities.features.includes('feed')) {
      feedPostsContract(context);
      feedEditsContract(context);
      feedCommentsContract(context);
      feedReactionsContract(context);
      feedPinsContract(context);
      feedUploadsContract(context);
      feedModerationContract(context);
      feedSearchContract(context);
      feedLiveContract(context);
      feedInputContract(context);
    } else {
      options.describe(
        'feed — not offered by this store (capabilities.features lacks "feed"): its tests are left out',
        () => {},
      );
    }
    if (capabilities.features.includes('kudos')) {
      kudosValuesContract(context);
      kudosGiveContract(context);
      kudosWallContract(context);
      kudosReactionsContract(context);
      kudosLeaderboardContract(context);
      kudosLiveContract(context);
      kudosInputContract(context);
    } else {
      options.describe(
        'kudos — not offered by this store (capabilities.features lacks "kudos"): their tests are left out',
        () => {},
      );
    }
    if (capabilities.features.includes('onboarding')) {
      onboardingCampaignsContract(context);
      onboardingEnrolmentContract(context);
      onboardingChecklistContract(context);
      onboardingImportContract(context);
      onboardingCohortContract(context);
      onboardingLiveContract(context);
      onboardingInputContract(context);
    } else {
      options.describe(
        'onboarding — not offered by this store (capabilities.features lacks "onboarding"): its tests are left out',
        () => {},
      );
    }
    if (capabilities.features.includes('insights')) {
      insightsFiguresContract(context);
      insightsActivityContract(context);
      insightsTargetsContract(context);
      insightsInputContract(context);
      insightsLiveContract(context);
    } else {
      options.describe(
        'insights — not offered by this store (capabilities.features lacks "insights"): their tests are left out',
        () => {},
      );
    }
    faultsContract(context);
  });
}
