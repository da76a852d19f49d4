/**
 * Onboarding's part of live updates. `onboardingLive`: the change log, read from the last item
 * seen, tells each campaign's subscribers (`{kind:'onboarding'}`) about edits, enrolments and
 * ticks with who made them, and the campaign list's (`{kind:'campaigns'}`) about campaigns
 * created and saved, in the order they happened. `remindersLive`: the signed-in person's
 * reminders (`task-due-soon`, `task-overdue`) on `{kind:'notifications'}`, once each, as the
 * store's clock passes their moment. There is no server: each person's store tells its own
 * listeners, and only while the page is open (moments that passed before are not announced).
 */
import { DAY, LIMITS, isPleinError, newId, type Notification, type OnboardingApi, type Topic } from '@plein/core';
import type { SpClient } from './client.js';
import { authorOf, listPath } from './lists.js';
import { entity, rows } from './odata.js';
import type { LiveEvent, LiveSource } from './live.js';
import { readAll } from './paging.js';
import { LISTS } from './schema.js';
import { ONBOARDING_LISTS as L } from './schema-onboarding.js';

const topicKey = (t: Topic): string => JSON.stringify(t);

export function onboardingLive(sp: SpClient): LiveSource {
  /** Where the change log is read from next: its change token, then the IDs added after it. */
  let token: string | undefined;
  let known = new Set<string>();

  /** The lowest change-log item added since the last look, or undefined when none was. */
  async function firstAdded(): Promise<number | undefined> {
    const query = { Item: true, Add: true, Update: false, DeleteObject: false };
    const { body } = await sp.post(`${listPath(L.changes)}/getchanges`, {
      query: token ? { ...query, ChangeTokenStart: { StringValue: token } } : query,
    });
    const changes = rows(body).rows;
    const last = changes.at(-1);
    const next = last ? entity(last.ChangeToken).StringValue : undefined;
    if (typeof next === 'string') token = next;
    const ids = changes.map((c) => Number(c.ItemId)).filter(Number.isFinite);
    return ids.length ? Math.min(...ids) : undefined;
  }

  return {
    lists: [L.changes.title],
    serves: (topic) => topic.kind === 'onboarding' || topic.kind === 'campaigns',
    async check(topics, changed, since, current) {
      const keys = new Set(topics.map(topicKey));
      // Newly listened to, after nobody was: from the tokens read as the subscription began.
      if (token === undefined || (since !== undefined && ![...keys].some((k) => known.has(k)))) {
        known = keys;
        token = current.get(L.changes.title) ?? '';
        return [];
      }
      known = keys;
      if (!changed || since !== undefined) return [];
      const from = await firstAdded();
      if (from === undefined) return [];
      const events: LiveEvent[] = [];
      const campaigns = topics.some((t) => t.kind === 'campaigns');
      const listened = new Set(topics.flatMap((t) => (t.kind === 'onboarding' ? [t.campaignId] : [])));
      const pages = readAll(sp, L.changes, {
        where: [{ field: 'ID', op: 'ge', value: from }],
        select: ['ID', 'CampaignId', 'Change', 'Author/Name'],
        expand: ['Author'],
        orderBy: { field: 'ID' },
      });
      for await (const page of pages)
        for (const row of page) {
          const id = String(row.CampaignId);
          const type = row.Change === 'created' ? 'created' : 'updated';
          const actorId = authorOf(row);
          if (listened.has(id)) events.push({ topic: { kind: 'onboarding', campaignId: id }, type, id, actorId });
          if (campaigns && (row.Change === 'created' || row.Change === 'updated'))
            events.push({ topic: { kind: 'campaigns' }, type, id, actorId });
        }
      return events;
    },
  };
}

interface Reminder {
  key: string;
  kind: 'task-due-soon' | 'task-overdue';
  campaignId: string;
  subjectId: string;
  taskId: string;
  /** When: the start of the day 3 days before the due date, or of the day after it. */
  at: number;
  /** The start of the day after the due date: a due-soon reminder not sent by then is stale. */
  late: number;
}

/**
 * The signed-in person's reminders: tasks they own (as new hire, manager or buddy), not done,
 * in active campaigns. Read again when an onboarding list changed or the next moment passed.
 */
export function remindersLive(
  api: () => OnboardingApi,
  me: () => Promise<string>,
  creators: () => Promise<Map<string, string>>,
  now: () => number,
): LiveSource {
  const sent = new Set<string>();
  let primed = false;
  let next = Infinity;

  async function pending(): Promise<Reminder[]> {
    const onboarding = api();
    const [mine, assigned] = await Promise.all([onboarding.mine(), onboarding.assigned()]);
    const out: Reminder[] = [];
    for (const checklist of [...mine, ...assigned])
      for (const phase of checklist.phases)
        for (const task of phase.tasks) {
          if (!task.canTick || task.done) continue;
          const due = Date.parse(task.dueDate);
          const base = {
            campaignId: checklist.campaign.id,
            subjectId: checklist.enrolment.personId,
            taskId: task.id,
            late: due + DAY,
          };
          const key = `${base.campaignId}|${base.subjectId}|${task.id}`;
          out.push({ ...base, key: `${key}|soon`, kind: 'task-due-soon', at: due - LIMITS.dueSoonDays * DAY });
          out.push({ ...base, key: `${key}|overdue`, kind: 'task-overdue', at: due + DAY });
        }
    return out;
  }

  return {
    lists: [L.campaigns.title, L.enrolments.title, L.ticks.title, LISTS.people.title],
    serves: (topic) => topic.kind === 'notifications',
    async check(_topics, changed, since) {
      const first = since !== undefined;
      if (first && primed) return [];
      const at = now();
      if (!first && !changed && next > at) return [];
      let reminders: Reminder[], personId: string, byCampaign: Map<string, string>;
      try {
        [reminders, personId, byCampaign] = await Promise.all([pending(), me(), creators()]);
      } catch (e) {
        // Throttled: the poller backs off. Anything else (a site without onboarding's lists) stays quiet.
        if (isPleinError(e) && e.code === 'rate-limited') throw e;
        return [];
      }
      const events: LiveEvent[] = [];
      next = Infinity;
      for (const r of reminders) {
        if (sent.has(r.key)) continue;
        if (r.at > at) {
          next = Math.min(next, r.at);
          continue;
        }
        sent.add(r.key);
        // What fell due before anyone listened, or a due-soon reminder past its day, is not told.
        if ((first && r.at < since) || (r.kind === 'task-due-soon' && r.late <= at)) continue;
        const notification: Notification = {
          id: newId('note'),
          personId,
          kind: r.kind,
          actorId: byCampaign.get(r.campaignId) ?? '',
          entryId: r.taskId,
          campaignId: r.campaignId,
          subjectId: r.subjectId,
          at: new Date(at).toISOString(),
        };
        events.push({ topic: { kind: 'notifications' }, type: 'notified', id: notification.id, notification });
      }
      primed = true;
      return events;
    },
  };
}
