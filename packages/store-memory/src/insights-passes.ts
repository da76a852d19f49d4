import type { IsoDate } from '@plein/core';
import { isPublic } from './feed-query.js';
import { ACTIVE_ONLY, COLUMN, DUE, OUTSIDE, PREVIOUS, type Tally } from './insights-tally.js';
import type { Topics } from './insights-topics.js';
import { doneOf, dueDateOf, tasksOf } from './onboarding-rules.js';
import type { CommentRecord, PostRecord, ReactionRecord, State } from './state.js';

/**
 * One pass per kind of record, each record read once, into the tally and topics: what exists
 * now counts (a removed post, a reaction taken back, a removed kudos are gone from the state).
 */

/** Reactions to a post, comment or kudos; `channel` for feed entries. */
function reactions(tally: Tally, topics: Topics, list: readonly ReactionRecord[], channel?: string, post?: PostRecord) {
  for (const reaction of list) {
    const when = tally.when(reaction.at);
    if (when === OUTSIDE) continue;
    const row = tally.add(COLUMN.reactions, when, reaction.by);
    if (channel !== undefined && when !== PREVIOUS) topics.channel(channel, 'reactions', row);
    if (post) topics.discussed(post, 'reactions', when);
  }
}

/** Posts and comments, with their reactions. Hidden ones count, but not as topics. */
function entry(state: State, tally: Tally, topics: Topics, entry: PostRecord | CommentRecord): void {
  const post = entry.kind === 'post';
  const when = tally.when(entry.createdAt);
  if (when !== OUTSIDE) {
    const row = tally.add(post ? COLUMN.posts : COLUMN.comments, when, entry.authorId);
    if (when !== PREVIOUS) topics.channel(entry.channel, post ? 'posts' : 'comments', row);
    if ((entry.hashtags.length || !post) && isPublic(state, entry)) {
      topics.tag(entry.hashtags, when);
      if (!post) topics.discussed(state.posts.get(entry.postId)!, 'comments', when);
    }
  }
  reactions(tally, topics, entry.reactions, entry.channel, post && !entry.hidden ? entry : undefined);
}

/** Posts and comments with their reactions, then the reports (found through the index of reported entries). */
export function feedPass(state: State, tally: Tally, topics: Topics): void {
  for (const post of state.posts.values()) entry(state, tally, topics, post);
  for (const comment of state.comments.values()) entry(state, tally, topics, comment);
  for (const id of state.index.reported) {
    for (const report of (state.posts.get(id) ?? state.comments.get(id))?.reports ?? []) {
      tally.add(COLUMN.reports, tally.when(report.at), report.by);
    }
  }
}

/** Kudos given (the giver is active) and received (each recipient counts, in their department), and reactions. */
export function kudosPass(state: State, tally: Tally, topics: Topics): void {
  for (const kudos of state.kudos.values()) {
    const when = tally.when(kudos.createdAt);
    if (when !== OUTSIDE) {
      tally.add(COLUMN.kudosGiven, when, kudos.fromId);
      for (const to of kudos.toIds) tally.add(COLUMN.kudosReceived, when, to, true);
      topics.tag(kudos.hashtags, when);
    }
    reactions(tally, topics, kudos.reactions);
  }
}

/** Ballots, each counted once when last cast; anonymous ones are nobody's (not active, no department). */
export function pollsPass(state: State, tally: Tally): void {
  for (const poll of state.polls.values()) {
    for (const [by, at] of poll.votedAt) tally.add(COLUMN.votes, tally.when(at), by);
    for (const at of poll.voteTimes) tally.add(COLUMN.votes, tally.when(at), undefined);
  }
}

/**
 * Ticks (the person who ticked is active) and tasks due, of everyone enrolled (archived
 * campaigns too: their tasks were due all the same). A task is due on its due date, a UTC
 * calendar day, placed at its noon: inside that same day of the viewer's period in every time
 * zone from UTC−12 up to UTC+12. Only tasks due by `today` count, done or not by now; they count
 * where the new hire belongs.
 */
export function onboardingPass(state: State, tally: Tally, today: IsoDate): void {
  for (const campaign of state.campaigns.values()) {
    const tasks = tasksOf(campaign);
    for (const enrolment of campaign.enrolments) {
      if (!enrolment.active) continue;
      for (const task of tasks) {
        const done = doneOf(enrolment, task.id);
        if (done) tally.add(ACTIVE_ONLY, tally.when(done.at), done.by);
        const due = dueDateOf(enrolment, task);
        if (due > today) continue;
        const when = tally.when(`${due}T12:00:00.000Z`);
        tally.add(DUE, when, enrolment.personId, true);
        if (done) tally.add(COLUMN.onboarding, when, enrolment.personId, true);
      }
    }
  }
}
