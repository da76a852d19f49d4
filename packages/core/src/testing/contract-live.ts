import { deepEqual, equal, ok } from './assert.js';
import { HOUR, after, draft, eventually, key, optionId, record, type SuiteContext } from './helpers.js';

export function liveContract({ describe, test }: SuiteContext): void {
  describe('live updates', () => {
    test("another person's vote reaches a subscriber as a 'voted' event", async ({ world, alice, bob }) => {
      const poll = await alice.polls.create(draft(), key());
      const seen = record(alice, { kind: 'poll', id: poll.id });
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await eventually(world, () => seen.events.some((e) => e.type === 'voted'), "a 'voted' event");
      const event = seen.events.find((e) => e.type === 'voted')!;
      deepEqual(event.topic, { kind: 'poll', id: poll.id });
      equal(event.id, poll.id);
      ok(!Number.isNaN(Date.parse(event.at)), 'event.at is a date');
      seen.stop();
    });

    test('unsubscribing stops the events', async ({ world, alice, bob, cara }) => {
      const poll = await alice.polls.create(draft(), key());
      const stopped = record(alice, { kind: 'poll', id: poll.id });
      stopped.stop();
      const control = record(cara, { kind: 'poll', id: poll.id });
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await eventually(world, () => control.events.some((e) => e.type === 'voted'), 'the control subscriber’s event');
      deepEqual(stopped.events, [], 'no events after unsubscribe');
      control.stop();
    });

    test('a subscriber to one poll hears nothing of another', async ({ world, alice, bob }) => {
      const watched = await alice.polls.create(draft(), key());
      const other = await alice.polls.create(draft(), key());
      const seen = record(alice, { kind: 'poll', id: watched.id });
      await bob.polls.vote(other.id, [optionId(other, 'Pizza')], key());
      await bob.polls.vote(watched.id, [optionId(watched, 'Pizza')], key());
      await eventually(world, () => seen.events.length > 0, 'an event for the watched poll');
      ok(
        seen.events.every((e) => e.id === watched.id),
        'only events of the watched poll',
      );
      seen.stop();
    });

    test("closing, by hand or by deadline, sends 'closed'", async ({ world, alice }) => {
      const byHand = await alice.polls.create(draft(), key());
      const byDeadline = await alice.polls.create(draft({ closesAt: after(world, HOUR) }), key());
      const hand = record(alice, { kind: 'poll', id: byHand.id });
      const deadline = record(alice, { kind: 'poll', id: byDeadline.id });
      await alice.polls.close(byHand.id, key());
      await eventually(world, () => hand.events.some((e) => e.type === 'closed'), "'closed' after close()");
      world.clock.advance(HOUR);
      await eventually(
        world,
        () => deadline.events.some((e) => e.type === 'closed'),
        "'closed' when the deadline passes",
      );
      hand.stop();
      deadline.stop();
    });
  });
}
