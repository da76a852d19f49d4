import { LIMITS } from '../limits.js';
import type { KudosDraft } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import {
  KUDOS_VALUES as V,
  eventually,
  idsOf,
  key,
  kudosDraft,
  kudosSuite,
  mention,
  notificationsIn,
  record,
  type KudosCast,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** People beyond the cast, for drafts with many recipients. */
const CROWD = Array.from({ length: 12 }, (_, i) => ({ id: `p-extra-${i + 1}`, displayName: `Extra ${i + 1}` }));

/**
 * Checks that refused gives left nothing behind: the wall is empty, and the recipients and
 * kudos subscribers hear of one later kudos only (its arrival proves nothing came before it).
 */
async function nothingSaved(
  { world, stores, alice, bob }: KudosCast,
  refuse: () => Promise<void>,
  recipients: readonly string[] = [P.bob.id, P.zoe.id],
): Promise<void> {
  const told = recipients.map((id) => record(world.as(id), { kind: 'notifications' }));
  const wall = record(stores.mo, { kind: 'kudos' });
  await refuse();
  deepEqual((await bob.list({})).items, [], 'nothing is on the wall');
  const later = await alice.give(kudosDraft({ toIds: [...recipients], message: 'The one that counts' }), key());
  await eventually(
    world,
    () => told.every((seen) => notificationsIn(seen.events).length > 0) && wall.events.length > 0,
    'the later kudos',
  );
  for (const [i, seen] of told.entries()) {
    deepEqual(
      notificationsIn(seen.events).map((n) => n.entryId),
      [later.id],
      `${recipients[i]} was told of the later kudos only`,
    );
    seen.stop();
  }
  deepEqual(
    wall.events.map((e) => [e.type, e.id]),
    [['created', later.id]],
    'the wall heard of the later kudos only',
  );
  wall.stop();
  deepEqual(idsOf((await bob.list({})).items), [later.id]);
}

export function kudosInputContract(context: SuiteContext): void {
  const { describe, test } = kudosSuite(context);

  describe('kudos: bad input', () => {
    test('kudos to yourself, to nobody or to an unknown person are refused and save nothing', async (cast) => {
      const { alice } = cast;
      await nothingSaved(cast, async () => {
        const refuse = async (toIds: string[], reason: string) => {
          const error = await rejectsWith(alice.give(kudosDraft({ toIds }), key()), 'invalid', reason);
          equal(error.details.field, 'toIds', `field for ${reason}`);
        };
        await refuse([P.alice.id], 'self');
        await refuse([P.bob.id, P.alice.id, P.zoe.id], 'self');
        await refuse([], 'required');
        await refuse(['p-nobody'], 'unknown-person');
        await refuse([P.bob.id, 'p-nobody', P.zoe.id], 'unknown-person');
      });
    });

    test('an empty, blank or 5,000-character message is refused and saves nothing', async (cast) => {
      const { alice } = cast;
      await nothingSaved(cast, async () => {
        for (const message of ['', '   ', ' \n\t \n ']) {
          const error = await rejectsWith(
            alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id], message }), key()),
            'invalid',
            'required',
          );
          equal(error.details.field, 'message');
        }
        const error = await rejectsWith(
          alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id], message: 'm'.repeat(5_000) }), key()),
          'too-large',
          'too-long',
        );
        deepEqual([error.details.field, error.details.limit], ['message', LIMITS.kudosMessage]);
      });
      const longest = await alice.give(kudosDraft({ message: `  ${'y'.repeat(LIMITS.kudosMessage)} \n` }), key());
      equal(longest.message.length, LIMITS.kudosMessage, 'the limit counts trimmed text');
    });

    test('an archived ("deleted") or unknown value is refused and saves nothing', async (cast) => {
      const { alice } = cast;
      await nothingSaved(cast, async () => {
        const refuse = async (valueId: string, reason: string) => {
          const draft = kudosDraft({ toIds: [P.bob.id, P.zoe.id], valueId });
          const error = await rejectsWith(alice.give(draft, key()), 'invalid', reason);
          equal(error.details.field, 'valueId', `field for ${reason}`);
        };
        await refuse(V.legacy.id, 'archived');
        await refuse('v-unknown', 'unknown-value');
        await refuse('', 'required');
      });
    });

    test(`more than ${LIMITS.kudosRecipients} recipients are refused; duplicates count once`, async (cast) => {
      const { world, alice } = cast;
      await world.seed({ people: CROWD });
      const ids = CROWD.map((person) => person.id);
      await nothingSaved(
        cast,
        async () => {
          const error = await rejectsWith(
            alice.give(kudosDraft({ toIds: ids.slice(0, LIMITS.kudosRecipients + 1) }), key()),
            'invalid',
            'too-many',
          );
          deepEqual([error.details.field, error.details.limit], ['toIds', LIMITS.kudosRecipients]);
        },
        ids.slice(0, 2),
      );
      const ten = ids.slice(0, LIMITS.kudosRecipients);
      const kudos = await alice.give(kudosDraft({ toIds: [...ten, ...ten.slice(0, 5), ten[0]!] }), key());
      deepEqual(kudos.toIds, ten, `${LIMITS.kudosRecipients} people, each once`);
    });

    test('malformed drafts and keys are refused and save nothing', async (cast) => {
      const { alice } = cast;
      await nothingSaved(cast, async () => {
        const bad = [
          null,
          'kudos',
          { ...kudosDraft(), toIds: P.bob.id },
          { ...kudosDraft(), toIds: [42] },
          { ...kudosDraft(), message: 42 },
          { toIds: [P.bob.id], message: 'No value' },
        ];
        for (const draft of bad) await rejectsWith(alice.give(draft as unknown as KudosDraft, key()), 'invalid');
        await rejectsWith(alice.give(kudosDraft(), { idempotencyKey: '' }), 'invalid');
        await rejectsWith(alice.give(kudosDraft(), undefined as unknown as { idempotencyKey: string }), 'invalid');
      });
    });

    test('a mention of an unknown person is refused and saves nothing', async (cast) => {
      const { alice } = cast;
      await nothingSaved(cast, async () => {
        const message = `Thanks ${mention(P.zoe)} and @[Nobody](p-nobody)`;
        const error = await rejectsWith(
          alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id], message }), key()),
          'invalid',
          'unknown-mention',
        );
        equal(error.details.field, 'message');
      });
    });

    test('script and HTML are kept verbatim as text', async ({ alice, bob }) => {
      const messages = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'a &amp; b &lt;b&gt; "quoted" \'single\'',
      ];
      for (const message of messages) await alice.give(kudosDraft({ message }), key());
      deepEqual(
        (await bob.list({})).items.map((k) => k.message),
        messages.slice().reverse(),
      );
      deepEqual((await bob.list({})).items[2]?.hashtags, [], 'no markup is read as tags');
    });
  });

  describe('kudos: failures', () => {
    test('a failed give saves nothing and tells nobody; a retry with the same key gives one kudos', async (cast) => {
      const { world, alice } = cast;
      const once = key();
      await nothingSaved(cast, async () => {
        world.faults.failNext('unavailable');
        await rejectsWith(alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id] }), once), 'unavailable');
      });
      // nothingSaved gave one kudos with a fresh key; now the failed one is retried.
      const retried = (await alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id] }), once)).id;
      equal((await alice.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id] }), once)).id, retried, 'retried again');
      equal((await alice.list({})).items.length, 2);
      equal((await alice.list({})).items[0]?.id, retried);
    });

    test('a failed reaction changes nothing, and its retry counts once', async ({ world, alice, bob }) => {
      const kudos = await alice.give(kudosDraft(), key());
      const once = key();
      world.faults.failNext('rate-limited', { retryAfter: 5 });
      const error = await rejectsWith(bob.react(kudos.id, 'like', true, once), 'rate-limited');
      equal(error.retryAfter, 5);
      deepEqual((await bob.get(kudos.id)).reactions, { counts: {}, mine: [] });
      await bob.react(kudos.id, 'like', true, once);
      deepEqual(await bob.react(kudos.id, 'like', true, once), { counts: { like: 1 }, mine: ['like'] });
    });

    test('a failed value change or setting changes nothing', async ({ world, alice, cara }) => {
      const before = await alice.values();
      world.faults.failNext('unavailable', { count: 3 });
      await rejectsWith(cara.createValue({ ...V.teamwork, name: { en: 'Fails' } }, key()), 'unavailable');
      await rejectsWith(cara.archiveValue(V.teamwork.id, true, key()), 'unavailable');
      await rejectsWith(cara.configure({ peopleLeaderboard: true }, key()), 'unavailable');
      deepEqual(await alice.values(), before);
      deepEqual(await alice.settings(), { peopleLeaderboard: false });
    });
  });
}
