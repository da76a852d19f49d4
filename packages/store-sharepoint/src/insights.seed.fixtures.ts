/** Seeding insights' targets for the contract world, as their setters would have written them. */
import type { SeedData } from '@plein/core/testing';
import { INSIGHTS_LISTS } from './schema-insights.js';
import type { SeedContext } from './seed.fixtures.js';

export function seedInsights({ site, list, userOf, at }: SeedContext, data: SeedData): void {
  const first = data.people[0]?.id;
  for (const { metric, per, value, updatedAt, updatedBy = first } of data.targets ?? []) {
    const author = updatedBy ? userOf(updatedBy).id : [...site.owners.members][0]!;
    const goal = `${metric} ${per}`;
    list(INSIGHTS_LISTS.targets.title).add(author, at(updatedAt), { Title: goal, Goal: goal, Value: value });
  }
}
