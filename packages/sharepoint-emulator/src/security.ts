/**
 * Who may do what: site groups give a level on lists that inherit permissions, a list with
 * unique permissions names its own principals (groups or users), and ReadSecurity/WriteSecurity
 * narrow items to their creator for everyone without Full Control ("Override List Behaviors", §6).
 * Site collection admins have Full Control everywhere.
 */
import type { Item, List, RoleLevel, Site, User } from './model.js';
import { has, PERMISSION } from './roles.js';

const RANK: Record<RoleLevel, number> = { read: 1, contribute: 2, edit: 3, full: 4 };

const best = (levels: Iterable<RoleLevel>): RoleLevel | undefined => {
  let top: RoleLevel | undefined;
  for (const level of levels) if (!top || RANK[level] > RANK[top]) top = level;
  return top;
};

/** The user's level on `list` (or on the site when undefined): the highest of their principals'. */
export function levelOn(site: Site, list: List | undefined, user: User): RoleLevel | undefined {
  if (user.isSiteAdmin) return 'full';
  const groups = [...site.groups.values()].filter((g) => g.members.has(user.id));
  if (!list?.roles) return best(groups.flatMap((g) => (g.level ? [g.level] : [])));
  const roles = list.roles;
  return best([user.id, ...groups.map((g) => g.id)].flatMap((id) => [...(roles.get(id) ?? [])]));
}

export const canRead = (level: RoleLevel | undefined): boolean => has(level, PERMISSION.ViewListItems);
export const canWrite = (level: RoleLevel | undefined): boolean => has(level, PERMISSION.AddListItems);
export const canManageLists = (level: RoleLevel | undefined): boolean => has(level, PERMISSION.ManageLists);
export const canManagePermissions = (level: RoleLevel | undefined): boolean => has(level, PERMISSION.ManagePermissions);
const overrides = (level: RoleLevel | undefined): boolean => has(level, PERMISSION.CancelCheckout);

export function canReadItem(list: List, level: RoleLevel | undefined, user: User, item: Item): boolean {
  return canRead(level) && (overrides(level) || list.readSecurity === 1 || item.authorId === user.id);
}

export function canWriteItem(list: List, level: RoleLevel | undefined, user: User, item: Item | undefined): boolean {
  if (!canWrite(level)) return false;
  if (overrides(level)) return true;
  if (list.writeSecurity === 4) return false;
  return list.writeSecurity === 1 || !item || item.authorId === user.id;
}
