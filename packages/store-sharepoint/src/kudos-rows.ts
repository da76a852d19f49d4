/**
 * Kudos and values as SharePoint rows: what to select, how a row reads back, and which rows
 * the store believes (a kudos whose `From` is not its `Author` was not given by that person).
 */
import type { KudosSettings, KudosValue, LocalizedText } from '@plein/core';
import { parseJson } from './context.js';
import { authorOf, dateOf, type Row } from './lists.js';

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
