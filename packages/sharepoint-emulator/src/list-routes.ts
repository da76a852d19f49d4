/** `web/lists`, one list (read, MERGE of its settings) and its fields (§9, §6, §11). */
import { readBody } from './body.js';
import { noContent, ok, type Ctx } from './context.js';
import { errors } from './errors.js';
import { annotate, collection, json, many } from './format.js';
import { FIELD_TYPE_KIND, type Field, type FieldType, type List } from './model.js';
import { isoDate } from './names.js';
import { currentChangeToken } from './changes.js';
import { canManageLists, canRead, levelOn } from './security.js';

const listPath = (list: List) => `Web/Lists(guid'${list.id}')`;

/**
 * A list's properties. `$expand=Fields` (with `Fields/<prop>` in `$select`, OData 3.0's syntax;
 * 4.0's `Fields($select=…)` is refused, strictest reading) embeds its fields: one request
 * reads every list's columns. `HasUniqueRoleAssignments` comes only when selected, as in SharePoint.
 */
function listJson(c: Ctx, list: List, fields?: readonly string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {
    Id: list.id,
    Title: list.title,
    BaseTemplate: 100,
    Hidden: false,
    Created: isoDate(list.created),
    EntityTypeName: `${list.entityTypeName}List`,
    ListItemEntityTypeFullName: list.itemType,
    ItemCount: list.items.size,
    LastItemModifiedDate: isoDate(list.lastItemModified),
    LastItemDeletedDate: isoDate(list.lastItemDeleted),
    LastItemUserModifiedDate: isoDate(list.lastItemUserModified),
    CurrentChangeToken: { StringValue: currentChangeToken(list, c.now) },
    ReadSecurity: list.readSecurity,
    WriteSecurity: list.writeSecurity,
  };
  const extra = { HasUniqueRoleAssignments: list.roles !== undefined };
  const select = c.url.searchParams.get('$select');
  const own = select
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => !s.startsWith('Fields/'))
    .join(',');
  const picked = select !== null && !own ? {} : pick(props, select === null ? null : (own ?? null), extra);
  if (fields)
    picked.Fields = many(
      c.format,
      [...list.fields.values()].map((f) => fieldJson(c, list, f, fields.length ? fields.join(',') : null)),
    );
  return annotate(c.format, c.apiUrl, picked, { type: 'SP.List', path: listPath(list) });
}

/**
 * `$select` on a non-item entity: the named properties, 400 for unknown ones. `extra` are
 * properties SharePoint returns only when they are named.
 */
export function pick(
  props: Record<string, unknown>,
  select: string | null,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  if (!select) return props;
  const all = { ...props, ...extra };
  const names = select.split(',').map((s) => s.trim());
  for (const n of names) if (!(n in all)) throw errors.unknownSelect(n);
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

/** The field properties `$select=Fields/<prop>` names, or undefined without `$expand=Fields`. */
function expandedFields(c: Ctx): string[] | undefined {
  const expand = (c.url.searchParams.get('$expand') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const e of expand) if (e !== 'Fields') throw errors.unknownSelect(e);
  const subs = (c.url.searchParams.get('$select') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('Fields/'))
    .map((s) => s.slice('Fields/'.length));
  if (!expand.length) {
    if (subs.length) throw errors.badQuery(`The query to field 'Fields' is not valid: $expand must contain Fields.`);
    return undefined;
  }
  return subs;
}

export async function lists(c: Ctx): Promise<Response> {
  const level = levelOn(c.site, undefined, c.user);
  if (c.method === 'GET') {
    const visible = [...c.site.lists.values()].filter((l) => canRead(levelOn(c.site, l, c.user)));
    const fields = expandedFields(c);
    return json(
      c.format,
      200,
      collection(
        c.format,
        c.apiUrl,
        visible.map((l) => listJson(c, l, fields)),
        'SP.ApiData.Lists',
      ),
    );
  }
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  if (!canManageLists(level)) throw errors.accessDenied();
  const { props } = await readBody(c.request, 'SP.List');
  const { Title, BaseTemplate, ...rest } = props;
  for (const key of Object.keys(rest))
    if (!['Description', 'AllowContentTypes', 'ContentTypesEnabled'].includes(key))
      throw errors.unknownProperty(key, 'SP.List');
  if (typeof Title !== 'string' || !Title.trim()) throw errors.badQuery('A list needs a Title.');
  if (BaseTemplate !== undefined && BaseTemplate !== 100)
    throw errors.badQuery('The emulator creates custom lists only (BaseTemplate 100).');
  // The REST status of a duplicate title is UNVERIFIED; 500 is the doc's "probably".
  if (c.site.list(Title)) throw errors.listExists();
  const list = c.site.addList({ title: Title });
  return ok(c, listJson(c, list), 'SP.ApiData.Lists', 201);
}

export async function list(c: Ctx, list: List): Promise<Response> {
  const level = levelOn(c.site, list, c.user);
  if (c.method === 'GET') return ok(c, listJson(c, list), 'SP.ApiData.Lists');
  if (c.method !== 'MERGE') throw errors.methodNotAllowed();
  if (!canManageLists(level)) throw errors.accessDenied();
  // MERGE of ReadSecurity/WriteSecurity is "likely, not confirmed" in §6; the emulator allows it.
  const { props } = await readBody(c.request, 'SP.List');
  for (const [key, v] of Object.entries(props)) {
    if (key === 'ReadSecurity' && (v === 1 || v === 2)) list.readSecurity = v;
    else if (key === 'WriteSecurity' && (v === 1 || v === 2 || v === 4)) list.writeSecurity = v;
    else if (key === 'ReadSecurity' || key === 'WriteSecurity') throw errors.badQuery(`${key} cannot be ${String(v)}.`);
    else throw errors.unknownProperty(key, 'SP.List');
  }
  list.lastItemModified = c.now;
  return noContent();
}

const KIND_TO_TYPE: Record<number, FieldType> = {
  1: 'Integer',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  7: 'Lookup',
  8: 'Boolean',
  9: 'Number',
  20: 'User',
};

function fieldJson(c: Ctx, list: List, f: Field, select = c.url.searchParams.get('$select')): Record<string, unknown> {
  const props = {
    Id: f.id,
    InternalName: f.internalName,
    StaticName: f.internalName,
    EntityPropertyName: f.internalName,
    Title: f.title,
    FieldTypeKind: FIELD_TYPE_KIND[f.type],
    TypeAsString: f.type,
    Indexed: f.indexed,
    EnforceUniqueValues: false,
    Required: f.required,
    ReadOnlyField: f.builtIn && f.internalName !== 'Title',
  };
  return annotate(c.format, c.apiUrl, pick(props, select), {
    type: `SP.Field${f.type.replace(/Multi$/, '')}`,
    path: `${listPath(list)}/Fields(guid'${f.id}')`,
  });
}

/** `…/fields` (GET, POST with `SP.Field*` types) and `…/fields/addfield` (`parameters`). */
export async function fields(c: Ctx, list: List, addField: boolean): Promise<Response> {
  const level = levelOn(c.site, list, c.user);
  if (c.method === 'GET' && !addField)
    return json(
      c.format,
      200,
      collection(
        c.format,
        c.apiUrl,
        [...list.fields.values()].map((f) => fieldJson(c, list, f)),
        'SP.ApiData.Fields',
      ),
    );
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  if (!canManageLists(level)) throw errors.accessDenied();
  let props: Record<string, unknown>;
  if (addField) {
    const body = await readBody(c.request, 'SP.FieldCreationInformation');
    const params = { ...(body.props.parameters as Record<string, unknown>) };
    if (body.verbose) {
      const meta = params.__metadata as { type?: string } | undefined;
      delete params.__metadata;
      if (meta?.type !== 'SP.FieldCreationInformation') throw errors.unresolvedType(String(meta?.type));
    }
    props = params;
  } else {
    props = (await readBody(c.request, /^SP\.Field\w*$/)).props;
  }
  const { Title, FieldTypeKind, Indexed, Required, AllowMultipleValues, ...rest } = props;
  for (const key of Object.keys(rest))
    if (!['MaxLength', 'SelectionMode', 'Description', 'Choices'].includes(key))
      throw errors.unknownProperty(key, 'SP.Field');
  const type = KIND_TO_TYPE[Number(FieldTypeKind)];
  if (typeof Title !== 'string' || !type) throw errors.badQuery('A field needs a Title and a supported FieldTypeKind.');
  const name = Title.replace(/ /g, '_x0020_');
  if (list.fields.has(name)) throw errors.badQuery(`A duplicate field name "${name}" was found.`);
  const multi = AllowMultipleValues === true && (type === 'User' || type === 'Lookup');
  const fieldType = multi ? (`${type}Multi` as FieldType) : type;
  if (Indexed === true) checkIndexable(list, fieldType);
  const field = list.addField({ name: Title, type: fieldType, indexed: Indexed === true, required: Required === true });
  list.lastItemModified = c.now;
  return ok(c, fieldJson(c, list, field, null), 'SP.ApiData.Fields', 201);
}

/** At most 20 indexes per list; multi-line text and multi-valued columns cannot be indexed (§3). */
function checkIndexable(list: List, type: FieldType): void {
  if (type === 'Note' || type.endsWith('Multi'))
    throw errors.cannotIndex(`A column of type ${type} cannot be indexed.`);
  const count = [...list.fields.values()].filter((f) => f.indexed && f.internalName !== 'ID').length;
  if (count >= 20) throw errors.cannotIndex('A list can have at most 20 indexed columns.');
}

/**
 * `…/fields/getbyinternalnameortitle('X')`: GET, and MERGE of `Indexed`, `Title` (a rename keeps
 * the internal name) and `Required`, built-in fields included (`Author`, `Created`). Verbose
 * bodies name `SP.Field` or the field's own subtype. Changing a field needs ManageLists.
 */
export async function field(c: Ctx, list: List, key: string): Promise<Response> {
  const f = list.fields.get(key) ?? [...list.fields.values()].find((x) => x.title === key);
  if (!f) throw errors.fieldNotFound(key);
  if (c.method === 'GET') return ok(c, fieldJson(c, list, f), 'SP.ApiData.Fields');
  if (c.method !== 'MERGE') throw errors.methodNotAllowed();
  if (!canManageLists(levelOn(c.site, list, c.user))) throw errors.accessDenied();
  const { props } = await readBody(c.request, /^SP\.Field\w*$/);
  for (const [k, v] of Object.entries(props)) {
    const bad = () => errors.badQuery(`The value of '${k}' is not valid.`);
    if (k === 'Indexed') {
      if (typeof v !== 'boolean') throw bad();
      if (v && !f.indexed) checkIndexable(list, f.type);
    } else if (k === 'Title') {
      if (typeof v !== 'string' || !v.trim()) throw bad();
    } else if (k === 'Required') {
      if (typeof v !== 'boolean') throw bad();
    } else throw errors.unknownProperty(k, 'SP.Field');
  }
  if (typeof props.Indexed === 'boolean' && f.internalName !== 'ID') f.indexed = props.Indexed;
  if (typeof props.Title === 'string') f.title = props.Title;
  if (typeof props.Required === 'boolean') f.required = props.Required;
  list.lastItemModified = c.now;
  return noContent();
}
