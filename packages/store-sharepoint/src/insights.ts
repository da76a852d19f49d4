/**
 * Insights on SharePoint: the report is counted in the browser by core's InsightsBuilder (the
 * same counting as every store), fed from bounded, indexed date-range reads of the feature lists
 * (insights-read.ts). Only the communications team and admins get reports and targets.
 *
 * What SharePoint alone cannot prevent: the lists insights read are readable by the site's
 * members (that is how the feed, polls and kudos work), so a member calling REST can count
 * activity per person themselves; the report's privacy threshold protects the dashboard, not
 * the raw lists. Reports (ReadSecurity 2) are counted only as far as the reader may read them.
 */
import { InsightsBuilder, PleinError, parseInsightsQuery, utcDayOf, type InsightsApi } from '@plein/core';
import { isTeam, type SpContext } from './context.js';
import { ballotsPart, kudosPart, onboardingPart } from './insights-activity.js';
import { feedPart } from './insights-feed.js';
import { BudgetClient } from './insights-read.js';
import { readTargets, targetsApi } from './insights-targets.js';
import { listCall } from './lists.js';

export function createInsightsApi(context: SpContext): InsightsApi {
  const team = async () => {
    const me = await context.user();
    if (!isTeam(me)) throw new PleinError('forbidden', { reason: 'not-manager' });
    return me;
  };
  return {
    report: (query) =>
      listCall(async () => {
        await team();
        const period = parseInsightsQuery(query);
        const now = context.clock.now();
        const sp = new BudgetClient(context.sp);
        const { previousFrom: from, to } = period;
        const [people, targets, feed, ballots, kudos, onboarding] = await Promise.all([
          context.directory.all(),
          readTargets(context.sp),
          feedPart(sp, from, to, now),
          ballotsPart(sp, from, to, now),
          kudosPart(sp, from, to),
          onboardingPart(context, sp, from, to, utcDayOf(now)),
        ]);
        const builder = new InsightsBuilder(people.values(), period, feed.posts);
        feed.apply(builder);
        ballots(builder);
        kudos(builder);
        onboarding(builder);
        return builder.build(targets);
      }),
    ...targetsApi(context.sp, team),
  };
}
