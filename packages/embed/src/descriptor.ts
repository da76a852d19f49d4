import type { PleinStore } from '@plein/core';

/**
 * A store named by plain data, as in the page's `plein-config` block. Only the memory store
 * exists until the server lands; REST and SharePoint descriptors join this union later.
 */
export interface MemoryStoreDescriptor {
  kind: 'memory';
  /** The signed-in person's id; defaults to the store's first person (the demo's member persona). */
  user?: string;
  /** Keep the data in localStorage, under `key` when given. */
  persist?: boolean | { key: string };
  /** `demo` fills the store with sample people and polls; `none` (the default) starts empty. */
  seed?: 'demo' | 'none';
}

export type StoreDescriptor = MemoryStoreDescriptor;

/** Checks plain data (for example parsed JSON) and returns it as a descriptor; throws a TypeError saying what is wrong. */
export function parseDescriptor(value: unknown): StoreDescriptor {
  if (!isRecord(value)) throw new TypeError('a store descriptor must be an object like {"kind": "memory"}');
  const { kind, user, persist, seed } = value;
  if (kind !== 'memory') throw new TypeError(`unknown store kind ${JSON.stringify(kind)} (expected "memory")`);
  if (user !== undefined && (typeof user !== 'string' || user === '')) {
    throw new TypeError('"user" must be a non-empty string');
  }
  const persistOk =
    persist === undefined ||
    typeof persist === 'boolean' ||
    (isRecord(persist) && typeof persist.key === 'string' && persist.key !== '');
  if (!persistOk) throw new TypeError('"persist" must be true, false or {"key": "..."}');
  if (seed !== undefined && seed !== 'demo' && seed !== 'none') throw new TypeError('"seed" must be "demo" or "none"');
  return value as unknown as StoreDescriptor;
}

/**
 * Creates the store a descriptor names. The implementation is imported lazily, so bundles carry
 * it only as a chunk; the demo data is a chunk of its own, fetched beside it only for the demo.
 */
export async function createStore(descriptor: StoreDescriptor): Promise<PleinStore> {
  const persist = descriptor.persist === undefined ? {} : { persist: descriptor.persist };
  if (descriptor.seed === 'demo') {
    // Both fetched at once; destructured one by one, so rollup can tell which exports are used.
    const data = import('@plein/store-memory/demo-data.js');
    const { openDemoDb } = await import('@plein/store-memory');
    const { demoSeed, DEMO_PERSONAS } = await data;
    return openDemoDb(demoSeed, persist).storeFor(descriptor.user ?? DEMO_PERSONAS.member);
  }
  const { createMemoryStore } = await import('@plein/store-memory');
  return createMemoryStore({ ...(descriptor.user === undefined ? {} : { user: descriptor.user }), ...persist });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
