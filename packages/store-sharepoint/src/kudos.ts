import type { KudosApi } from '@plein/core';
import type { SpContext } from './context.js';
import { kudosLeaderboard } from './kudos-leaderboard.js';
import { kudosValues } from './kudos-values.js';
import { kudosWall } from './kudos-wall.js';
import { kudosWrites } from './kudos-write.js';

/**
 * Kudos on SharePoint lists (schema-kudos.ts): values and settings in kudos-values.ts, the wall
 * in kudos-wall.ts, giving, removing and reacting in kudos-write.ts, leaderboards in
 * kudos-leaderboard.ts, live updates in kudos-live.ts.
 */
export function createKudosApi(context: SpContext): KudosApi {
  return { ...kudosValues(context), ...kudosWall(context), ...kudosWrites(context), ...kudosLeaderboard(context) };
}
