import { LIMITS } from '../limits.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { HOUR, after, draft, key, optionId, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function pollsContract({ describe, test, capabilities }: SuiteContext): void {
  describe('polls: create, get, list, update', () => {
    test('create returns the poll as its creator sees it', async ({ world, alice }) => {
      const closesAt = after(world, 24 * HOUR);
      const poll = await alice.polls.create(draft({ question: '  Lunch?  ', closesAt }), key());
      equal(poll.question, 'Lunch?', 'question is trimmed');
      deepEqual(
        poll.options.map((o) => o.label),
        ['Pizza', 'Sushi', 'Salad'],
      );
      equal(new Set(poll.options.map((o) => o.id)).size, 3, 'option ids are distinct');
      equal(poll.kind, 'single');
      equal(poll.maxChoices, 1);
      equal(poll.anonymous, false);
      equal(poll.resultsVisibility, 'always');
      equal(poll.createdBy, P.alice.id);
      equal(poll.createdAt, new Date(world.clock.now()).toISOString(), 'createdAt comes from the clock');
      equal(poll.closesAt, closesAt);
      equal(poll.closedAt, undefined);
      equal(poll.status, 'open');
      equal(poll.voterCount, 0);
      deepEqual(poll.viewer, { hasVoted: false, canVote: true, canClose: true, canEdit: true, canSeeResults: true });
    });

    test('get shows the same poll to someone else, with their own viewer', async ({ alice, bob }) => {
      const created = await alice.polls.create(draft(), key());
      const seen = await bob.polls.get(created.id);
      equal(seen.id, created.id);
      deepEqual(seen.options, created.options);
      deepEqual(seen.viewer, { hasVoted: false, canVote: true, canClose: false, canEdit: false, canSeeResults: true });
    });

    test('multiple choice keeps maxChoices, and defaults it to every option', async ({ alice }) => {
      equal((await alice.polls.create(draft({ kind: 'multiple', maxChoices: 2 }), key())).maxChoices, 2);
      equal((await alice.polls.create(draft({ kind: 'multiple' }), key())).maxChoices, 3);
    });

    test('create refuses every bad draft, naming field and limit, and stores nothing', async ({ world, alice }) => {
      const refuse = (patch: Parameters<typeof draft>[0], code: 'invalid' | 'too-large', reason?: string) =>
        rejectsWith(alice.polls.create(draft(patch), key()), code, reason);

      let error = await refuse({ question: '   ' }, 'invalid', 'required');
      equal(error.details.field, 'question');
      error = await refuse({ question: 'q'.repeat(LIMITS.pollQuestion + 1) }, 'too-large');
      deepEqual([error.details.field, error.details.limit], ['question', LIMITS.pollQuestion]);
      error = await refuse({ options: ['Only one'] }, 'invalid');
      deepEqual([error.details.field, error.details.limit], ['options', LIMITS.pollOptionsMin]);
      error = await refuse({ options: Array.from({ length: 11 }, (_, i) => `Option ${i + 1}`) }, 'invalid');
      deepEqual([error.details.field, error.details.limit], ['options', LIMITS.pollOptionsMax]);
      error = await refuse({ options: ['Pizza', 'x'.repeat(10_000)] }, 'too-large');
      deepEqual([error.details.field, error.details.limit, error.details.index], ['option', LIMITS.pollOption, 1]);
      error = await refuse({ options: ['Pizza', ''] }, 'invalid', 'required');
      deepEqual([error.details.field, error.details.index], ['option', 1]);
      error = await refuse({ options: ['Pizza', 'Sushi', 'pizza'] }, 'invalid', 'duplicate-option');
      equal(error.details.index, 2);
      error = await refuse({ kind: 'multiple', maxChoices: 4 }, 'invalid');
      deepEqual([error.details.field, error.details.limit], ['maxChoices', 3]);
      error = await refuse({ closesAt: after(world, -HOUR) }, 'invalid', 'closes-in-past');
      equal(error.details.field, 'closesAt');
      error = await refuse({ closesAt: 'next friday' }, 'invalid');
      equal(error.details.field, 'closesAt');
      await rejectsWith(alice.polls.create(draft(), { idempotencyKey: '' }), 'invalid');

      deepEqual((await alice.polls.listMine()).items, [], 'nothing was created');
    });

    test('get of an unknown poll is not-found, for every call that names one', async ({ alice }) => {
      await rejectsWith(alice.polls.get('poll-unknown'), 'not-found');
      await rejectsWith(alice.polls.results('poll-unknown'), 'not-found');
      await rejectsWith(alice.polls.vote('poll-unknown', ['o1'], key()), 'not-found');
      await rejectsWith(alice.polls.close('poll-unknown', key()), 'not-found');
      await rejectsWith(alice.polls.update('poll-unknown', draft(), key()), 'not-found');
    });

    test('the same idempotency key twice creates one poll', async ({ alice, bob }) => {
      const once = key();
      const first = await alice.polls.create(draft(), once);
      const again = await alice.polls.create(draft(), once);
      equal(again.id, first.id);
      equal((await alice.polls.listMine()).items.length, 1);
      // Keys belong to the person who sent them.
      const bobs = await bob.polls.create(draft(), once);
      ok(bobs.id !== first.id, 'another person with the same key gets their own poll');
      equal(bobs.createdBy, P.bob.id);
      await alice.polls.create(draft(), key());
      equal((await alice.polls.listMine()).items.length, 2, 'a new key creates a new poll');
    });

    test('listMine pages through 120 polls, newest first, without duplicates or gaps', async ({ world, alice }) => {
      const created: string[] = [];
      for (let i = 0; i < 120; i++) {
        created.push((await alice.polls.create(draft({ question: `Poll ${i + 1}` }), key())).id);
        world.clock.advance(1000);
      }
      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      for (let round = 0; round < 10; round++) {
        const page = await alice.polls.listMine(cursor === undefined ? { limit: 50 } : { cursor, limit: 50 });
        sizes.push(page.items.length);
        seen.push(...page.items.map((p) => p.id));
        for (const poll of page.items) equal(poll.createdBy, P.alice.id);
        if (page.next === undefined) {
          equal('next' in page, false, 'the last page has no next property');
          break;
        }
        cursor = page.next;
      }
      deepEqual(sizes, [50, 50, 20]);
      deepEqual(seen, created.slice().reverse());
    });

    test('listMine clamps the page size and refuses a bad cursor', async ({ alice }) => {
      for (let i = 0; i < 12; i++) await alice.polls.create(draft({ question: `Poll ${i + 1}` }), key());
      const all = await alice.polls.listMine({ limit: 10_000 });
      ok(all.items.length <= capabilities.maxPageSize, 'no page beyond maxPageSize');
      equal(all.items.length, Math.min(12, capabilities.maxPageSize));
      const small = await alice.polls.listMine({ limit: 5 });
      equal(small.items.length, 5);
      ok(small.next, 'a partial list has a next cursor');
      await rejectsWith(alice.polls.listMine({ limit: 0 }), 'invalid');
      await rejectsWith(alice.polls.listMine({ cursor: '!!not-a-cursor!!' }), 'invalid');
    });

    test("listMine shows only the signed-in person's polls", async ({ alice, bob }) => {
      const mine = await alice.polls.create(draft(), key());
      await bob.polls.create(draft(), key());
      deepEqual(
        (await alice.polls.listMine()).items.map((p) => p.id),
        [mine.id],
      );
      equal((await bob.polls.listMine()).items.length, 1);
    });

    test('returned polls are copies', async ({ alice }) => {
      const poll = await alice.polls.create(draft(), key());
      poll.options[0]!.label = 'Changed';
      poll.viewer.canEdit = false;
      const fresh = await alice.polls.get(poll.id);
      equal(fresh.options[0]!.label, 'Pizza');
      equal(fresh.viewer.canEdit, true);
    });

    test('the creator updates a poll until the first vote', async ({ world, alice, bob }) => {
      const poll = await alice.polls.create(draft(), key());
      world.clock.advance(60_000);
      const updated = await alice.polls.update(
        poll.id,
        draft({ question: 'Lunch on Thursday?', options: ['Pizza', 'Soup'], kind: 'multiple' }),
        key(),
      );
      equal(updated.id, poll.id);
      equal(updated.question, 'Lunch on Thursday?');
      deepEqual(
        updated.options.map((o) => o.label),
        ['Pizza', 'Soup'],
      );
      equal(updated.kind, 'multiple');
      equal(updated.createdAt, poll.createdAt);
      equal(updated.updatedAt, new Date(world.clock.now()).toISOString());
      equal((await bob.polls.get(poll.id)).question, 'Lunch on Thursday?');

      await bob.polls.vote(poll.id, [optionId(updated, 'Soup')], key());
      const afterVote = await alice.polls.get(poll.id);
      equal(afterVote.viewer.canEdit, false, 'canEdit ends with the first vote');
      await rejectsWith(alice.polls.update(poll.id, draft(), key()), 'conflict', 'has-votes');
    });

    test('update: only the creator, with a valid draft, while open', async ({ alice, bob, mo }) => {
      const poll = await alice.polls.create(draft(), key());
      await rejectsWith(bob.polls.update(poll.id, draft({ question: 'Hijacked' }), key()), 'forbidden');
      await rejectsWith(mo.polls.update(poll.id, draft({ question: 'Moderated' }), key()), 'forbidden');
      await rejectsWith(alice.polls.update(poll.id, draft({ options: ['One'] }), key()), 'invalid');
      equal((await alice.polls.get(poll.id)).question, draft().question, 'refused updates change nothing');
      await alice.polls.close(poll.id, key());
      await rejectsWith(alice.polls.update(poll.id, draft(), key()), 'conflict', 'poll-closed');
    });
  });
}
