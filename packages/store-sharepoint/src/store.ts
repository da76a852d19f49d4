/**
 * The PleinStore on SharePoint lists. Polls and people for now; the other features follow
 * (capabilities.features says which are offered, so elements show the rest as unavailable).
 */
import { systemClock, type Capabilities, type Clock, type PleinStore } from '@plein/core';
import { BatchingHttp } from './batch.js';
import { SpClient } from './client.js';
import type { SpHttp } from './http.js';
import type { SpContext } from './context.js';
import { ChangePoller } from './live.js';
import { createPeopleApi, currentUser, Directory, meOf, registerSelf, type SpUser } from './people.js';
import { createPollApi } from './polls.js';
import { pollsLive } from './polls-live.js';
import { createInsightsApi } from './insights.js';
import { insightsLive } from './insights-live.js';
import { createFeedApi } from './feed.js';
import { feedLive } from './feed-live.js';
import { createKudosApi } from './kudos.js';
import { kudosLive } from './kudos-live.js';
import { onboardingFeature } from './onboarding.js';
import { ResilientHttp, type RetryPolicy } from './resilience.js';
import { PLEIN_SCHEMA } from './schema.js';
import { setUpSite, setUpStatus, type SetUpReport, type SetUpStatus } from './setup.js';

export interface SharePointStoreOptions {
  /** FetchHttp on any SharePoint page, SpfxHttp inside SPFx; the store adds retries. */
  http: SpHttp;
  clock?: Clock;
  retry?: RetryPolicy;
}

/**
 * What SharePoint alone can keep. Votes sit in a list the site's members can read, so neither
 * anonymous polls nor results sealed until close are possible without Plein's server.
 */
export const SHAREPOINT_CAPABILITIES: Capabilities = {
  features: ['polls', 'onboarding', 'kudos', 'feed', 'insights'],
  anonymousPolls: false,
  sealedResults: false,
  liveUpdates: 'polling',
  maxPageSize: 100,
};

/** The store plus the poller, for a presenter view that wants faster rounds. */
export interface SharePointStore extends PleinStore {
  readonly live: ChangePoller;
}

export function createSharePointStore(options: SharePointStoreOptions): SharePointStore {
  const clock = options.clock ?? systemClock;
  // Retries outermost, so a throttled part of a batch is retried on its own.
  const sp = new SpClient(new ResilientHttp(new BatchingHttp(options.http), clock, options.retry), clock);
  const directory = new Directory(sp);
  let signedIn: Promise<SpUser> | undefined;
  const user = () =>
    (signedIn ??= currentUser(sp).catch((e: unknown) => {
      signedIn = undefined;
      throw e;
    }));
  const live = new ChangePoller(sp, clock);
  const context: SpContext = { sp, clock, user, directory, live, maxPageSize: SHAREPOINT_CAPABILITIES.maxPageSize };
  // Each feature: its API, and its source of live events.
  live.add(pollsLive(sp, () => clock.now()));
  live.add(insightsLive(context));
  live.add(feedLive(context));
  live.add(kudosLive(context));
  const onboarding = onboardingFeature(context);
  for (const source of onboarding.sources) live.add(source);
  return {
    capabilities: SHAREPOINT_CAPABILITIES,
    me: async () => {
      const u = await user();
      return meOf(await registerSelf(sp, directory, u), u);
    },
    people: createPeopleApi(sp, directory),
    polls: createPollApi(context),
    insights: createInsightsApi(context),
    feed: createFeedApi(context),
    kudos: createKudosApi(context),
    onboarding: onboarding.api,
    subscribe: (topic, onChange, options) => {
      const stop = live.subscribe(topic, onChange);
      const relax = options?.urgent ? live.fast() : undefined;
      return () => {
        stop();
        relax?.();
      };
    },
    live,
  };
}

/** Site set-up for the edit-mode action: is the site ready, may this person set it up, do it. */
export function siteSetUp(options: SharePointStoreOptions): {
  status(): Promise<SetUpStatus>;
  run(): Promise<SetUpReport>;
} {
  const clock = options.clock ?? systemClock;
  const sp = new SpClient(new ResilientHttp(new BatchingHttp(options.http), clock, options.retry), clock);
  return {
    status: () => setUpStatus(sp, PLEIN_SCHEMA),
    run: () => setUpSite(sp, PLEIN_SCHEMA),
  };
}
