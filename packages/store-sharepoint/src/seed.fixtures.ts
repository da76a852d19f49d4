/**
 * Seeding for the contract world: records written straight into the emulated lists as their
 * authors, at their own times, the way the store itself would have written them.
 */
import type { ManualClock } from '@plein/core';
import type { SeedData } from '@plein/core/testing';
// eslint-disable-next-line no-restricted-imports -- tests run the store against the emulator
import type { List, Site, User, Value } from '@plein/sharepoint-emulator';
import { boxOf } from './ballots.js';
import { LISTS } from './schema.js';

export interface SeedContext {
  site: Site;
  /** The site user of a seeded person (throws for someone not seeded). */
  userOf(personId: string): User;
  list(title: string): List;
  /** An ISO time as clock ms; now when undefined. */
  at(iso: string | undefined): number;
  clock: ManualClock;
}

export function seedPeople({ list, userOf, clock }: SeedContext, data: SeedData): void {
  for (const p of data.people) {
    const values: Record<string, Value> = { Title: p.displayName, PersonId: p.id };
    for (const [field, v] of [
      ['Email', p.email],
      ['JobTitle', p.jobTitle],
      ['Department', p.department],
      ['Location', p.location],
      ['StartDate', p.startDate],
      ['ManagerId', p.managerId],
    ] as const)
      if (v) values[field] = v;
    list(LISTS.people.title).add(userOf(p.id).id, clock.now(), values);
  }
}

/**
 * SharePoint has no anonymous polls (every ballot records its voter), so a seeded anonymous
 * poll's ballots are cast by accounts that are no Plein person: counted as votes, linked to
 * nobody in the directory, which is what an anonymous ballot is to every other figure.
 */
export function seedPolls({ site, list, userOf, at }: SeedContext, data: SeedData): void {
  let unlinked = 0;
  const voterOf = (poll: { anonymous: boolean }, by: string) =>
    poll.anonymous ? site.addUser({ title: `Ballot ${++unlinked}`, groups: [site.members] }) : userOf(by);
  for (const poll of data.polls ?? []) {
    list(LISTS.polls.title).add(userOf(poll.createdBy).id, at(poll.createdAt), {
      Title: poll.question.slice(0, 255),
      PleinId: poll.id,
      Question: poll.question,
      Options: JSON.stringify(poll.options.map(({ id, label }) => ({ id, label }))),
      Kind: poll.kind,
      MaxChoices: poll.maxChoices ?? (poll.kind === 'single' ? 1 : poll.options.length),
      Visibility: poll.resultsVisibility,
      ClosesAt: poll.closesAt ?? null,
      ClosedAt: poll.closedAt ?? null,
    });
    for (const vote of poll.votes ?? [])
      list(LISTS.votes.title).add(voterOf(poll, vote.by).id, at(vote.at ?? poll.createdAt), {
        Title: poll.id,
        PollId: poll.id,
        Box: boxOf(poll.id, vote.by),
        Choice: JSON.stringify(vote.optionIds),
      });
  }
}
