/**
 * Change detection (SHAREPOINT-REST.md §11): list change tokens and `POST …/getchanges` with an
 * `SP.ChangeQuery`, over the item changes the list logs (add, update, delete).
 * Token: `1;3;<listGuid>;<UTC .NET ticks>;<changeNo>`; `-1` as the number means "from this time".
 */
import type { Ctx } from './context.js';
import { errors } from './errors.js';
import { collection, json, type Format } from './format.js';
import { CHANGE_TYPE, type Change, type List } from './model.js';
import { isoDate } from './names.js';
import { levelOn } from './security.js';

const EPOCH_TICKS = 621355968000000000n;

export const ticksOf = (ms: number): bigint => BigInt(ms) * 10000n + EPOCH_TICKS;

export const changeToken = (list: List, ms: number, no: number): string => `1;3;${list.id};${ticksOf(ms)};${no}`;

/** The list's token now: after every logged change. */
export const currentChangeToken = (list: List, now: number): string =>
  changeToken(list, now, list.changes.at(-1)?.no ?? 0);

interface Position {
  ticks: bigint;
  no: number;
}

/** Wording UNVERIFIED: a token that is malformed or not this list's is the emulator's 400. */
function parseToken(list: List, value: unknown): Position {
  const m = typeof value === 'string' ? /^1;3;([0-9a-f-]{36});(\d+);(-1|\d+)$/i.exec(value) : null;
  if (!m || m[1]!.toLowerCase() !== list.id)
    throw errors.badQuery(`The change token '${String(value)}' is not a valid token for the list '${list.title}'.`);
  return { ticks: BigInt(m[2]!), no: Number(m[3]) };
}

const after = (c: Change, p: Position) => ticksOf(c.at) > p.ticks || (ticksOf(c.at) === p.ticks && c.no > p.no);

const FLAGS: Record<number, string> = {
  [CHANGE_TYPE.Add]: 'Add',
  [CHANGE_TYPE.Update]: 'Update',
  [CHANGE_TYPE.DeleteObject]: 'DeleteObject',
};

function typed(f: Format, type: string, props: Record<string, unknown>): Record<string, unknown> {
  if (f === 'verbose') return { __metadata: { type }, ...props };
  if (f === 'minimal') return { 'odata.type': type, ...props };
  if (f === 'v4minimal') return { '@odata.type': `#${type}`, ...props };
  return props;
}

/**
 * `getchanges`: item changes when the query sets `Item` and the change's flag (`Add`, `Update`,
 * `DeleteObject`), strictly after `ChangeTokenStart` (all when absent) and up to
 * `ChangeTokenEnd`, oldest first. On a ReadSecurity 2 list, a reader without full control sees
 * only the changes of their own items. Other ChangeQuery flags are accepted and match nothing.
 */
export async function getChanges(c: Ctx, list: List): Promise<Response> {
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  const q = await changeQuery(c.request);
  const start = q.ChangeTokenStart === undefined ? undefined : parseToken(list, tokenValue(q.ChangeTokenStart));
  const end = q.ChangeTokenEnd === undefined ? undefined : parseToken(list, tokenValue(q.ChangeTokenEnd));
  const ownOnly = list.readSecurity === 2 && levelOn(c.site, list, c.user) !== 'full';
  const found = list.changes.filter(
    (ch) =>
      q.Item === true &&
      q[FLAGS[ch.type] ?? ''] === true &&
      (!start || after(ch, start)) &&
      (!end || !after(ch, end)) &&
      (!ownOnly || ch.authorId === c.user.id),
  );
  const entities = found.map((ch) =>
    typed(c.format, 'SP.ChangeItem', {
      ChangeToken: typed(c.format, 'SP.ChangeToken', { StringValue: changeToken(list, ch.at, ch.no) }),
      ChangeType: ch.type,
      SiteId: c.site.id,
      Time: isoDate(ch.at),
      ItemId: ch.itemId,
      ListId: list.id,
      WebId: c.site.id,
    }),
  );
  return json(c.format, 200, collection(c.format, c.apiUrl, entities, 'Collection(SP.Change)'));
}

/** `{query:{…}}`; verbose must type it `SP.ChangeQuery`, JSON light must not carry `__metadata`. */
async function changeQuery(request: Request): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await request.text());
  } catch {
    throw errors.badQuery('The request body is not valid JSON.');
  }
  const query = (parsed as { query?: unknown } | null)?.query;
  if (!query || typeof query !== 'object') throw errors.badQuery('getchanges needs a query (SP.ChangeQuery).');
  const q = { ...(query as Record<string, unknown>) };
  const meta = q.__metadata as { type?: unknown } | undefined;
  delete q.__metadata;
  const verbose = /odata=verbose/i.test(request.headers.get('Content-Type') ?? '');
  if (verbose ? meta?.type !== 'SP.ChangeQuery' : meta !== undefined) throw errors.unresolvedType(String(meta?.type));
  return q;
}

function tokenValue(token: unknown): unknown {
  return token && typeof token === 'object' ? (token as { StringValue?: unknown }).StringValue : token;
}
