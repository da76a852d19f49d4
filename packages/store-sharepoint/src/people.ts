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
  private loaded: Promise<Map<string, Person>> | undefined;
  private stamp: string | undefined;

  constructor(private readonly sp: SpClient) {}

  async all(): Promise<Map<string, Person>> {
    const stamp = await listCall(() => listStamp(this.sp, LISTS.people));
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.loaded = undefined;
    }
    return (this.loaded ??= this.load().catch((e: unknown) => {
      this.loaded = undefined;
      this.stamp = undefined;
      throw e;
    }));
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

export function createPeopleApi(directory: Directory): PeopleApi {
  const copy = (p: Person): Person => ({ ...p });
  return {
    search: async (query, options) => {
      const request = parseSearchQuery(query, options);
      return searchPeople((await directory.all()).values(), request.query, request.limit).map(copy);
    },
    get: async (id) => {
      const person = typeof id === 'string' ? await directory.find(id) : undefined;
      if (!person) throw new PleinError('not-found', { field: 'id' });
      return copy(person);
    },
    getMany: async (ids) => {
      if (!Array.isArray(ids)) throw new PleinError('invalid', { field: 'ids', reason: 'wrong-type' });
      const all = await directory.all();
      const out = new Map<string, Person>();
      for (const id of ids) {
        const person = typeof id === 'string' ? all.get(id) : undefined;
        if (person) out.set(id, copy(person));
      }
      return [...out.values()];
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
