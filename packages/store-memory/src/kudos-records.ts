import { hashtags, mentionedIds, type ChangeEvent } from '@plein/core';
import type { SeedData } from '@plein/core/testing';
import type { Change } from './db.js';
import { indexKudos, sortKudosIndex, unindexKudos } from './kudos-index.js';
import { addReaction } from './reactions.js';
import type { KudosRecord, State } from './state.js';

/** Creating, removing and seeding kudos records, with their place in the index. */

type KudosFields = Pick<KudosRecord, 'id' | 'fromId' | 'toIds' | 'valueId' | 'message' | 'createdAt'>;

/** Id of the settings in `configured` events. */
export const SETTINGS_ID = 'settings';

export function addKudos(state: State, fields: KudosFields, sorted = true): KudosRecord {
  const kudos: KudosRecord = {
    ...fields,
    toIds: [...fields.toIds],
    seq: ++state.seq,
    mentions: mentionedIds(fields.message),
    hashtags: hashtags(fields.message),
    reactions: [],
  };
  state.kudos.set(kudos.id, kudos);
  indexKudos(state, kudos, sorted);
  return kudos;
}

export function removeKudos(state: State, kudos: KudosRecord): void {
  unindexKudos(state, kudos);
  state.kudos.delete(kudos.id);
}

/**
 * Adds seeded values, settings and kudos as given, bypassing the rules a giver or editor must
 * follow. Kudos are appended and the lists sorted once; a kudos or value seeded again replaces
 * the old one (a value keeps its place).
 */
export function seedKudos(state: State, data: SeedData): Change[] {
  const changes: Change[] = [];
  const change = (id: string, type: ChangeEvent['type'], actorId?: string): void => {
    changes.push({ kind: 'kudos', id, type, actorId });
  };
  for (const { name, description, archived = false, ...value } of data.kudosValues ?? []) {
    state.kudosValues.set(value.id, { ...value, name: { ...name }, description: { ...description }, archived });
    change(value.id, 'configured');
  }
  if (data.kudosSettings) {
    state.kudosSettings = { peopleLeaderboard: data.kudosSettings.peopleLeaderboard };
    change(SETTINGS_ID, 'configured');
  }
  for (const { reactions = [], ...seed } of data.kudos ?? []) {
    const existing = state.kudos.get(seed.id);
    if (existing) removeKudos(state, existing);
    const kudos = addKudos(state, { ...seed, createdAt: new Date(Date.parse(seed.createdAt)).toISOString() }, false);
    for (const { by, reaction } of reactions) addReaction(state, kudos.reactions, by, reaction);
    change(kudos.id, 'created', kudos.fromId);
  }
  if (data.kudos?.length) sortKudosIndex(state);
  return changes;
}
