import type { Attachment } from '@plein/core';

/**
 * The composer's draft, kept in localStorage per channel so it survives a reload and a failed
 * send: the readable text, the mentions picked, the idempotency key of the post it will become
 * (a retry after a lost answer then never posts twice), and the images already uploaded (by a
 * send that failed after them) whose address is short enough to keep. Images picked but not yet
 * uploaded live only in the page: a file can't be stored cheaply.
 */
export interface Draft {
  text: string;
  mentions: [string, string][];
  key: string;
  images: Attachment[];
}

/** A longer address (a `data:` URL of a larger image) is not worth the storage. */
export const KEEP_URL_CHARS = 100_000;

/** A saved upload, shown again only from an address a post may show (see post.ts). */
const isAttachment = (a: Partial<Attachment> | null): a is Attachment =>
  typeof a?.id === 'string' &&
  typeof a.url === 'string' &&
  /^(data:image\/|https:)/i.test(a.url) &&
  typeof a.name === 'string' &&
  typeof a.alt === 'string' &&
  typeof a.type === 'string' &&
  typeof a.size === 'number';

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
    const images = Array.isArray(draft.images) ? draft.images.filter(isAttachment) : [];
    return { text: draft.text, mentions, key: draft.key, images };
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
