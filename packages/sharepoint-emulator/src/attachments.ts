/**
 * List item attachments: `POST …/items(n)/AttachmentFiles/add(FileName='x.png')` with the file's
 * bytes as the body adds one (201 would be plausible; SharePoint answers 200 with the
 * `SP.Attachment`: `FileName`, `ServerRelativeUrl`, UNVERIFIED detail); `GET …/AttachmentFiles`
 * lists them, and `GET …/AttachmentFiles('x.png')/$value` returns the bytes. Writing needs write
 * rights on the item (WriteSecurity applies); a name already taken is a 500. The files are served
 * at `<site path>/Lists/<list>/Attachments/<id>/<name>` on SharePoint; here only through `/_api`.
 */
import { collection, json } from './format.js';
import { ok, type Ctx } from './context.js';
import { errors, SpError } from './errors.js';
import { CHANGE_TYPE, type Item, type List } from './model.js';
import type { Segment } from './path.js';
import { canReadItem, canWriteItem, levelOn } from './security.js';

const stored = new WeakMap<Item, Map<string, ArrayBuffer>>();

const entity = (c: Ctx, list: List, item: Item, name: string) => ({
  FileName: name,
  ServerRelativeUrl: `${new URL(c.site.url).pathname}/Lists/${list.title.replace(/\s+/g, '')}/Attachments/${item.id}/${name}`,
});

/** Answers requests under `items(n)/AttachmentFiles`; any other path there is a 404. */
export async function attachmentRoute(c: Ctx, list: List, s: Segment[]): Promise<Response> {
  const [items, files, action, value] = s;
  if (items?.name !== 'items' || typeof items.arg !== 'number' || files?.name !== 'attachmentfiles')
    throw errors.notFound(c.url.pathname);
  const level = levelOn(c.site, list, c.user);
  const item = list.items.get(items.arg);
  if (!item || !canReadItem(list, level, c.user, item)) throw errors.itemNotFound();
  const own = stored.get(item) ?? new Map<string, ArrayBuffer>();
  if (s.length === 2 && files.arg === undefined && c.method === 'GET')
    return json(
      c.format,
      200,
      collection(
        c.format,
        c.apiUrl,
        [...own.keys()].map((name) => entity(c, list, item, name)),
        'SP.Attachment',
      ),
    );
  if (s.length === 3 && files.arg === undefined && action?.name === 'add' && c.method === 'POST') {
    if (!canWriteItem(list, level, c.user, item)) throw errors.accessDenied();
    const name = (action.params?.filename ?? '').replace(/^'|'$/g, '');
    if (!name || /[\\/:*?"<>|#%]/.test(name)) throw errors.badQuery(`The file name '${name}' is not valid.`);
    if (own.has(name))
      throw new SpError(
        500,
        '-2130575257, Microsoft.SharePoint.SPException',
        `A file with the name ${name} already exists.`,
      );
    own.set(name, await c.request.arrayBuffer());
    stored.set(item, own);
    item.version++;
    item.modified = c.now;
    list.record(CHANGE_TYPE.Update, item, c.now);
    return ok(c, entity(c, list, item, name), 'SP.Attachment');
  }
  const name = typeof files.arg === 'string' ? files.arg : undefined;
  if (name !== undefined && s.length === 3 && action?.name === '$value' && c.method === 'GET' && !value) {
    const bytes = own.get(name);
    if (!bytes) throw errors.notFound(c.url.pathname);
    return new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
  }
  throw errors.notFound(c.url.pathname);
}
