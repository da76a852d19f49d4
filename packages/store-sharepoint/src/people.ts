/**
 * People on SharePoint. A person's Plein id is their account name without the claims prefix
 * (`i:0#.f|membership|ann@contoso.com` → `ann@contoso.com`): stable across sites, unlike the
 * per-site user id. Who someone is comes from SharePoint (`web/currentuser`, an item's `Author`);
 * what Plein shows about them (department, job) from the Plein People list, where each person
 * writes their own item on their first visit.
 */
import {
  PleinError,
  departmentsOf,
  parseSearchQuery,
  searchPeople,
  type Me,
  type PeopleApi,
  type Person,
  type Role,
} from '@plein/core';
import type { SpClient } from './client.js';
import { addItem, authorOf, listCall, listStamp, personId } from './lists.js';
import { entity, rows } from './odata.js';
import { readAll } from './paging.js';
import { pickerResolve, pickerSearch } from './picker.js';
import { LISTS, MODERATORS, COMMUNICATIONS } from './schema.js';

/** What SharePoint says about the signed-in user. */
export interface SpUser {
  /** The per-site user id: `AuthorId` in this site's lists. */
  siteUserId: number;
  personId: string;
  displayName: string;
  email: string;
  roles: Role[];
}

export async function currentUser(sp: SpClient): Promise<SpUser> {
  const [user, groups, owners] = await Promise.all([
    sp.get('web/currentuser?$select=Id,Title,Email,LoginName,IsSiteAdmin'),
    sp.get('web/currentuser/groups?$select=Id,Title'),
    sp.get('web/associatedownergroup?$select=Id'),
  ]);
  const u = entity(user.body);
  const mine = rows(groups.body).rows;
  const ownerId = entity(owners.body).Id;
  const titles = new Set(mine.map((g) => String(g.Title)));
  const roles: Role[] = ['member'];
  if (titles.has(MODERATORS)) roles.push('moderator');
  if (titles.has(COMMUNICATIONS)) roles.push('communications');
  if (u.IsSiteAdmin === true || mine.some((g) => g.Id === ownerId)) roles.push('admin');
  return {
    siteUserId: Number(u.Id),
    personId: personId(String(u.LoginName)),
    displayName: String(u.Title ?? ''),
    email: String(u.Email ?? ''),
    roles,
  };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** A People row as a Person; undefined fields are left out. */
function personOf(row: Record<string, unknown>): Person {
  const person: Person = { id: String(row.PersonId), displayName: String(row.Title ?? '') };
  const fields = [
    ['email', row.Email],
    ['jobTitle', row.JobTitle],
    ['department', row.Department],
    ['location', row.Location],
    ['startDate', row.StartDate],
    ['managerId', row.ManagerId],
  ] as const;
  for (const [name, value] of fields) {
    const v = text(value);
    if (v !== undefined) person[name] = v;
  }
  return person;
}

const SELECT = ['ID', 'Title', 'PersonId', 'Email', 'JobTitle', 'Department', 'Location', 'StartDate', 'ManagerId'];

/**
 * The People list, read whole and kept until the list changes (one small request checks its
 * stamp). When two items claim one person, the one that person wrote wins, then the oldest: a
 * colleague cannot overwrite how someone else is shown.
 */
export class Directory {
  private loaded: { stamp: string; people: Promise<Map<string, Person>> } | undefined;
  /** One check at a time: callers in the same turn share it (and its request). */
  private checking: Promise<Map<string, Person>> | undefined;

  constructor(private readonly sp: SpClient) {}

  all(): Promise<Map<string, Person>> {
    return (this.checking ??= this.check().finally(() => (this.checking = undefined)));
  }

  private async check(): Promise<Map<string, Person>> {
    const stamp = listCall(() => listStamp(this.sp, LISTS.people));
    // The first time, the stamp and the list travel together (the stamp first, so it is never
    // newer than what the list shows); later, the list is read again only when it changed.
    if (!this.loaded) {
      const people = this.load();
      people.catch(() => undefined); // awaited below; a failed stamp must not leave it unhandled
      this.loaded = { stamp: await stamp, people };
    } else if ((await stamp) !== this.loaded.stamp) {
      this.loaded = { stamp: await stamp, people: this.load() };
    }
    const loaded = this.loaded;
    return loaded.people.catch((e: unknown) => {
      if (this.loaded === loaded) this.loaded = undefined;
      throw e;
    });
  }

  /** Forgets what was read, so the next call reads the list again. */
  refresh(): void {
    this.loaded = undefined;
  }

  private async load(): Promise<Map<string, Person>> {
    const found = new Map<string, { person: Person; own: boolean }>();
    const pages = readAll(this.sp, LISTS.people, {
      select: [...SELECT, 'Author/Name'],
      expand: ['Author'],
      orderBy: { field: 'ID' },
    });
    await listCall(async () => {
      for await (const page of pages)
        for (const row of page) {
          const person = personOf(row);
          const own = authorOf(row) === person.id;
          const earlier = found.get(person.id);
          if (!earlier || (own && !earlier.own)) found.set(person.id, { person, own });
        }
    });
    return new Map([...found].map(([id, { person }]) => [id, person]));
  }

  async find(id: string): Promise<Person | undefined> {
    return (await this.all()).get(id);
  }
}

/** Writes the signed-in person's own People item when there is none. */
export async function registerSelf(sp: SpClient, directory: Directory, user: SpUser): Promise<Person> {
  const known = await directory.find(user.personId);
  if (known) return known;
  await listCall(() =>
    addItem(sp, LISTS.people, { Title: user.displayName, PersonId: user.personId, Email: user.email }),
  );
  directory.refresh();
  return (await directory.find(user.personId)) ?? { id: user.personId, displayName: user.displayName };
}

/**
 * People: Plein's own list first (it knows departments and who someone is in Plein), then
 * SharePoint's people picker for colleagues who never opened Plein, so anyone in the company
 * can be mentioned or thanked.
 */
const PICKER_LOOKUPS = 10;

export function createPeopleApi(sp: SpClient, directory: Directory): PeopleApi {
  const copy = (p: Person): Person => ({ ...p });
  return {
    search: async (query, options) => {
      const request = parseSearchQuery(query, options);
      if (!request.query.trim()) return [];
      const [known, picked] = await Promise.all([directory.all(), pickerSearch(sp, request.query, request.limit)]);
      const found = searchPeople(known.values(), request.query, request.limit);
      for (const person of picked)
        if (found.length < request.limit && !found.some((p) => p.id === person.id) && !known.has(person.id))
          found.push(person);
      return found.map(copy);
    },
    get: async (id) => {
      if (typeof id !== 'string' || !id) throw new PleinError('not-found', { field: 'id' });
      const person = (await directory.find(id)) ?? (await pickerResolve(sp, id));
      if (!person || person.id !== id) throw new PleinError('not-found', { field: 'id' });
      return copy(person);
    },
    getMany: async (ids) => {
      if (!Array.isArray(ids)) throw new PleinError('invalid', { field: 'ids', reason: 'wrong-type' });
      const all = await directory.all();
      const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))];
      // Someone mentioned or thanked who never opened Plein: ask the picker, for a few at a time.
      const unknown = wanted.filter((id) => !all.has(id)).slice(0, PICKER_LOOKUPS);
      const picked = new Map(
        (await Promise.all(unknown.map((id) => pickerResolve(sp, id))))
          .filter((p): p is Person => p !== undefined)
          .map((p) => [p.id, p]),
      );
      return wanted.flatMap((id) => {
        const person = all.get(id) ?? picked.get(id);
        return person ? [copy(person)] : [];
      });
    },
    departments: async () => departmentsOf((await directory.all()).values()),
  };
}

/** `me()`: the person, their roles, and what they may do. */
export function meOf(person: Person, user: SpUser): Me {
  const team = user.roles.includes('communications') || user.roles.includes('admin');
  return {
    ...person,
    roles: [...user.roles],
    can: { createPolls: true, manageKudos: team, manageOnboarding: team, viewInsights: team },
  };
}
