/**
 * The PleinStore on SharePoint lists: people, polls, the feed, kudos, onboarding and insights,
 * with live updates by polling (live.ts) and reads batched per turn (batch.ts).
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
import { lazyFeature } from './features.js';
import type { FeedApi, InsightsApi, KudosApi, OnboardingApi } from '@plein/core';
import { ResilientHttp, type RetryPolicy } from './resilience.js';
import { PLEIN_SCHEMA, LISTS } from './schema.js';
import { FEED_LISTS } from './schema-feed.js';
import { INSIGHTS_LISTS } from './schema-insights.js';
import { KUDOS_LISTS } from './schema-kudos.js';
import { ONBOARDING_LISTS } from './schema-onboarding.js';
import type { SetUpReport, SetUpStatus } from './setup.js';

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

/** The store plus the poller, and a way to start loading the features a page will show. */
export interface SharePointStore extends PleinStore {
  readonly live: ChangePoller;
  /** Starts loading a feature's code now (a web part of that kind is on the page); resolves when loaded. */
  preload(feature: 'feed' | 'kudos' | 'onboarding' | 'insights'): Promise<void>;
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
  // Each feature: its API, and its source of live events. Polls and people are always there;
  // the others load on first use (features.ts).
  live.add(pollsLive(sp, () => clock.now()));
  const titles = (lists: Iterable<{ title: string }>) => [...lists].map((l) => l.title);
  const feed = lazyFeature<FeedApi>(context, {
    lists: titles(FEED_LISTS),
    topics: ['feed', 'moderation', 'notifications'],
    load: async () => {
      const [{ createFeedApi }, { feedLive }] = await Promise.all([import('./feed.js'), import('./feed-live.js')]);
      return (c) => ({ api: createFeedApi(c), sources: [feedLive(c)] });
    },
  });
  const kudos = lazyFeature<KudosApi>(context, {
    lists: titles(Object.values(KUDOS_LISTS)),
    topics: ['kudos', 'notifications'],
    load: async () => {
      const [{ createKudosApi }, { kudosLive }] = await Promise.all([import('./kudos.js'), import('./kudos-live.js')]);
      return (c) => ({ api: createKudosApi(c), sources: [kudosLive(c)] });
    },
  });
  const onboarding = lazyFeature<OnboardingApi>(context, {
    lists: titles([...Object.values(ONBOARDING_LISTS), LISTS.people]),
    topics: ['onboarding', 'campaigns', 'notifications'],
    load: async () => (await import('./onboarding.js')).onboardingFeature,
  });
  const insights = lazyFeature<InsightsApi>(context, {
    lists: titles([
      ...FEED_LISTS,
      ...Object.values(KUDOS_LISTS),
      ...Object.values(ONBOARDING_LISTS),
      ...Object.values(INSIGHTS_LISTS),
      LISTS.votes,
    ]),
    topics: ['insights'],
    load: async () => {
      const [{ createInsightsApi }, { insightsLive }] = await Promise.all([
        import('./insights.js'),
        import('./insights-live.js'),
      ]);
      return (c) => ({ api: createInsightsApi(c), sources: [insightsLive(c)] });
    },
  });
  const features = { feed, kudos, onboarding, insights };
  for (const f of Object.values(features)) live.add(f.source);
  return {
    capabilities: SHAREPOINT_CAPABILITIES,
    me: async () => {
      const u = await user();
      return meOf(await registerSelf(sp, directory, u), u);
    },
    people: createPeopleApi(sp, directory),
    polls: createPollApi(context),
    feed: feed.api,
    kudos: kudos.api,
    onboarding: onboarding.api,
    insights: insights.api,
    subscribe: (topic, onChange, options) => {
      const stop = live.subscribe(topic, onChange);
      const relax = options?.urgent ? live.fast() : undefined;
      return () => {
        stop();
        relax?.();
      };
    },
    live,
    preload: (feature) => features[feature].preload(),
  };
}

/** Site set-up for the edit-mode action: is the site ready, may this person set it up, do it. */
export function siteSetUp(options: SharePointStoreOptions): {
  status(): Promise<SetUpStatus>;
  run(): Promise<SetUpReport>;
} {
  const clock = options.clock ?? systemClock;
  const sp = new SpClient(new ResilientHttp(new BatchingHttp(options.http), clock, options.retry), clock);
  // Editors only: the set-up code loads when it is first asked for.
  return {
    status: async () => (await import('./setup.js')).setUpStatus(sp, PLEIN_SCHEMA),
    run: async () => (await import('./setup.js')).setUpSite(sp, PLEIN_SCHEMA),
  };
}
