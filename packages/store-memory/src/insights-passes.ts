import type { InsightsBuilder, IsoDate } from '@plein/core';
import { isPublic } from './feed-query.js';
import { doneOf, dueDateOf, tasksOf } from './onboarding-rules.js';
import type { CommentRecord, PostRecord, State } from './state.js';

/**
 * One pass per kind of record, each record read once, into the builder: what exists now counts
 * (a removed post, a reaction taken back, a removed kudos are gone from the state).
 */

/** Posts and comments, with their reactions. Hidden ones count, but not as topics. */
function entry(state: State, builder: InsightsBuilder, entry: PostRecord | CommentRecord): void {
  const post = entry.kind === 'post';
  if (builder.covers(entry.createdAt)) {
    // Only public entries give tags or discuss a post (a post without tags has nothing to give).
    const shown = (entry.hashtags.length || !post) && isPublic(state, entry);
    const about = shown ? (post ? entry : state.posts.get(entry.postId)) : undefined;
    builder.entry(entry.kind, entry.createdAt, entry.authorId, entry.channel, entry.hashtags, about);
  }
  const discussed = post && !entry.hidden ? entry : undefined;
  for (const reaction of entry.reactions) builder.reaction(reaction.at, reaction.by, entry.channel, discussed);
}

/** Posts and comments with their reactions, then the reports (found through the index of reported entries). */
export function feedPass(state: State, builder: InsightsBuilder): void {
  for (const post of state.posts.values()) entry(state, builder, post);
  for (const comment of state.comments.values()) entry(state, builder, comment);
  for (const id of state.index.reported) {
    for (const report of (state.posts.get(id) ?? state.comments.get(id))?.reports ?? []) {
      builder.reported(report.at, report.by);
    }
  }
}

/** Kudos given and received, and their reactions. */
export function kudosPass(state: State, builder: InsightsBuilder): void {
  for (const kudos of state.kudos.values()) {
    builder.kudos(kudos.createdAt, kudos.fromId, kudos.toIds, kudos.hashtags);
    for (const reaction of kudos.reactions) builder.reaction(reaction.at, reaction.by);
  }
}

/** Ballots, each counted once when last cast; anonymous ones are nobody's. */
export function pollsPass(state: State, builder: InsightsBuilder): void {
  for (const poll of state.polls.values()) {
    for (const [by, at] of poll.votedAt) builder.vote(at, by);
    for (const at of poll.voteTimes) builder.vote(at, undefined);
  }
}

/**
 * Ticks and tasks due, of everyone enrolled (archived campaigns too: their tasks were due all
 * the same). Only tasks due by `today` count, done or not by now.
 */
export function onboardingPass(state: State, builder: InsightsBuilder, today: IsoDate): void {
  for (const campaign of state.campaigns.values()) {
    const tasks = tasksOf(campaign);
    for (const enrolment of campaign.enrolments) {
      if (!enrolment.active) continue;
      for (const task of tasks) {
        const done = doneOf(enrolment, task.id);
        if (done) builder.ticked(done.at, done.by);
        const due = dueDateOf(enrolment, task);
        if (due <= today) builder.due(due, enrolment.personId, done !== undefined);
      }
    }
  }
}
