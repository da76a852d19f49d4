/**
 * The SharePoint REST emulator: `handle(request)` answers `/_api` requests for the sites it
 * holds, as SharePoint Online does (SHAREPOINT-REST.md). Tests build the world through
 * `addSite` and act as a user through `fetchAs(userId)`, which sets the `X-Emulator-User`
 * header (the emulator's stand-in for a sign-in; a request without it is a 401).
 */
import { attachmentRoute } from './attachments.js';
import { batch, partFormat } from './batch.js';
import { getChanges } from './changes.js';
import type { Ctx } from './context.js';
import { Digests } from './digest.js';
import { errors, SpError } from './errors.js';
import { errorResponse, negotiate, type Format } from './format.js';
import { Faults } from './faults.js';
import { item, items } from './item-routes.js';
import { field, fields, list, lists } from './list-routes.js';
import { Site, type List } from './model.js';
import { parsePath, type Segment } from './path.js';
import { ensureUser, peoplePicker, PICKER, type DirectoryPerson } from './people.js';
import { effectiveBasePermissions, listPermissions, roleDefinitions } from './role-routes.js';
import { canRead, levelOn } from './security.js';
import { associatedGroup, contextInfo, currentUser, currentUserGroups, siteGroups, siteUsers } from './web-routes.js';

export const USER_HEADER = 'X-Emulator-User';

export interface EmulatorClock {
  /** Milliseconds since the epoch; @plein/core's Clock fits. */
  now(): number;
}

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export class SharePointEmulator {
  readonly sites = new Map<string, Site>();
  readonly faults = new Faults();
  /** The tenant's people (Entra ID) by lower-case e-mail: found by the picker, added by ensureuser. */
  readonly directory = new Map<string, DirectoryPerson>();
  private readonly digests: Digests;

  constructor(readonly clock: EmulatorClock) {
    this.digests = new Digests(() => clock.now());
  }

  addSite(url: string, title = 'Intranet'): Site {
    const site = new Site(url.replace(/\/$/, ''), title, () => this.clock.now());
    this.sites.set(site.url.toLowerCase(), site);
    return site;
  }

  /** Adds someone to the tenant's directory (not to any site: `ensureuser` does that). */
  addPerson(init: { title: string; email?: string; department?: string; jobTitle?: string }): DirectoryPerson {
    const email = init.email ?? `${init.title.toLowerCase().replace(/\W+/g, '.')}@contoso.com`;
    const person: DirectoryPerson = {
      title: init.title,
      email,
      department: init.department ?? '',
      jobTitle: init.jobTitle ?? '',
      loginName: `i:0#.f|membership|${email}`,
    };
    this.directory.set(email.toLowerCase(), person);
    return person;
  }

  /** A `fetch` that acts as `userId` (any site's user id) on this emulator. */
  fetchAs(userId: number): Fetch {
    return (input, init) => {
      const request = new Request(input, init);
      request.headers.set(USER_HEADER, String(userId));
      return this.handle(request);
    };
  }

  readonly handle = (request: Request): Promise<Response> => this.serve(request, false);

  /** `batched`: a part of a `$batch`, covered by the outer request's digest. */
  private async serve(request: Request, batched: boolean): Promise<Response> {
    let format: Format | undefined;
    try {
      const refused = this.faults.refuse();
      if (refused) return refused;
      const url = new URL(request.url);
      const at = url.pathname.toLowerCase().indexOf('/_api/');
      const site = at < 0 ? undefined : this.sites.get(`${url.origin}${url.pathname.slice(0, at)}`.toLowerCase());
      if (!site) return new Response('Not Found', { status: 404 });
      const segments = parsePath(decodeURIComponent(url.pathname.slice(at + 6)));
      const isBatch = segments.length === 1 && segments[0]?.name === '$batch';
      // The batch's own Accept is not what its parts are answered in: any is fine.
      format = isBatch ? partFormat(request.headers) : negotiate(request.headers);
      const user = site.users.get(Number(request.headers.get(USER_HEADER)));
      if (!user) throw errors.accessDenied(401);
      const method = effectiveMethod(request);
      const isContextInfo = segments.length === 1 && segments[0]?.name === 'contextinfo';
      const bearer = /^Bearer\s/i.test(request.headers.get('Authorization') ?? '');
      if (isBatch && batched) throw errors.badQuery('A batch cannot hold a batch.');
      if (method !== 'GET' && !isContextInfo && !bearer && !batched)
        this.digests.check(request.headers.get('X-RequestDigest'), site.url, user.id);
      const c: Ctx = {
        site,
        user,
        format,
        apiUrl: `${site.url}/_api/`,
        url,
        method,
        request,
        now: this.clock.now(),
        digests: this.digests,
        directory: this.directory,
      };
      if (isBatch)
        return await batch(c, (part) => {
          part.headers.set(USER_HEADER, String(user.id)); // the batch's user acts in every part
          return this.serve(part, true);
        });
      return this.faults.decorate(await route(c, segments));
    } catch (e) {
      if (e instanceof SpError) return errorResponse(format, e);
      throw e;
    }
  }
}

export function createEmulator(options: { clock: EmulatorClock }): SharePointEmulator {
  return new SharePointEmulator(options.clock);
}

/** `X-HTTP-Method` on a POST wins; PATCH is MERGE. */
function effectiveMethod(request: Request): string {
  const tunnelled = request.method === 'POST' ? request.headers.get('X-HTTP-Method') : null;
  const m = (tunnelled ?? request.method).toUpperCase();
  return m === 'PATCH' ? 'MERGE' : m;
}

async function route(c: Ctx, s: Segment[]): Promise<Response> {
  const [first, second, third] = s;
  const unknown = () => errors.notFound(c.url.pathname);
  if (first?.name === 'contextinfo' && s.length === 1) return contextInfo(c);
  const picker = first?.name.startsWith(PICKER) ? first.name.slice(PICKER.length) : undefined;
  if (s.length === 1 && (picker === 'clientpeoplepickersearchuser' || picker === 'clientpeoplepickerresolveuser'))
    return peoplePicker(c, picker);
  if (first?.name !== 'web' || !second) throw unknown();
  switch (second.name) {
    case 'currentuser':
      if (s.length === 2) return currentUser(c);
      if (s.length === 3 && third?.name === 'groups' && third.arg === undefined) return currentUserGroups(c);
      break;
    case 'ensureuser':
      if (s.length === 2 && second.arg === undefined) return ensureUser(c);
      break;
    case 'effectivebasepermissions':
      if (s.length === 2) return effectiveBasePermissions(c, undefined);
      break;
    case 'roledefinitions': {
      const id = typeof second.arg === 'number' ? second.arg : third?.name === 'getbyid' ? third.arg : undefined;
      if (s.length === (third ? 3 : 2) && (id === undefined || typeof id === 'number')) return roleDefinitions(c, id);
      break;
    }
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup':
      if (s.length === 2) return associatedGroup(c, ASSOCIATED[second.name]!);
      break;
    case 'siteusers':
      if (s.length === 2) return siteUsers(c);
      break;
    case 'getuserbyid':
      if (s.length === 2 && typeof second.arg === 'number') return siteUsers(c, second.arg);
      break;
    case 'sitegroups': {
      const byId = third?.name === 'getbyid' ? third : undefined;
      const id = typeof second.arg === 'number' ? second.arg : typeof byId?.arg === 'number' ? byId.arg : undefined;
      const after = s.slice(byId ? 3 : 2);
      if (!third && second.arg === undefined) return siteGroups(c, undefined, false);
      if (id !== undefined && after.length <= 1 && (after[0]?.name ?? 'users') === 'users')
        return siteGroups(c, id, after.length === 1);
      break;
    }
    case 'lists': {
      if (s.length === 2 && second.arg === undefined) return lists(c);
      const byTitle = third?.name === 'getbytitle' && typeof third.arg === 'string';
      const target = byTitle
        ? findList(c, String(third.arg), 'title')
        : typeof second.arg === 'string'
          ? findList(c, second.arg, 'id')
          : undefined;
      if (target) return listRoute(c, target, s.slice(byTitle ? 3 : 2));
      break;
    }
  }
  throw unknown();
}

const ASSOCIATED: Record<string, 'owners' | 'members' | 'visitors'> = {
  associatedownergroup: 'owners',
  associatedmembergroup: 'members',
  associatedvisitorgroup: 'visitors',
};

function findList(c: Ctx, key: string, by: 'title' | 'id'): List {
  const found = by === 'title' ? c.site.list(key) : c.site.listById(key);
  // A list the user may not read does not exist for them: the same 404 as a missing list, so
  // a direct REST call cannot even tell that it is there (strictest reading; UNVERIFIED).
  if (!found || !canRead(levelOn(c.site, found, c.user))) throw errors.listNotFound(key, c.site.url);
  return found;
}

async function listRoute(c: Ctx, target: List, s: Segment[]): Promise<Response> {
  const [a, b] = s;
  if (!a) return list(c, target);
  if (a.name === 'items' && s.length === 1)
    return a.arg === undefined ? items(c, target) : item(c, target, Number(a.arg));
  if (a.name === 'items' && b?.name === 'getbyid' && s.length === 2 && typeof b.arg === 'number')
    return item(c, target, b.arg);
  if (a.name === 'getitembyid' && s.length === 1 && typeof a.arg === 'number') return item(c, target, a.arg);
  if (a.name === 'getchanges' && s.length === 1) return getChanges(c, target);
  if (b?.name === 'attachmentfiles') return attachmentRoute(c, target, s);
  if (a.name === 'fields' && s.length === 1) return fields(c, target, false);
  if (a.name === 'fields' && b?.name === 'addfield' && s.length === 2) return fields(c, target, true);
  if (a.name === 'fields' && b?.name === 'getbyinternalnameortitle' && s.length === 2 && typeof b.arg === 'string')
    return field(c, target, b.arg);
  const permissions = listPermissions(c, target, s);
  if (permissions) return permissions;
  throw errors.notFound(c.url.pathname);
}
