import type { PleinStore } from '@plein/core';
import { readConfigBlock } from './config-block.js';
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
 * copy, so the page store is configured once) reads the page's `plein-config` block.
 */
export function installPlein(): void {
  const global = globalThis as { Plein?: PleinApi };
  if (global.Plein) return;
  global.Plein = Plein;
  if (typeof document === 'undefined') return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => readConfigBlock(), { once: true });
  } else {
    readConfigBlock();
  }
}
