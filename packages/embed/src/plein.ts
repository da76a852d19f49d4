import type { PleinStore } from '@plein/core';
import { configure, type StoreConfig } from './configure.js';
import { version } from './version.js';

export interface PleinApi {
  readonly version: string;
  configure(config: StoreConfig): Promise<PleinStore>;
}

/** This copy's API. `globalThis.Plein` may be another copy's: the first one on the page is kept. */
export const Plein: PleinApi = Object.freeze({ version, configure });

/**
 * Publishes `globalThis.Plein` unless another copy already did, and then (only as that first
 * copy, so the page store is configured once) reads the page's `plein-config` block. The code
 * that reads it is a chunk of its own, fetched only when the page has such a block.
 */
export function installPlein(): void {
  const global = globalThis as { Plein?: PleinApi };
  if (global.Plein) return;
  global.Plein = Plein;
  if (typeof document === 'undefined') return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', readConfigBlockLater, { once: true });
  } else {
    readConfigBlockLater();
  }
}

/** `plein-config`, as `CONFIG_BLOCK_ID` in config-block.ts (not imported, so that stays out of the first load). */
function readConfigBlockLater(): void {
  if (!document.getElementById('plein-config')) return;
  import('./config-block.js').then(
    ({ readConfigBlock }) => readConfigBlock(),
    (error: unknown) => console.error('Plein: the code that reads #plein-config could not be loaded.', error),
  );
}
