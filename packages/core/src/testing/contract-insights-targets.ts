import { INSIGHTS_LIMITS } from '../insights-math.js';
import type { InsightsApi, MetricId, Target, TargetDraft } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import { HOUR, insightsSuite, key, nowIso, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** Targets as `metric per value`, for readable comparisons. */
const brief = (targets: Target[]) => targets.map((t) => [t.metric, t.per, t.value]);

/** The target each KPI shows for a period, absent ones left out. */
async function targetsIn(api: InsightsApi, from: string, to: string): Promise<Partial<Record<MetricId, number>>> {
  const report = await api.report({ from, to });
  return Object.fromEntries(report.metrics.filter((m) => m.target !== undefined).map((m) => [m.metric, m.target]));
}

const JAN_1 = '2026-01-01T00:00:00.000Z';

export function insightsTargetsContract(context: SuiteContext): void {
  const { describe, test } = insightsSuite(context);

  describe('insights: targets', () => {
    test('set, replace and remove; listed in KPI then period order, with who set them and when', async ({
      world,
      cara,
      ada,
    }) => {
      deepEqual(await cara.targets(), []);
      const set = (api: InsightsApi, draft: TargetDraft) => api.setTarget(draft, key());
      const first = await set(cara, { metric: 'reports', per: 'week', value: 3 });
      deepEqual(first, { metric: 'reports', per: 'week', value: 3, updatedAt: nowIso(world), updatedBy: P.cara.id });
      await set(cara, { metric: 'active', per: 'month', value: 60 });
      await set(cara, { metric: 'posts', per: 'year', value: 500 });
      await set(cara, { metric: 'active', per: 'week', value: 62.5 });
      deepEqual(brief(await cara.targets()), [
        ['active', 'week', 62.5],
        ['active', 'month', 60],
        ['posts', 'year', 500],
        ['reports', 'week', 3],
      ]);

      world.clock.advance(HOUR);
      const replaced = await set(ada, { metric: 'active', per: 'month', value: 65 });
      deepEqual(replaced, { metric: 'active', per: 'month', value: 65, updatedAt: nowIso(world), updatedBy: P.ada.id });
      const all = await cara.targets();
      deepEqual(brief(all), [
        ['active', 'week', 62.5],
        ['active', 'month', 65],
        ['posts', 'year', 500],
        ['reports', 'week', 3],
      ]);
      deepEqual(all[1], replaced, 'the replacement, by whom and when');
      deepEqual(all[3], first, 'the others as they were');

      await cara.removeTarget('active', 'week', key());
      await cara.removeTarget('active', 'week', key());
      await cara.removeTarget('votes', 'quarter', key());
      deepEqual(brief(await ada.targets()), [
        ['active', 'month', 65],
        ['posts', 'year', 500],
        ['reports', 'week', 3],
      ]);
    });

    test('a retry with the same key sets or removes once, and never undoes a later change', async ({ world, cara }) => {
      const once = key();
      const draft: TargetDraft = { metric: 'active', per: 'month', value: 60 };
      const first = await cara.setTarget(draft, once);
      world.clock.advance(HOUR);
      deepEqual(await cara.setTarget(draft, once), first, 'the retry answers as the first');
      deepEqual(await cara.targets(), [first]);

      await cara.setTarget({ ...draft, value: 70 }, key());
      await cara.setTarget(draft, once);
      deepEqual(brief(await cara.targets()), [['active', 'month', 70]], 'a late retry does not bring back 60');

      const removal = key();
      await cara.removeTarget('active', 'month', removal);
      await cara.setTarget({ ...draft, value: 75 }, key());
      await cara.removeTarget('active', 'month', removal);
      deepEqual(brief(await cara.targets()), [['active', 'month', 75]], 'a late retry does not remove the new one');
    });

    test('shares above 0 and at most 100, counts whole from 1 to the limit: others are `invalid`', async ({ cara }) => {
      const refused = async (draft: unknown, field = 'value', reason?: string) => {
        const error = await rejectsWith(cara.setTarget(draft as TargetDraft, key()), 'invalid', reason);
        equal(error.details.field, field, `field for ${JSON.stringify(draft)}`);
      };
      for (const value of [-5, 0, 300, 100.1]) {
        await refused({ metric: 'active', per: 'month', value }, 'value', 'out-of-range');
        await refused({ metric: 'onboarding', per: 'quarter', value }, 'value', 'out-of-range');
      }
      for (const value of [2.5, 0, -5, INSIGHTS_LIMITS.targetMax + 1]) {
        await refused({ metric: 'posts', per: 'week', value }, 'value', 'out-of-range');
      }
      await refused({ metric: 'likes', per: 'month', value: 5 }, 'metric');
      await refused({ metric: 'posts', per: 'decade', value: 5 }, 'per');
      await refused({ metric: 'posts', per: 'month', value: '5' });
      deepEqual(await cara.targets(), [], 'nothing was set');

      await cara.setTarget({ metric: 'managers', per: 'year', value: 100 }, key());
      await cara.setTarget({ metric: 'votes', per: 'week', value: INSIGHTS_LIMITS.targetMax }, key());
      await cara.setTarget({ metric: 'kudosReceived', per: 'week', value: 1 }, key());
      deepEqual(brief(await cara.targets()), [
        ['votes', 'week', INSIGHTS_LIMITS.targetMax],
        ['kudosReceived', 'week', 1],
        ['managers', 'year', 100],
      ]);
    });

    test('a report shows the target of the nearest kind of period: shares as set, counts scaled to other lengths', async ({
      cara,
    }) => {
      const in10Days = () => targetsIn(cara, JAN_1, '2026-01-11T00:00:00.000Z');
      const january = () => targetsIn(cara, JAN_1, '2026-02-01T00:00:00.000Z');
      await cara.setTarget({ metric: 'active', per: 'month', value: 60 }, key());
      await cara.setTarget({ metric: 'posts', per: 'month', value: 120 }, key());
      deepEqual(await january(), { active: 60, posts: 120 }, 'January is a month (31 days): as set');
      deepEqual(await in10Days(), { active: 60, posts: 40 }, '10 days: 120 a month is 40');

      await cara.setTarget({ metric: 'posts', per: 'week', value: 70 }, key());
      deepEqual(await in10Days(), { active: 60, posts: 100 }, '10 days are nearer a week: 70 a week is 100');
      deepEqual(await january(), { active: 60, posts: 120 }, 'January still uses the month');
      deepEqual(await targetsIn(cara, JAN_1, '2026-01-08T00:00:00.000Z'), { active: 60, posts: 70 }, 'a week');

      await cara.removeTarget('posts', 'week', key());
      await cara.removeTarget('posts', 'month', key());
      deepEqual(await in10Days(), { active: 60 }, 'no target: none shown');
    });
  });
}
