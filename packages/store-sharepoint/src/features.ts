/**
 * The store's bigger features load on first use, so a page with only a poll does not carry the
 * feed's, kudos', onboarding's and insights' code: their API methods and their live sources wait
 * for the module the first time they are called. What the poller needs before that (which
 * lists to watch, which topics a feature serves) is known without loading it.
 */
import type { Topic } from '@plein/core';
import type { SpContext } from './context.js';
import { changeToken } from './lists.js';
import type { LiveEvent, LiveSource } from './live.js';

export interface Feature<Api> {
  api: Api;
  sources: LiveSource[];
}

type Methods = Record<string | symbol, (...args: unknown[]) => unknown>;

export interface LazyFeature<Api> {
  /** Calls load the feature first; not a thenable, so awaiting the object is harmless. */
  api: Api;
  /** Starts loading now (a page that will show this feature), so its first call need not wait. */
  preload(): Promise<void>;
  /** Stands for the feature's sources until they are loaded, then asks each of them. */
  source: LiveSource;
}

export function lazyFeature<Api extends object>(
  context: SpContext,
  spec: {
    /** Every list the feature's sources watch. */
    lists: readonly string[];
    topics: readonly Topic['kind'][];
    load: () => Promise<(context: SpContext) => Feature<Api>>;
  },
): LazyFeature<Api> {
  let loading: Promise<Feature<Api>> | undefined;
  const loaded = () =>
    (loading ??= spec.load().then(
      (make) => make(context),
      (error: unknown) => {
        loading = undefined; // a chunk that failed to load is tried again next time
        throw error;
      },
    ));
  const api = new Proxy({} as Api, {
    get: (_, name) =>
      name === 'then'
        ? undefined
        : async (...args: unknown[]) => ((await loaded()).api as unknown as Methods)[name]!(...args),
  });
  // Each inner source is told whether its own lists changed, not the feature's whole set.
  const seen = new Map<LiveSource, ReadonlyMap<string, string>>();
  const moved = (inner: LiveSource, tokens: ReadonlyMap<string, string>) => {
    const before = seen.get(inner);
    return !before || inner.lists.some((title) => changeToken(tokens.get(title)) !== changeToken(before.get(title)));
  };
  const source: LiveSource = {
    lists: spec.lists,
    serves: (topic) => spec.topics.includes(topic.kind),
    async check(topics, changed, since, tokens) {
      const events: LiveEvent[] = [];
      for (const inner of (await loaded()).sources) {
        const served = topics.filter((t) => inner.serves(t));
        if (!served.length) continue;
        events.push(...(await inner.check(served, changed && moved(inner, tokens), since, tokens)));
        seen.set(inner, tokens);
      }
      return events;
    },
  };
  const preload = () =>
    loaded().then(
      () => undefined,
      () => undefined, // the first call will try again, and say what failed
    );
  return { api, source, preload };
}
