/**
 * Creates or upgrades what a schema needs on a site, and says what it did. Idempotent: it
 * reads first and writes only what is missing. Safe to run twice at once: a create that
 * loses a race ("already exists") is checked again and counted as present, breaking
 * inheritance twice changes nothing, and adding a role assignment twice is harmless.
 * Setting up needs the rights of a site owner; anyone else gets `forbidden` (reason
 * `site-setup-needs-owner`) before anything is written, and on a site that is already set
 * up nothing at all happens for them.
 */
import { isPleinError, PleinError } from '@plein/core';
import type { SpClient } from './client.js';
import { quoted } from './http.js';
import { entity, functionResult, rows } from './odata.js';
import { itemsPath } from './paging.js';
import {
  COMMUNICATIONS,
  MODERATORS,
  SETTINGS,
  type FieldDef,
  type FieldType,
  type ListDef,
  type SiteSchema,
} from './schema.js';

export interface SetUpReport {
  version: number;
  /** The version the site had before, undefined on a fresh site. */
  previousVersion: number | undefined;
  /**
   * `list Plein Polls`, `field Plein Polls.Channel`, `index Plein Polls.Author`,
   * `group Plein moderators`, `security Plein Votes`, `permissions Plein Hidden Posts`.
   */
  done: string[];
  /** What REST could not do here and an owner must do by hand (also in the site's README). */
  manual: string[];
}

export interface SetUpStatus {
  state: 'ready' | 'needs-set-up' | 'needs-upgrade';
  /** Whether the current user has the rights set-up needs (manage lists, groups and permissions). */
  canSetUp: boolean;
  /** What `setUpSite` would (re)create, named as in `SetUpReport.done`. */
  missing: string[];
}

const KIND: Record<FieldType, number> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Boolean: 8,
  Number: 9,
  User: 20,
  UserMulti: 20,
};

/** SharePoint's built-in role definition ids. */
const FULL_CONTROL = 1073741829;
const CONTRIBUTE = 1073741827;
const READ = 1073741826;
/** ManageLists, CreateGroups and ManagePermissions (SP.PermissionKind 12, 25, 26: `Low` bits). */
const SET_UP_RIGHTS = 0x800 | 0x1000000 | 0x2000000;

const VERSION_KEY = 'schema-version';
const listPath = (title: string) => `web/lists/getbytitle(${quoted(title)})`;
const builtIns = (list: ListDef): readonly string[] => list.indexedBuiltIns ?? [];

/** The schema version the site was last set up with; undefined when never (or unreadable). */
export async function siteVersion(sp: SpClient): Promise<number | undefined> {
  try {
    const { body } = await sp.get(itemsPath(SETTINGS, { where: [{ field: 'Key', op: 'eq', value: VERSION_KEY }] }));
    // Two set-ups racing may both write the key: the highest version wins.
    const versions = rows(body)
      .rows.map((r) => Number(r.Value))
      .filter(Number.isFinite);
    return versions.length ? Math.max(...versions) : undefined;
  } catch (e) {
    if (isPleinError(e) && e.code === 'not-found') return undefined;
    throw e;
  }
}

/** Whether the current user may set the site up: the web's effective permissions hold every right it needs. */
export async function canSetUpSite(sp: SpClient): Promise<boolean> {
  const permissions = functionResult((await sp.get('web/effectivebasepermissions')).body, 'EffectiveBasePermissions');
  const low = Number((permissions as { Low?: unknown } | undefined)?.Low);
  return Number.isFinite(low) && (low & SET_UP_RIGHTS) === SET_UP_RIGHTS;
}

interface SiteList {
  readSecurity: unknown;
  writeSecurity: unknown;
  unique: boolean;
  /** Internal name → indexed. A renamed column keeps its internal name, so it still counts. */
  fields: Map<string, boolean>;
}

/** Every list the user can see, with its fields, in one request. */
async function siteLists(sp: SpClient): Promise<Map<string, SiteList>> {
  const { body } = await sp.get(
    'web/lists?$select=Title,ReadSecurity,WriteSecurity,HasUniqueRoleAssignments,Fields/InternalName,Fields/Indexed&$expand=Fields',
  );
  const lists = new Map<string, SiteList>();
  for (const l of rows(body).rows) {
    const raw = l.Fields as unknown[] | { results?: unknown[] } | undefined;
    const fields = (Array.isArray(raw) ? raw : (raw?.results ?? [])) as { InternalName?: unknown; Indexed?: unknown }[];
    lists.set(String(l.Title).toLowerCase(), {
      readSecurity: l.ReadSecurity,
      writeSecurity: l.WriteSecurity,
      unique: l.HasUniqueRoleAssignments === true,
      fields: new Map(fields.map((f) => [String(f.InternalName), f.Indexed === true])),
    });
  }
  return lists;
}

/**
 * Is the site ready for this schema, may the current user set it up, and what is missing (a
 * list deleted by hand, a field deleted, an index dropped, security or permissions reset)?
 * Four reads sent at once: the version key, the web's effective permissions, the group
 * titles and every list with its fields. A moderators-only list is hidden from everyone else,
 * so it only counts as missing for someone who could see it anyway (who may set up).
 */
export async function setUpStatus(sp: SpClient, schema: SiteSchema): Promise<SetUpStatus> {
  const [version, canSetUp, groups, lists] = await Promise.all([
    siteVersion(sp),
    canSetUpSite(sp),
    groupIds(sp),
    siteLists(sp),
  ]);
  const missing: string[] = schema.groups.filter((g) => !groups.has(g)).map((g) => `group ${g}`);
  for (const def of schema.lists) {
    const found = lists.get(def.title.toLowerCase());
    if (!found) {
      if (!def.moderatorsOnly || canSetUp) missing.push(`list ${def.title}`);
      continue;
    }
    for (const f of def.fields) {
      if (!found.fields.has(f.name)) missing.push(`field ${def.title}.${f.name}`);
      else if (f.indexed && !found.fields.get(f.name)) missing.push(`index ${def.title}.${f.name}`);
    }
    for (const name of builtIns(def)) if (!found.fields.get(name)) missing.push(`index ${def.title}.${name}`);
    if (found.readSecurity !== (def.readSecurity ?? 1) || found.writeSecurity !== (def.writeSecurity ?? 1))
      missing.push(`security ${def.title}`);
    const own = def.moderatorsOnly || def.moderatorsManage || def.teamManage || def.readOnlyForMembers;
    if (own && !found.unique) missing.push(`permissions ${def.title}`);
  }
  const state =
    version === undefined ? 'needs-set-up' : version < schema.version || missing.length ? 'needs-upgrade' : 'ready';
  return { state, canSetUp, missing };
}

const needsOwner = () =>
  new PleinError(
    'forbidden',
    { reason: 'site-setup-needs-owner' },
    undefined,
    'Setting up Plein on this site needs a site owner.',
  );

export async function setUpSite(sp: SpClient, schema: SiteSchema): Promise<SetUpReport> {
  const report: SetUpReport = { version: schema.version, previousVersion: await siteVersion(sp), done: [], manual: [] };
  if (!(await canSetUpSite(sp))) {
    // Nothing to do is fine for anyone; anything to do needs an owner, and nothing is half-made.
    if ((await setUpStatus(sp, schema)).state === 'ready') return report;
    throw needsOwner();
  }
  try {
    await ensureGroups(sp, schema.groups, report);
    const principals = principalsOf(sp);
    for (const list of schema.lists) await ensureList(sp, list, report, principals);
    if (report.previousVersion === undefined || report.previousVersion < schema.version) {
      await sp.post(`${listPath(SETTINGS.title)}/items`, {
        Title: VERSION_KEY,
        Key: VERSION_KEY,
        Value: String(schema.version),
      });
      report.done.push(`version ${schema.version}`);
    }
  } catch (e) {
    if (isPleinError(e) && e.code === 'forbidden') throw needsOwner();
    throw e;
  }
  return report;
}

/**
 * Group ids by title. SharePoint refuses a second group with the same name (the racing
 * set-up then finds the first); should two exist anyway, the oldest (lowest Id) is the one.
 */
export async function groupIds(sp: SpClient): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const g of rows((await sp.get('web/sitegroups?$select=Id,Title')).body).rows) {
    const title = String(g.Title);
    const id = Number(g.Id);
    if (!ids.has(title) || id < ids.get(title)!) ids.set(title, id);
  }
  return ids;
}

async function ensureGroups(sp: SpClient, groups: readonly string[], report: SetUpReport): Promise<void> {
  const titles = async () => new Set((await groupIds(sp)).keys());
  const existing = await titles();
  for (const title of groups) {
    if (existing.has(title)) continue;
    await createOrFind(
      () => sp.post('web/sitegroups', { Title: title, Description: 'Created by Plein' }),
      async () => (await titles()).has(title),
    );
    report.done.push(`group ${title}`);
  }
}

interface Principals {
  owners: number;
  members: number;
  visitors: number;
  moderators: number;
  communications: number;
}

/** The site's own groups and Plein's two: read once, and only if a list needs them. */
function principalsOf(sp: SpClient): () => Promise<Principals> {
  let ids: Promise<Principals> | undefined;
  const read = async (): Promise<Principals> => {
    const id = async (which: string) => Number(entity((await sp.get(`web/${which}?$select=Id`)).body).Id);
    const [owners, members, visitors, groups] = await Promise.all([
      id('associatedownergroup'),
      id('associatedmembergroup'),
      id('associatedvisitorgroup'),
      groupIds(sp),
    ]);
    const plein = (title: string) => {
      const found = groups.get(title);
      if (found === undefined) throw new Error(`The schema has lists for ${title} but not the group.`);
      return found;
    };
    return { owners, members, visitors, moderators: plein(MODERATORS), communications: plein(COMMUNICATIONS) };
  };
  return () => (ids ??= read());
}

/**
 * Who holds which role on a list with its own permissions, and whether everyone else is taken
 * off; undefined for a list that inherits the site's.
 */
async function wantedRoles(
  list: ListDef,
  principals: () => Promise<Principals>,
): Promise<{ wanted: [number, number][]; prune: boolean } | undefined> {
  if (!list.moderatorsOnly && !list.moderatorsManage && !list.teamManage && !list.readOnlyForMembers) return undefined;
  const p = await principals();
  if (list.moderatorsOnly)
    return {
      wanted: [
        [p.owners, FULL_CONTROL],
        [p.moderators, CONTRIBUTE],
      ],
      prune: true,
    };
  const wanted: [number, number][] = [];
  if (list.moderatorsManage) wanted.push([p.moderators, FULL_CONTROL]);
  if (list.teamManage) wanted.push([p.communications, FULL_CONTROL]);
  if (!list.readOnlyForMembers) return { wanted, prune: false };
  // Members and visitors read; only owners and the managing groups write.
  wanted.push([p.owners, FULL_CONTROL], [p.members, READ], [p.visitors, READ]);
  return { wanted, prune: true };
}

async function ensureList(
  sp: SpClient,
  list: ListDef,
  report: SetUpReport,
  principals: () => Promise<Principals>,
): Promise<void> {
  const path = listPath(list.title);
  let current = await readList(sp, path);
  if (!current) {
    await createOrFind(
      () =>
        sp.post('web/lists', { Title: list.title, BaseTemplate: 100, Description: 'Plein data: do not edit by hand' }),
      async () => (await readList(sp, path)) !== undefined,
    );
    report.done.push(`list ${list.title}`);
    current = (await readList(sp, path)) ?? {};
  }
  // Lock the list down before its fields and data, while it is still empty.
  const roles = await wantedRoles(list, principals);
  if (roles) await ensurePermissions(sp, path, list.title, report, roles.wanted, roles.prune);
  const fields = await fieldNames(sp, path);
  for (const f of list.fields) {
    if (!fields.has(f.name)) {
      await createOrFind(
        () => sp.post(`${path}/fields`, fieldBody(f)),
        async () => (await fieldNames(sp, path)).has(f.name),
      );
      report.done.push(`field ${list.title}.${f.name}`);
    } else if (f.indexed && !fields.get(f.name)) await index(sp, path, `${list.title}.${f.name}`, f.name, report);
  }
  for (const name of builtIns(list))
    if (!fields.get(name)) await index(sp, path, `${list.title}.${name}`, name, report);
  const read = list.readSecurity ?? 1;
  const write = list.writeSecurity ?? 1;
  if (current.ReadSecurity !== read || current.WriteSecurity !== write) {
    await sp.post(path, { ReadSecurity: read, WriteSecurity: write }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    report.done.push(`security ${list.title}`);
  }
}

/** Indexes an existing field (a built-in such as `Author`, or one whose index was dropped). */
async function index(sp: SpClient, path: string, label: string, name: string, report: SetUpReport): Promise<void> {
  await sp.post(
    `${path}/fields/getbyinternalnameortitle(${quoted(name)})`,
    { Indexed: true },
    { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
  );
  report.done.push(`index ${label}`);
}

/**
 * Gives the list its own permissions: breaks inheritance copying the site's assignments, makes
 * sure each wanted principal holds its role, and with `prune` takes every other role off.
 * Copying first (rather than breaking without copying, which leaves only the caller) means
 * nobody who may set up ever loses access midway, so a second set-up running at the same
 * moment never finds the list gone. A new list is still empty while members could read it.
 */
async function ensurePermissions(
  sp: SpClient,
  path: string,
  title: string,
  report: SetUpReport,
  wanted: readonly [number, number][],
  prune: boolean,
): Promise<void> {
  let changed = false;
  const unique = functionResult((await sp.get(`${path}/hasuniqueroleassignments`)).body, 'HasUniqueRoleAssignments');
  if (unique !== true) {
    await sp.post(`${path}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    changed = true;
  }
  const assigned = await roleAssignments(sp, path);
  for (const [principal, role] of wanted)
    if (!assigned.get(principal)?.has(role)) {
      await sp.post(`${path}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`);
      changed = true;
    }
  if (prune)
    for (const [principal, bound] of assigned)
      for (const role of bound) {
        // Each principal keeps exactly the roles wanted for it (members: Read, not Contribute).
        if (wanted.some(([p, r]) => p === principal && r === role)) continue;
        await createOrFind(
          () => sp.post(`${path}/roleassignments/removeroleassignment(principalid=${principal},roledefid=${role})`),
          // A concurrent set-up may have removed it first.
          async () => !(await roleAssignments(sp, path)).get(principal)?.has(role),
        );
        changed = true;
      }
  if (changed) report.done.push(`permissions ${title}`);
}

/** Principal id → the role definition ids bound to it. */
async function roleAssignments(sp: SpClient, path: string): Promise<Map<number, Set<number>>> {
  const { body } = await sp.get(`${path}/roleassignments?$expand=RoleDefinitionBindings`);
  const out = new Map<number, Set<number>>();
  for (const a of rows(body).rows) {
    const raw = a.RoleDefinitionBindings as unknown[] | { results?: unknown[] } | undefined;
    const bindings = (Array.isArray(raw) ? raw : (raw?.results ?? [])) as { Id?: unknown }[];
    out.set(Number(a.PrincipalId), new Set(bindings.map((d) => Number(d.Id))));
  }
  return out;
}

async function readList(sp: SpClient, path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return entity((await sp.get(`${path}?$select=Title,ReadSecurity,WriteSecurity`)).body);
  } catch (e) {
    if (isPleinError(e) && e.code === 'not-found') return undefined;
    throw e;
  }
}

/** Internal name → indexed, built-in fields included. */
async function fieldNames(sp: SpClient, path: string): Promise<Map<string, boolean>> {
  const { body } = await sp.get(`${path}/fields?$select=InternalName,Indexed`);
  return new Map(rows(body).rows.map((f) => [String(f.InternalName), f.Indexed === true]));
}

function fieldBody(f: FieldDef): Record<string, unknown> {
  return {
    Title: f.name,
    FieldTypeKind: KIND[f.type],
    Indexed: f.indexed === true,
    Required: f.required === true,
    ...(f.type === 'UserMulti' ? { AllowMultipleValues: true } : {}),
  };
}

/** Creates; if that fails because a concurrent set-up created it first, that is success. */
async function createOrFind(create: () => Promise<unknown>, exists: () => Promise<boolean>): Promise<void> {
  try {
    await create();
  } catch (e) {
    if (isPleinError(e) && e.code === 'forbidden') throw e;
    if (!(await exists())) throw e;
  }
}
