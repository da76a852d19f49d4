import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import {
  KUDOS_VALUES as V,
  idsOf,
  key,
  kudosDraft,
  kudosSuite,
  mention,
  nowIso,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function kudosGiveContract(context: SuiteContext): void {
  const { describe, test } = kudosSuite(context);

  describe('kudos: give, get and remove', () => {
    test('give returns the kudos as its giver sees it', async ({ world, alice }) => {
      const message = `  Thanks ${mention(P.zoe)} and the Cafe\u0301 crew for the #Release \n `;
      const kudos = await alice.give({ toIds: [P.bob.id, P.zoe.id], valueId: V.teamwork.id, message }, key());
      ok(kudos.id, 'a kudos has an id');
      deepEqual(kudos, {
        id: kudos.id,
        fromId: P.alice.id,
        toIds: [P.bob.id, P.zoe.id],
        valueId: V.teamwork.id,
        message: `Thanks ${mention(P.zoe)} and the Caf\u00e9 crew for the #Release`,
        mentions: [P.zoe.id],
        hashtags: ['release'],
        createdAt: nowIso(world),
        reactions: { counts: {}, mine: [] },
        viewer: { canDelete: true },
      });
    });

    test('duplicate recipients are ignored, in the order first named', async ({ alice, bob }) => {
      const kudos = await alice.give(kudosDraft({ toIds: [P.zoe.id, P.bob.id, P.zoe.id, P.bob.id] }), key());
      deepEqual(kudos.toIds, [P.zoe.id, P.bob.id]);
      deepEqual((await bob.get(kudos.id)).toIds, [P.zoe.id, P.bob.id]);
    });

    test('get shows the kudos to everyone, each with their own right to remove it', async ({
      alice,
      bob,
      zoe,
      mo,
      cara,
      ada,
    }) => {
      const given = await alice.give(kudosDraft(), key());
      const rights: [string, typeof alice, boolean][] = [
        ['the giver', alice, true],
        ['the recipient', bob, false],
        ['another member', zoe, false],
        ['a moderator', mo, true],
        ['communications', cara, true],
        ['an admin', ada, true],
      ];
      for (const [who, api, canDelete] of rights) {
        const seen = await api.get(given.id);
        deepEqual({ ...seen, viewer: undefined }, { ...given, viewer: undefined }, `${who} sees the same kudos`);
        deepEqual(seen.viewer, { canDelete }, `${who} may${canDelete ? '' : ' not'} remove it`);
      }
      await rejectsWith(bob.get('kudos-unknown'), 'not-found');
    });

    test('the giver, moderators, communications and admins remove kudos; recipients and others may not', async ({
      alice,
      bob,
      zoe,
      mo,
      cara,
      ada,
    }) => {
      const by = { alice, mo, cara, ada };
      for (const [name, remover] of Object.entries(by)) {
        const given = await alice.give(kudosDraft({ message: `For ${name} to remove` }), key());
        await rejectsWith(bob.remove(given.id, key()), 'forbidden');
        await rejectsWith(zoe.remove(given.id, key()), 'forbidden');
        equal((await zoe.get(given.id)).id, given.id, 'a refused removal changes nothing');
        await remover.remove(given.id, key());
        await rejectsWith(zoe.get(given.id), 'not-found');
        await rejectsWith(alice.get(given.id), 'not-found');
      }
      deepEqual((await zoe.list({})).items, [], 'every removed kudos is gone from the wall');
    });

    test('a removed kudos leaves every list, refuses reactions, and removing it again is a no-op', async ({
      alice,
      bob,
      mo,
    }) => {
      const kept = await alice.give(kudosDraft({ message: 'Kept' }), key());
      const gone = await alice.give(kudosDraft({ message: 'Gone' }), key());
      await mo.remove(gone.id, key());
      for (const query of [
        {},
        { valueId: V.teamwork.id },
        { personId: P.bob.id },
        { personId: P.alice.id, direction: 'given' as const },
        { department: 'IT' },
      ]) {
        deepEqual(idsOf((await bob.list(query)).items), [kept.id], `list ${JSON.stringify(query)}`);
      }
      await rejectsWith(bob.react(gone.id, 'like', true, key()), 'not-found');
      await alice.remove(gone.id, key());
      await mo.remove(gone.id, key());
      await rejectsWith(bob.get(gone.id), 'not-found');
      await rejectsWith(alice.remove('kudos-unknown', key()), 'not-found');
      deepEqual(idsOf((await bob.list({})).items), [kept.id]);
    });

    test('returned kudos are copies', async ({ alice, bob }) => {
      const given = await alice.give(kudosDraft({ message: 'Original #tag' }), key());
      given.message = 'Changed';
      given.toIds.push(P.zoe.id);
      given.hashtags.push('sneaky');
      given.viewer.canDelete = false;
      const fresh = await alice.get(given.id);
      equal(fresh.message, 'Original #tag');
      deepEqual(fresh.toIds, [P.bob.id]);
      deepEqual(fresh.hashtags, ['tag']);
      equal(fresh.viewer.canDelete, true);
      const listed = (await bob.list({})).items[0];
      ok(listed);
      listed.toIds.length = 0;
      deepEqual((await bob.get(given.id)).toIds, [P.bob.id]);
    });
  });

  describe('kudos: idempotency', () => {
    test('the same key twice gives one kudos; keys belong to the person who sent them', async ({ alice, bob }) => {
      const once = key();
      const first = await alice.give(kudosDraft(), once);
      const again = await alice.give(kudosDraft(), once);
      deepEqual(again, first, 'the retry answers with the first kudos');
      deepEqual(idsOf((await alice.list({})).items), [first.id]);
      const bobs = await bob.give(kudosDraft({ toIds: [P.alice.id] }), once);
      ok(bobs.id !== first.id, 'another person with the same key gives their own kudos');
      equal(bobs.fromId, P.bob.id);
      equal((await alice.list({})).items.length, 2);
    });

    test('a key reused with another draft replays the first kudos and gives nothing new', async ({ alice }) => {
      const once = key();
      const first = await alice.give(kudosDraft(), once);
      const replay = await alice.give(kudosDraft({ toIds: [P.zoe.id], message: 'Something else' }), once);
      equal(replay.id, first.id);
      deepEqual([replay.toIds, replay.message], [first.toIds, first.message], 'the first draft stands');
      deepEqual(idsOf((await alice.list({})).items), [first.id]);
    });
  });
}
