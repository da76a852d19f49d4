import { parseTargetDraft, sortTargets, type InsightsApi, type Target, type TargetDraft } from '@plein/core';
import type { SeedData } from '@plein/core/testing';
import type { PersonContext } from './context.js';
import type { Change, MemoryDb } from './db.js';
import { requireManager } from './kudos-rules.js';
import type { State } from './state.js';

/** Targets: one per KPI and kind of period, set and removed by the communications team and admins. */

const same = (a: TargetDraft) => (b: TargetDraft) => a.metric === b.metric && a.per === b.per;

/** Puts `target` in place of the one for the same KPI and period, keeping the order. */
function put(state: State, target: Target): Change {
  state.targets = sortTargets([...state.targets.filter((t) => !same(target)(t)), target]);
  return { kind: 'insights', id: target.metric, type: 'configured', actorId: target.updatedBy };
}

export function targetsApi(context: PersonContext): Pick<InsightsApi, 'targets' | 'setTarget' | 'removeTarget'> {
  const { personId, iso, reading, writing, replayed, remember } = context;
  return {
    targets: () =>
      reading((state, me) => {
        requireManager(me);
        return state.targets.map((target) => ({ ...target }));
      }),

    setTarget: (draft, options) =>
      writing(options, (state, me, key) => {
        requireManager(me);
        const parsed = parseTargetDraft(draft);
        const target: Target = { ...parsed, updatedAt: iso(), updatedBy: personId };
        if (replayed(state, 'insights.setTarget', key, `${parsed.metric} ${parsed.per}`)) {
          // A retry: the target as it stands (as it was asked for, should it have been removed since).
          return { result: { ...(state.targets.find(same(parsed)) ?? target) } };
        }
        remember(state, 'insights.setTarget', key, `${parsed.metric} ${parsed.per}`);
        return { result: { ...target }, changes: [put(state, target)] };
      }),

    removeTarget: (metric, per, options) =>
      writing(options, (state, me, key) => {
        requireManager(me);
        // Checks the KPI and the period as a target would be (1 fits every KPI).
        const parsed = parseTargetDraft({ metric, per, value: 1 });
        const id = `${parsed.metric} ${parsed.per}`;
        const index = state.targets.findIndex(same(parsed));
        if (replayed(state, 'insights.removeTarget', key, id) || index < 0) return { result: undefined };
        state.targets = state.targets.filter((_, i) => i !== index);
        remember(state, 'insights.removeTarget', key, id);
        return {
          result: undefined,
          changes: [{ kind: 'insights', id: parsed.metric, type: 'configured', actorId: personId }],
        };
      }),
  };
}

/** Seeded targets as given (`updatedAt` defaults to now, `updatedBy` to the first person). */
export function seedTargets(db: MemoryDb, data: SeedData): void {
  db.write((state) => {
    const first = state.people.keys().next().value ?? '';
    const changes = (data.targets ?? []).map(({ metric, per, value, updatedAt, updatedBy = first }) =>
      put(state, {
        metric,
        per,
        value,
        updatedAt: new Date(updatedAt === undefined ? db.clock.now() : Date.parse(updatedAt)).toISOString(),
        updatedBy,
      }),
    );
    return { result: undefined, changes };
  });
}
