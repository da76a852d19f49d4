import { equal, ok, rejectsWith } from './assert.js';
import { HOUR, after, countsByLabel, draft, key, optionId, type SuiteContext } from './helpers.js';

export function lifecycleContract({ describe, test }: SuiteContext): void {
  describe('polls: closing and deadlines', () => {
    test('the creator closes a poll; votes are refused afterwards', async ({ world, alice, bob }) => {
      const poll = await alice.polls.create(draft(), key());
      await bob.polls.vote(poll.id, [optionId(poll, 'Sushi')], key());
      world.clock.advance(5 * 60_000);
      const closed = await alice.polls.close(poll.id, key());
      equal(closed.status, 'closed');
      equal(closed.closedAt, new Date(world.clock.now()).toISOString());
      equal(closed.viewer.canClose, false);
      equal(closed.viewer.canVote, false);
      const seenByBob = await bob.polls.get(poll.id);
      equal(seenByBob.status, 'closed');
      equal(seenByBob.viewer.canVote, false);
      await rejectsWith(bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key()), 'conflict', 'poll-closed');
      const results = await alice.polls.results(poll.id);
      ok(results.visible);
      equal(countsByLabel(poll, results).Sushi, 1, 'the refused vote changed nothing');
      world.clock.advance(60_000);
      const again = await alice.polls.close(poll.id, key());
      equal(again.closedAt, closed.closedAt, 'closing a closed poll is a no-op');
    });

    test('a moderator or an admin may close anyone’s poll', async ({ alice, mo, ada }) => {
      const first = await alice.polls.create(draft(), key());
      equal((await mo.polls.get(first.id)).viewer.canClose, true);
      equal((await mo.polls.close(first.id, key())).status, 'closed');
      const second = await alice.polls.create(draft(), key());
      equal((await ada.polls.close(second.id, key())).status, 'closed');
    });

    test('another member may not close a poll', async ({ alice, bob, cara }) => {
      const poll = await alice.polls.create(draft(), key());
      await rejectsWith(bob.polls.close(poll.id, key()), 'forbidden');
      await rejectsWith(cara.polls.close(poll.id, key()), 'forbidden');
      equal((await alice.polls.get(poll.id)).status, 'open');
    });

    test('the deadline closes the poll when the clock passes it', async ({ world, alice, bob, cara }) => {
      const closesAt = after(world, 2 * HOUR);
      const poll = await alice.polls.create(draft({ closesAt }), key());
      world.clock.advance(2 * HOUR - 1);
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      equal((await bob.polls.get(poll.id)).status, 'open', 'still open one millisecond before');
      world.clock.advance(1);
      const closed = await bob.polls.get(poll.id);
      equal(closed.status, 'closed');
      equal(closed.closedAt, closesAt);
      equal(closed.viewer.canVote, false);
      await rejectsWith(cara.polls.vote(poll.id, [optionId(poll, 'Sushi')], key()), 'conflict', 'poll-closed');
      equal((await alice.polls.get(poll.id)).voterCount, 1);
    });
  });
}
