import type { SeedData } from '@plein/core/testing';
import { found } from './context.js';
import type { Change, MemoryDb } from './db.js';
import { campaignChanges } from './onboarding-campaigns.js';
import { enrolAudience, enrolPerson } from './onboarding-enrol.js';
import { markSent, pending } from './onboarding-reminders.js';
import { enrolmentOf, ownerOf, taskOf } from './onboarding-rules.js';
import type { EnrolmentRecord, PersonRecord } from './state.js';

/**
 * Adds seeded campaigns, enrolments and ticks as they stand, bypassing the rules; reminders whose
 * moment passed count as sent for what was seeded. People seeded in `data` then arrive as new
 * people do: the audience rules enrol them.
 */
export function seedOnboarding(db: MemoryDb, data: SeedData): void {
  db.write((state) => {
    const now = db.clock.now();
    const at = new Date(now).toISOString();
    const changes: Change[] = [];
    for (const { status = 'active', updatedAt, ...seed } of data.campaigns ?? []) {
      const existing = state.campaigns.get(seed.id);
      state.campaigns.set(seed.id, {
        ...structuredClone(seed),
        status,
        updatedAt: updatedAt ?? seed.createdAt,
        seq: existing?.seq ?? ++state.seq,
        enrolments: existing?.enrolments ?? [],
      });
      changes.push(...campaignChanges(seed.id, 'created', seed.createdBy));
    }
    const seeded = new Set<EnrolmentRecord>();
    for (const { source = 'hand', enrolledAt, ...seed } of data.enrolments ?? []) {
      const campaign = found(state.campaigns, seed.campaignId);
      enrolPerson(state, campaign, { ...seed, source }, enrolledAt);
      seeded.add(enrolmentOf(campaign, seed.personId)!);
    }
    for (const tick of data.ticks ?? []) {
      const campaign = found(state.campaigns, tick.campaignId);
      const enrolment = found(new Map(campaign.enrolments.map((e) => [e.personId, e])), tick.personId);
      const task = taskOf(campaign, tick.taskId);
      if (enrolment.done.some((d) => d.taskId === task.id)) continue;
      const by = tick.by ?? ownerOf(state, enrolment, task.owner) ?? enrolment.personId;
      enrolment.done.push({ taskId: task.id, at: new Date(Date.parse(tick.at)).toISOString(), by });
    }
    for (const reminder of [...pending(state)]) {
      if (seeded.has(reminder.enrolment) && reminder.at <= now) markSent(reminder);
    }
    const people = data.people.map((person) => state.people.get(person.id)).filter((p): p is PersonRecord => !!p);
    for (const campaign of state.campaigns.values()) {
      if (enrolAudience(state, campaign, people, at))
        changes.push(...campaignChanges(campaign.id, 'updated', campaign.createdBy));
    }
    return { result: undefined, changes };
  });
}
