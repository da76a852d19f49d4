import type { ChangeEvent } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { countsByLabel, draft, eventually, key, optionId, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function anonymousContract({ describe, test, capabilities }: SuiteContext): void {
  if (!capabilities.anonymousPolls) {
    describe('anonymous polls — not offered by this store (capabilities.anonymousPolls is false): their tests are left out', () => {});
    return;
  }
  describe('polls: anonymous', () => {
    test('an anonymous vote counts, but the voter’s choice is not returned', async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft({ anonymous: true }), key());
      const voted = await bob.polls.vote(poll.id, [optionId(poll, 'Sushi')], key());
      equal(voted.anonymous, true);
      equal(voted.viewer.hasVoted, true);
      equal(voted.viewer.choice, undefined);
      equal('choice' in voted.viewer, false, 'no choice property at all');
      equal(voted.viewer.canVote, false, 'anonymous votes are final');
      const results = await alice.polls.results(poll.id);
      ok(results.visible);
      deepEqual(countsByLabel(poll, results), { Pizza: 0, Sushi: 1, Salad: 0 });
      equal(results.voterCount, 1);
    });

    test('a second anonymous vote is refused and changes nothing', async ({ alice, bob }) => {
      const poll = await alice.polls.create(draft({ anonymous: true }), key());
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await rejectsWith(bob.polls.vote(poll.id, [optionId(poll, 'Salad')], key()), 'conflict', 'already-voted');
      await rejectsWith(bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key()), 'conflict', 'already-voted');
      const results = await bob.polls.results(poll.id);
      ok(results.visible);
      deepEqual(countsByLabel(poll, results), { Pizza: 1, Sushi: 0, Salad: 0 });
    });

    test('no response, to anyone, links a voter to an option', async ({ world, alice, bob, mo, ada }) => {
      const poll = await alice.polls.create(draft({ anonymous: true }), key());
      const events: ChangeEvent[] = [];
      const stop = alice.subscribe({ kind: 'poll', id: poll.id }, (event) => events.push(event));
      const responses: unknown[] = [];
      responses.push(await bob.polls.vote(poll.id, [optionId(poll, 'Sushi')], key()));
      await alice.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      for (const store of [alice, bob, mo, ada]) {
        responses.push(await store.polls.get(poll.id), await store.polls.results(poll.id));
      }
      responses.push(await alice.polls.listMine());
      responses.push(await alice.polls.close(poll.id, key()));
      for (const store of [alice, bob, mo, ada]) {
        responses.push(await store.polls.get(poll.id), await store.polls.results(poll.id));
      }
      await eventually(world, () => events.length >= 2, 'change events for the anonymous poll');
      stop();
      responses.push(events);
      for (const response of responses) {
        const json = JSON.stringify(response);
        for (const trace of [P.bob.id, P.bob.email, P.bob.displayName]) {
          ok(!json.includes(trace), `a response names the voter (${trace}): ${json}`);
        }
      }
    });
  });
}
