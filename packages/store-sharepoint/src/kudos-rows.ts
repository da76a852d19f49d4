/**
 * Kudos and values as SharePoint rows: what to select, how a row reads back, and which rows
 * the store believes (a kudos whose `From` is not its `Author` was not given by that person).
 */
import type { KudosSettings, KudosValue, LocalizedText } from '@plein/core';
import { parseJson } from './context.js';
import type { SpClient } from './client.js';
import { authorOf, dateOf, type Row } from './lists.js';
import { itemsPath, readPage, type ItemsQuery, type Page } from './paging.js';
import type { ListDef } from './schema.js';

export interface KudosRecord {
  itemId: number;
  id: string;
  fromId: string;
  toIds: string[];
  valueId: string;
  message: string;
  createdAt: string;
}

export const KUDOS_SELECT = ['ID', 'PleinId', 'From', 'ValueId', 'Recipients', 'Message', 'Created', 'Author/Name'];

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The kudos of a row, or undefined when the row is not a kudos its author gave. */
export function kudosOf(row: Row): KudosRecord | undefined {
  const fromId = authorOf(row);
  if (!fromId || row.From !== fromId || typeof row.PleinId !== 'string' || !row.PleinId) return undefined;
  return {
    itemId: Number(row.ID),
    id: row.PleinId,
    fromId,
    toIds: strings(parseJson<unknown>(row.Recipients, [])),
    valueId: String(row.ValueId ?? ''),
    message: String(row.Message ?? ''),
    createdAt: dateOf(row.Created) ?? '',
  };
}

/** The PleinId of the settings item in the values list (and the id of `configured` events). */
export const SETTINGS_ID = 'settings';

export const VALUE_SELECT = ['ID', 'PleinId', 'Name', 'Description', 'Emoji', 'Color', 'Archived', 'Settings'];

function localized(v: unknown): LocalizedText {
  const text = parseJson<Record<string, unknown>>(v, {});
  const out: LocalizedText = {};
  if (typeof text.en === 'string') out.en = text.en;
  if (typeof text.nl === 'string') out.nl = text.nl;
  return out;
}

export interface ValueRecord extends KudosValue {
  itemId: number;
}

export const valueOf = (row: Row): ValueRecord => ({
  itemId: Number(row.ID),
  id: String(row.PleinId),
  name: localized(row.Name),
  description: localized(row.Description),
  emoji: String(row.Emoji ?? ''),
  color: String(row.Color ?? ''),
  archived: row.Archived === true,
});

export const settingsOf = (row: Row | undefined): KudosSettings => ({
  peopleLeaderboard: parseJson<{ peopleLeaderboard?: unknown }>(row?.Settings, {}).peopleLeaderboard === true,
});

/** The fields a value draft writes. */
export const valueFields = (value: Omit<KudosValue, 'id' | 'archived'>): Row => ({
  Title: (value.name.en ?? value.name.nl ?? '').slice(0, 255),
  Name: JSON.stringify(value.name),
  Description: JSON.stringify(value.description),
  Emoji: value.emoji,
  Color: value.color,
});

const CHUNK = 25;

/**
 * Items whose indexed `field` equals one of `values`, in chunks of `field eq a or field eq b`
 * (paging.ts joins clauses with `and` only; its check that `field` is indexed still applies).
 * TODO(lead): an `anyOf` clause in paging.ts would replace this.
 */
export async function readAnyOf(
  sp: SpClient,
  list: ListDef,
  field: string,
  values: readonly (string | number)[],
  query: Omit<ItemsQuery, 'where'> = {},
): Promise<Row[]> {
  const out: Row[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const base = itemsPath(list, { ...query, where: [{ field, op: 'eq', value: chunk[0]! }] });
    const any = chunk
      .map((v) => `${field} eq ${typeof v === 'number' ? v : `'${v.replace(/'/g, "''")}'`}`)
      .join(' or ');
    const path = base.replace(/\$filter=[^&]*/, `$filter=${encodeURIComponent(any)}`);
    for (let next: string | undefined = path; next !== undefined;) {
      const page: Page<Row> = await readPage<Row>(sp, list, next);
      out.push(...page.items);
      next = page.next;
    }
  }
  return out;
}
