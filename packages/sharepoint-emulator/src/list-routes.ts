/** `web/lists`, one list (read, MERGE of its settings) and its fields (§9, §6, §11). */
import { readBody } from './body.js';
import { noContent, ok, type Ctx } from './context.js';
import { errors } from './errors.js';
import { annotate, collection, json } from './format.js';
import { FIELD_TYPE_KIND, type Field, type FieldType, type List } from './model.js';
import { isoDate } from './names.js';
import { currentChangeToken } from './changes.js';
import { canRead, levelOn } from './security.js';

const listPath = (list: List) => `Web/Lists(guid'${list.id}')`;

function listJson(c: Ctx, list: List): Record<string, unknown> {
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
  return annotate(c.format, c.apiUrl, pick(props, c.url.searchParams.get('$select')), {
    type: 'SP.List',
    path: listPath(list),
  });
}

/** `$select` on a non-item entity: the named properties, 400 for unknown ones. */
export function pick(props: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select) return props;
  const names = select.split(',').map((s) => s.trim());
  for (const n of names) if (!(n in props)) throw errors.unknownSelect(n);
  return Object.fromEntries(names.map((n) => [n, props[n]]));
}

export async function lists(c: Ctx): Promise<Response> {
  const level = levelOn(c.site, undefined, c.user);
  if (c.method === 'GET') {
    const visible = [...c.site.lists.values()].filter((l) => canRead(levelOn(c.site, l, c.user)));
    return json(
      c.format,
      200,
      collection(
        c.format,
        c.apiUrl,
        visible.map((l) => listJson(c, l)),
        'SP.ApiData.Lists',
      ),
    );
  }
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  if (level !== 'full') throw errors.accessDenied();
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
  if (level !== 'full') throw errors.accessDenied();
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

function fieldJson(c: Ctx, list: List, f: Field): Record<string, unknown> {
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
  return annotate(c.format, c.apiUrl, props, {
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
  if (level !== 'full') throw errors.accessDenied();
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
  const field = list.addField({
    name: Title,
    type: multi ? (`${type}Multi` as FieldType) : type,
    indexed: Indexed === true,
    required: Required === true,
  });
  list.lastItemModified = c.now;
  return ok(c, fieldJson(c, list, field), 'SP.ApiData.Fields', 201);
}
