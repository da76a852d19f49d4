/**
 * Runs an items query: `$filter`, `$orderby`, `$top` and `$skiptoken` over the items a user may
 * read, with the list view threshold (SHAREPOINT-REST.md §2, §3).
 */
import { column, type Column, type Comparable } from './columns.js';
import { errors } from './errors.js';
import { columnsOf, firstClause, parseFilter, type Expr } from './filter.js';
import type { Item, List, Site } from './model.js';

export const THRESHOLD = 5000;
export const DEFAULT_PAGE = 100;

export interface Page {
  items: Item[];
  /** The `$skiptoken` value for the next page, when there is one. */
  next?: string;
}

interface Order {
  col: Column;
  name: string;
  desc: boolean;
}

export function runQuery(
  site: Site,
  list: List,
  visible: Item[],
  params: URLSearchParams,
  expanded: ReadonlySet<string>,
): Page {
  const filterText = params.get('$filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  const orders = parseOrder(site, list, params.get('$orderby'), expanded);
  const top = parseTop(params.get('$top'));
  const test = filter && compile(site, list, filter, expanded);

  if (list.items.size > THRESHOLD) checkThreshold(site, list, filter, orders, expanded);

  let rows = test ? visible.filter(test) : [...visible];
  const compare = comparer(orders);
  rows.sort(compare);
  const token = params.get('$skiptoken');
  const position = token ? parseToken(token) : undefined;
  // Without p_ID (a raw `&` split the token) SharePoint starts again at the first item [I11].
  if (position?.has('p_ID')) rows = after(rows, position, orders, list);
  const page = rows.slice(0, top);
  const last = page[page.length - 1];
  return rows.length > top && last ? { items: page, next: tokenFor(last, orders) } : { items: page };
}

function parseTop(text: string | null): number {
  if (text === null) return DEFAULT_PAGE;
  const n = Number(text);
  // Above 5000 is UNVERIFIED; the strictest reading refuses it.
  if (!Number.isInteger(n) || n < 1 || n > THRESHOLD)
    throw errors.badQuery(`The $top value '${text}' is not valid: use 1 to ${THRESHOLD}.`);
  return n;
}

function parseOrder(site: Site, list: List, text: string | null, expanded: ReadonlySet<string>): Order[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const [name = '', dir = 'asc', ...rest] = part.trim().split(/\s+/);
    if (rest.length || !/^(asc|desc)$/i.test(dir))
      throw errors.badQuery(`The $orderby expression '${part}' is not valid.`);
    return { col: column(site, list, name, expanded), name, desc: dir.toLowerCase() === 'desc' };
  });
}

function compile(site: Site, list: List, e: Expr, expanded: ReadonlySet<string>): (i: Item) => boolean {
  if (e.k === 'and' || e.k === 'or') {
    const a = compile(site, list, e.a, expanded);
    const b = compile(site, list, e.b, expanded);
    return e.k === 'and' ? (i) => a(i) && b(i) : (i) => a(i) || b(i);
  }
  const col = column(site, list, e.column, expanded);
  if (e.k !== 'cmp') {
    const needle = e.value.toLowerCase();
    if (!/^(Text|Note|Choice)$/.test(col.field.type) && !e.column.includes('/'))
      throw errors.badQuery(`${e.k} needs a text column, not '${e.column}'.`);
    return (i) => {
      const v = col.get(i);
      return typeof v === 'string' && (e.k === 'startswith' ? v.startsWith(needle) : v.includes(needle));
    };
  }
  const want = col.coerce(e.value);
  const op = e.op;
  if (want === null) {
    if (op !== 'eq' && op !== 'ne') throw errors.badQuery(`null can only be compared with eq or ne.`);
    return (i) => (col.get(i) === null) === (op === 'eq');
  }
  return (i) => {
    const v = col.get(i);
    if (v === null) return op === 'ne';
    const c = cmp(v, want);
    return { eq: c === 0, ne: c !== 0, lt: c < 0, le: c <= 0, gt: c > 0, ge: c >= 0 }[op];
  };
}

function cmp(a: Comparable, b: Comparable): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Over 5,000 items SharePoint refuses a query that must scan more than 5,000 rows: any filter or
 * sort on a non-indexed column (sorting is the strictest reading of an UNVERIFIED report), or a
 * first filter clause that still matches more than 5,000 items.
 */
function checkThreshold(
  site: Site,
  list: List,
  filter: Expr | undefined,
  orders: Order[],
  expanded: ReadonlySet<string>,
): void {
  const touched = [
    ...(filter ? columnsOf(filter) : []).map((n) => column(site, list, n, expanded)),
    ...orders.map((o) => o.col),
  ];
  if (touched.some((c) => !c.field.indexed)) throw errors.threshold();
  if (filter) {
    const first = compile(site, list, firstClause(filter), expanded);
    let n = 0;
    for (const item of list.items.values()) if (first(item) && ++n > THRESHOLD) throw errors.threshold();
  }
}

function comparer(orders: Order[]): (a: Item, b: Item) => number {
  return (a, b) => {
    for (const o of orders) {
      const c = cmp(o.col.get(a), o.col.get(b));
      if (c) return o.desc ? -c : c;
    }
    return a.id - b.id;
  };
}

/** `Paged=TRUE&p_ID=20` (and `p_<Field>=<value>` when ordered by another column). */
function parseToken(token: string): URLSearchParams {
  const p = new URLSearchParams(token);
  if (p.get('Paged')?.toUpperCase() !== 'TRUE' || !/^\d*$/.test(p.get('p_ID') ?? ''))
    throw errors.badQuery(`The $skiptoken '${token}' is not valid.`);
  if (p.get('PagedPrev')) throw errors.badQuery('Backward paging (PagedPrev) is not emulated yet.');
  return p;
}

/** The rows strictly after the token's position in the sort order (key-based, like SharePoint's p_ID). */
function after(rows: Item[], token: URLSearchParams, orders: Order[], list: List): Item[] {
  const id = Number(token.get('p_ID'));
  const anchor = list.items.get(id);
  const values = orders.map((o) => {
    const raw = token.get(`p_${o.name}`);
    return raw !== null ? o.col.parse(raw) : anchor ? o.col.get(anchor) : undefined;
  });
  // Ordered by another column without its value in the token, and the anchor is gone: fall back to ID.
  if (values.some((v) => v === undefined)) return rows.filter((r) => r.id > id);
  const position = (r: Item) => {
    for (const [k, o] of orders.entries()) {
      const c = cmp(o.col.get(r), values[k] as Comparable);
      if (c) return o.desc ? -c : c;
    }
    return r.id - id;
  };
  return rows.filter((r) => position(r) > 0);
}

function tokenFor(last: Item, orders: Order[]): string {
  const p = new URLSearchParams({ Paged: 'TRUE' });
  for (const o of orders) p.set(`p_${o.name}`, o.col.token(o.col.get(last)));
  p.set('p_ID', String(last.id));
  return p.toString();
}
