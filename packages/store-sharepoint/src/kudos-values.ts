/**
 * The company's values and the wall's settings: one list the communications team writes and
 * everyone else only reads (schema-kudos.ts), so the rule "only managers define values" holds
 * against REST too. The checks below are the store's; SharePoint's permissions are the guard.
 */
import {
  PleinError,
  checkActiveValue,
  newId,
  parseKudosSettings,
  parseKudosValueDraft,
  parseWriteOptions,
  type KudosApi,
  type KudosSettings,
  type KudosValue,
} from '@plein/core';
import { isTeam, notFound, type SpContext } from './context.js';
import { updateWithEtag } from './etag.js';
import { SETTINGS_ID, VALUE_SELECT, settingsOf, valueFields, valueOf, type ValueRecord } from './kudos-rows.js';
import { addItem, itemPath, listCall, personId, type Row } from './lists.js';
import { readAll, readPage } from './paging.js';
import type { SpUser } from './people.js';
import { KUDOS_LISTS } from './schema-kudos.js';

const LIST = KUDOS_LISTS.values;

export interface ValuesState {
  values: ValueRecord[];
  settings: KudosSettings;
  settingsItem?: number;
}

/** Every value (creation order) and the settings, in one read of a small list. */
export async function readValues(context: SpContext): Promise<ValuesState> {
  const state: ValuesState = { values: [], settings: settingsOf(undefined) };
  for await (const page of readAll(context.sp, LIST, { select: VALUE_SELECT, orderBy: { field: 'ID' } }))
    for (const row of page) {
      if (row.PleinId !== SETTINGS_ID) state.values.push(valueOf(row));
      else if (state.settingsItem === undefined) {
        state.settings = settingsOf(row);
        state.settingsItem = Number(row.ID);
      }
    }
  return state;
}

const view = ({ itemId: _itemId, ...value }: ValueRecord): KudosValue => ({
  ...value,
  name: { ...value.name },
  description: { ...value.description },
});

function requireManager(me: SpUser): void {
  if (!isTeam(me)) throw new PleinError('forbidden', { reason: 'not-manager' });
}

/** Rows of mine that carry `key` in `field` (`WriteKey` by Author, `EditKey` by Editor). */
async function keyed(context: SpContext, field: 'WriteKey' | 'EditKey', key: string, me: SpUser): Promise<Row[]> {
  const who = field === 'WriteKey' ? 'Author' : 'Editor';
  const page = await readPage(context.sp, LIST, {
    where: [{ field, op: 'eq', value: key }],
    select: ['ID', 'PleinId', `${who}/Name`],
    expand: [who],
    top: 10,
  });
  return page.items.filter((row) => {
    const by = row[who] as { Name?: unknown } | undefined;
    return typeof by?.Name === 'string' && personId(by.Name) === me.personId;
  });
}

export function kudosValues(
  context: SpContext,
): Pick<KudosApi, 'values' | 'createValue' | 'updateValue' | 'archiveValue' | 'settings' | 'configure'> {
  const { sp, user } = context;

  async function valueAt(id: unknown): Promise<{ state: ValuesState; value: ValueRecord }> {
    const state = await readValues(context);
    const value = typeof id === 'string' ? state.values.find((v) => v.id === id) : undefined;
    if (!value) throw notFound();
    return { state, value };
  }

  /** A retried update answers with the value as it is; the same key on another value is refused. */
  async function replayed(key: string, me: SpUser, value: ValueRecord): Promise<boolean> {
    const rows = await keyed(context, 'EditKey', key, me);
    if (rows.some((row) => row.PleinId !== value.id))
      throw new PleinError('conflict', { field: 'idempotencyKey', reason: 'key-reused' });
    return rows.length > 0;
  }

  const write = (value: ValueRecord, fields: Row) => updateWithEtag(sp, itemPath(LIST, value.itemId), () => fields);

  return {
    values: () => listCall(async () => (await readValues(context)).values.map(view)),

    createValue: (draft, options) =>
      listCall(async () => {
        const key = parseWriteOptions(options).idempotencyKey;
        const me = await user();
        const [earlier] = await keyed(context, 'WriteKey', key, me);
        if (earlier) return view((await valueAt(earlier.PleinId)).value);
        requireManager(me);
        const parsed = parseKudosValueDraft(draft);
        checkActiveValue((await readValues(context)).values, parsed);
        const id = newId('value');
        await addItem(sp, LIST, { ...valueFields(parsed), PleinId: id, WriteKey: key, Archived: false });
        return view((await valueAt(id)).value);
      }),

    updateValue: (id, draft, options) =>
      listCall(async () => {
        const key = parseWriteOptions(options).idempotencyKey;
        const me = await user();
        const { state, value } = await valueAt(id);
        if (await replayed(key, me, value)) return view(value);
        requireManager(me);
        const parsed = parseKudosValueDraft(draft);
        if (!value.archived) checkActiveValue(state.values, parsed, value.id);
        await write(value, { ...valueFields(parsed), EditKey: key });
        return view({ ...value, ...parsed });
      }),

    archiveValue: (id, archived, options) =>
      listCall(async () => {
        const key = parseWriteOptions(options).idempotencyKey;
        const me = await user();
        const { state, value } = await valueAt(id);
        if (await replayed(key, me, value)) return view(value);
        requireManager(me);
        if (typeof archived !== 'boolean') throw new PleinError('invalid', { field: 'archived', reason: 'wrong-type' });
        if (value.archived === archived) return view(value);
        if (!archived) checkActiveValue(state.values, value, value.id);
        await write(value, { Archived: archived, EditKey: key });
        return view({ ...value, archived });
      }),

    settings: () => listCall(async () => ({ ...(await readValues(context)).settings })),

    configure: (settings, options) =>
      listCall(async () => {
        const key = parseWriteOptions(options).idempotencyKey;
        requireManager(await user());
        const parsed = parseKudosSettings(settings);
        const fields = { Settings: JSON.stringify(parsed), EditKey: key };
        const { settingsItem } = await readValues(context);
        if (settingsItem === undefined)
          await addItem(sp, LIST, { Title: SETTINGS_ID, PleinId: SETTINGS_ID, WriteKey: key, ...fields });
        else await updateWithEtag(sp, itemPath(LIST, settingsItem), () => fields);
        return { peopleLeaderboard: parsed.peopleLeaderboard };
      }),
  };
}
