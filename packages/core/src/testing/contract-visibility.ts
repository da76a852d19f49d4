import type { PleinStore, PollResults } from '../types.js';
import { deepEqual, equal, ok } from './assert.js';
import { HOUR, after, countsByLabel, draft, key, optionId, type SuiteContext } from './helpers.js';

/** Asserts the results are hidden for `reason`, with only the voter count showing. */
async function hidden(
  store: PleinStore,
  pollId: string,
  reason: 'vote-first' | 'until-close',
  voterCount: number,
): Promise<void> {
  const results: PollResults = await store.polls.results(pollId);
  deepEqual(results, { pollId, visible: false, reason, voterCount }, 'hidden results');
  equal((await store.polls.get(pollId)).viewer.canSeeResults, false, 'canSeeResults');
}

export function visibilityContract({ describe, test, capabilities }: SuiteContext): void {
  describe('polls: who sees results when', () => {
    test("'always': anyone sees the figures, even before voting", async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft({ resultsVisibility: 'always' }), key());
      await alice.polls.vote(poll.id, [optionId(poll, 'Salad')], key());
      const results = await bob.polls.results(poll.id);
      ok(results.visible);
      deepEqual(countsByLabel(poll, results), { Pizza: 0, Sushi: 0, Salad: 1 });
      equal((await bob.polls.get(poll.id)).viewer.canSeeResults, true);
    });

    test("'after-vote': hidden until the viewer votes, and for everyone once closed", async ({ alice, bob, cara }) => {
      const poll = await alice.polls.create(draft({ resultsVisibility: 'after-vote' }), key());
      await cara.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await hidden(bob, poll.id, 'vote-first', 1);
      const voted = await bob.polls.vote(poll.id, [optionId(poll, 'Sushi')], key());
      equal(voted.viewer.canSeeResults, true);
      const results = await bob.polls.results(poll.id);
      ok(results.visible);
      deepEqual(countsByLabel(poll, results), { Pizza: 1, Sushi: 1, Salad: 0 });
      await alice.polls.close(poll.id, key());
      const seenByNonVoter = await alice.polls.results(poll.id);
      ok(seenByNonVoter.visible, 'closed polls show results to non-voters');
    });

    test("'after-close': hidden from voters until the poll closes", async ({ alice, bob, cara }) => {
      const poll = await alice.polls.create(draft({ resultsVisibility: 'after-close' }), key());
      await bob.polls.vote(poll.id, [optionId(poll, 'Sushi')], key());
      await cara.polls.vote(poll.id, [optionId(poll, 'Sushi')], key());
      await hidden(bob, poll.id, 'until-close', 2);
      await alice.polls.close(poll.id, key());
      const results = await bob.polls.results(poll.id);
      ok(results.visible);
      deepEqual(countsByLabel(poll, results), { Pizza: 0, Sushi: 2, Salad: 0 });
      equal((await bob.polls.get(poll.id)).viewer.canSeeResults, true);
    });

    test("'after-close': the deadline passing reveals the results", async ({ world, alice, bob }) => {
      const poll = await alice.polls.create(
        draft({ resultsVisibility: 'after-close', closesAt: after(world, HOUR) }),
        key(),
      );
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await hidden(bob, poll.id, 'until-close', 1);
      world.clock.advance(HOUR);
      const results = await bob.polls.results(poll.id);
      ok(results.visible);
      deepEqual(countsByLabel(poll, results), { Pizza: 1, Sushi: 0, Salad: 0 });
    });

    if (capabilities.sealedResults) {
      test("'after-close' results are sealed: not even the creator, a moderator or an admin sees them early", async ({
        alice,
        bob,
        mo,
        ada,
      }) => {
        const poll = await alice.polls.create(draft({ resultsVisibility: 'after-close' }), key());
        await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
        await alice.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
        await hidden(alice, poll.id, 'until-close', 2);
        await hidden(mo, poll.id, 'until-close', 2);
        await hidden(ada, poll.id, 'until-close', 2);
      });
    } else {
      describe('sealed results — not offered by this store (capabilities.sealedResults is false): the creator-and-admin test is left out', () => {});
    }
  });
}
