import {
  PleinError,
  newId,
  parseKudosDraft,
  parseKudosSettings,
  parseKudosValueDraft,
  type ChangeEvent,
  type KudosApi,
  type KudosValue,
} from '@plein/core';
import { checkMentions, found, type PersonContext } from './context.js';
import type { Change } from './db.js';
import type { KudosRead } from './kudos-read.js';
import { SETTINGS_ID, addKudos, removeKudos } from './kudos-records.js';
import { checkActive, requireManager, requireRemover, viewKudos, viewValue } from './kudos-rules.js';
import { setReaction, summarize } from './reactions.js';
import type { State } from './state.js';

/** The writing half of the kudos. Each write checks everything, then mutates, then remembers its key. */
export function kudosWrites(context: PersonContext): Omit<KudosApi, KudosRead> {
  const { personId, iso, writing, replayed, remember, notify } = context;

  const change = (id: string, type: ChangeEvent['type']): Change => ({ kind: 'kudos', id, type, actorId: personId });

  /** A configured value, once per key: a retry returns it as it is now and changes nothing. */
  const configured = (state: State, value: KudosValue, operation: string, key: string) => {
    remember(state, operation, key, value.id);
    return { result: viewValue(value), changes: [change(value.id, 'configured')] };
  };

  return {
    createValue: (draft, options) =>
      writing(options, (state, me, key) => {
        const first = replayed(state, 'kudos.createValue', key);
        if (first !== undefined) return { result: viewValue(found(state.kudosValues, first)) };
        requireManager(me);
        const parsed = parseKudosValueDraft(draft);
        checkActive(state, parsed);
        const value = { id: newId('value'), ...parsed, archived: false };
        state.kudosValues.set(value.id, value);
        return configured(state, value, 'kudos.createValue', key);
      }),

    updateValue: (id, draft, options) =>
      writing(options, (state, me, key) => {
        const value = found(state.kudosValues, id);
        if (replayed(state, 'kudos.updateValue', key, value.id)) return { result: viewValue(value) };
        requireManager(me);
        const parsed = parseKudosValueDraft(draft);
        if (!value.archived) checkActive(state, parsed, value.id);
        Object.assign(value, parsed);
        return configured(state, value, 'kudos.updateValue', key);
      }),

    archiveValue: (id, archived, options) =>
      writing(options, (state, me, key) => {
        const value = found(state.kudosValues, id);
        if (replayed(state, 'kudos.archiveValue', key, value.id)) return { result: viewValue(value) };
        requireManager(me);
        if (typeof archived !== 'boolean') throw new PleinError('invalid', { field: 'archived', reason: 'wrong-type' });
        if (value.archived === archived) return { result: viewValue(value) };
        if (!archived) checkActive(state, value, value.id);
        value.archived = archived;
        return configured(state, value, 'kudos.archiveValue', key);
      }),

    give: (draft, options) =>
      writing(options, (state, me, key) => {
        const first = replayed(state, 'kudos.give', key);
        if (first !== undefined) return { result: viewKudos(found(state.kudos, first), me) };
        const { toIds, valueId, message } = parseKudosDraft(draft);
        toIds.forEach((id, index) => {
          const reason = id === personId ? 'self' : state.people.has(id) ? undefined : 'unknown-person';
          if (reason) throw new PleinError('invalid', { field: 'toIds', index, reason });
        });
        const value = state.kudosValues.get(valueId);
        if (!value || value.archived) {
          throw new PleinError('invalid', { field: 'valueId', reason: value ? 'archived' : 'unknown-value' });
        }
        checkMentions(state, message, 'message');
        const kudos = addKudos(state, {
          id: newId('kudos'),
          fromId: personId,
          toIds,
          valueId,
          message,
          createdAt: iso(),
        });
        remember(state, 'kudos.give', key, kudos.id);
        return {
          result: viewKudos(kudos, me),
          changes: [
            change(kudos.id, 'created'),
            ...notify('kudos', toIds, kudos.id),
            ...notify(
              'mention',
              kudos.mentions.filter((id) => !toIds.includes(id)),
              kudos.id,
            ),
          ],
        };
      }),

    remove: (id, options) =>
      writing(options, (state, me) => {
        if (typeof id === 'string' && state.removed.has(id)) return { result: undefined };
        const kudos = found(state.kudos, id);
        requireRemover(me, kudos);
        removeKudos(state, kudos);
        state.removed.add(kudos.id);
        return { result: undefined, changes: [change(kudos.id, 'deleted')] };
      }),

    react: (id, reaction, on, options) =>
      writing(options, (state, _me, key) => {
        const kudos = found(state.kudos, id);
        if (replayed(state, 'kudos.react', key, kudos.id)) return { result: summarize(kudos, personId) };
        const changed = setReaction(state, kudos.reactions, personId, reaction, on, iso());
        remember(state, 'kudos.react', key, kudos.id);
        return { result: summarize(kudos, personId), changes: changed ? [change(kudos.id, 'reacted')] : [] };
      }),

    configure: (settings, options) =>
      writing(options, (state, me, key) => {
        const view = () => ({ peopleLeaderboard: state.kudosSettings.peopleLeaderboard });
        if (replayed(state, 'kudos.configure', key) !== undefined) return { result: view() };
        requireManager(me);
        state.kudosSettings.peopleLeaderboard = parseKudosSettings(settings).peopleLeaderboard;
        remember(state, 'kudos.configure', key, SETTINGS_ID);
        return { result: view(), changes: [change(SETTINGS_ID, 'configured')] };
      }),
  };
}
