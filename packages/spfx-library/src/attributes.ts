/**
 * Web part properties onto element attributes. Only each element's own attributes are set (a
 * property bag may hold other things, and `theme`/`lang` are the host's); an empty value
 * removes the attribute, so clearing a field in the property pane restores the default.
 */
import type { PleinWebPartKind } from './public-api.js';

/** Each element's attributes (see its `*.element.ts`); `true` marks a boolean attribute. */
export const ATTRIBUTES: Record<PleinWebPartKind, Record<string, boolean>> = {
  feed: { channel: false, mode: false, tag: false, 'page-size': false },
  poll: { 'poll-id': false, mode: false, 'vote-url': false },
  kudos: {
    mode: false,
    recipient: false,
    value: false,
    department: false,
    'page-size': false,
    leaderboard: true,
    rotate: false,
    'give-url': false,
  },
  onboarding: { mode: false, campaign: false, person: false },
  insights: { period: false, 'post-url': false, 'tag-url': false },
  trending: { channel: false, period: false, limit: false, 'feed-url': false },
};

export function applyAttributes(
  element: HTMLElement,
  kind: PleinWebPartKind,
  properties: Record<string, unknown>,
): void {
  for (const [name, boolean] of Object.entries(ATTRIBUTES[kind])) {
    const value = properties[name];
    if (boolean) element.toggleAttribute(name, value === true || value === 'true');
    else if (value === undefined || value === null || String(value).trim() === '') element.removeAttribute(name);
    else if (typeof value === 'string' || typeof value === 'number') element.setAttribute(name, String(value).trim());
  }
}
