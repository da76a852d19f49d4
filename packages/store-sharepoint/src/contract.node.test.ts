import { describe, it } from 'node:test';
import { contractSuite } from '@plein/core/testing';
import { createSharePointWorld } from './world.fixtures.js';

// The whole contract, twice: over fetch with a request digest (any SharePoint page), and over a
// stand-in SPHttpClient that sends SPFx's real OData 4.0 headers (the web parts).
await contractSuite({ name: 'sharepoint (fetch)', createWorld: () => createSharePointWorld(), describe, it });
await contractSuite({
  name: 'sharepoint (SPHttpClient)',
  createWorld: () => createSharePointWorld({ transport: 'spfx' }),
  describe,
  it,
});
