import { PleinFeed, PleinTrending } from '@plein/feed';
import '@plein/feed/feed.js';
import '@plein/feed/trending.js';
import { PleinKudosWall } from '@plein/kudos';
import '@plein/kudos/kudos-wall.js';
import { PleinInsights } from '@plein/insights';
import '@plein/insights/insights.js';
import { PleinOnboarding } from '@plein/onboarding';
import '@plein/onboarding/onboarding.js';
import { PleinPoll } from '@plein/poll';
import '@plein/poll/poll.js';
import { defineElement, PleinPeoplePicker, PleinPerson } from '@plein/ui';
import { registerProvider } from './provider.js';

/**
 * Registers every Plein element. Idempotent: a tag that is already defined (by an earlier
 * call, or by another copy of Plein on the page) is left alone. Importing
 * `@plein/poll/poll.js` (and the other elements' modules) already registers those elements; calling this
 * again is harmless.
 * `<plein-person>` and `<plein-people-picker>` come from @plein/ui, for every widget and page.
 */
export function registerElements(): void {
  registerProvider();
  defineElement('plein-poll', PleinPoll);
  defineElement('plein-feed', PleinFeed);
  defineElement('plein-trending', PleinTrending);
  defineElement('plein-kudos-wall', PleinKudosWall);
  defineElement('plein-onboarding', PleinOnboarding);
  defineElement('plein-insights', PleinInsights);
  defineElement('plein-person', PleinPerson);
  defineElement('plein-people-picker', PleinPeoplePicker);
}
