import { PleinError } from '@plein/core';

export { STORAGE_VERSION, deserialize, serialize } from './stored.js';

/** The part of the Web Storage API the memory store needs; `localStorage` fits. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface PersistOptions {
  /** Storage key, for example `plein-demo`. */
  key: string;
  /** Defaults to `localStorage`. */
  storage?: StorageLike;
  /**
   * Calls `onChange` when someone else (another tab) wrote the key; returns a stop function.
   * Defaults, for `localStorage` in a browser, to the window's `storage` events. Stores in the
   * same page that share a storage and key always notify each other.
   */
  watch?: (onChange: () => void) => () => void;
}

/** `persist: true` means the default key; an object is used as given. */
export function resolvePersist(
  persist: boolean | PersistOptions | undefined,
  defaultKey: string,
): PersistOptions | undefined {
  if (persist === true) return { key: defaultKey };
  return persist || undefined;
}

/** Where a db's data lives between page loads, and how it hears of writes by others. */
export class Persistence {
  private readonly storage: StorageLike | undefined;
  private readonly peers: Set<() => void>;
  private readonly stopWatching: () => void;
  /** What this db last read or saved, so an unchanged key is not parsed again. */
  private last: string | null | undefined;
  /** False once the storage refused to be read: the db then lives in memory only. */
  private readable = true;

  constructor(
    private readonly options: PersistOptions,
    private readonly onExternalChange: () => void,
  ) {
    this.storage = options.storage ?? defaultStorage();
    this.peers = peersOf(this.storage, options.key);
    this.peers.add(onExternalChange);
    const watch =
      options.watch ?? (this.storage && this.storage === defaultStorage() ? windowWatch(options.key) : undefined);
    this.stopWatching = watch?.(onExternalChange) ?? (() => {});
  }

  /** The text last read or saved: what the data rolls back to when a save fails. */
  get saved(): string | null {
    return this.last ?? null;
  }

  /** The stored text when it differs from what this db last saw; undefined when unchanged. */
  readIfChanged(): { raw: string | null } | undefined {
    if (!this.readable) return undefined;
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(this.options.key) ?? null;
    } catch {
      // Storage can be disabled by the browser (privacy settings): the store lives in memory only.
      this.readable = false;
    }
    if (raw === this.last) return undefined;
    this.last = raw;
    return { raw };
  }

  /** Saves `raw`; a storage that is readable but refuses the write (quota) fails as `storage-full`. */
  write(raw: string): void {
    if (this.storage && this.readable) {
      try {
        this.storage.setItem(this.options.key, raw);
      } catch {
        throw new PleinError('too-large', { reason: 'storage-full' });
      }
    }
    this.last = raw;
    for (const peer of this.peers) if (peer !== this.onExternalChange) peer();
  }

  dispose(): void {
    this.peers.delete(this.onExternalChange);
    this.stopWatching();
  }
}

function defaultStorage(): StorageLike | undefined {
  try {
    return (globalThis as { localStorage?: StorageLike }).localStorage;
  } catch {
    return undefined; // reading localStorage throws where storage is blocked
  }
}

/** Dbs in this page that share a storage and key, so a write in one reaches the others. */
const registry = new WeakMap<StorageLike, Map<string, Set<() => void>>>();
const unstored = new Map<string, Set<() => void>>();

function peersOf(storage: StorageLike | undefined, key: string): Set<() => void> {
  let byKey = unstored;
  if (storage) {
    byKey = registry.get(storage) ?? new Map();
    registry.set(storage, byKey);
  }
  let peers = byKey.get(key);
  if (!peers) byKey.set(key, (peers = new Set()));
  return peers;
}

/** Another tab's writes to localStorage arrive as `storage` events on this window. */
function windowWatch(key: string): ((onChange: () => void) => () => void) | undefined {
  const target = globalThis as { addEventListener?: unknown; removeEventListener?: unknown };
  if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function')
    return undefined;
  return (onChange) => {
    const listener = (event: Event) => {
      const changed = (event as StorageEvent).key;
      if (changed === key || changed === null) onChange();
    };
    globalThis.addEventListener('storage', listener);
    return () => globalThis.removeEventListener('storage', listener);
  };
}
