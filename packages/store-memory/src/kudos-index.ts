import { compare, drop, insert, listOf } from './feed-index.js';
import type { KudosRecord, State } from './state.js';

/**
 * The kudos lists (see KudosIndex): each kudos is in the list of all kudos, of its value, of
 * its giver and of each recipient. Writes keep them sorted one record at a time; a load or a
 * bulk seed appends and sorts once.
 */

/** The lists a kudos belongs in. */
export const listsOf = (kudos: KudosRecord): string[] => [
  '*',
  `v:${kudos.valueId}`,
  `g:${kudos.fromId}`,
  ...kudos.toIds.map((id) => `r:${id}`),
];

/** A list, oldest first; empty when nothing was filed under `key`. */
export const kudosList = (state: State, key: string): readonly KudosRecord[] => state.kudosIndex.get(key) ?? [];

export function indexKudos(state: State, kudos: KudosRecord, sorted = true): void {
  for (const key of listsOf(kudos)) {
    const list = listOf(state.kudosIndex, key);
    if (sorted) insert(list, kudos);
    else list.push(kudos);
  }
}

export function unindexKudos(state: State, kudos: KudosRecord): void {
  for (const key of listsOf(kudos)) drop(state.kudosIndex.get(key), kudos);
}

export function sortKudosIndex(state: State): void {
  for (const list of state.kudosIndex.values()) list.sort(compare);
}

export function rebuildKudosIndex(state: State): void {
  state.kudosIndex = new Map();
  for (const kudos of state.kudos.values()) indexKudos(state, kudos, false);
  sortKudosIndex(state);
}
