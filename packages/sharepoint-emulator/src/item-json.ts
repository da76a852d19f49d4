/**
 * An item as `/_api` returns it (SHAREPOINT-REST.md §2): the default properties, `$select`
 * and `$expand` of people, and the writable properties a body may set.
 */
import { referenceId } from './columns.js';
import { errors } from './errors.js';
import { annotate, many, type Format } from './format.js';
import { isMulti, isReference, restName, type Field, type Item, type List, type Site } from './model.js';
import { isoDate } from './names.js';

const CONTENT_TYPE_ID = '0x0100A33D9AD9805788419BDAAC2CCB37509F';
const PERSON_PROPS: Record<string, (u: { id: number; title: string; email: string; loginName: string }) => unknown> = {
  Id: (u) => u.id,
  Title: (u) => u.title,
  EMail: (u) => u.email,
  Name: (u) => u.loginName,
  LoginName: (u) => u.loginName,
};

export const itemPath = (list: List, item: Item | number): string =>
  `Web/Lists(guid'${list.id}')/Items(${typeof item === 'number' ? item : item.id})`;
export const etagOf = (item: Item): string => `"${item.version}"`;
/** The ETag header: current SPO's `"<GUID>,<version>"` form, so stores compare versions only. */
export const etagHeader = (item: Item): string => `"${item.guid},${item.version}"`;

export interface Projection {
  /** REST property names to include; undefined = the defaults. */
  select?: string[];
  /** Person sub-properties per expanded field. */
  expand: Map<string, string[]>;
}

/** Checks `$select`/`$expand` against the list, with SharePoint's 400s for unknown or bare people. */
export function projection(list: List, params: URLSearchParams): Projection {
  const expand = new Map<string, string[]>();
  for (const name of split(params.get('$expand'))) {
    const f = list.fields.get(name);
    if (!f) throw errors.unknownSelect(name);
    if (!isReference(f)) throw errors.badQuery(`The field '${name}' cannot be expanded.`);
    expand.set(name, []);
  }
  const selectText = params.get('$select');
  if (selectText === null) {
    if (expand.size) throw errors.invalidPersonQuery([...expand.keys()][0] ?? '');
    return { expand };
  }
  const select: string[] = [];
  for (const name of split(selectText)) {
    if (name === '*') {
      select.push(...defaultNames(list));
      continue;
    }
    const [base = '', sub] = name.split('/');
    if (sub !== undefined) {
      const subs = expand.get(base);
      if (!subs) throw errors.invalidPersonQuery(base);
      if (!(sub in PERSON_PROPS) || !list.field(base).type.startsWith('User')) throw errors.unknownSelect(name);
      subs.push(sub);
      continue;
    }
    const f = list.fields.get(name);
    if (f && isReference(f)) throw errors.invalidPersonQuery(name);
    if (!defaultNames(list).includes(name)) throw errors.unknownSelect(name);
    select.push(name);
  }
  for (const [name, subs] of expand) {
    if (!subs.length) throw errors.invalidPersonQuery(name);
    select.push(name);
  }
  return { select, expand };
}

const split = (text: string | null) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function defaultNames(list: List): string[] {
  const custom = [...list.fields.values()].filter((f) => !f.builtIn).map(restName);
  return [
    'FileSystemObjectType',
    'Id',
    'ContentTypeId',
    'Title',
    ...custom,
    'ID',
    'Modified',
    'Created',
    'AuthorId',
    'EditorId',
    'OData__UIVersionString',
    'Attachments',
    'GUID',
  ];
}

export function itemJson(
  f: Format,
  apiUrl: string,
  site: Site,
  list: List,
  item: Item,
  p: Projection,
): Record<string, unknown> {
  const all: Record<string, unknown> = {
    FileSystemObjectType: 0,
    Id: item.id,
    ContentTypeId: CONTENT_TYPE_ID,
    Title: item.values.Title ?? null,
  };
  for (const field of list.fields.values()) if (!field.builtIn) all[restName(field)] = valueJson(f, field, item);
  Object.assign(all, {
    ID: item.id,
    Modified: isoDate(item.modified),
    Created: isoDate(item.created),
    AuthorId: item.authorId,
    EditorId: item.editorId,
    OData__UIVersionString: `${item.version}.0`,
    Attachments: false,
    GUID: item.guid,
  });
  const props: Record<string, unknown> = {};
  if (!p.select) {
    Object.assign(props, all);
    if (f === 'verbose')
      for (const field of list.fields.values())
        if (isReference(field))
          props[field.internalName] = { __deferred: { uri: `${apiUrl}${itemPath(list, item)}/${field.internalName}` } };
  } else
    for (const name of p.select) {
      const subs = p.expand.get(name);
      props[name] = subs ? expandJson(f, apiUrl, site, list.field(name), item, subs) : all[name];
    }
  return annotate(f, apiUrl, props, { type: list.itemType, path: itemPath(list, item), etag: etagOf(item) });
}

function valueJson(f: Format, field: Field, item: Item): unknown {
  const v = item.values[field.internalName] ?? null;
  if (isMulti(field)) return many(f, Array.isArray(v) ? v : [], 'Collection(Edm.Int32)');
  return v;
}

function expandJson(f: Format, apiUrl: string, site: Site, field: Field, item: Item, subs: string[]): unknown {
  const person = (id: number) => {
    const user = site.users.get(id);
    if (!user) return null;
    const props = Object.fromEntries(subs.map((s) => [s, PERSON_PROPS[s]?.(user)]));
    return annotate(f, apiUrl, props, { type: 'SP.Data.UserInfoItem', path: `Web/SiteUserInfoList/Items(${id})` });
  };
  if (isMulti(field)) {
    const ids = item.values[field.internalName];
    return many(f, (Array.isArray(ids) ? ids : []).map(person));
  }
  const id = referenceId(field, item);
  return id === null ? null : person(id);
}
