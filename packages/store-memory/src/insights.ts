import { parseInsightsQuery, type InsightsApi } from '@plein/core';
import type { PersonContext } from './context.js';
import { insightsReport } from './insights-report.js';
import { targetsApi } from './insights-targets.js';
import { requireManager } from './kudos-rules.js';

/**
 * The insights of the memory store, a chunk of its own: store.ts loads it on the first insights
 * call (and seeding, for seeded targets), so a page that never shows insights never fetches it.
 * The change topic (`insights`) and the persisted targets stay in the store's own chunk.
 */
export { seedTargets as seed } from './insights-targets.js';

/** The insights of one signed-in person: the communications team and admins, `forbidden` for anyone else. */
export function createApi(context: PersonContext): InsightsApi {
  const { now, reading } = context;
  return {
    report: (query) =>
      reading((state, me) => {
        requireManager(me);
        return insightsReport(state, parseInsightsQuery(query), now());
      }),
    ...targetsApi(context),
  };
}
