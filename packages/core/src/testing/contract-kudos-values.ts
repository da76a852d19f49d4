import { LIMITS } from '../limits.js';
import type { KudosValue, KudosValueDraft } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { KUDOS_VALUES as V, idsOf, key, kudosDraft, kudosSuite, valueDraft, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

const SEEDED = [V.teamwork.id, V.courage.id, V.customer.id, V.legacy.id];

/** A value as stored, for comparisons: what was seeded or drafted, with its id and archived flag. */
const stored = (value: Omit<KudosValue, 'archived'> & { archived?: boolean }): KudosValue => ({
  archived: false,
  ...value,
});

export function kudosValuesContract(context: SuiteContext): void {
  const { describe, test } = kudosSuite(context);

  describe('kudos: values', () => {
    test('values() lists every value, archived ones flagged, in the order they were created', async ({
      alice,
      cara,
    }) => {
      const values = await alice.values();
      deepEqual(idsOf(values), SEEDED);
      deepEqual(values[0], stored(V.teamwork), 'every field reads back');
      deepEqual(
        values.map((v) => v.archived),
        [false, false, false, true],
      );
      const created = await cara.createValue(valueDraft(), key());
      deepEqual(idsOf(await alice.values()), [...SEEDED, created.id], 'a new value comes last');
    });

    test('a manager creates a value: text trimmed, empty languages dropped, colour lower-cased', async ({
      alice,
      cara,
    }) => {
      const draft: KudosValueDraft = {
        name: { en: '  Ownership ', nl: '   ' },
        description: { en: ' We finish what we start ', nl: '' },
        emoji: ' 🎯 ',
        color: '#8764B8',
      };
      const value = await cara.createValue(draft, key());
      ok(value.id && !SEEDED.includes(value.id), 'a new id');
      deepEqual(value, {
        id: value.id,
        name: { en: 'Ownership' },
        description: { en: 'We finish what we start' },
        emoji: '🎯',
        color: '#8764b8',
        archived: false,
      });
      deepEqual((await alice.values()).at(-1), value, 'everyone sees it');
    });

    test('emoji of one grapheme are accepted, however many code points they take', async ({ cara }) => {
      const emoji = ['🤝', '👩🏽‍🚀', '🇳🇱', '❤️', '★'];
      for (const [i, one] of emoji.entries()) {
        const value = await cara.createValue(valueDraft({ name: { en: `Value ${i}` }, emoji: one }), key());
        equal(value.emoji, one);
      }
    });

    test('only managers define values: members and moderators are forbidden', async ({ stores, alice, mo, ada }) => {
      equal((await stores.cara.me()).can.manageKudos, true, 'communications manage kudos');
      equal((await stores.ada.me()).can.manageKudos, true, 'admins manage kudos');
      equal((await stores.alice.me()).can.manageKudos, false, 'members do not');
      equal((await stores.mo.me()).can.manageKudos, false, 'moderators do not');
      const before = await alice.values();
      for (const [name, api] of [
        ['alice', alice],
        ['mo', mo],
      ] as const) {
        await rejectsWith(api.createValue(valueDraft(), key()), 'forbidden');
        await rejectsWith(api.updateValue(V.teamwork.id, valueDraft(), key()), 'forbidden');
        await rejectsWith(api.archiveValue(V.teamwork.id, true, key()), 'forbidden');
        await rejectsWith(api.archiveValue(V.legacy.id, false, key()), 'forbidden');
        deepEqual(await alice.values(), before, `${name} changed nothing`);
      }
      const created = await ada.createValue(valueDraft(), key());
      deepEqual(idsOf(await alice.values()), [...SEEDED, created.id], 'an admin may');
    });

    test('updateValue replaces the value, keeps its id, and shows on kudos already given', async ({
      alice,
      bob,
      cara,
    }) => {
      const given = await alice.give(kudosDraft(), key());
      const draft = valueDraft({ name: { en: 'Team spirit', nl: 'Teamgeest' }, description: {}, color: '#ABCDEF' });
      const updated = await cara.updateValue(V.teamwork.id, draft, key());
      deepEqual(updated, { ...draft, color: '#abcdef', id: V.teamwork.id, archived: false });
      deepEqual((await bob.values())[0], updated, 'values() shows the change, in the same place');
      equal((await bob.get(given.id)).valueId, V.teamwork.id, 'the kudos still names the value');
      const archived = await cara.updateValue(V.legacy.id, valueDraft({ name: { en: 'Heritage' } }), key());
      equal(archived.archived, true, 'editing an archived value leaves it archived');
      await rejectsWith(cara.updateValue('v-unknown', valueDraft(), key()), 'not-found');
      await rejectsWith(cara.archiveValue('v-unknown', true, key()), 'not-found');
    });

    test('archiving is how a value is deleted: kudos for it stay, new ones are refused', async ({
      alice,
      bob,
      cara,
    }) => {
      const given = await alice.give(kudosDraft({ valueId: V.courage.id }), key());
      const archived = await cara.archiveValue(V.courage.id, true, key());
      deepEqual(archived, stored({ ...V.courage, archived: true }));
      deepEqual(
        (await bob.values()).map((v) => [v.id, v.archived]),
        [
          [V.teamwork.id, false],
          [V.courage.id, true],
          [V.customer.id, false],
          [V.legacy.id, true],
        ],
        'an archived value is still listed, flagged',
      );
      const error = await rejectsWith(
        bob.give(kudosDraft({ toIds: [P.alice.id], valueId: V.courage.id }), key()),
        'invalid',
        'archived',
      );
      equal(error.details.field, 'valueId');
      deepEqual(idsOf((await bob.list({})).items), [given.id], 'the old kudos is still on the wall');
      equal((await bob.get(given.id)).valueId, V.courage.id);
      deepEqual(idsOf((await bob.list({ valueId: V.courage.id })).items), [given.id], 'and filters by its value');
      equal((await cara.archiveValue(V.courage.id, true, key())).archived, true, 'archiving twice is a no-op');
    });

    test('unarchiving brings a value back for giving', async ({ alice, cara }) => {
      await rejectsWith(alice.give(kudosDraft({ valueId: V.legacy.id }), key()), 'invalid', 'archived');
      deepEqual(await cara.archiveValue(V.legacy.id, false, key()), stored({ ...V.legacy, archived: false }));
      const given = await alice.give(kudosDraft({ valueId: V.legacy.id }), key());
      equal(given.valueId, V.legacy.id);
    });

    test('names are unique among the active values, in any language, ignoring case', async ({ alice, cara }) => {
      const refuse = async (draft: KudosValueDraft, id?: string) => {
        const call = id === undefined ? cara.createValue(draft, key()) : cara.updateValue(id, draft, key());
        const error = await rejectsWith(call, 'conflict', 'duplicate-name');
        equal(error.details.field, 'name');
      };
      await refuse(valueDraft({ name: { en: 'Teamwork' } }));
      await refuse(valueDraft({ name: { en: 'New', nl: 'samenwerking' } }));
      await refuse(valueDraft({ name: { en: ' COURAGE ' } }));
      await refuse(valueDraft({ name: { en: 'Teamwork' } }), V.courage.id);
      deepEqual(idsOf(await alice.values()), SEEDED, 'nothing was created');
      equal((await alice.values())[1]?.name.en, 'Courage', 'nothing was changed');
      const same = await cara.updateValue(V.teamwork.id, { ...V.teamwork, emoji: '🙌' }, key());
      equal(same.emoji, '🙌', 'a value keeps its own name');
      const reused = await cara.createValue(valueDraft({ name: { en: 'Legacy' } }), key());
      equal(reused.name.en, 'Legacy', 'the name of an archived value is free');
      await rejectsWith(cara.archiveValue(V.legacy.id, false, key()), 'conflict', 'duplicate-name');
      equal((await alice.values()).find((v) => v.id === V.legacy.id)?.archived, true, 'it stays archived');
    });

    test(`at most ${LIMITS.kudosValues} active values; archived ones do not count`, async ({ alice, cara }) => {
      for (let i = 0; i < LIMITS.kudosValues - 3; i++) {
        await cara.createValue(valueDraft({ name: { en: `Value ${i + 1}` } }), key());
      }
      const full = await alice.values();
      equal(full.filter((v) => !v.archived).length, LIMITS.kudosValues);
      const error = await rejectsWith(cara.createValue(valueDraft(), key()), 'conflict', 'too-many-values');
      equal(error.details.limit, LIMITS.kudosValues);
      await rejectsWith(cara.archiveValue(V.legacy.id, false, key()), 'conflict', 'too-many-values');
      deepEqual(await alice.values(), full, 'nothing changed');
      await cara.archiveValue(V.courage.id, true, key());
      const room = await cara.createValue(valueDraft(), key());
      equal(room.archived, false, 'archiving one made room');
    });

    test('bad value drafts are refused, naming field, limit and reason, and save nothing', async ({ alice, cara }) => {
      const refuse = async (
        patch: Partial<KudosValueDraft>,
        code: 'invalid' | 'too-large',
        field: string,
        reason: string,
      ) => {
        const error = await rejectsWith(cara.createValue(valueDraft(patch), key()), code, reason);
        equal(error.details.field, field, `field of ${JSON.stringify(patch)}`);
        return error;
      };
      await refuse({ name: {} }, 'invalid', 'name', 'required');
      await refuse({ name: { en: '   ', nl: '' } }, 'invalid', 'name', 'required');
      let error = await refuse(
        { name: { nl: 'n'.repeat(LIMITS.kudosValueName + 1) } },
        'too-large',
        'name',
        'too-long',
      );
      equal(error.details.limit, LIMITS.kudosValueName);
      error = await refuse(
        { description: { en: 'd'.repeat(LIMITS.kudosValueDescription + 1) } },
        'too-large',
        'description',
        'too-long',
      );
      equal(error.details.limit, LIMITS.kudosValueDescription);
      await refuse({ emoji: '' }, 'invalid', 'emoji', 'required');
      for (const emoji of ['ok', 'A', '7', '🤝🤝', '🤝 🙌', '<b>'])
        await refuse({ emoji }, 'invalid', 'emoji', 'not-an-emoji');
      for (const color of ['red', '#fff', '#12345g', '0f6cbd', '#0f6cbd0', 'rgb(0,0,0)']) {
        await refuse({ color }, 'invalid', 'color', 'bad-color');
      }
      await rejectsWith(cara.createValue(null as unknown as KudosValueDraft, key()), 'invalid');
      await rejectsWith(cara.createValue(valueDraft(), { idempotencyKey: '' }), 'invalid');
      deepEqual(idsOf(await alice.values()), SEEDED, 'nothing was created');
      const longest = await cara.createValue(valueDraft({ name: { en: 'n'.repeat(LIMITS.kudosValueName) } }), key());
      equal(longest.name.en?.length, LIMITS.kudosValueName, `${LIMITS.kudosValueName} characters fit`);
      const refused = await rejectsWith(
        cara.updateValue(V.teamwork.id, valueDraft({ color: 'blue' }), key()),
        'invalid',
        'bad-color',
      );
      equal(refused.details.field, 'color');
      deepEqual((await alice.values())[0], stored(V.teamwork), 'a refused update changes nothing');
    });

    test('the same key twice creates one value; a key used on one value is a conflict on another', async ({
      alice,
      cara,
    }) => {
      const once = key();
      const first = await cara.createValue(valueDraft(), once);
      const again = await cara.createValue(valueDraft(), once);
      equal(again.id, first.id);
      deepEqual(idsOf(await alice.values()), [...SEEDED, first.id]);
      const archiving = key();
      await cara.archiveValue(V.courage.id, true, archiving);
      await rejectsWith(cara.archiveValue(V.customer.id, true, archiving), 'conflict');
      equal((await alice.values())[2]?.archived, false, 'a key used on one value does nothing to another');
    });

    test('returned values are copies', async ({ alice }) => {
      const [teamwork] = await alice.values();
      ok(teamwork);
      teamwork.name.en = 'Changed';
      teamwork.archived = true;
      deepEqual((await alice.values())[0], stored(V.teamwork));
    });
  });
}
