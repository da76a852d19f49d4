import type { Reaction } from '@plein/core';
import type { SeedData, SeedPerson, SeedPoll, SeedPost } from '@plein/core/testing';
import type { DemoCast } from './demo-feed.js';
import { DAY, HOUR, hash, iso } from './demo-util.js';

const SAYINGS = [
  'Korte update: we liggen op schema.',
  'Wie heeft hier ervaring mee?',
  'Vandaag afgerond, dank aan iedereen die meehielp!',
  'Tip van de week: staat op Kompas.',
  'De nieuwe versie staat klaar om te testen.',
  'Goed overleg gehad, de notulen volgen.',
];
const TAGS = ['planning', 'klanten', 'veiligheid', 'duurzaamheid', 'tooling', 'hybridewerken'];
const REPLIES = ['Dank je!', 'Goed nieuws.', 'Ik kijk er vandaag naar.', 'Mooi werk!', 'Handig, dank voor het delen.'];
const REACTIONS: Reaction[] = ['like', 'like', 'like', 'celebrate', 'love', 'insightful'];
const PULSES = [
  'Hoe tevreden ben je over je werkplek?',
  'Weet je waar je terechtkunt met vragen over IT?',
  'Voel je je goed geïnformeerd over de koers van Noordlicht?',
];

/**
 * Three months of background activity for the insights dashboard, made up from a stable hash so
 * every load is the same: posts in each department's team channel (`team-it`, …) with replies and
 * reactions, growing towards today as adoption does, and a monthly pulse poll by the
 * communications team; plus the targets the communications persona set. The team channels stay
 * out of the demo's timelines, and the quiet personas (the member, the new hire) take no part.
 */
export function demoInsights(
  now: number,
  people: readonly SeedPerson[],
  cast: DemoCast,
): Pick<SeedData, 'posts' | 'polls' | 'targets'> {
  const busy = people.filter((person) => person.id !== cast.member && person.id !== cast.newHire);
  const someone = (seed: string) => busy[hash(seed) % busy.length]!;
  /** `count` colleagues who are not `author`, each once, from `at` on. */
  const crowd = (seed: string, author: string, count: number) =>
    busy
      .filter((person) => person.id !== author)
      .sort((a, b) => hash(seed + a.id) - hash(seed + b.id))
      .slice(0, count);

  const posts: SeedPost[] = [];
  for (let day = 90; day > 0; day--) {
    // A post every other day three months ago, two or three a day by now.
    for (let n = 0; n < (hash(`d${day}`) % 2) + (90 - day) / 45; n++) {
      const id = `demo-team-${day}-${n}`;
      const author = someone(id);
      const at = now - day * DAY + (8 + (hash(`${id}h`) % 9)) * HOUR;
      const later = (seed: string) => iso(Math.min(at + (1 + (hash(seed) % 30)) * HOUR, now - HOUR));
      const tag = TAGS[hash(`${id}t`) % TAGS.length];
      posts.push({
        id,
        channel: `team-${author.department!.toLowerCase()}`,
        authorId: author.id,
        text: `${SAYINGS[hash(id) % SAYINGS.length]} #${tag}`,
        createdAt: iso(at),
        reactions: crowd(id, author.id, 1 + (hash(`${id}r`) % (2 + (90 - day) / 20))).map((person) => ({
          by: person.id,
          reaction: REACTIONS[hash(id + person.id) % REACTIONS.length]!,
          at: later(id + person.id),
        })),
        comments: crowd(`${id}c`, author.id, hash(`${id}n`) % 2).map((person, i) => ({
          id: `${id}-c${i}`,
          authorId: person.id,
          text: REPLIES[hash(id + person.id) % REPLIES.length]!,
          createdAt: later(`${id}c${i}`),
        })),
      });
    }
  }

  // A pulse poll a month, answered by more people each time, over the week it was open.
  const polls: SeedPoll[] = PULSES.map((question, i) => {
    const id = `poll-pulse-${i + 1}`;
    const created = now - (84 - 28 * i) * DAY;
    return {
      id,
      createdBy: 'p-noor',
      question,
      options: ['Ja', 'Gedeeltelijk', 'Nee'].map((label, o) => ({ id: `o${o + 1}`, label })),
      kind: 'single',
      anonymous: false,
      resultsVisibility: 'always',
      createdAt: iso(created),
      closesAt: iso(created + 7 * DAY),
      votes: crowd(id, '', 14 + 6 * i).map((person) => ({
        by: person.id,
        optionIds: [`o${1 + (hash(id + person.id) % 3)}`],
        at: iso(created + (hash(`${id}${person.id}at`) % (7 * 24)) * HOUR),
      })),
    };
  });

  const by = (per: 'week' | 'month' | 'quarter') => ({
    per,
    updatedAt: iso(now - 30 * DAY),
    updatedBy: cast.communications,
  });
  return {
    posts,
    polls,
    targets: [
      { metric: 'active', value: 75, ...by('month') },
      { metric: 'posts', value: 40, ...by('week') },
      { metric: 'reactions', value: 1000, ...by('month') },
      { metric: 'kudosGiven', value: 25, ...by('month') },
      { metric: 'onboarding', value: 90, ...by('quarter') },
    ],
  };
}
