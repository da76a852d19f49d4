import type { PersonRecord, PollRecord, State } from './state.js';

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

/** Bumped when the stored shape changes; data of another version is ignored, never misread. */
export const STORAGE_VERSION = 1;

/** The stored shape: the state with Maps and Sets as arrays. */
interface Stored {
  version: typeof STORAGE_VERSION;
  seq: number;
  people: PersonRecord[];
  polls: (Omit<PollRecord, 'ballots' | 'voters'> & { ballots: [string, string[]][]; voters: string[] })[];
  keys: [string, string][];
}

// Shape checks for data read back: another version, a hand edit or a half-written value must
// be ignored, never misread. (A plain check keeps valibot out of this package's dependencies.)
type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  (...values: unknown[]): Check =>
  (value) =>
    values.includes(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const tuple =
  (...checks: Check[]): Check =>
  (value) =>
    Array.isArray(value) && value.length === checks.length && checks.every((check, i) => check(value[i]));
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(fields).every(([key, check]) => check((value as Record<string, unknown>)[key]));

const isPerson = shape({
  id: isString,
  displayName: isString,
  email: optional(isString),
  jobTitle: optional(isString),
  department: optional(isString),
  location: optional(isString),
  avatarUrl: optional(isString),
  locale: optional(isString),
  roles: arrayOf(oneOf('member', 'moderator', 'communications', 'admin')),
});

const isPoll = shape({
  id: isString,
  seq: isNumber,
  question: isString,
  options: arrayOf(shape({ id: isString, label: isString, votes: isNumber })),
  nextOption: isNumber,
  kind: oneOf('single', 'multiple'),
  maxChoices: isNumber,
  anonymous: oneOf(true, false),
  resultsVisibility: oneOf('always', 'after-vote', 'after-close'),
  createdBy: isString,
  createdAt: isString,
  updatedAt: isString,
  closesAt: optional(isString),
  closedAt: optional(isString),
  ballots: arrayOf(tuple(isString, arrayOf(isString))),
  voters: arrayOf(isString),
  rev: isNumber,
  change: oneOf('created', 'updated', 'voted', 'closed', 'deleted'),
});

const isStored = shape({
  version: oneOf(STORAGE_VERSION),
  seq: isNumber,
  people: arrayOf(isPerson),
  polls: arrayOf(isPoll),
  keys: arrayOf(tuple(isString, isString)),
}) as (value: unknown) => value is Stored;

export function serialize(state: State): string {
  const stored: Stored = {
    version: STORAGE_VERSION,
    seq: state.seq,
    people: [...state.people.values()],
    polls: [...state.polls.values()].map((poll) => ({
      ...poll,
      ballots: [...poll.ballots],
      // Sorted, so the order of voters says nothing about the order of votes.
      voters: [...poll.voters].sort(),
    })),
    keys: [...state.keys],
  };
  return JSON.stringify(stored);
}

/** The state in `raw`, or undefined when it is missing, corrupt or of another version. */
export function deserialize(raw: string | null): State | undefined {
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isStored(json)) return undefined;
  const stored = json;
  return {
    seq: stored.seq,
    people: new Map(stored.people.map((person) => [person.id, person])),
    polls: new Map(
      stored.polls.map((poll) => [poll.id, { ...poll, ballots: new Map(poll.ballots), voters: new Set(poll.voters) }]),
    ),
    keys: new Map(stored.keys),
  };
}

/** Where a db's data lives between page loads, and how it hears of writes by others. */
export class Persistence {
  private readonly storage: StorageLike | undefined;
  private readonly peers: Set<() => void>;
  private readonly stopWatching: () => void;
  /** What this db last read or wrote, so an unchanged key is not parsed again. */
  private last: string | null | undefined;

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

  /** The stored text when it differs from what this db last saw; undefined when unchanged. */
  readIfChanged(): { raw: string | null } | undefined {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(this.options.key) ?? null;
    } catch {
      // Storage can be disabled by the browser; the store then lives in memory only.
    }
    if (raw === this.last) return undefined;
    this.last = raw;
    return { raw };
  }

  write(raw: string): void {
    this.last = raw;
    try {
      this.storage?.setItem(this.options.key, raw);
    } catch {
      // Quota exceeded or storage disabled: keep working in memory.
      return;
    }
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
