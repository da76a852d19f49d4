import type { KudosQuery, Person } from '@plein/core';
import type { WallContext } from './context.js';

export type Direction = 'received' | 'given';

/**
 * The wall's filters: by value, by department, and by person (kudos received or given). What the
 * page fixed with an attribute (`value`, `department`, `recipient`) is not offered again: people
 * narrow further. A person's own page keeps only the received/given switch for its person.
 *
 * The choices and the query live here, with the wall; the controls (the bar with its selects and
 * people picker, the received/given switch) are `filters-bar.ts`, in the chunk fetched with it.
 */
export class Filters {
  valueId = '';
  department = '';
  person: Person | undefined;
  direction: Direction = 'received';
  /** Narrow walls (phones) fold the filters behind a button. */
  open = false;

  constructor(
    private readonly ctx: WallContext,
    private readonly changed: () => void,
  ) {}

  /** The page's own filters (attributes). */
  get fixed(): KudosQuery {
    return this.ctx.shell.config().query;
  }

  /** Whether people chose any filter (the page's own don't count). */
  get active(): boolean {
    return this.count > 0 || this.direction !== 'received';
  }

  /** How many filters people chose. */
  get count(): number {
    return [this.valueId, this.department, this.person].filter(Boolean).length;
  }

  /** The query to ask the store: the page's filters, narrowed by people's. */
  query(): KudosQuery {
    const query: KudosQuery = { ...this.fixed };
    if (this.valueId && !query.valueId) query.valueId = this.valueId;
    if (this.department && !query.department) query.department = this.department;
    const personId = query.personId ?? this.person?.id;
    if (personId) {
      query.personId = personId;
      query.direction = this.direction;
    }
    return query;
  }

  clear(): void {
    this.valueId = this.department = '';
    this.person = undefined;
    this.direction = 'received';
    this.changed();
  }

  set<K extends 'valueId' | 'department' | 'direction'>(key: K, value: this[K]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.changed();
  }

  /** A person chosen (or none: back to what everyone received). */
  pick(person: Person | undefined): void {
    this.person = person;
    if (!person) this.direction = 'received';
    this.changed();
  }
}
