/** Test helpers shared by every store: the contract suite, its world shape and assertions. */
export { contractSuite } from './contract.js';
export {
  CONTRACT_PEOPLE,
  type CastName,
  type ContractSuiteOptions,
  type Faults,
  type SeedData,
  type SeedPerson,
  type SeedPoll,
  type SeedPost,
  type SeedComment,
  type SeedChannel,
  type SeedKudos,
  type SeedCampaign,
  type SeedEnrolment,
  type SeedTick,
  type World,
} from './world.js';
export { createFaults, withFaults, type FaultInjector } from './faults.js';
export { AssertionError, deepEqual, equal, ok, rejectsWith } from './assert.js';
export { eventually, macrotask } from './helpers.js';
