import type { Person, PleinStore } from '@plein/core';

/**
 * People by id for avatars and names: what is not known yet is asked for in one
 * `people.getMany` per tick, however many posts and comments name it, and the element
 * re-renders once the answer is here. Unknown ids are remembered as such, so they are not asked
 * for again on every render.
 */
export class PeopleCache {
  private readonly known = new Map<string, Person | null>();
  private readonly wanted = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly store: () => PleinStore | undefined,
    private readonly changed: () => void,
  ) {}

  get(id: string): Person | undefined {
    const found = this.known.get(id);
    if (found === undefined && !this.known.has(id)) this.want(id);
    return found ?? undefined;
  }

  /** People the element already has (from a search or a reactors list). */
  add(people: readonly Person[]): void {
    for (const person of people) this.known.set(person.id, person);
  }

  /** Forgets everyone (another store). */
  clear(): void {
    this.known.clear();
    this.wanted.clear();
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
    for (const id of ids) this.known.set(id, null);
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
