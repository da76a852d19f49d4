/**
 * Ballots, kudos and onboarding for a report, each told to the builder once, as they stand now.
 */
import { DAY, dueDateOf, hashtags, utcDayOf, type InsightsBuilder, type IsoDate } from '@plein/core';
import type { SpContext } from './context.js';
import { createdIn, type BudgetClient } from './insights-read.js';
import { KUDOS_SELECT, kudosOf, type KudosRecord } from './kudos-rows.js';
import { authorOf, dateOf, type Row } from './lists.js';
import { dataFor } from './onboarding-data.js';
import { Arrivals, pairOf, type CampaignRecord, type EnrolmentRecord } from './onboarding-records.js';
import { tasksOf } from './onboarding-rules.js';
import { LISTS } from './schema.js';
import { KUDOS_LISTS } from './schema-kudos.js';
import { ONBOARDING_LISTS } from './schema-onboarding.js';
import { readAnyOf } from './paging.js';

type Apply = (builder: InsightsBuilder) => void;

const BY = { expand: ['Author'] };

/**
 * Ballots still their voter's latest in their poll, read from `from` up to now (a later ballot,
 * even after the period, replaces one: a changed vote counts once, when last cast); the builder
 * leaves out those after the period. Every ballot has its voter as `Author`: SharePoint alone
 * offers no anonymous polls.
 */
export async function ballotsPart(sp: BudgetClient, from: number, to: number, now: number): Promise<Apply> {
  const cast = await createdIn(sp, LISTS.votes, from, Math.max(to, now + 1), {
    ...BY,
    select: ['ID', 'PollId', 'Created', 'Author/Name'],
  });
  const latest = new Map<string, Row>();
  for (const row of cast) {
    const key = `${String(row.PollId)} ${authorOf(row)}`;
    if (authorOf(row) && Number(latest.get(key)?.ID ?? 0) < Number(row.ID)) latest.set(key, row);
  }
  return (builder) => {
    for (const row of latest.values()) builder.vote(dateOf(row.Created) ?? '', authorOf(row));
  };
}

/**
 * Kudos given in `[from, to)` (only items whose giver is their Author), and reactions to kudos
 * switched on then and still on, to kudos that still exist. A reaction counts when its item was
 * created: one switched off and on again later counts at its first time.
 */
export async function kudosPart(sp: BudgetClient, from: number, to: number): Promise<Apply> {
  const [given, reacted] = await Promise.all([
    createdIn(sp, KUDOS_LISTS.kudos, from, to, { ...BY, select: KUDOS_SELECT }),
    createdIn(sp, KUDOS_LISTS.reactions, from, to, {
      ...BY,
      select: ['ID', 'Target', 'Reaction', 'On', 'Created', 'Author/Name'],
    }),
  ]);
  const kudos = new Map<string, KudosRecord>();
  for (const row of given) {
    const record = kudosOf(row);
    if (record) kudos.set(record.id, record);
  }
  const reactions = new Map<string, Row>();
  for (const row of reacted)
    if (row.On === true && authorOf(row))
      reactions.set(`${String(row.Target)} ${authorOf(row)} ${String(row.Reaction)}`, row);
  const targets = [...reactions.values()].map((row) => String(row.Target));
  const exists = new Set(kudos.keys());
  const missing = targets.filter((id) => !exists.has(id));
  if (missing.length)
    for (const row of await readAnyOf(sp, KUDOS_LISTS.kudos, 'PleinId', missing, { ...BY, select: KUDOS_SELECT }))
      if (kudosOf(row)) exists.add(String(row.PleinId));
  return (builder) => {
    for (const k of kudos.values()) builder.kudos(k.createdAt, k.fromId, k.toIds, hashtags(k.message));
    for (const row of reactions.values())
      if (exists.has(String(row.Target))) builder.reaction(dateOf(row.Created) ?? '', authorOf(row));
  };
}

/**
 * The active enrolments of every campaign (archived ones too: their tasks were due all the
 * same) that matter to `[from, to)`: a task due then, or a tick made then. Each one's tasks done
 * are read (one narrow read per person, sent together): ticks make their author active; tasks
 * due by `today` count, done or not.
 */
export async function onboardingPart(
  context: SpContext,
  sp: BudgetClient,
  from: number,
  to: number,
  today: IsoDate,
): Promise<Apply> {
  const data = dataFor({ ...context, sp, arrivals: new Arrivals(sp) });
  const [campaigns, people, ticks] = await Promise.all([
    data.campaigns(),
    data.people(),
    createdIn(sp, ONBOARDING_LISTS.ticks, from, to, { select: ['ID', 'Enrolment'] }),
  ]);
  const ticked = new Set(ticks.map((row) => String(row.Enrolment)));
  // A day either side: a task due on a day counts at its noon, inside the period in any time zone.
  const [first, last] = [utcDayOf(from - DAY), utcDayOf(to + DAY)];
  const matters = (campaign: CampaignRecord, e: EnrolmentRecord) =>
    ticked.has(pairOf(campaign.id, e.personId)) ||
    tasksOf(campaign).some((task) => {
      const due = dueDateOf(e, task);
      return due >= first && due <= last;
    });
  const parts = await Promise.all(
    campaigns.map(async (campaign) => {
      const enrolments = (await data.activeIn(campaign)).filter((e) => matters(campaign, e));
      return Promise.all(
        enrolments.map(async (enrolment) => ({
          campaign,
          enrolment,
          done: await data.done(campaign, enrolment, people),
        })),
      );
    }),
  );
  return (builder) => {
    for (const { campaign, enrolment, done } of parts.flat())
      for (const task of tasksOf(campaign)) {
        const tick = done.get(task.id);
        if (tick) builder.ticked(tick.at, tick.by);
        const due = dueDateOf(enrolment, task);
        if (due <= today) builder.due(due, enrolment.personId, tick !== undefined);
      }
  };
}
