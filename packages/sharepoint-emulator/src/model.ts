/**
 * The emulator's in-memory data: sites with users, groups and lists; lists with fields and
 * items. Plain data plus the few helpers tests use to build a world; no HTTP here.
 */
import { entityTypeName, guid } from './names.js';

export type FieldType =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Integer'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'Lookup'
  | 'LookupMulti'
  | 'User'
  | 'UserMulti';

/** SharePoint's FieldTypeKind numbers (SHAREPOINT-REST.md §9). */
export const FIELD_TYPE_KIND: Record<FieldType, number> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  User: 20,
  UserMulti: 20,
};

export interface Field {
  id: string;
  internalName: string;
  title: string;
  type: FieldType;
  indexed: boolean;
  required: boolean;
  /** Built-in fields (Title, Created, Author…) are maintained by the emulator. */
  builtIn: boolean;
}

/** Lookup and person fields appear in REST as `<Name>Id`. */
export const isReference = (f: Field): boolean => /^(Lookup|User)/.test(f.type);
export const isMulti = (f: Field): boolean => f.type.endsWith('Multi');
export const restName = (f: Field): string => (isReference(f) ? `${f.internalName}Id` : f.internalName);

export type Value = string | number | boolean | null | number[];

export interface Item {
  id: number;
  guid: string;
  /** The ETag version: `"1"` on create, +1 on every update. */
  version: number;
  created: number;
  modified: number;
  authorId: number;
  editorId: number;
  /** Custom fields and Title, by internal name; references hold user/item ids. */
  values: Record<string, Value>;
}

/** SharePoint's ChangeType numbers (SHAREPOINT-REST.md §11) the emulator logs. */
export const CHANGE_TYPE = { Add: 1, Update: 2, DeleteObject: 3 } as const;

export interface Change {
  no: number;
  type: number;
  itemId: number;
  /** The item's author, for ReadSecurity 2 lists. */
  authorId: number;
  at: number;
}

/** SharePoint's built-in permission levels (Read, Contribute, Edit, Full Control); roles.ts has their ids and bits. */
export type RoleLevel = 'read' | 'contribute' | 'edit' | 'full';

export interface User {
  id: number;
  title: string;
  email: string;
  loginName: string;
  isSiteAdmin: boolean;
}

export interface Group {
  id: number;
  title: string;
  members: Set<number>;
  /** What the group may do on the site's lists that inherit permissions; none when undefined. */
  level: RoleLevel | undefined;
}

export interface ListOptions {
  title: string;
  fields?: readonly FieldInit[];
  /** 1 = read all items; 2 = read only items the user created (SHAREPOINT-REST.md §6). */
  readSecurity?: 1 | 2;
  /** 1 = write all; 2 = write only own items; 4 = write none. */
  writeSecurity?: 1 | 2 | 4;
  /** Unique permissions: principal (group or user) id → level. Without it the list inherits the site's groups. */
  roles?: ReadonlyMap<number, RoleLevel> | Record<number, RoleLevel>;
  /** Built-in fields to index as well (`Created`, `Modified`, `Author`, `Editor`, `Title`). */
  indexed?: readonly string[];
}

export interface FieldInit {
  name: string;
  type: FieldType;
  indexed?: boolean;
  required?: boolean;
  title?: string;
}

export class List {
  readonly id = guid();
  readonly title: string;
  readonly entityTypeName: string;
  readonly fields = new Map<string, Field>();
  readonly items = new Map<number, Item>();
  readSecurity: 1 | 2;
  writeSecurity: 1 | 2 | 4;
  private ownRoles: Map<number, Set<RoleLevel>> | undefined;
  nextId = 1;
  lastItemModified: number;
  lastItemDeleted: number;
  /** Item adds, updates and deletes only (fields and list settings move `lastItemModified` alone). */
  lastItemUserModified: number;
  /** The change log `getchanges` reads, oldest first; `no` counts up from 1 per list. */
  readonly changes: Change[] = [];

  constructor(
    options: ListOptions,
    readonly created: number,
  ) {
    this.title = options.title;
    this.entityTypeName = entityTypeName(options.title);
    this.readSecurity = options.readSecurity ?? 1;
    this.writeSecurity = options.writeSecurity ?? 1;
    const roles = options.roles;
    this.roles =
      roles && (roles instanceof Map ? roles : new Map(Object.entries(roles).map(([k, v]) => [Number(k), v])));
    this.lastItemModified = this.lastItemDeleted = this.lastItemUserModified = created;
    for (const [name, type] of BUILT_IN) {
      this.fields.set(name, {
        id: guid(),
        internalName: name,
        title: name,
        type,
        indexed: name === 'ID',
        required: false,
        builtIn: true,
      });
    }
    for (const name of options.indexed ?? []) this.field(name).indexed = true;
    for (const f of options.fields ?? []) this.addField(f);
  }

  /**
   * Unique permissions: principal id → the levels bound to it; undefined while the list
   * inherits. Tests may set it with one level per principal.
   */
  get roles(): Map<number, Set<RoleLevel>> | undefined {
    return this.ownRoles;
  }

  set roles(roles: ReadonlyMap<number, RoleLevel | ReadonlySet<RoleLevel>> | undefined) {
    this.ownRoles = roles && new Map([...roles].map(([id, v]) => [id, new Set(typeof v === 'string' ? [v] : v)]));
  }

  /** `SP.Data.<Name>ListItem`: the type verbose writes must name in `__metadata`. */
  get itemType(): string {
    return `SP.Data.${this.entityTypeName}ListItem`;
  }

  field(name: string): Field {
    const f = this.fields.get(name);
    if (!f) throw new Error(`No field ${name} on ${this.title}`);
    return f;
  }

  addField(init: FieldInit): Field {
    const internalName = init.name.replace(/ /g, '_x0020_');
    const field: Field = {
      id: guid(),
      internalName,
      title: init.title ?? init.name,
      type: init.type,
      indexed: init.indexed ?? false,
      required: init.required ?? false,
      builtIn: false,
    };
    this.fields.set(internalName, field);
    return field;
  }

  /**
   * Adds an item as `authorId` at `at` (ms): the fast path tests use to seed big lists. Values
   * are keyed by internal name (`Reviewer: 5`, not the REST name `ReviewerId`).
   */
  add(authorId: number, at: number, values: Record<string, Value> = {}): Item {
    const id = this.nextId++;
    const item: Item = {
      id,
      guid: guid(),
      version: 1,
      created: at,
      modified: at,
      authorId,
      editorId: authorId,
      values: { Title: null, ...values },
    };
    this.items.set(id, item);
    this.lastItemModified = at;
    this.record(CHANGE_TYPE.Add, item, at);
    return item;
  }

  /** Logs an item change and moves the stamps it moves (SHAREPOINT-REST.md §11). */
  record(type: number, item: Item, at: number): void {
    this.changes.push({ no: this.changes.length + 1, type, itemId: item.id, authorId: item.authorId, at });
    this.lastItemUserModified = at;
    if (type === CHANGE_TYPE.DeleteObject) this.lastItemDeleted = at;
    else this.lastItemModified = at;
  }

  /** Adds `count` items with values from `make(i)`: for lists past the view threshold. */
  addMany(count: number, authorId: number, at: number, make: (i: number) => Record<string, Value> = () => ({})): void {
    for (let i = 0; i < count; i++) this.add(authorId, at, make(i));
  }
}

/** Built-in fields every list has; ID alone is indexed, as in SharePoint. */
const BUILT_IN: readonly [string, FieldType][] = [
  ['ID', 'Counter'],
  ['Title', 'Text'],
  ['Created', 'DateTime'],
  ['Modified', 'DateTime'],
  ['Author', 'User'],
  ['Editor', 'User'],
];

export class Site {
  readonly id = guid();
  readonly users = new Map<number, User>();
  readonly groups = new Map<number, Group>();
  readonly lists = new Map<string, List>();
  readonly owners: Group;
  readonly members: Group;
  readonly visitors: Group;
  private nextPrincipal = 1;

  constructor(
    /** Absolute URL, e.g. `https://contoso.sharepoint.com/sites/intranet`. */
    readonly url: string,
    readonly title: string,
    private readonly now: () => number,
  ) {
    this.owners = this.addGroup(`${title} Owners`, 'full');
    this.members = this.addGroup(`${title} Members`, 'contribute');
    this.visitors = this.addGroup(`${title} Visitors`, 'read');
  }

  addUser(init: { title: string; email?: string; isSiteAdmin?: boolean; groups?: readonly Group[] }): User {
    const email = init.email ?? `${init.title.toLowerCase().replace(/\W+/g, '.')}@contoso.com`;
    const user: User = {
      id: this.nextPrincipal++,
      title: init.title,
      email,
      loginName: `i:0#.f|membership|${email}`,
      isSiteAdmin: init.isSiteAdmin ?? false,
    };
    this.users.set(user.id, user);
    for (const g of init.groups ?? []) g.members.add(user.id);
    return user;
  }

  addGroup(title: string, level?: RoleLevel): Group {
    const group: Group = { id: this.nextPrincipal++, title, members: new Set(), level };
    this.groups.set(group.id, group);
    return group;
  }

  addList(options: ListOptions): List {
    const list = new List(options, this.now());
    this.lists.set(list.title.toLowerCase(), list);
    return list;
  }

  /** Lists are found by title case-insensitively, as `getbytitle` does. */
  list(title: string): List | undefined {
    return this.lists.get(title.toLowerCase());
  }

  listById(id: string): List | undefined {
    return [...this.lists.values()].find((l) => l.id === id.toLowerCase());
  }
}
