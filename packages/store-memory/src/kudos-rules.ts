import { PleinError, checkActiveValue, type Kudos, type KudosValue, type KudosValueDraft } from '@plein/core';
import { isModerator } from './people.js';
import { summarize } from './reactions.js';
import type { KudosRecord, PersonRecord, State } from './state.js';

/** Who may do what with kudos, and kudos and values as a caller sees them (fresh objects every time). */

/** Editors of values and settings: the communications team and admins (`me().can.manageKudos`). */
export const managesKudos = (person: PersonRecord): boolean =>
  person.roles.includes('communications') || person.roles.includes('admin');

export function requireManager(person: PersonRecord): void {
  if (!managesKudos(person)) throw new PleinError('forbidden', { reason: 'not-manager' });
}

/** The giver, moderators, the communications team and admins. */
const canRemove = (person: PersonRecord, { fromId }: { fromId: string }): boolean =>
  fromId === person.id || isModerator(person) || managesKudos(person);

export function requireRemover(person: PersonRecord, kudos: KudosRecord): void {
  if (!canRemove(person, kudos)) throw new PleinError('forbidden', { reason: 'not-giver' });
}

export const viewValue = (value: KudosValue): KudosValue => ({
  ...value,
  name: { ...value.name },
  description: { ...value.description },
});

export const viewKudos = ({ seq: _seq, reactions, ...kudos }: KudosRecord, viewer: PersonRecord): Kudos => ({
  ...kudos,
  toIds: [...kudos.toIds],
  mentions: [...kudos.mentions],
  hashtags: [...kudos.hashtags],
  reactions: summarize({ reactions }, viewer.id),
  viewer: { canDelete: canRemove(viewer, kudos) },
});

/** Whether `draft` may be (or stay) an active value: the rule is core's `checkActiveValue`. */
export const checkActive = (state: State, draft: KudosValueDraft, id?: string): void =>
  checkActiveValue(state.kudosValues.values(), draft, id);
