/**
 * Permissions over REST: role definitions, the current user's effective base permissions (web
 * and list), and a list's own role assignments (break and reset inheritance, add and remove
 * assignments). Changing or reading assignments needs ManagePermissions (Full Control).
 *
 * Sourced behaviour: breaking inheritance without copying leaves the caller assigned Full
 * Control ("in CSOM the current user is always added", pnp/PnP-Sites-Core#1584); breaking it
 * again on a list that already has unique permissions does nothing (pnp/PnP-Provisioning-Schema#289).
 * The bodies of these void methods are UNVERIFIED: verbose `{"d":{"<Method>":null}}`, JSON
 * light `{"odata.null":true}`, OData 4.0 a 204.
 */
import { noContent, ok, type Ctx } from './context.js';
import { errors } from './errors.js';
import { annotate, collection, functionResult, isV4, json, many } from './format.js';
import type { List, RoleLevel } from './model.js';
import type { Segment } from './path.js';
import { roleDefinition, roleDefinitionById, ROLE_DEFINITIONS, type RoleDefinition } from './roles.js';
import { canManagePermissions, levelOn } from './security.js';
import { groupJson, userJson } from './web-routes.js';

/** `SP.BasePermissions`: `High` and `Low` as strings (64-bit halves), as SharePoint sends them. */
export function effectiveBasePermissions(c: Ctx, list: List | undefined): Response {
  if (c.method !== 'GET') throw errors.methodNotAllowed();
  const level = levelOn(c.site, list, c.user);
  const d = level && roleDefinition(level);
  const value = { High: String(d?.high ?? 0), Low: String(d?.low ?? 0) };
  const body = c.format === 'verbose' ? { __metadata: { type: 'SP.BasePermissions' }, ...value } : value;
  return json(
    c.format,
    200,
    functionResult(c.format, c.apiUrl, 'EffectiveBasePermissions', body, 'SP.BasePermissions'),
  );
}

function roleDefinitionJson(c: Ctx, d: RoleDefinition): Record<string, unknown> {
  const permissions = { High: String(d.high), Low: String(d.low) };
  const props = {
    BasePermissions:
      c.format === 'verbose' ? { __metadata: { type: 'SP.BasePermissions' }, ...permissions } : permissions,
    Description: d.description,
    Hidden: false,
    Id: d.id,
    Name: d.name,
    Order: d.order,
    RoleTypeKind: d.roleTypeKind,
  };
  return annotate(c.format, c.apiUrl, props, { type: 'SP.RoleDefinition', path: `Web/RoleDefinitions(${d.id})` });
}

/** `web/roledefinitions` and `web/roledefinitions(id)` / `…/getbyid(id)`. */
export function roleDefinitions(c: Ctx, id: number | undefined): Response {
  if (c.method !== 'GET') throw errors.methodNotAllowed();
  if (id === undefined)
    return json(
      c.format,
      200,
      collection(
        c.format,
        c.apiUrl,
        ROLE_DEFINITIONS.map((d) => roleDefinitionJson(c, d)),
        'SP.ApiData.RoleDefinitions',
      ),
    );
  const d = roleDefinitionById(id);
  if (!d) throw errors.notFound(`RoleDefinitions(${id})`);
  return ok(c, roleDefinitionJson(c, d), 'SP.ApiData.RoleDefinitions');
}

function voidResult(c: Ctx, method: string): Response {
  if (isV4(c.format)) return noContent();
  return json(c.format, 200, c.format === 'verbose' ? { d: { [method]: null } } : { 'odata.null': true });
}

/** The list's assignments: its own when unique, else the site groups' levels it inherits. */
function assignments(c: Ctx, list: List): Map<number, Set<RoleLevel>> {
  if (list.roles) return list.roles;
  const inherited = new Map<number, Set<RoleLevel>>();
  for (const g of c.site.groups.values()) if (g.level) inherited.set(g.id, new Set([g.level]));
  return inherited;
}

function assignmentJson(c: Ctx, list: List, principalId: number, levels: Set<RoleLevel>): Record<string, unknown> {
  const expand = (c.url.searchParams.get('$expand') ?? '').split(',').map((s) => s.trim());
  for (const e of expand) if (e && e !== 'Member' && e !== 'RoleDefinitionBindings') throw errors.unknownSelect(e);
  const path = `Web/Lists(guid'${list.id}')/RoleAssignments/GetByPrincipalId(${principalId})`;
  const props: Record<string, unknown> = { PrincipalId: principalId };
  if (expand.includes('Member')) {
    const group = c.site.groups.get(principalId);
    const user = c.site.users.get(principalId);
    props.Member = group ? groupJson(c, group, null) : user ? userJson(c, user, null) : null;
  } else if (c.format === 'verbose') props.Member = { __deferred: { uri: `${c.apiUrl}${path}/Member` } };
  if (expand.includes('RoleDefinitionBindings')) {
    const bound = ROLE_DEFINITIONS.filter((d) => levels.has(d.level)).map((d) => roleDefinitionJson(c, d));
    props.RoleDefinitionBindings = many(c.format, bound);
  } else if (c.format === 'verbose')
    props.RoleDefinitionBindings = { __deferred: { uri: `${c.apiUrl}${path}/RoleDefinitionBindings` } };
  return annotate(c.format, c.apiUrl, props, { type: 'SP.RoleAssignment', path });
}

/** Routes under a list: `effectivebasepermissions`, `hasuniqueroleassignments`, inheritance, `roleassignments`. */
export function listPermissions(c: Ctx, list: List, s: Segment[]): Response | undefined {
  const [a, b] = s;
  if (!a) return undefined;
  if (a.name === 'effectivebasepermissions' && s.length === 1) return effectiveBasePermissions(c, list);
  if (a.name === 'hasuniqueroleassignments' && s.length === 1) {
    if (c.method !== 'GET') throw errors.methodNotAllowed();
    const value = list.roles !== undefined;
    return json(
      c.format,
      200,
      c.format === 'verbose'
        ? { d: { HasUniqueRoleAssignments: value } }
        : functionResult(c.format, c.apiUrl, 'HasUniqueRoleAssignments', { value }, 'Edm.Boolean'),
    );
  }
  const inheritance = a.name === 'breakroleinheritance' || a.name === 'resetroleinheritance';
  const assignment = a.name === 'roleassignments';
  if (!(inheritance && s.length === 1) && !(assignment && s.length <= 2)) return undefined;
  if (!canManagePermissions(levelOn(c.site, list, c.user))) throw errors.accessDenied();
  if (a.name === 'breakroleinheritance') {
    if (c.method !== 'POST') throw errors.methodNotAllowed();
    const copy = a.params?.copyroleassignments;
    if (copy !== 'true' && copy !== 'false') throw errors.badQuery('breakroleinheritance needs copyRoleAssignments.');
    if (!list.roles) {
      list.roles = copy === 'true' ? new Map([...assignments(c, list)].map(([k, v]) => [k, new Set(v)])) : new Map();
      if (copy === 'false') list.roles.set(c.user.id, new Set(['full']));
    }
    return voidResult(c, 'BreakRoleInheritance');
  }
  if (a.name === 'resetroleinheritance') {
    if (c.method !== 'POST') throw errors.methodNotAllowed();
    list.roles = undefined;
    return voidResult(c, 'ResetRoleInheritance');
  }
  if (!b) {
    if (c.method !== 'GET') throw errors.methodNotAllowed();
    const rows = [...assignments(c, list)]
      .sort(([x], [y]) => x - y)
      .map(([id, levels]) => assignmentJson(c, list, id, levels));
    return json(c.format, 200, collection(c.format, c.apiUrl, rows, 'SP.ApiData.RoleAssignments'));
  }
  const add = b.name === 'addroleassignment';
  if (!add && b.name !== 'removeroleassignment') return undefined;
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  const principal = Number(b.params?.principalid);
  const definition = roleDefinitionById(Number(b.params?.roledefid));
  if (!list.roles) throw errors.inheritsPermissions();
  if (!c.site.groups.has(principal) && !c.site.users.has(principal)) throw errors.principalNotFound();
  if (!definition) throw errors.notFound(`RoleDefinitions(${b.params?.roledefid ?? ''})`);
  const levels = list.roles.get(principal) ?? new Set<RoleLevel>();
  if (add) levels.add(definition.level);
  else levels.delete(definition.level);
  if (levels.size) list.roles.set(principal, levels);
  else list.roles.delete(principal);
  return voidResult(c, add ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
}
