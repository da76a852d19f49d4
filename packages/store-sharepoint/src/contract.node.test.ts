import { describe, it } from 'node:test';
import { contractSuite } from '@plein/core/testing';
import { createSharePointWorld } from './world.fixtures.js';

await contractSuite({ name: 'sharepoint (fetch)', createWorld: () => createSharePointWorld(), describe, it });
