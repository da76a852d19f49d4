/**
 * Request bodies: JSON light (no `__metadata`) or verbose (`__metadata.type` must name the
 * entity type), and the value shapes each field type accepts (SHAREPOINT-REST.md §4.1, §9).
 */
import { errors } from './errors.js';
import { isMulti, isReference, restName, type Field, type List, type Site, type Value } from './model.js';
import { isoDate } from './names.js';

export interface Body {
  verbose: boolean;
  props: Record<string, unknown>;
}

/**
 * Parses a write body and checks its type annotation: verbose needs `__metadata.type` equal to
 * `type` (strictest reading: missing is refused too); JSON light must not carry `__metadata`
 * (it is an unknown property there) and may carry a matching `odata.type`/`@odata.type`.
 */
export async function readBody(request: Request, type: string | RegExp): Promise<Body> {
  const fits = (t: string) => (typeof type === 'string' ? t === type : type.test(t));
  const verbose = /odata=verbose/i.test(request.headers.get('Content-Type') ?? '');
  const text = await request.text();
  let parsed: unknown;
  try {
    parsed = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw errors.badQuery('The request body is not valid JSON.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw errors.badQuery('The request body must be a JSON object.');
  const props = { ...(parsed as Record<string, unknown>) };
  if (verbose) {
    const meta = props.__metadata as { type?: unknown } | undefined;
    delete props.__metadata;
    if (typeof meta?.type !== 'string')
      throw errors.badQuery(`A verbose request body must name its type in __metadata (expected '${String(type)}').`);
    if (!fits(meta.type)) throw errors.unresolvedType(meta.type);
  } else {
    for (const key of ['odata.type', '@odata.type']) {
      const t = props[key];
      if (t === undefined) continue;
      delete props[key];
      if (!fits(String(t).replace(/^#/, ''))) throw errors.unresolvedType(String(t));
    }
  }
  return { verbose, props };
}

const READ_ONLY = new Set([
  'Id',
  'ID',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'GUID',
  'FileSystemObjectType',
  'ContentTypeId',
  'OData__UIVersionString',
  'Attachments',
]);

/** Turns an item body into stored values, refusing unknown and read-only properties. */
export function itemValues(site: Site, list: List, body: Body): Record<string, Value> {
  const byRest = new Map(
    [...list.fields.values()].filter((f) => !f.builtIn || f.internalName === 'Title').map((f) => [restName(f), f]),
  );
  const out: Record<string, Value> = {};
  for (const [key, raw] of Object.entries(body.props)) {
    // The read-only error's wording is UNVERIFIED ([L1] says only that it is an error).
    if (READ_ONLY.has(key)) throw errors.badQuery(`The property '${key}' is read-only and cannot be set.`);
    const field = byRest.get(key);
    if (!field) throw errors.unknownProperty(key, list.itemType);
    out[field.internalName] = fieldValue(site, field, raw, body.verbose);
  }
  return out;
}

function fieldValue(site: Site, field: Field, raw: unknown, verbose: boolean): Value {
  const bad = () =>
    errors.badQuery(`The value of '${restName(field)}' is not valid for a field of type ${field.type}.`);
  if (isMulti(field)) {
    const list = verbose ? (raw as { results?: unknown } | null)?.results : raw;
    if (raw === null) return [];
    if (!Array.isArray(list) || !list.every((v) => Number.isInteger(v))) throw bad();
    if (field.type === 'UserMulti' && !list.every((id) => site.users.has(id as number))) throw bad();
    return list as number[];
  }
  if (raw === null) return null;
  if (isReference(field)) {
    if (!Number.isInteger(raw) || (field.type === 'User' && !site.users.has(raw as number))) throw bad();
    return raw as number;
  }
  switch (field.type) {
    case 'Number':
      if (typeof raw !== 'number') throw bad();
      return raw;
    case 'Integer':
      if (!Number.isInteger(raw)) throw bad();
      return raw as number;
    case 'Boolean':
      if (typeof raw !== 'boolean') throw bad();
      return raw;
    case 'DateTime':
      if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw bad();
      return isoDate(Date.parse(raw));
    default:
      if (typeof raw !== 'string') throw bad();
      return raw;
  }
}
