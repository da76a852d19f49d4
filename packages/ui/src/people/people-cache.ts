import type { Person, PleinStore } from '@plein/core';

export interface PeopleCacheOptions {
  /** How many people (and unknown ids) to keep: the least recently read go first. */
  max?: number;
}

/** A page left open for days meets many people; this many stay known. */
export const PEOPLE_CACHE_MAX = 500;

/**
 * People by id for avatars and names: what is not known yet is asked for in one
 * `people.getMany` per tick, however many posts and comments name it, and the element
 * re-renders once the answer is here. Unknown ids are remembered as such, so they are not asked
 * for again on every render.
 *
 * It keeps at most `max` entries, dropping the least recently read (a dropped id is simply asked
 * for again when it is shown) each time people arrive. Whoever was read since the last arrival
 * stays, however many: a view showing more people than `max` keeps them all, rather than
 * fetching them in a loop.
 */
export class PeopleCache {
  /** In the order they were last read or added: the least recent first. */
  private readonly known = new Map<string, Person | null>();
  /** Ids read since people last arrived: shown now, so kept. */
  private readonly recent = new Set<string>();
  private readonly wanted = new Set<string>();
  private readonly max: number;
  private scheduled = false;

  constructor(
    private readonly store: () => PleinStore | undefined,
    private readonly changed: () => void,
    options: PeopleCacheOptions = {},
  ) {
    this.max = Math.max(1, options.max ?? PEOPLE_CACHE_MAX);
  }

  get(id: string): Person | undefined {
    this.recent.add(id);
    const found = this.known.get(id);
    if (found === undefined && !this.known.has(id)) {
      this.want(id);
      return undefined;
    }
    this.keep(id, found ?? null);
    return found ?? undefined;
  }

  /** People the element already has (from a search or a reactors list). */
  add(people: readonly Person[]): void {
    for (const person of people) this.keep(person.id, person);
    this.trim();
  }

  /** How many people (and unknown ids) are kept. */
  get size(): number {
    return this.known.size;
  }

  /** Forgets everyone (another store). */
  clear(): void {
    this.known.clear();
    this.recent.clear();
    this.wanted.clear();
  }

  /** Stores `id` as the most recently used. */
  private keep(id: string, person: Person | null): void {
    this.known.delete(id);
    this.known.set(id, person);
  }

  /** Drops the least recently used beyond `max`, except those read since people last arrived. */
  private trim(): void {
    for (const id of this.known.keys()) {
      if (this.known.size <= this.max) break;
      if (!this.recent.has(id)) this.known.delete(id);
    }
    this.recent.clear();
  }

  private want(id: string): void {
    this.wanted.add(id);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.fetch());
  }

  private async fetch(): Promise<void> {
    this.scheduled = false;
    const store = this.store();
    const ids = [...this.wanted];
    this.wanted.clear();
    if (!store || !ids.length) return;
    for (const id of ids) this.keep(id, null);
    try {
      this.add(await store.people.getMany(ids));
    } catch {
      // Names stay "Someone" until the next change asks again.
      for (const id of ids) this.known.delete(id);
      return;
    }
    this.changed();
  }
}
