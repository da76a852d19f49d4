import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { countsByLabel, draft, key, macrotask, optionId, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function faultsContract({ describe, test, capabilities }: SuiteContext): void {
  describe('failures', () => {
    test('failNext: the next call fails with that code, the one after succeeds', async ({ world, alice }) => {
      world.faults.failNext('unavailable');
      await rejectsWith(alice.me(), 'unavailable');
      equal((await alice.me()).id, P.alice.id);
      world.faults.failNext('unavailable', { count: 2 });
      await rejectsWith(alice.people.get(P.bob.id), 'unavailable');
      await rejectsWith(alice.people.search('bob'), 'unavailable');
      equal((await alice.people.get(P.bob.id)).id, P.bob.id);
    });

    test('rate-limited failures say when to retry', async ({ world, alice }) => {
      world.faults.failNext('rate-limited', { retryAfter: 30 });
      const error = await rejectsWith(alice.people.get(P.bob.id), 'rate-limited');
      equal(error.retryAfter, 30);
    });

    test('clear() forgets pending failures', async ({ world, alice }) => {
      world.faults.failNext('unavailable', { count: 5 });
      world.faults.clear();
      equal((await alice.me()).id, P.alice.id);
    });

    if (capabilities.features.includes('polls')) {
      test('a failed vote changes nothing, and a retry with the same key counts once', async ({
        world,
        alice,
        bob,
      }) => {
        const poll = await alice.polls.create(draft(), key());
        const once = key();
        world.faults.failNext('unavailable');
        await rejectsWith(bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], once), 'unavailable');
        const untouched = await bob.polls.get(poll.id);
        equal(untouched.voterCount, 0);
        equal(untouched.viewer.hasVoted, false);
        await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], once);
        await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], once);
        const results = await alice.polls.results(poll.id);
        ok(results.visible);
        deepEqual(countsByLabel(poll, results), { Pizza: 1, Sushi: 0, Salad: 0 });
      });

      test('a failed create stores nothing', async ({ world, alice }) => {
        world.faults.failNext('unavailable');
        await rejectsWith(alice.polls.create(draft(), key()), 'unavailable');
        deepEqual((await alice.polls.listMine()).items, []);
      });
    }

    test('stall() holds calls until release()', async ({ world, alice }) => {
      world.faults.stall();
      let settled = false;
      const pending = alice.me().then((me) => {
        settled = true;
        return me;
      });
      for (let i = 0; i < 5; i++) await macrotask();
      equal(settled, false, 'a stalled call waits');
      world.faults.release();
      equal((await pending).id, P.alice.id);
    });
  });
}
