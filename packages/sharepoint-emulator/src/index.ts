/**
 * @plein/sharepoint-emulator: an in-memory SharePoint Online `/_api` for tests. See emulator.ts
 * for how tests act as a user, and SHAREPOINT-REST.md for the behaviour it follows.
 */
export { createEmulator, SharePointEmulator, USER_HEADER, type EmulatorClock, type Fetch } from './emulator.js';
export {
  Site,
  List,
  FIELD_TYPE_KIND,
  type Field,
  type FieldInit,
  type FieldType,
  type Group,
  type Item,
  type ListOptions,
  type RoleLevel,
  type User,
  type Value,
} from './model.js';
export { Faults, type RateLimit, type Throttle } from './faults.js';
export { SpError } from './errors.js';
export { DIGEST_SECONDS } from './digest.js';
export { THRESHOLD, DEFAULT_PAGE } from './query.js';
export type { DirectoryPerson } from './people.js';
export { BATCH_LIMITS } from './batch.js';
