/**
 * Who may do what: site groups give a level on lists that inherit permissions, a list with
 * unique permissions names its own groups, and ReadSecurity/WriteSecurity narrow items to
 * their creator for everyone without Full Control ("Override List Behaviors", §6).
 */
import type { Item, List, RoleLevel, Site, User } from './model.js';

const RANK: Record<RoleLevel, number> = { read: 1, contribute: 2, full: 3 };

export function levelOn(site: Site, list: List | undefined, user: User): RoleLevel | undefined {
  if (user.isSiteAdmin) return 'full';
  let best: RoleLevel | undefined;
  for (const group of site.groups.values()) {
    if (!group.members.has(user.id)) continue;
    const level = list?.roles ? list.roles.get(group.id) : group.level;
    if (level && (!best || RANK[level] > RANK[best])) best = level;
  }
  return best;
}

export const canRead = (level: RoleLevel | undefined): boolean => level !== undefined;
export const canWrite = (level: RoleLevel | undefined): boolean =>
  level !== undefined && RANK[level] >= RANK.contribute;

export function canReadItem(list: List, level: RoleLevel | undefined, user: User, item: Item): boolean {
  return canRead(level) && (level === 'full' || list.readSecurity === 1 || item.authorId === user.id);
}

export function canWriteItem(list: List, level: RoleLevel | undefined, user: User, item: Item | undefined): boolean {
  if (!canWrite(level)) return false;
  if (level === 'full') return true;
  if (list.writeSecurity === 4) return false;
  return list.writeSecurity === 1 || !item || item.authorId === user.id;
}
