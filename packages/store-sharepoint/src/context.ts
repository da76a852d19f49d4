/**
 * What every feature of the SharePoint store works with: the client (retries included), the
 * clock, the signed-in user (read once), the People directory and the live poller.
 */
import { PleinError, type Clock } from '@plein/core';
import type { SpClient } from './client.js';
import type { ChangePoller } from './live.js';
import type { Directory, SpUser } from './people.js';

export interface SpContext {
  readonly sp: SpClient;
  readonly clock: Clock;
  /** SharePoint's answer for the signed-in user, with their Plein roles. */
  user(): Promise<SpUser>;
  readonly directory: Directory;
  readonly live: ChangePoller;
  /** The largest page a list call returns (capabilities.maxPageSize). */
  readonly maxPageSize: number;
}

/** Site moderators and admins moderate everything and may close any poll. */
export const isModerator = (user: SpUser): boolean => user.roles.includes('moderator') || user.roles.includes('admin');

/** The communications team (and admins): kudos values, onboarding campaigns, insights. */
export const isTeam = (user: SpUser): boolean => user.roles.includes('communications') || user.roles.includes('admin');

/** JSON kept in a Note column; `fallback` when empty or unreadable (a hand-edited item). */
export function parseJson<T>(v: unknown, fallback: T): T {
  try {
    return typeof v === 'string' && v ? (JSON.parse(v) as T) : fallback;
  } catch {
    return fallback;
  }
}

export const notFound = (field = 'id'): PleinError => new PleinError('not-found', { field });
