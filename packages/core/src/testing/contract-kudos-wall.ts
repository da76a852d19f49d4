import type { KudosQuery } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import {
  KUDOS_VALUES as V,
  allPages,
  idsOf,
  key,
  kudosDraft,
  kudosSuite,
  mention,
  type KudosCast,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/**
 * A small wall, one second apart, oldest first. Departments: alice Finance, bob and ada IT,
 * mo HR, cara Communicatie, zoe Sales.
 */
async function smallWall({ world, alice, bob, zoe, cara }: KudosCast) {
  const step = async <T>(give: Promise<T>): Promise<T> => {
    const given = await give;
    world.clock.advance(1000);
    return given;
  };
  return {
    aliceToBob: await step(alice.give(kudosDraft({ toIds: [P.bob.id], valueId: V.teamwork.id }), key())),
    bobToZoe: await step(bob.give(kudosDraft({ toIds: [P.zoe.id], valueId: V.courage.id }), key())),
    zoeToAliceAndMo: await step(zoe.give(kudosDraft({ toIds: [P.alice.id, P.mo.id], valueId: V.teamwork.id }), key())),
    caraToAda: await step(cara.give(kudosDraft({ toIds: [P.ada.id], valueId: V.customer.id }), key())),
    aliceToZoe: await step(alice.give(kudosDraft({ toIds: [P.zoe.id], valueId: V.courage.id }), key())),
  };
}

export function kudosWallContract(context: SuiteContext): void {
  const { describe, test, capabilities } = kudosSuite(context);

  describe('kudos: the wall', () => {
    test('list is newest first and shows the same kudos to everyone, with their own rights', async (cast) => {
      const wall = await smallWall(cast);
      const page = await cast.mo.list({});
      deepEqual(idsOf(page.items), [
        wall.aliceToZoe.id,
        wall.caraToAda.id,
        wall.zoeToAliceAndMo.id,
        wall.bobToZoe.id,
        wall.aliceToBob.id,
      ]);
      equal(page.next, undefined, 'one page holds them all');
      ok(
        page.items.every((k) => k.viewer.canDelete),
        'a moderator may remove every kudos',
      );
      deepEqual(
        (await cast.bob.list({})).items.map((k) => k.viewer.canDelete),
        [false, false, false, true, false],
        'bob may remove only his own',
      );
    });

    test('list pages with limit and cursor, unmoved by kudos given meanwhile', async ({ world, alice, bob }) => {
      const given: string[] = [];
      for (let i = 0; i < 7; i++) {
        given.push((await alice.give(kudosDraft({ message: `Kudos ${i + 1}` }), key())).id);
        world.clock.advance(1000);
      }
      const first = await bob.list({}, { limit: 3 });
      deepEqual(idsOf(first.items), given.slice(4).reverse());
      ok(first.next, 'a partial list has a next cursor');
      // Kudos given while bob reads must not shift his later pages.
      await alice.give(kudosDraft({ message: 'Newer 1' }), key());
      await bob.give(kudosDraft({ toIds: [P.alice.id], message: 'Newer 2' }), key());
      const second = await bob.list({}, { cursor: first.next, limit: 3 });
      deepEqual(idsOf(second.items), given.slice(1, 4).reverse());
      ok(second.next, 'one kudos is left');
      const third = await bob.list({}, { cursor: second.next, limit: 3 });
      deepEqual(idsOf(third.items), [given[0]]);
      equal(third.next, undefined, 'the last page has no cursor');
      equal((await bob.list({})).items.length, 9, 'a fresh list starts with the new kudos');
    });

    test('kudos given in the same instant page without duplicates or gaps', async ({ alice, bob }) => {
      const given = new Set<string>();
      for (let i = 0; i < 9; i++) given.add((await alice.give(kudosDraft({ message: `Same time ${i}` }), key())).id);
      const { items, sizes } = await allPages((page) => bob.list({}, page), 2);
      deepEqual(sizes, [2, 2, 2, 2, 1]);
      equal(new Set(idsOf(items)).size, 9, 'no duplicates');
      ok(
        items.every((k) => given.has(k.id)),
        'only the kudos given',
      );
    });

    test('list clamps the page size and refuses a bad cursor, limit or query', async ({ alice }) => {
      for (let i = 0; i < 12; i++) await alice.give(kudosDraft({ message: `Kudos ${i}` }), key());
      equal((await alice.list({}, { limit: 100_000 })).items.length, Math.min(12, capabilities.maxPageSize));
      const small = await alice.list({}, { limit: 5 });
      equal(small.items.length, 5);
      ok(small.next);
      await rejectsWith(alice.list({}, { cursor: '!!not-a-cursor!!' }), 'invalid');
      await rejectsWith(alice.list({}, { limit: 0 }), 'invalid');
      await rejectsWith(alice.list({ valueId: V.teamwork.id }, { cursor: '!!not-a-cursor!!' }), 'invalid');
      const error = await rejectsWith(
        alice.list({ personId: P.bob.id, direction: 'sideways' } as unknown as KudosQuery),
        'invalid',
      );
      equal(error.details.field, 'direction');
      await rejectsWith(alice.list({ department: 'd'.repeat(1000) }), 'too-large');
    });

    test('the value filter shows only kudos for that value, archived values too', async (cast) => {
      const wall = await smallWall(cast);
      const { world, zoe } = cast;
      deepEqual(idsOf((await zoe.list({ valueId: V.teamwork.id })).items), [
        wall.zoeToAliceAndMo.id,
        wall.aliceToBob.id,
      ]);
      deepEqual(idsOf((await zoe.list({ valueId: V.courage.id })).items), [wall.aliceToZoe.id, wall.bobToZoe.id]);
      deepEqual((await zoe.list({ valueId: V.legacy.id })).items, [], 'nothing given for it');
      await world.seed({
        people: [],
        kudos: [
          {
            id: 'kudos-old',
            fromId: P.mo.id,
            toIds: [P.cara.id],
            valueId: V.legacy.id,
            message: 'From before the value was archived',
            createdAt: new Date(world.clock.now() - 86_400_000).toISOString(),
          },
        ],
      });
      deepEqual(idsOf((await zoe.list({ valueId: V.legacy.id })).items), ['kudos-old']);
      deepEqual((await zoe.list({ valueId: 'v-unknown' })).items, [], 'an unknown value matches nothing');
    });

    test('the person filter shows kudos received by default, or given', async (cast) => {
      const wall = await smallWall(cast);
      const { bob } = cast;
      const received = [wall.aliceToZoe.id, wall.bobToZoe.id];
      deepEqual(idsOf((await bob.list({ personId: P.zoe.id })).items), received, 'received is the default');
      deepEqual(idsOf((await bob.list({ personId: P.zoe.id, direction: 'received' })).items), received);
      deepEqual(idsOf((await bob.list({ personId: P.zoe.id, direction: 'given' })).items), [wall.zoeToAliceAndMo.id]);
      deepEqual(idsOf((await bob.list({ personId: P.alice.id, direction: 'given' })).items), [
        wall.aliceToZoe.id,
        wall.aliceToBob.id,
      ]);
      deepEqual(
        idsOf((await bob.list({ personId: P.mo.id })).items),
        [wall.zoeToAliceAndMo.id],
        'one of several recipients',
      );
      deepEqual((await bob.list({ personId: P.mo.id, direction: 'given' })).items, []);
    });

    test('the department filter shows kudos received by anyone in it, not given', async (cast) => {
      const wall = await smallWall(cast);
      const { alice } = cast;
      deepEqual(
        idsOf((await alice.list({ department: 'IT' })).items),
        [wall.caraToAda.id, wall.aliceToBob.id],
        'bob and ada work in IT',
      );
      deepEqual(idsOf((await alice.list({ department: 'Finance' })).items), [wall.zoeToAliceAndMo.id]);
      deepEqual(idsOf((await alice.list({ department: 'HR' })).items), [wall.zoeToAliceAndMo.id], 'any recipient');
      deepEqual(
        idsOf((await alice.list({ department: 'Sales' })).items),
        [wall.aliceToZoe.id, wall.bobToZoe.id],
        'zoe’s gift to Finance and HR is not a Sales kudos',
      );
      deepEqual((await alice.list({ department: 'Communicatie' })).items, [], 'cara only gave');
      deepEqual((await alice.list({ department: 'Nowhere' })).items, []);
    });

    test('filters combine, and page', async ({ world, alice, bob, zoe }) => {
      const match: string[] = [];
      for (let i = 0; i < 5; i++) {
        match.push((await alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id], message: `Match ${i}` }), key())).id);
        await alice.give(kudosDraft({ toIds: [P.bob.id], valueId: V.courage.id, message: `Other value ${i}` }), key());
        await zoe.give(kudosDraft({ toIds: [P.bob.id], message: `Other giver ${i}` }), key());
        await alice.give(kudosDraft({ toIds: [P.mo.id], message: `Other department ${i}` }), key());
        world.clock.advance(1000);
      }
      const query: KudosQuery = {
        valueId: V.teamwork.id,
        personId: P.alice.id,
        direction: 'given',
        department: 'Sales',
      };
      const first = await bob.list(query, { limit: 3 });
      deepEqual(idsOf(first.items), match.slice(2).reverse());
      const second = await bob.list(query, { cursor: first.next, limit: 3 });
      deepEqual(idsOf(second.items), match.slice(0, 2).reverse());
      equal(second.next, undefined);
      equal((await bob.list({ valueId: V.courage.id, personId: P.bob.id, department: 'IT' })).items.length, 5);
      deepEqual((await bob.list({ valueId: V.courage.id, department: 'HR' })).items, [], 'every filter must match');
    });

    test('seeded kudos read back through the API, ordered by createdAt', async ({ world, alice, bob }) => {
      const at = (minutes: number) => new Date(world.clock.now() - minutes * 60_000).toISOString();
      await world.seed({
        people: [],
        kudos: [
          {
            id: 'kudos-new',
            fromId: P.zoe.id,
            toIds: [P.alice.id, P.bob.id],
            valueId: V.customer.id,
            message: `Thanks ${mention(P.cara)} #Deal`,
            createdAt: at(1),
            reactions: [
              { by: P.alice.id, reaction: 'celebrate' },
              { by: P.mo.id, reaction: 'celebrate' },
              { by: P.mo.id, reaction: 'love' },
            ],
          },
          {
            id: 'kudos-old',
            fromId: P.bob.id,
            toIds: [P.zoe.id],
            valueId: V.teamwork.id,
            message: 'Old',
            createdAt: at(60),
          },
          {
            id: 'kudos-mid',
            fromId: P.cara.id,
            toIds: [P.mo.id],
            valueId: V.legacy.id,
            message: 'Mid',
            createdAt: at(30),
          },
        ],
      });
      deepEqual(idsOf((await alice.list({})).items), ['kudos-new', 'kudos-mid', 'kudos-old']);
      const seen = await alice.get('kudos-new');
      deepEqual(
        { ...seen, reactions: undefined },
        {
          id: 'kudos-new',
          fromId: P.zoe.id,
          toIds: [P.alice.id, P.bob.id],
          valueId: V.customer.id,
          message: `Thanks ${mention(P.cara)} #Deal`,
          mentions: [P.cara.id],
          hashtags: ['deal'],
          createdAt: at(1),
          viewer: { canDelete: false },
        },
      );
      deepEqual(seen.reactions, { counts: { celebrate: 2, love: 1 }, mine: ['celebrate'] });
      deepEqual((await bob.get('kudos-new')).reactions.mine, [], 'mine is the viewer’s own');
      deepEqual(idsOf((await bob.list({ personId: P.bob.id })).items), ['kudos-new']);
      const given = await alice.give(kudosDraft(), key());
      deepEqual(idsOf((await bob.list({ personId: P.bob.id })).items), [given.id, 'kudos-new'], 'new kudos come first');
    });
  });
}
