/** `contextinfo`, the current user, site users and site groups (§4.2, §10). */
import { readBody } from './body.js';
import { ok, type Ctx } from './context.js';
import { DIGEST_SECONDS } from './digest.js';
import { errors } from './errors.js';
import { annotate, collection, functionResult, json, many } from './format.js';
import type { Group, User } from './model.js';
import { levelOn } from './security.js';
import { pick } from './list-routes.js';

export function contextInfo(c: Ctx): Response {
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  const value: Record<string, unknown> = {
    FormDigestTimeoutSeconds: DIGEST_SECONDS,
    FormDigestValue: c.digests.issue(c.site.url, c.user.id),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: c.site.url,
    SupportedSchemaVersions: many(c.format, ['14.0.0.0', '15.0.0.0'], 'Collection(Edm.String)'),
    WebFullUrl: c.site.url,
  };
  const body = c.format === 'verbose' ? { __metadata: { type: 'SP.ContextWebInformation' }, ...value } : value;
  return json(
    c.format,
    200,
    functionResult(c.format, c.apiUrl, 'GetContextWebInformation', body, 'SP.ContextWebInformation'),
  );
}

export function userJson(c: Ctx, u: User, select = c.url.searchParams.get('$select')): Record<string, unknown> {
  const props = {
    Id: u.id,
    IsHiddenInUI: false,
    LoginName: u.loginName,
    Title: u.title,
    PrincipalType: 1,
    Email: u.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.isSiteAdmin,
    UserId: { NameId: `1003${String(u.id).padStart(12, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.email,
  };
  return annotate(c.format, c.apiUrl, pick(props, select), {
    type: 'SP.User',
    path: `Web/GetUserById(${u.id})`,
  });
}

export function groupJson(c: Ctx, g: Group, select = c.url.searchParams.get('$select')): Record<string, unknown> {
  const props = {
    Id: g.id,
    Title: g.title,
    LoginName: g.title,
    PrincipalType: 8,
    Description: null,
    IsHiddenInUI: false,
  };
  return annotate(c.format, c.apiUrl, pick(props, select), {
    type: 'SP.Group',
    path: `Web/SiteGroups/GetById(${g.id})`,
  });
}

/** `associatedownergroup`, `associatedmembergroup`, `associatedvisitorgroup`: the site's three groups. */
export function associatedGroup(c: Ctx, which: 'owners' | 'members' | 'visitors'): Response {
  if (c.method !== 'GET') throw errors.methodNotAllowed();
  return ok(c, groupJson(c, c.site[which]), 'SP.ApiData.Groups');
}

export function currentUser(c: Ctx): Response {
  if (c.method !== 'GET') throw errors.methodNotAllowed();
  return ok(c, userJson(c, c.user), 'SP.UserInfo');
}

/** `web/currentuser/groups`: the site groups the signed-in user belongs to. */
export function currentUserGroups(c: Ctx): Response {
  if (c.method !== 'GET') throw errors.methodNotAllowed();
  const mine = [...c.site.groups.values()].filter((g) => g.members.has(c.user.id));
  return json(
    c.format,
    200,
    collection(
      c.format,
      c.apiUrl,
      mine.map((g) => groupJson(c, g)),
      'SP.ApiData.Groups',
    ),
  );
}

/** `web/associatedownergroup`: the site's Owners group. */
export const ownerGroup = (c: Ctx): Response => associatedGroup(c, 'owners');

export function siteUsers(c: Ctx, id?: number): Response {
  if (c.method !== 'GET') throw errors.methodNotAllowed();
  if (id === undefined)
    return json(
      c.format,
      200,
      collection(
        c.format,
        c.apiUrl,
        [...c.site.users.values()].map((u) => userJson(c, u)),
        'SP.ApiData.Users',
      ),
    );
  const user = c.site.users.get(id);
  // The text for a missing user is UNVERIFIED.
  if (!user) throw errors.notFound(`GetUserById(${id})`);
  return ok(c, userJson(c, user), 'SP.ApiData.Users');
}

/** `sitegroups` (GET, POST to create), `sitegroups(n)` / `getbyid(n)`, and `…/users` (GET, POST {LoginName}). */
export async function siteGroups(c: Ctx, id: number | undefined, users: boolean): Promise<Response> {
  const owner = levelOn(c.site, undefined, c.user) === 'full';
  if (id === undefined) {
    if (c.method === 'GET')
      return json(
        c.format,
        200,
        collection(
          c.format,
          c.apiUrl,
          [...c.site.groups.values()].map((g) => groupJson(c, g)),
          'SP.ApiData.Groups',
        ),
      );
    if (c.method !== 'POST') throw errors.methodNotAllowed();
    if (!owner) throw errors.accessDenied();
    const { props } = await readBody(c.request, 'SP.Group');
    const { Title, Description: _d, ...rest } = props;
    for (const key of Object.keys(rest)) throw errors.unknownProperty(key, 'SP.Group');
    if (typeof Title !== 'string' || !Title.trim()) throw errors.badQuery('A group needs a Title.');
    // Group names are unique per site collection, compared case-insensitively.
    const taken = [...c.site.groups.values()].some((g) => g.title.toLowerCase() === Title.trim().toLowerCase());
    if (taken) throw errors.groupExists();
    // A new group gets no permission on the site's lists: give it one through a list's roles.
    const group = c.site.addGroup(Title);
    return ok(c, groupJson(c, group), 'SP.ApiData.Groups', 201);
  }
  const group = c.site.groups.get(id);
  if (!group) throw errors.notFound(`SiteGroups/GetById(${id})`);
  if (!users) {
    if (c.method !== 'GET') throw errors.methodNotAllowed();
    return ok(c, groupJson(c, group), 'SP.ApiData.Groups');
  }
  if (c.method === 'GET') {
    const members = [...group.members].flatMap((m) => c.site.users.get(m) ?? []);
    return json(
      c.format,
      200,
      collection(
        c.format,
        c.apiUrl,
        members.map((u) => userJson(c, u)),
        'SP.ApiData.Users',
      ),
    );
  }
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  if (!owner) throw errors.accessDenied();
  const { props } = await readBody(c.request, 'SP.User');
  const user = [...c.site.users.values()].find((u) => u.loginName === props.LoginName);
  if (!user) throw errors.badQuery(`The user '${String(props.LoginName)}' does not exist.`);
  group.members.add(user.id);
  return ok(c, userJson(c, user), 'SP.ApiData.Users', 201);
}
