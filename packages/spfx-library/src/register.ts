/**
 * The elements, each registered under a versioned tag (`plein-feed-0-1-0`) as a fresh subclass
 * (defineElement's suffix), so two SharePoint solutions with different Plein versions on one page
 * never share an element class. Nothing registers the plain tags: the packages' index modules
 * have no side effects, and the embed bundle is not imported.
 *
 * Each element's code is a chunk of its own, loaded when a web part of that kind mounts: a page
 * with a poll does not load the feed. The tag is known at once, so the element is created right
 * away and upgrades when its class arrives (lit keeps the properties set before that).
 */
import { defineElement } from '@plein/ui';
import type { PleinWebPartKind } from './public-api.js';
import { tagSuffix } from './version.js';

type Load = () => Promise<CustomElementConstructor>;

const elements: Record<PleinWebPartKind, [tag: string, load: Load]> = {
  feed: ['plein-feed', () => import('@plein/feed').then((m) => m.PleinFeed)],
  poll: ['plein-poll', () => import('@plein/poll').then((m) => m.PleinPoll)],
  kudos: ['plein-kudos-wall', () => import('@plein/kudos').then((m) => m.PleinKudosWall)],
  onboarding: ['plein-onboarding', () => import('@plein/onboarding').then((m) => m.PleinOnboarding)],
  insights: ['plein-insights', () => import('@plein/insights').then((m) => m.PleinInsights)],
  trending: ['plein-trending', () => import('@plein/feed').then((m) => m.PleinTrending)],
};

/** Kinds whose class is loading or defined; a failed load is forgotten, so the next mount tries again. */
const loading = new Map<PleinWebPartKind, Promise<void>>();

export function versionedTag(kind: PleinWebPartKind): string {
  return `${entry(kind)[0]}-${tagSuffix}`;
}

/** A kind's tag and loader; a clear error for a kind this version does not have (a newer web part, a typo). */
function entry(kind: PleinWebPartKind): [tag: string, load: Load] {
  if (!Object.hasOwn(elements, kind)) throw new TypeError(`Plein ${tagSuffix} has no web part kind "${String(kind)}"`);
  return elements[kind];
}

/**
 * Defines `kind`'s versioned tag once its class has loaded (idempotent), with the shared parts
 * (shared-parts.ts); returns the tag at once.
 */
export function registerKind(kind: PleinWebPartKind): string {
  const [tag, load] = entry(kind);
  if (!loading.has(kind)) {
    const defined = Promise.all([load(), import('./shared-parts.js')]).then(
      ([ctor]) => void defineElement(tag, ctor, { suffix: tagSuffix }),
      (error: unknown) => {
        loading.delete(kind);
        console.error(`Plein: the code of the ${kind} web part could not be loaded.`, error);
      },
    );
    loading.set(kind, defined);
  }
  return versionedTag(kind);
}
