import type { KudosApi } from '@plein/core';
import type { PersonContext } from './context.js';
import { kudosReads } from './kudos-read.js';
import { kudosWrites } from './kudos-write.js';

/**
 * The kudos of one signed-in person. Who may do what lives in kudos-rules.ts; reads and writes
 * in their own files; the lists that keep a filtered wall fast in kudos-index.ts.
 */
export function createKudosApi(context: PersonContext): KudosApi {
  return { ...kudosReads(context), ...kudosWrites(context) };
}
