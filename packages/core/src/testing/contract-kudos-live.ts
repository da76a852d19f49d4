import type { ChangeEvent } from '../types.js';
import { deepEqual, equal, ok } from './assert.js';
import {
  KUDOS_VALUES as V,
  eventually,
  key,
  kudosDraft,
  kudosSuite,
  mention,
  notificationsIn,
  nowIso,
  record,
  valueDraft,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** Events as `type id actorId`, for readable comparisons. */
const brief = (events: ChangeEvent[]) => events.map((e) => [e.type, e.id, e.actorId]);

export function kudosLiveContract(context: SuiteContext): void {
  const { describe, test } = kudosSuite(context);

  describe('kudos: live events', () => {
    test('kudos subscribers see kudos given, reacted to and removed, with the actor', async ({
      world,
      stores,
      alice,
      bob,
    }) => {
      const seen = record(stores.zoe, { kind: 'kudos' });
      const stopped = record(stores.mo, { kind: 'kudos' });
      stopped.stop();
      const kudos = await alice.give(kudosDraft(), key());
      await bob.react(kudos.id, 'celebrate', true, key());
      await alice.remove(kudos.id, key());
      await eventually(world, () => seen.events.length >= 3, 'three events');
      deepEqual(brief(seen.events), [
        ['created', kudos.id, P.alice.id],
        ['reacted', kudos.id, P.bob.id],
        ['deleted', kudos.id, P.alice.id],
      ]);
      ok(
        seen.events.every((e) => e.topic.kind === 'kudos'),
        'each event names its topic',
      );
      equal(seen.events[0]!.at, nowIso(world));
      deepEqual(stopped.events, [], 'no events after unsubscribe');
      seen.stop();
    });

    test('changes to values and settings are `configured` events', async ({ world, stores, cara, ada }) => {
      const seen = record(stores.bob, { kind: 'kudos' });
      const created = await cara.createValue(valueDraft(), key());
      await cara.updateValue(V.courage.id, valueDraft({ name: { en: 'Bravery' } }), key());
      await ada.archiveValue(V.customer.id, true, key());
      await ada.configure({ peopleLeaderboard: true }, key());
      await eventually(world, () => seen.events.length >= 4, 'four events');
      deepEqual(
        brief(seen.events.slice(0, 3)),
        [
          ['configured', created.id, P.cara.id],
          ['configured', V.courage.id, P.cara.id],
          ['configured', V.customer.id, P.ada.id],
        ],
        'value changes name the value',
      );
      deepEqual([seen.events[3]!.type, seen.events[3]!.actorId], ['configured', P.ada.id], 'a settings change');
      equal(seen.events.length, 4);
      seen.stop();
    });
  });

  describe('kudos: notifications', () => {
    test('each recipient is told, on their own store only', async ({ world, stores, alice }) => {
      const bobs = record(stores.bob, { kind: 'notifications' });
      const zoes = record(stores.zoe, { kind: 'notifications' });
      const alices = record(stores.alice, { kind: 'notifications' });
      const mos = record(stores.mo, { kind: 'notifications' });
      const kudos = await alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id] }), key());
      await eventually(
        world,
        () => notificationsIn(bobs.events).length > 0 && notificationsIn(zoes.events).length > 0,
        'both recipients’ notifications',
      );
      for (const [person, seen] of [
        [P.bob, bobs],
        [P.zoe, zoes],
      ] as const) {
        const event = seen.events[0]!;
        deepEqual(event.topic, { kind: 'notifications' });
        equal(event.type, 'notified');
        const note = event.notification!;
        ok(note.id, 'a notification has an id');
        deepEqual(
          { ...note, id: undefined },
          { personId: person.id, kind: 'kudos', actorId: P.alice.id, entryId: kudos.id, at: nowIso(world) },
          'no post or channel',
        );
        equal(notificationsIn(seen.events).length, 1, `${person.displayName} is told once`);
      }
      // A later kudos to mo, heard by mo, proves the first was delivered to nobody else.
      await alice.give(kudosDraft({ toIds: [P.mo.id] }), key());
      await eventually(world, () => notificationsIn(mos.events).length > 0, 'mo’s notification');
      deepEqual(notificationsIn(alices.events), [], 'the giver is not told');
      deepEqual(
        notificationsIn(mos.events).map((n) => n.personId),
        [P.mo.id],
        'mo heard only of his own kudos',
      );
      for (const seen of [bobs, zoes, alices, mos]) seen.stop();
    });

    test('people mentioned in the message are told with a mention without a post', async ({ world, stores, alice }) => {
      const zoes = record(stores.zoe, { kind: 'notifications' });
      const alices = record(stores.alice, { kind: 'notifications' });
      const message = `Thanks for helping ${mention(P.zoe)} and me (${mention(P.alice)})`;
      const kudos = await alice.give(kudosDraft({ toIds: [P.bob.id], message }), key());
      await eventually(world, () => notificationsIn(zoes.events).length > 0, 'zoe’s mention');
      const note = notificationsIn(zoes.events)[0]!;
      deepEqual(
        { ...note, id: undefined },
        { personId: P.zoe.id, kind: 'mention', actorId: P.alice.id, entryId: kudos.id, at: nowIso(world) },
      );
      await alice.give(kudosDraft({ toIds: [P.zoe.id] }), key());
      await eventually(world, () => notificationsIn(zoes.events).length > 1, 'zoe’s kudos');
      deepEqual(
        notificationsIn(zoes.events).map((n) => n.kind),
        ['mention', 'kudos'],
        'one mention, then the later kudos',
      );
      deepEqual(notificationsIn(alices.events), [], 'mentioning oneself tells nobody');
      zoes.stop();
      alices.stop();
    });

    test('a recipient mentioned in the message is told once, of the kudos', async ({ world, stores, alice }) => {
      const bobs = record(stores.bob, { kind: 'notifications' });
      const kudos = await alice.give(kudosDraft({ toIds: [P.bob.id], message: `Well done ${mention(P.bob)}!` }), key());
      const later = await alice.give(kudosDraft({ toIds: [P.bob.id], message: 'Again' }), key());
      await eventually(world, () => notificationsIn(bobs.events).some((n) => n.entryId === later.id), 'the later one');
      deepEqual(
        notificationsIn(bobs.events).map((n) => [n.kind, n.entryId]),
        [
          ['kudos', kudos.id],
          ['kudos', later.id],
        ],
      );
      bobs.stop();
    });

    test('a retried give tells each recipient once', async ({ world, stores, alice }) => {
      const bobs = record(stores.bob, { kind: 'notifications' });
      const once = key();
      const first = await alice.give(kudosDraft(), once);
      await alice.give(kudosDraft(), once);
      const later = await alice.give(kudosDraft({ message: 'Later' }), key());
      await eventually(world, () => notificationsIn(bobs.events).some((n) => n.entryId === later.id), 'the later one');
      deepEqual(
        notificationsIn(bobs.events).map((n) => n.entryId),
        [first.id, later.id],
      );
      bobs.stop();
    });
  });
}
