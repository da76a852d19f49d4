import type { PollResults } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { countsByLabel, draft, key, optionId, type SuiteContext } from './helpers.js';

/** The figures of visible results; fails when they are hidden. */
function visible(results: PollResults) {
  ok(results.visible, `results should be visible, got ${JSON.stringify(results)}`);
  return results;
}

export function votesContract({ describe, test }: SuiteContext): void {
  describe('polls: voting', () => {
    test('a single-choice vote is counted and shown to the voter', async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft(), key());
      const sushi = optionId(poll, 'Sushi');
      const voted = await bob.polls.vote(poll.id, [sushi], key());
      equal(voted.voterCount, 1);
      equal(voted.viewer.hasVoted, true);
      deepEqual(voted.viewer.choice, [sushi]);
      equal(voted.viewer.canVote, true, 'a public vote may be changed while open');
      const results = visible(await alice.polls.results(poll.id));
      equal(results.pollId, poll.id);
      equal(results.voterCount, 1);
      equal(results.voteCount, 1);
      deepEqual(countsByLabel(poll, results), { Pizza: 0, Sushi: 1, Salad: 0 });
      equal((await alice.polls.get(poll.id)).viewer.hasVoted, false, "bob's vote is not alice's");
    });

    test('a second vote replaces the first; counts stay exact', async ({ alice, bob, cara }) => {
      const poll = await alice.polls.create(draft(), key());
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await cara.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      const changed = await bob.polls.vote(poll.id, [optionId(poll, 'Salad')], key());
      deepEqual(changed.viewer.choice, [optionId(poll, 'Salad')]);
      equal(changed.voterCount, 2);
      const results = visible(await bob.polls.results(poll.id));
      deepEqual(countsByLabel(poll, results), { Pizza: 1, Sushi: 0, Salad: 1 });
      equal(results.voteCount, 2);
      equal(results.voterCount, 2);
    });

    test('a retried vote with the same key counts once', async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft(), key());
      const once = key();
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], once);
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], once);
      const results = visible(await alice.polls.results(poll.id));
      deepEqual(countsByLabel(poll, results), { Pizza: 1, Sushi: 0, Salad: 0 });
    });

    test('single choice refuses two options', async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft(), key());
      const error = await rejectsWith(
        bob.polls.vote(poll.id, [optionId(poll, 'Pizza'), optionId(poll, 'Sushi')], key()),
        'invalid',
        'too-many-choices',
      );
      equal(error.details.limit, 1);
      equal((await alice.polls.get(poll.id)).voterCount, 0);
    });

    test('multiple choice enforces maxChoices', async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft({ kind: 'multiple', maxChoices: 2 }), key());
      const all = poll.options.map((o) => o.id);
      const error = await rejectsWith(bob.polls.vote(poll.id, all, key()), 'invalid', 'too-many-choices');
      equal(error.details.limit, 2);
      const voted = await bob.polls.vote(poll.id, [optionId(poll, 'Salad'), optionId(poll, 'Pizza')], key());
      deepEqual(voted.viewer.choice?.slice().sort(), [optionId(poll, 'Salad'), optionId(poll, 'Pizza')].sort());
      const results = visible(await alice.polls.results(poll.id));
      equal(results.voterCount, 1);
      equal(results.voteCount, 2);
      deepEqual(countsByLabel(poll, results), { Pizza: 1, Sushi: 0, Salad: 1 });
    });

    test('unknown, empty or repeated options are refused and change nothing', async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft({ kind: 'multiple' }), key());
      await rejectsWith(bob.polls.vote(poll.id, ['no-such-option'], key()), 'invalid', 'unknown-option');
      await rejectsWith(
        bob.polls.vote(poll.id, [optionId(poll, 'Pizza'), 'no-such-option'], key()),
        'invalid',
        'unknown-option',
      );
      await rejectsWith(bob.polls.vote(poll.id, [], key()), 'invalid', 'required');
      const pizza = optionId(poll, 'Pizza');
      await rejectsWith(bob.polls.vote(poll.id, [pizza, pizza], key()), 'invalid', 'duplicate-option');
      const after = await bob.polls.get(poll.id);
      equal(after.voterCount, 0);
      equal(after.viewer.hasVoted, false);
      deepEqual(countsByLabel(poll, visible(await bob.polls.results(poll.id))), { Pizza: 0, Sushi: 0, Salad: 0 });
    });

    test('50 people voting at once are all counted exactly', async ({ world, alice }) => {
      const voters = Array.from({ length: 50 }, (_, i) => ({
        id: `p-voter-${String(i + 1).padStart(2, '0')}`,
        displayName: `Voter ${i + 1}`,
        roles: ['member' as const],
      }));
      await world.seed({ people: voters });
      const poll = await alice.polls.create(draft(), key());
      const labels = ['Pizza', 'Sushi', 'Salad'];
      await Promise.all(
        voters.map((voter, i) => world.as(voter.id).polls.vote(poll.id, [optionId(poll, labels[i % 3]!)], key())),
      );
      const results = visible(await alice.polls.results(poll.id));
      equal(results.voterCount, 50);
      equal(results.voteCount, 50);
      deepEqual(countsByLabel(poll, results), { Pizza: 17, Sushi: 17, Salad: 16 });
      equal((await alice.polls.get(poll.id)).voterCount, 50);
    });
  });
}
