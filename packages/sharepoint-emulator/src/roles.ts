/**
 * SharePoint's built-in permission levels (role definitions) and base-permission bits
 * (SP.PermissionKind: bit = 1 << (kind - 1), `Low` holds kinds 1–32, `High` 33–64). Ids,
 * masks and names are SharePoint Online's; the masks nest, Read ⊂ Contribute ⊂ Edit ⊂ Full Control.
 */
import type { RoleLevel } from './model.js';

/** The `Low` bits the emulator checks. */
export const PERMISSION = {
  ViewListItems: 0x1,
  AddListItems: 0x2,
  EditListItems: 0x4,
  DeleteListItems: 0x8,
  /** "Override List Behaviors": ignores ReadSecurity/WriteSecurity (Design and Full Control). */
  CancelCheckout: 0x100,
  ManageLists: 0x800,
  CreateGroups: 0x1000000,
  ManagePermissions: 0x2000000,
} as const;

export interface RoleDefinition {
  level: RoleLevel;
  id: number;
  name: string;
  description: string;
  high: number;
  low: number;
  /** SP.RoleType: Reader 2, Contributor 3, Administrator 5, Editor 6. */
  roleTypeKind: number;
  order: number;
}

export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  {
    level: 'full',
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    high: 2147483647,
    low: 4294967295,
    roleTypeKind: 5,
    order: 1,
  },
  {
    level: 'edit',
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    high: 432,
    low: 1011030767,
    roleTypeKind: 6,
    order: 48,
  },
  {
    level: 'contribute',
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    high: 432,
    low: 1011028719,
    roleTypeKind: 3,
    order: 64,
  },
  {
    level: 'read',
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    high: 176,
    low: 138612833,
    roleTypeKind: 2,
    order: 128,
  },
];

export const roleDefinition = (level: RoleLevel): RoleDefinition =>
  ROLE_DEFINITIONS.find((d) => d.level === level) ?? ROLE_DEFINITIONS[0]!;

export const roleDefinitionById = (id: number): RoleDefinition | undefined => ROLE_DEFINITIONS.find((d) => d.id === id);

/** Whether `level` carries a `Low` permission bit; no level carries none. */
export function has(level: RoleLevel | undefined, bit: number): boolean {
  return level !== undefined && (roleDefinition(level).low & bit) !== 0;
}
