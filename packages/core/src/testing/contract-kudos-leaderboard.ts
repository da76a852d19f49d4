import { LIMITS } from '../limits.js';
import type { KudosApi, KudosSettings } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import {
  HOUR,
  KUDOS_VALUES as V,
  key,
  kudosDraft,
  kudosSuite,
  nowIso,
  type KudosCast,
  type SuiteContext,
} from './helpers.js';
import type { SeedKudos } from './world.js';
import { CONTRACT_PEOPLE as P } from './world.js';

const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Kudos around the period [now - 1 day, now + 1 hour): some seeded in the past, one given now,
 * one given at the period's end (left out), one removed (left out). In the period: teamwork 3,
 * courage 2, customer 2; received: bob 3, zoe 3, alice 1, mo 1.
 */
async function period({ world, alice, mo }: KudosCast): Promise<{ from: string; to: string }> {
  const start = world.clock.now();
  const from = start - DAY;
  const to = start + HOUR;
  const seed = (id: string, valueId: string, toIds: string[], at: number): SeedKudos => ({
    id,
    fromId: P.cara.id,
    toIds,
    valueId,
    message: `Kudos ${id}`,
    createdAt: iso(at),
  });
  await world.seed({
    people: [],
    kudos: [
      seed('k1-before', V.teamwork.id, [P.mo.id], from - 1),
      seed('k2-at-start', V.courage.id, [P.bob.id], from),
      seed('k3', V.teamwork.id, [P.bob.id, P.zoe.id], from + HOUR),
      seed('k4', V.teamwork.id, [P.zoe.id], from + 2 * HOUR),
      seed('k5', V.teamwork.id, [P.alice.id], from + 3 * HOUR),
      seed('k6', V.customer.id, [P.mo.id], from + 4 * HOUR),
      seed('k7', V.customer.id, [P.bob.id], from + 5 * HOUR),
      seed('k8-removed', V.customer.id, [P.alice.id], from + 6 * HOUR),
    ],
  });
  await mo.remove('k8-removed', key());
  await alice.give(kudosDraft({ toIds: [P.zoe.id], valueId: V.courage.id }), key());
  world.clock.set(to);
  await alice.give(kudosDraft({ toIds: [P.mo.id], valueId: V.teamwork.id }), key());
  return { from: iso(from), to: iso(to) };
}

const allowPeople = (api: KudosApi, on: boolean) => api.configure({ peopleLeaderboard: on }, key());

export function kudosLeaderboardContract(context: SuiteContext): void {
  const { describe, test } = kudosSuite(context);

  describe('kudos: leaderboard and settings', () => {
    test('the values leaderboard counts kudos given in [from, to), highest first, ties by id', async (cast) => {
      const { from, to } = await period(cast);
      deepEqual(await cast.bob.leaderboard({ by: 'value', from, to }), [
        { id: V.teamwork.id, count: 3 },
        { id: V.courage.id, count: 2 },
        { id: V.customer.id, count: 2 },
      ]);
      deepEqual(await cast.bob.leaderboard({ by: 'value', from, to, limit: 1 }), [{ id: V.teamwork.id, count: 3 }]);
      deepEqual(
        await cast.bob.leaderboard({ by: 'value', from: to, to: iso(Date.parse(to) + DAY) }),
        [{ id: V.teamwork.id, count: 1 }],
        'the next period has the kudos given at its start',
      );
      deepEqual(await cast.bob.leaderboard({ by: 'value', from: iso(0), to: iso(1) }), [], 'an empty period');
    });

    test('the people leaderboard is off until a manager turns it on', async (cast) => {
      const { from, to } = await period(cast);
      const { alice, bob, mo, cara, ada } = cast;
      deepEqual(await bob.settings(), { peopleLeaderboard: false }, 'off by default');
      await rejectsWith(bob.leaderboard({ by: 'person', from, to }), 'forbidden', 'leaderboard-off');
      await rejectsWith(cara.leaderboard({ by: 'person', from, to }), 'forbidden', 'leaderboard-off');
      await rejectsWith(allowPeople(alice, true), 'forbidden');
      await rejectsWith(allowPeople(mo, true), 'forbidden');
      deepEqual(await bob.settings(), { peopleLeaderboard: false }, 'refused changes change nothing');
      deepEqual(await allowPeople(cara, true), { peopleLeaderboard: true });
      deepEqual(await bob.settings(), { peopleLeaderboard: true }, 'shared by the whole site');
      deepEqual(await bob.leaderboard({ by: 'person', from, to }), [
        { id: P.bob.id, count: 3 },
        { id: P.zoe.id, count: 3 },
        { id: P.alice.id, count: 1 },
        { id: P.mo.id, count: 1 },
      ]);
      deepEqual(await allowPeople(ada, false), { peopleLeaderboard: false }, 'an admin may turn it off');
      await rejectsWith(alice.leaderboard({ by: 'person', from, to }), 'forbidden', 'leaderboard-off');
    });

    test('seeded settings are read back', async ({ world, zoe }) => {
      await world.seed({ people: [], kudosSettings: { peopleLeaderboard: true } });
      deepEqual(await zoe.settings(), { peopleLeaderboard: true });
      deepEqual(await zoe.leaderboard({ by: 'person', from: iso(0), to: nowIso(world) }), []);
    });

    test(`the limit defaults to 10 and is clamped to ${LIMITS.leaderboard}`, async ({ world, alice }) => {
      const people = Array.from({ length: 25 }, (_, i) => ({
        id: `p-crowd-${String(i + 1).padStart(2, '0')}`,
        displayName: `Crowd ${i + 1}`,
      }));
      await world.seed({
        people,
        kudosSettings: { peopleLeaderboard: true },
        kudos: people.map((person, i) => ({
          id: `kudos-crowd-${i}`,
          fromId: P.alice.id,
          toIds: [person.id],
          valueId: V.teamwork.id,
          message: 'Thanks',
          createdAt: iso(world.clock.now() - (i + 1) * 60_000),
        })),
      });
      const query = { by: 'person' as const, from: iso(world.clock.now() - DAY), to: nowIso(world) };
      const expected = people.map((person) => ({ id: person.id, count: 1 }));
      deepEqual(await alice.leaderboard(query), expected.slice(0, 10), 'ten, ties by id');
      deepEqual(await alice.leaderboard({ ...query, limit: 100 }), expected.slice(0, LIMITS.leaderboard));
      deepEqual(await alice.leaderboard({ ...query, limit: 3 }), expected.slice(0, 3));
    });

    test('a bad period, limit or kind is refused', async ({ world, bob }) => {
      const now = nowIso(world);
      const later = iso(world.clock.now() + HOUR);
      const error = await rejectsWith(
        bob.leaderboard({ by: 'value', from: later, to: now }),
        'invalid',
        'end-before-start',
      );
      equal(error.details.field, 'to');
      await rejectsWith(bob.leaderboard({ by: 'value', from: now, to: now }), 'invalid', 'end-before-start');
      await rejectsWith(bob.leaderboard({ by: 'value', from: 'last week', to: now }), 'invalid');
      await rejectsWith(bob.leaderboard({ by: 'value', from: now, to: later, limit: 0 }), 'invalid');
      await rejectsWith(bob.leaderboard({ by: 'team' as 'value', from: now, to: later }), 'invalid');
    });

    test('bad settings are refused and change nothing', async ({ cara, zoe }) => {
      await rejectsWith(cara.configure({ peopleLeaderboard: 'yes' } as unknown as KudosSettings, key()), 'invalid');
      await rejectsWith(cara.configure({} as KudosSettings, key()), 'invalid');
      await rejectsWith(cara.configure(null as unknown as KudosSettings, key()), 'invalid');
      deepEqual(await zoe.settings(), { peopleLeaderboard: false });
    });
  });
}
