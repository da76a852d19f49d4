/**
 * Item queries that keep working past the list view threshold (SHAREPOINT-REST.md §3): every
 * filter clause and sort column must be indexed in the schema (or be `ID`), `$top` is at most
 * 5,000, and pages are followed through the next link SharePoint returns (`$skiptoken`).
 * A query that could fail at 5,000 items is refused when it is built, not in production.
 */
import type { SpClient } from './client.js';
import { quoted } from './http.js';
import { rows } from './odata.js';
import type { ListDef } from './schema.js';

export const MAX_TOP = 5000;

export type Op = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type Literal = string | number | boolean | Date;

export interface Clause {
  /** The REST name: `PollId`, or `VoterId` for a person column `Voter`. */
  field: string;
  op: Op;
  value: Literal;
}

export interface ItemsQuery {
  /** Clauses joined with `and`; the first one should narrow to at most 5,000 items. */
  where?: readonly Clause[];
  orderBy?: { field: string; desc?: boolean };
  select?: readonly string[];
  /** Person fields to expand, e.g. `Author` with `Author/Name` in `select`. */
  expand?: readonly string[];
  top?: number;
}

export interface Page<T> {
  items: T[];
  /** The absolute next-page link, to pass back to `readPage`. */
  next?: string;
}

/** The indexed REST names of a list: `ID`, its indexed fields (person fields as `<Name>Id`). */
function indexedNames(list: ListDef): Set<string> {
  const names = new Set(['ID', 'Id']);
  for (const f of list.fields)
    if (f.indexed) names.add(f.type === 'User' || f.type === 'UserMulti' ? `${f.name}Id` : f.name);
  for (const name of list.indexedBuiltIns ?? []) names.add(name === 'Author' || name === 'Editor' ? `${name}Id` : name);
  return names;
}

function literal(v: Literal): string {
  if (v instanceof Date) return `datetime'${v.toISOString()}'`;
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return String(v);
}

/** The `…/items?…` path for `query`; throws on a query that would fail past 5,000 items. */
export function itemsPath(list: ListDef, query: ItemsQuery = {}): string {
  const indexed = indexedNames(list);
  const top = query.top ?? MAX_TOP;
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new RangeError(`$top must be 1 to ${MAX_TOP}`);
  const used = [...(query.where ?? []).map((c) => c.field), ...(query.orderBy ? [query.orderBy.field] : [])];
  for (const name of used)
    if (!indexed.has(name))
      throw new Error(`${list.title}.${name} is not indexed: the query would fail past 5,000 items`);
  const params = [`$top=${top}`];
  if (query.where?.length)
    params.push(
      `$filter=${encodeURIComponent(query.where.map((c) => `${c.field} ${c.op} ${literal(c.value)}`).join(' and '))}`,
    );
  if (query.orderBy) params.push(`$orderby=${query.orderBy.field}${query.orderBy.desc ? '%20desc' : ''}`);
  if (query.select?.length) params.push(`$select=${query.select.join(',')}`);
  if (query.expand?.length) params.push(`$expand=${query.expand.join(',')}`);
  return `web/lists/getbytitle(${quoted(list.title)})/items?${params.join('&')}`;
}

/** One page: from a query, or from the `next` link of the previous page. */
export async function readPage<T = Record<string, unknown>>(
  sp: SpClient,
  list: ListDef,
  from: ItemsQuery | string,
): Promise<Page<T>> {
  const { body } = await sp.get(typeof from === 'string' ? from : itemsPath(list, from));
  const page = rows(body);
  return page.next ? { items: page.rows as T[], next: page.next } : { items: page.rows as T[] };
}

/** Every page, one request at a time (for set-up and tallies; lists in the UI use readPage). */
export async function* readAll<T = Record<string, unknown>>(
  sp: SpClient,
  list: ListDef,
  query: ItemsQuery = {},
): AsyncGenerator<T[]> {
  let from: ItemsQuery | string | undefined = query;
  while (from !== undefined) {
    const page: Page<T> = await readPage<T>(sp, list, from);
    yield page.items;
    from = page.next;
  }
}

/** Up to 20 values per request: `(A eq 'x' or A eq 'y' …)` stays well under URL limits. */
const ANY_OF_CHUNK = 20;

/**
 * Every item whose indexed `field` equals one of `values`: one paged query per chunk of
 * `field eq a or field eq b …` (an `or` of equalities on an indexed column narrows like a
 * single one). The chunks are read side by side, so they travel in one batch.
 */
export async function readAnyOf<T = Record<string, unknown>>(
  sp: SpClient,
  list: ListDef,
  field: string,
  values: Iterable<string | number>,
  query: Omit<ItemsQuery, 'where'> = {},
): Promise<T[]> {
  const unique = [...new Set(values)];
  // itemsPath checks that `field` is indexed; its filter is then swapped for the `or`.
  const base = itemsPath(list, { ...query, where: [{ field, op: 'eq', value: 0 }] });
  const chunks: (string | number)[][] = [];
  for (let i = 0; i < unique.length; i += ANY_OF_CHUNK) chunks.push(unique.slice(i, i + ANY_OF_CHUNK));
  const read = async (chunk: (string | number)[]): Promise<T[]> => {
    const filter = chunk.map((v) => `${field} eq ${literal(v)}`).join(' or ');
    const rows: T[] = [];
    let next: string | undefined = base.replace(/\$filter=[^&]*/, `$filter=${encodeURIComponent(filter)}`);
    while (next !== undefined) {
      const page: Page<T> = await readPage<T>(sp, list, next);
      rows.push(...page.items);
      next = page.next;
    }
    return rows;
  };
  return (await Promise.all(chunks.map(read))).flat();
}
