/**
 * Reading a poll's ballots past the list view threshold (SHAREPOINT-REST.md §3): a filter's
 * first indexed clause may match at most 5,000 items, so `PollId eq X` fails once a poll has
 * more ballots than that. Every ballot therefore also carries a box, `<pollId>#<n>` with n one
 * of BOXES by the voter's id; a big poll is read box by box (all boxes in one batched round
 * trip), which keeps every query under the threshold up to BOXES × 5,000 ballots.
 */
import { isPleinError } from '@plein/core';
import type { SpClient } from './client.js';
import { readAll, type Clause, type ItemsQuery } from './paging.js';
import type { Row } from './lists.js';
import { LISTS } from './schema.js';

export const BOXES = 16;

/** The box of a voter's ballots in a poll (a stable spread, not a secret). */
export function boxOf(pollId: string, voterId: string): string {
  let hash = 0;
  for (let i = 0; i < voterId.length; i++) hash = (hash * 31 + voterId.charCodeAt(i)) | 0;
  return `${pollId}#${Math.abs(hash) % BOXES}`;
}

const overThreshold = (e: unknown): boolean =>
  isPleinError(e) && e.code === 'unavailable' && e.details?.reason === 'list-view-threshold';

async function collect(sp: SpClient, query: ItemsQuery): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of readAll(sp, LISTS.votes, query)) rows.push(...page);
  return rows;
}

/**
 * The poll's ballot items matching `more` (e.g. `ID gt N`), in ID order: one query while the
 * poll is small, one per box once it is not.
 */
export async function ballotRows(
  sp: SpClient,
  pollId: string,
  query: Omit<ItemsQuery, 'where'>,
  more: readonly Clause[] = [],
): Promise<Row[]> {
  try {
    return await collect(sp, { ...query, where: [{ field: 'PollId', op: 'eq', value: pollId }, ...more] });
  } catch (e) {
    if (!overThreshold(e)) throw e;
  }
  const boxes = Array.from({ length: BOXES }, (_, n) =>
    collect(sp, { ...query, where: [{ field: 'Box', op: 'eq', value: `${pollId}#${n}` }, ...more] }),
  );
  return (await Promise.all(boxes)).flat().sort((a, b) => Number(a.ID) - Number(b.ID));
}
