import type { ChangeEvent } from '@plein/core';
import type { SeedData } from '@plein/core/testing';
import type { Change } from './db.js';
import { sortKudosIndex } from './kudos-index.js';
import { SETTINGS_ID, addKudos, removeKudos } from './kudos-records.js';
import { addReaction } from './reactions.js';
import type { State } from './state.js';

const iso = (time: string): string => new Date(Date.parse(time)).toISOString();

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
    const kudos = addKudos(state, { ...seed, createdAt: iso(seed.createdAt) }, false);
    for (const { by, reaction, at } of reactions) {
      addReaction(state, kudos.reactions, by, reaction, at === undefined ? kudos.createdAt : iso(at));
    }
    change(kudos.id, 'created', kudos.fromId);
  }
  if (data.kudos?.length) sortKudosIndex(state);
  return changes;
}
