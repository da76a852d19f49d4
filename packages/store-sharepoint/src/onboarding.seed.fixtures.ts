/**
 * Onboarding in the contract world: seeded campaigns, enrolments and ticks written straight
 * into the emulated lists as their authors, at their own times, the way the store itself would
 * have written them. (Set-up locks the managed lists down, as on a real site.)
 */
import type { SeedData } from '@plein/core/testing';
// eslint-disable-next-line no-restricted-imports -- tests run the store against the emulator
import type { Value } from '@plein/sharepoint-emulator';
import { campaignFields, enrolmentFields, pairOf } from './onboarding-records.js';
import { ONBOARDING_LISTS as L } from './schema-onboarding.js';
import type { SeedContext } from './seed.fixtures.js';

export function seedOnboarding({ list, userOf, at }: SeedContext, data: SeedData): void {
  const managers = new Map(data.people.map((p) => [p.id, p.managerId]));
  const campaigns = new Map((data.campaigns ?? []).map((c) => [c.id, c]));
  for (const c of data.campaigns ?? []) {
    const item = list(L.campaigns.title).add(userOf(c.createdBy).id, at(c.createdAt), {
      ...(campaignFields(c) as Record<string, Value>),
      PleinId: c.id,
      Status: c.status ?? 'active',
    });
    item.modified = at(c.updatedAt ?? c.createdAt);
  }
  for (const { source = 'hand', ...e } of data.enrolments ?? []) {
    const by = campaigns.get(e.campaignId)?.createdBy ?? data.people[0]!.id;
    const managerId = e.managerId ?? managers.get(e.personId);
    const fields = enrolmentFields(
      { ...e, ...(managerId ? { managerId } : {}), source, active: true },
      `seed-${e.personId}`,
    );
    list(L.enrolments.title).add(userOf(by).id, at(e.enrolledAt), fields as Record<string, Value>);
  }
  const enrolments = new Map((data.enrolments ?? []).map((e) => [pairOf(e.campaignId, e.personId), e]));
  for (const t of data.ticks ?? []) {
    const e = enrolments.get(pairOf(t.campaignId, t.personId));
    const owner = campaigns
      .get(t.campaignId)
      ?.phases.flatMap((p) => p.tasks)
      .find((task) => task.id === t.taskId)?.owner;
    const by =
      t.by ??
      (owner === 'buddy' ? e?.buddyId : owner === 'manager' ? (e?.managerId ?? managers.get(t.personId)) : undefined) ??
      t.personId;
    list(L.ticks.title).add(userOf(by).id, at(t.at), {
      Title: t.taskId,
      CampaignId: t.campaignId,
      Enrolment: pairOf(t.campaignId, t.personId),
      TaskId: t.taskId,
      Done: true,
    });
  }
}
