/** `…/items` and `…/items(ID)`: read, query, create, MERGE/PUT and DELETE with IF-MATCH (§2, §4). */
import { readBody, itemValues } from './body.js';
import { noContent, ok, type Ctx } from './context.js';
import { errors } from './errors.js';
import { collection, json } from './format.js';
import { etagHeader, itemJson, itemPath, projection } from './item-json.js';
import { CHANGE_TYPE, isMulti, type Item, type List } from './model.js';
import { runQuery } from './query.js';
import { canReadItem, canWriteItem, levelOn } from './security.js';

const context = (list: List) => `SP.ListData.${list.entityTypeName}ListItems`;

export async function items(c: Ctx, list: List): Promise<Response> {
  const level = levelOn(c.site, list, c.user);
  if (c.method === 'GET') {
    const p = projection(list, c.url.searchParams);
    const visible = [...list.items.values()].filter((i) => canReadItem(list, level, c.user, i));
    const page = runQuery(c.site, list, visible, c.url.searchParams, new Set(p.expand.keys()));
    const entities = page.items.map((i) => itemJson(c.format, c.apiUrl, c.site, list, i, p));
    return json(
      c.format,
      200,
      collection(c.format, c.apiUrl, entities, context(list), page.next && nextLink(c.url, page.next)),
    );
  }
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  if (!canWriteItem(list, level, c.user, undefined)) throw errors.accessDenied();
  const values = itemValues(c.site, list, await readBody(c.request, list.itemType));
  const item = list.add(c.user.id, c.now, values);
  return ok(c, itemJson(c.format, c.apiUrl, c.site, list, item, { expand: new Map() }), context(list), 201, {
    ETag: etagHeader(item),
    Location: `${c.apiUrl}${itemPath(list, item)}`,
  });
}

export async function item(c: Ctx, list: List, id: number): Promise<Response> {
  const level = levelOn(c.site, list, c.user);
  const found = list.items.get(id);
  // Items hidden by ReadSecurity look missing (UNVERIFIED, "most likely 404" in §6).
  if (!found || !canReadItem(list, level, c.user, found)) throw errors.itemNotFound();
  if (c.method === 'GET') {
    const p = projection(list, c.url.searchParams);
    return ok(c, itemJson(c.format, c.apiUrl, c.site, list, found, p), context(list), 200, { ETag: etagHeader(found) });
  }
  if (!canWriteItem(list, level, c.user, found)) throw errors.accessDenied();
  checkIfMatch(c.request.headers.get('If-Match'), found);
  if (c.method === 'DELETE') {
    list.items.delete(id);
    list.record(CHANGE_TYPE.DeleteObject, found, c.now);
    return new Response(null, { status: 200 });
  }
  if (c.method !== 'MERGE' && c.method !== 'PUT') throw errors.methodNotAllowed();
  const values = itemValues(c.site, list, await readBody(c.request, list.itemType));
  // Checked again after reading the body, with no await before the write: two updates sent at
  // once with the same ETag must not both succeed (SharePoint compares and writes atomically).
  checkIfMatch(c.request.headers.get('If-Match'), found);
  if (c.method === 'PUT')
    for (const f of list.fields.values())
      if (!f.builtIn || f.internalName === 'Title') found.values[f.internalName] = isMulti(f) ? [] : null;
  Object.assign(found.values, values);
  found.version++;
  found.modified = c.now;
  found.editorId = c.user.id;
  list.record(CHANGE_TYPE.Update, found, c.now);
  return noContent({ ETag: etagHeader(found) });
}

/**
 * `*` or no header matches anything (§4.3). Otherwise the version is compared, accepting both
 * `"5"` and `"<guid>,5"` (the doc's suggested reading).
 */
function checkIfMatch(sent: string | null, item: Item): void {
  if (sent === null || sent.trim() === '*') return;
  const version = /(\d+)"?\s*$/.exec(sent)?.[1];
  if (Number(version) !== item.version) throw errors.etagMismatch(sent, etagHeader(item));
}

/** The absolute next link: skiptoken first, then the other options, re-encoded as SPO does [I11]. */
function nextLink(url: URL, token: string): string {
  const enc = (s: string) =>
    encodeURIComponent(s)
      .replace(/%[0-9A-F]{2}/g, (m) => (m === '%24' ? m : m.toLowerCase()))
      .replace(/%20/g, '+');
  const rest = [...url.searchParams].filter(([k]) => k !== '$skiptoken').map(([k, v]) => `${enc(k)}=${enc(v)}`);
  return `${url.origin}${url.pathname}?${[`${enc('$skiptoken')}=${enc(token)}`, ...rest].join('&')}`;
}
