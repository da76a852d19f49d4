import { hashtags, mentionedIds } from '@plein/core';
import { indexKudos, unindexKudos } from './kudos-index.js';
import type { KudosRecord, State } from './state.js';

/** Creating and removing kudos records, with their place in the index (seeding: kudos-seed.ts). */

export type KudosFields = Pick<KudosRecord, 'id' | 'fromId' | 'toIds' | 'valueId' | 'message' | 'createdAt'>;

/** Id of the settings in `configured` events. */
export const SETTINGS_ID = 'settings';

/** One literal, not a spread of `fields`: see feed-records.ts. */
export function addKudos(state: State, fields: KudosFields, sorted = true): KudosRecord {
  const kudos: KudosRecord = {
    id: fields.id,
    fromId: fields.fromId,
    toIds: [...fields.toIds],
    valueId: fields.valueId,
    message: fields.message,
    createdAt: fields.createdAt,
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
