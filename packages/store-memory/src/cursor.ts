import { PleinError } from '@plein/core';
import type { Position } from './feed-index.js';

/**
 * Cursors name the last item a page returned, never an offset, so items arriving or leaving
 * meanwhile never shift a later page. They are opaque to callers.
 */

const badCursor = () => new PleinError('invalid', { field: 'cursor', reason: 'bad-cursor' });

/** A creation number: `s` + base 36. */
export const encodeSeq = (seq: number): string => `s${seq.toString(36)}`;

export function decodeSeq(cursor: string): number {
  const match = /^s([0-9a-z]{1,10})$/.exec(cursor);
  if (!match) throw badCursor();
  return parseInt(match[1]!, 36);
}

/** A place in a time-ordered list: `t` + milliseconds + `.` + creation number, both base 36. */
export const encodePosition = (at: Position): string =>
  `t${Date.parse(at.createdAt).toString(36)}.${at.seq.toString(36)}`;

export function decodePosition(cursor: string): Position {
  const match = /^t([0-9a-z]{1,12})\.([0-9a-z]{1,10})$/.exec(cursor);
  if (!match) throw badCursor();
  const time = parseInt(match[1]!, 36);
  if (!(time <= 8.64e15)) throw badCursor();
  return { createdAt: new Date(time).toISOString(), seq: parseInt(match[2]!, 36) };
}

/** A sort key of whole numbers: `k` + the numbers in base 36, joined by `.`. */
export const encodeKey = (key: readonly number[]): string => `k${key.map((part) => part.toString(36)).join('.')}`;

export function decodeKey(cursor: string, length: number): number[] {
  const parts = cursor.startsWith('k') ? cursor.slice(1).split('.') : [];
  if (parts.length !== length || !parts.every((part) => /^[0-9a-z]{1,12}$/.test(part))) throw badCursor();
  return parts.map((part) => parseInt(part, 36));
}

export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
