/**
 * Item reads and writes on Plein's lists, in the store's terms: a missing list means the site
 * needs (re-)setting up, which is `unavailable` with a reason an editor can act on, never a
 * `not-found` that would read as "no such poll".
 */
import { isPleinError, PleinError } from '@plein/core';
import type { SpClient } from './client.js';
import { quoted } from './http.js';
import { entity } from './odata.js';
import type { ListDef } from './schema.js';

export type Row = Record<string, unknown>;

export const listPath = (list: ListDef): string => `web/lists/getbytitle(${quoted(list.title)})`;
export const itemPath = (list: ListDef, itemId: number): string => `${listPath(list)}/items(${itemId})`;

/** Runs list calls; a list that is gone (404) becomes `unavailable`, reason `site-needs-set-up`. */
export async function listCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isPleinError(e) && e.code === 'not-found' && e.details?.reason === 'missing')
      throw new PleinError('unavailable', { reason: 'site-needs-set-up' }, undefined, 'A Plein list is missing.');
    throw e;
  }
}

/** Adds an item; resolves with its fields as SharePoint stored them. */
export async function addItem(sp: SpClient, list: ListDef, fields: Row): Promise<Row> {
  return entity((await sp.post(`${listPath(list)}/items`, fields)).body);
}

/** The Plein id of an item's author, from `Author/Name` (select it and expand `Author`). */
export const authorOf = (row: Row): string => personIn(row, 'Author');

/** The Plein id in an expanded person column (`Author`, `Editor`: select `<column>/Name`); '' when none. */
export function personIn(row: Row, column: 'Author' | 'Editor'): string {
  const person = row[column];
  const name = person && typeof person === 'object' ? (person as { Name?: unknown }).Name : undefined;
  return typeof name === 'string' ? personId(name) : '';
}

const CLAIMS = 'i:0#.f|membership|';

/** A person's Plein id: the account name without the claims prefix (stable across sites). */
export const personId = (login: string): string =>
  login.toLowerCase().startsWith(CLAIMS) ? login.slice(CLAIMS.length) : login;

/**
 * The list's current change token: a cheap "did anything change?". It moves with every item
 * add, update and delete, unlike the last-modified dates, which two changes in one second share.
 */
export async function listStamp(sp: SpClient, list: ListDef): Promise<string> {
  const found = entity((await sp.get(`${listPath(list)}?$select=CurrentChangeToken`)).body);
  return changeToken(String((found.CurrentChangeToken as { StringValue?: unknown } | undefined)?.StringValue ?? ''));
}

/**
 * A list's change token (`1;3;<listGuid>;<ticks>;<changeNo>`) reduced to what identifies a
 * change: the list and the change number. The ticks may be the time of the read.
 */
export function changeToken(token: string | undefined): string {
  const parts = (token ?? '').split(';');
  return parts.length === 5 ? `${parts[2]};${parts[4]}` : (token ?? '');
}

/** An ISO date field, or undefined when empty. */
export const dateOf = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? new Date(v).toISOString() : undefined;
