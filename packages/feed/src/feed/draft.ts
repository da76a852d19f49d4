/**
 * The composer's draft, kept in localStorage per channel so it survives a reload and a failed
 * send: the readable text, the mentions picked, and the idempotency key of the post it will
 * become (a retry after a lost answer then never posts twice). Images are not kept.
 */
export interface Draft {
  text: string;
  mentions: [string, string][];
  key: string;
}

const storageKey = (channel: string): string => `plein-feed-draft:${channel}`;

/** Storage may be missing or refuse (private mode, full, a sandboxed frame): drafts are a convenience. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(channel: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(storageKey(channel));
    const draft = raw ? (JSON.parse(raw) as Partial<Draft>) : undefined;
    if (!draft || typeof draft.text !== 'string' || typeof draft.key !== 'string') return undefined;
    const mentions = Array.isArray(draft.mentions)
      ? draft.mentions.filter(
          (pair): pair is [string, string] =>
            Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
        )
      : [];
    return { text: draft.text, mentions, key: draft.key };
  } catch {
    return undefined;
  }
}

export function saveDraft(channel: string, draft: Draft): void {
  try {
    storage()?.setItem(storageKey(channel), JSON.stringify(draft));
  } catch {
    // Full or refused: the text is still in the field.
  }
}

export function clearDraft(channel: string): void {
  try {
    storage()?.removeItem(storageKey(channel));
  } catch {
    // Nothing to clear.
  }
}
