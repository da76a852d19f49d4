/**
 * How `$filter` and `$orderby` see a list's columns: which field a name means, whether it is
 * indexed, and an item's comparable value (ids for lookups and people, ms for dates, lower-case
 * text because SharePoint compares text case-insensitively).
 */
import { errors } from './errors.js';
import type { Literal } from './filter.js';
import { isMulti, isReference, type Field, type Item, type List, type Site } from './model.js';

export type Comparable = string | number | boolean | null;

export interface Column {
  field: Field;
  get(item: Item): Comparable;
  /** The literal as this column compares it, or a 400 when the types do not fit. */
  coerce(lit: Literal): Comparable;
  /** A value as a `$skiptoken` carries it (`p_<Field>=<value>`); the inverse of `token`. */
  parse(raw: string): Comparable;
  token(v: Comparable): string;
}

const PERSON_PROPS = new Set(['Id', 'Title', 'EMail', 'Name', 'LoginName']);

export function column(site: Site, list: List, name: string, expanded: ReadonlySet<string>): Column {
  if (name === 'Id' || name === 'ID') return make(list.field('ID'), (i) => i.id, 'number');
  const [base = '', sub] = name.split('/');
  const direct = list.fields.get(base);
  const ref = direct ?? (base.endsWith('Id') ? list.fields.get(base.slice(0, -2)) : undefined);
  if (!ref || (direct && isReference(direct) && sub === undefined) || (!direct && !isReference(ref)))
    throw errors.unknownColumn(name);
  if (isMulti(ref))
    throw errors.badQuery(
      `The field '${ref.internalName}' of type '${ref.type}' cannot be used in the query filter expression.`,
    );
  if (!isReference(ref)) {
    if (sub !== undefined) throw errors.unknownColumn(name);
    return fieldColumn(ref);
  }
  const idOf = (i: Item) => referenceId(ref, i);
  if (sub === undefined || sub === 'Id') {
    if (sub === 'Id' && !expanded.has(ref.internalName)) throw errors.invalidPersonQuery(ref.internalName);
    return make(ref, idOf, 'number');
  }
  if (!expanded.has(ref.internalName)) throw errors.invalidPersonQuery(ref.internalName);
  if (!ref.type.startsWith('User') || !PERSON_PROPS.has(sub)) throw errors.unknownColumn(name);
  return make(
    ref,
    (i) => {
      const user = site.users.get(idOf(i) ?? -1);
      const v = user && { Title: user.title, EMail: user.email, Name: user.loginName, LoginName: user.loginName }[sub];
      return v === undefined ? null : v.toLowerCase();
    },
    'text',
  );
}

export function referenceId(f: Field, item: Item): number | null {
  if (f.internalName === 'Author') return item.authorId;
  if (f.internalName === 'Editor') return item.editorId;
  const v = item.values[f.internalName];
  return typeof v === 'number' ? v : null;
}

function fieldColumn(f: Field): Column {
  switch (f.type) {
    case 'DateTime': {
      const get =
        f.internalName === 'Created'
          ? (i: Item) => i.created
          : f.internalName === 'Modified'
            ? (i: Item) => i.modified
            : (i: Item) => {
                const v = i.values[f.internalName];
                return typeof v === 'string' ? Date.parse(v) : null;
              };
      return make(f, get, 'date');
    }
    case 'Number':
    case 'Integer':
    case 'Counter':
      return make(f, (i) => num(i.values[f.internalName]), 'number');
    case 'Boolean':
      return make(
        f,
        (i) => (typeof i.values[f.internalName] === 'boolean' ? (i.values[f.internalName] as boolean) : null),
        'bool',
      );
    default:
      return make(f, (i) => text(i.values[f.internalName]), 'text');
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const text = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : null);

function make(field: Field, get: (i: Item) => Comparable, kind: 'number' | 'text' | 'date' | 'bool'): Column {
  const mismatch = () =>
    errors.badQuery(`The value given for the column '${field.internalName}' does not match its type.`);
  return {
    field,
    get,
    parse: (raw) =>
      raw === ''
        ? null
        : kind === 'number'
          ? Number(raw)
          : kind === 'date'
            ? Date.parse(raw)
            : kind === 'bool'
              ? raw === 'true'
              : raw,
    token: (v) => (v === null ? '' : kind === 'date' ? new Date(v as number).toISOString() : String(v)),
    coerce(lit) {
      if (lit.t === 'null') return null;
      if (kind === 'number' && lit.t === 'number') return lit.v;
      if (kind === 'text' && lit.t === 'string') return lit.v.toLowerCase();
      if (kind === 'bool' && lit.t === 'bool') return lit.v;
      if (kind === 'bool' && lit.t === 'number' && (lit.v === 0 || lit.v === 1)) return lit.v === 1;
      if (kind === 'date' && lit.t === 'datetime') return lit.v;
      if (kind === 'date' && lit.t === 'string' && !Number.isNaN(Date.parse(lit.v))) return Date.parse(lit.v);
      throw mismatch();
    },
  };
}
