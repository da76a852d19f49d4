/**
 * ETag-guarded updates for values that must stay exact under concurrent writers (counters,
 * a poll's state): read the item and its ETag, MERGE with `IF-MATCH`, and on 412 (someone
 * wrote first) read again and retry, a bounded number of times (SHAREPOINT-REST.md §4.3).
 */
import { isPleinError, PleinError } from '@plein/core';
import type { SpClient } from './client.js';
import { entity } from './odata.js';

export type Fields = Record<string, unknown>;

/**
 * Applies `change` to the item at `itemPath` (e.g. `web/lists/getbytitle('X')/items(3)`).
 * `change` sees the current fields and returns (or resolves with) the fields to write, or
 * undefined for no write.
 * Resolves with the fields written; after `attempts` conflicts, a `conflict` PleinError.
 */
export async function updateWithEtag(
  sp: SpClient,
  itemPath: string,
  change: (current: Fields) => Fields | undefined | Promise<Fields | undefined>,
  attempts = 5,
): Promise<Fields | undefined> {
  for (let attempt = 1; ; attempt++) {
    const read = await sp.get(itemPath);
    const patch = await change(entity(read.body));
    if (!patch) return undefined;
    try {
      await sp.post(itemPath, patch, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': read.etag ?? '*' });
      return patch;
    } catch (e) {
      if (!isPleinError(e) || e.code !== 'conflict' || attempt >= attempts) throw rethrown(e, attempts);
    }
  }
}

function rethrown(e: unknown, attempts: number): unknown {
  return isPleinError(e) && e.code === 'conflict'
    ? new PleinError('conflict', { reason: 'too-many-concurrent-writes', limit: attempts })
    : e;
}
