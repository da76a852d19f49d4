import { InsightsBuilder, type InsightsPeriod, type InsightsReport } from '@plein/core';
import { dayOf } from './onboarding-rules.js';
import { feedPass, kudosPass, onboardingPass, pollsPass } from './insights-passes.js';
import type { State } from './state.js';

/**
 * The insights over a checked period, read straight from the state: one pass per kind of record
 * tells core's builder what exists (see insights-passes.ts); the builder does the counting.
 * `now` decides which onboarding tasks are due so far.
 */
export function insightsReport(state: State, period: InsightsPeriod, now: number): InsightsReport {
  const builder = new InsightsBuilder(state.people.values(), period, state.seq + 1);
  feedPass(state, builder);
  kudosPass(state, builder);
  pollsPass(state, builder);
  onboardingPass(state, builder, dayOf(now));
  return builder.build(state.targets);
}
