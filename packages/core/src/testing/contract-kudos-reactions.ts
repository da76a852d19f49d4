import type { Reaction } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import { key, kudosDraft, kudosOf, kudosSuite, type SuiteContext } from './helpers.js';

const sorted = (reactions: Reaction[]) => reactions.slice().sort();

export function kudosReactionsContract(context: SuiteContext): void {
  const { describe, test } = kudosSuite(context);

  describe('kudos: reactions', () => {
    test('react sets and clears one kind; counts and mine follow', async ({ alice, bob, zoe }) => {
      const kudos = await alice.give(kudosDraft(), key());
      deepEqual(await bob.react(kudos.id, 'celebrate', true, key()), { counts: { celebrate: 1 }, mine: ['celebrate'] });
      const both = await bob.react(kudos.id, 'love', true, key());
      deepEqual(both.counts, { celebrate: 1, love: 1 });
      deepEqual(sorted(both.mine), ['celebrate', 'love']);
      deepEqual(await zoe.react(kudos.id, 'celebrate', true, key()), {
        counts: { celebrate: 2, love: 1 },
        mine: ['celebrate'],
      });
      deepEqual(
        (await alice.get(kudos.id)).reactions,
        { counts: { celebrate: 2, love: 1 }, mine: [] },
        'the giver sees the counts, none of them hers',
      );
      deepEqual(await bob.react(kudos.id, 'celebrate', false, key()), {
        counts: { celebrate: 1, love: 1 },
        mine: ['love'],
      });
      deepEqual(
        await bob.react(kudos.id, 'love', false, key()),
        { counts: { celebrate: 1 }, mine: [] },
        'a count of zero is left out',
      );
      deepEqual((await zoe.list({})).items[0]?.reactions, { counts: { celebrate: 1 }, mine: ['celebrate'] });
    });

    test('reacting is idempotent: on twice counts once, off when not on changes nothing', async ({ alice, bob }) => {
      const kudos = await alice.give(kudosDraft(), key());
      await bob.react(kudos.id, 'like', true, key());
      deepEqual(await bob.react(kudos.id, 'like', true, key()), { counts: { like: 1 }, mine: ['like'] });
      deepEqual(await bob.react(kudos.id, 'funny', false, key()), { counts: { like: 1 }, mine: ['like'] });
      await bob.react(kudos.id, 'like', false, key());
      deepEqual(await bob.react(kudos.id, 'like', false, key()), { counts: {}, mine: [] });
      deepEqual((await alice.get(kudos.id)).reactions.counts, {});
    });

    test('a retry with the same key counts once', async ({ alice, bob }) => {
      const kudos = await alice.give(kudosDraft(), key());
      const once = key();
      await bob.react(kudos.id, 'insightful', true, once);
      await bob.react(kudos.id, 'insightful', true, once);
      deepEqual(await bob.react(kudos.id, 'insightful', true, once), {
        counts: { insightful: 1 },
        mine: ['insightful'],
      });
      deepEqual((await alice.get(kudos.id)).reactions, { counts: { insightful: 1 }, mine: [] });
    });

    test('counts stay exact when 30 people react at once, and when 10 take it back at once', async ({
      world,
      alice,
    }) => {
      const people = Array.from({ length: 30 }, (_, i) => ({ id: `p-crowd-${i + 1}`, displayName: `Crowd ${i + 1}` }));
      await world.seed({ people });
      const kudos = await alice.give(kudosDraft(), key());
      const crowd = people.map((person) => kudosOf(world.as(person.id)));
      await Promise.all(crowd.map((api) => api.react(kudos.id, 'celebrate', true, key())));
      deepEqual((await alice.get(kudos.id)).reactions, { counts: { celebrate: 30 }, mine: [] });
      // Retries of the same reactions at the same time, with fresh keys: set semantics.
      await Promise.all(crowd.map((api) => api.react(kudos.id, 'celebrate', true, key())));
      deepEqual((await alice.get(kudos.id)).reactions, { counts: { celebrate: 30 }, mine: [] });
      await Promise.all([
        ...crowd.slice(0, 10).map((api) => api.react(kudos.id, 'celebrate', false, key())),
        ...crowd.slice(10).map((api) => api.react(kudos.id, 'love', true, key())),
      ]);
      deepEqual((await alice.get(kudos.id)).reactions, { counts: { celebrate: 20, love: 20 }, mine: [] });
      deepEqual((await crowd[0]!.get(kudos.id)).reactions.mine, [], 'the first took theirs back');
      deepEqual(sorted((await crowd[29]!.get(kudos.id)).reactions.mine), ['celebrate', 'love']);
    });

    test('an unknown reaction or kudos is refused and changes nothing', async ({ alice, bob }) => {
      const kudos = await alice.give(kudosDraft(), key());
      await rejectsWith(bob.react(kudos.id, 'dislike' as Reaction, true, key()), 'invalid');
      await rejectsWith(bob.react('kudos-unknown', 'like', true, key()), 'not-found');
      await rejectsWith(bob.react(kudos.id, 'like', true, { idempotencyKey: '' }), 'invalid');
      deepEqual((await bob.get(kudos.id)).reactions, { counts: {}, mine: [] });
    });

    test('a key used on one kudos is a conflict on another', async ({ alice, bob }) => {
      const first = await alice.give(kudosDraft({ message: 'First' }), key());
      const second = await alice.give(kudosDraft({ message: 'Second' }), key());
      const once = key();
      await bob.react(first.id, 'like', true, once);
      await rejectsWith(bob.react(second.id, 'like', true, once), 'conflict');
      deepEqual((await alice.get(second.id)).reactions, { counts: {}, mine: [] }, 'the reused key reacted nowhere');
      equal((await alice.get(first.id)).reactions.counts.like, 1);
    });
  });
}
