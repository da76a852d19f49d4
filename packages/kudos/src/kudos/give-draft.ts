import type { Person } from '@plein/core';

/**
 * The give form's draft, kept in localStorage per signed-in person so it survives a reload and
 * a failed send: the people chosen, the value, the readable message with the mentions picked,
 * and the idempotency key of the kudos it will become (a retry after a lost answer then never
 * gives twice).
 */
export interface GiveDraft {
  people: Person[];
  valueId: string;
  text: string;
  mentions: [string, string][];
  key: string;
}

const storageKey = (personId: string): string => `plein-kudos-draft:${personId}`;

/** Storage may be missing or refuse (private mode, full, a sandboxed frame): drafts are a convenience. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const isPerson = (p: Partial<Person> | null): p is Person =>
  typeof p?.id === 'string' && typeof p.displayName === 'string';

const isPair = (pair: unknown): pair is [string, string] =>
  Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string';

export function loadDraft(personId: string): GiveDraft | undefined {
  try {
    const raw = storage()?.getItem(storageKey(personId));
    const draft = raw ? (JSON.parse(raw) as Partial<GiveDraft>) : undefined;
    if (!draft || typeof draft.text !== 'string' || typeof draft.key !== 'string') return undefined;
    return {
      people: Array.isArray(draft.people) ? draft.people.filter(isPerson) : [],
      valueId: typeof draft.valueId === 'string' ? draft.valueId : '',
      text: draft.text,
      mentions: Array.isArray(draft.mentions) ? draft.mentions.filter(isPair) : [],
      key: draft.key,
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(personId: string, draft: GiveDraft): void {
  try {
    storage()?.setItem(storageKey(personId), JSON.stringify(draft));
  } catch {
    // Full or refused: the form still holds it.
  }
}

export function clearDraft(personId: string): void {
  try {
    storage()?.removeItem(storageKey(personId));
  } catch {
    // Nothing to clear.
  }
}
