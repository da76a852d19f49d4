/**
 * Creates or upgrades what a schema needs on a site, and says what it did. Idempotent: it
 * reads first and writes only what is missing. Safe to run twice at once: a create that
 * loses a race ("already exists") is checked again and counted as present. Creating needs
 * site owner rights; a member gets `forbidden` (reason `site-setup-needs-owner`), and a
 * site that is already set up needs no rights at all.
 */
import { isPleinError, PleinError } from '@plein/core';
import type { SpClient } from './client.js';
import { quoted } from './http.js';
import { entity, rows } from './odata.js';
import { itemsPath } from './paging.js';
import { SETTINGS, type FieldDef, type FieldType, type ListDef, type SiteSchema } from './schema.js';

export interface SetUpReport {
  version: number;
  /** The version the site had before, undefined on a fresh site. */
  previousVersion: number | undefined;
  /** `list Plein Polls`, `field Plein Polls.Channel`, `group Plein moderators`, `security Plein Votes`. */
  done: string[];
  /** What REST could not do here and an owner must do by hand (also in the site's README). */
  manual: string[];
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

const VERSION_KEY = 'schema-version';
const listPath = (title: string) => `web/lists/getbytitle(${quoted(title)})`;

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

export async function setUpSite(sp: SpClient, schema: SiteSchema): Promise<SetUpReport> {
  const report: SetUpReport = { version: schema.version, previousVersion: await siteVersion(sp), done: [], manual: [] };
  try {
    await ensureGroups(sp, schema.groups, report);
    for (const list of schema.lists) await ensureList(sp, list, report);
    if (report.previousVersion === undefined || report.previousVersion < schema.version) {
      await sp.post(`${listPath(SETTINGS.title)}/items`, {
        Title: VERSION_KEY,
        Key: VERSION_KEY,
        Value: String(schema.version),
      });
      report.done.push(`version ${schema.version}`);
    }
  } catch (e) {
    if (isPleinError(e) && e.code === 'forbidden')
      throw new PleinError(
        'forbidden',
        { reason: 'site-setup-needs-owner' },
        undefined,
        'Setting up Plein on this site needs a site owner.',
      );
    throw e;
  }
  return report;
}

/**
 * Group ids by title. Real SharePoint refuses a second group with the same name (the racing
 * set-up then finds the first); should two exist anyway, the oldest (lowest Id) is the one.
 */
export async function groupIds(sp: SpClient): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const g of rows((await sp.get('web/sitegroups')).body).rows) {
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

async function ensureList(sp: SpClient, list: ListDef, report: SetUpReport): Promise<void> {
  const path = listPath(list.title);
  const found = await readList(sp, path);
  let current = found;
  if (!current) {
    await createOrFind(
      () =>
        sp.post('web/lists', { Title: list.title, BaseTemplate: 100, Description: 'Plein data: do not edit by hand' }),
      async () => (await readList(sp, path)) !== undefined,
    );
    report.done.push(`list ${list.title}`);
    current = (await readList(sp, path)) ?? {};
  }
  const fields = await fieldNames(sp, path);
  for (const f of list.fields) {
    const existing = fields.get(f.name);
    if (!existing) {
      await createOrFind(
        () => sp.post(`${path}/fields`, fieldBody(f)),
        async () => (await fieldNames(sp, path)).has(f.name),
      );
      report.done.push(`field ${list.title}.${f.name}`);
    } else if (f.indexed && !existing.indexed) {
      report.manual.push(`index ${list.title}.${f.name}`);
    }
  }
  const read = list.readSecurity ?? 1;
  const write = list.writeSecurity ?? 1;
  if (current.ReadSecurity !== read || current.WriteSecurity !== write) {
    await sp.post(path, { ReadSecurity: read, WriteSecurity: write }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    report.done.push(`security ${list.title}`);
  }
  // Unique permissions (break inheritance, grant the moderators group) are not yet done over
  // REST here: until they are, the list is only as private as the site. Say so every run.
  if (list.moderatorsOnly) report.manual.push(`moderators-only ${list.title}`);
}

async function readList(sp: SpClient, path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return entity((await sp.get(`${path}?$select=Title,ReadSecurity,WriteSecurity`)).body);
  } catch (e) {
    if (isPleinError(e) && e.code === 'not-found') return undefined;
    throw e;
  }
}

async function fieldNames(sp: SpClient, path: string): Promise<Map<string, { indexed: boolean }>> {
  const { body } = await sp.get(`${path}/fields?$select=InternalName,Indexed`);
  return new Map(rows(body).rows.map((f) => [String(f.InternalName), { indexed: f.Indexed === true }]));
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
