import * as v from 'valibot';
import { PleinError, type ErrorDetails } from './errors.js';
import { LIMITS } from './limits.js';
import type { PageRequest, PollDraft } from './types.js';

/**
 * Request validation shared by every store and the server. The schemas check one field at a
 * time; every validation message is the `reason` slug an element translates, and `too-long`
 * marks the one reason that is reported as `too-large`. Rules that span fields (duplicates,
 * maxChoices against the option count, deadlines against the clock) live in the parse
 * functions, which throw a `PleinError` naming the field, the limit and the index.
 */

/** Longest search text people search accepts. */
export const SEARCH_QUERY_MAX = 100;
/** Longest id, cursor or idempotency key accepted from a caller. */
export const TOKEN_MAX = 200;

const text = (max: number) =>
  v.pipe(v.string(), v.normalize('NFC'), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too-long'));

const token = v.pipe(v.string(), v.nonEmpty('required'), v.maxLength(TOKEN_MAX, 'too-long'));

export const PollKindSchema = v.picklist(['single', 'multiple']);
export const ResultsVisibilitySchema = v.picklist(['always', 'after-vote', 'after-close']);

/** The regex lets 2026-02-30 through and Date.parse rolls it over to March: check the day exists. */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && !Number.isNaN(Date.parse(value));
}

export const IsoDateTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp('invalid-date'),
  v.check(isRealDate, 'invalid-date'),
  v.transform((value) => new Date(value).toISOString()),
);

export const PollDraftSchema = v.object({
  question: text(LIMITS.pollQuestion),
  options: v.pipe(
    v.array(text(LIMITS.pollOption)),
    v.minLength(LIMITS.pollOptionsMin, 'too-few-options'),
    v.maxLength(LIMITS.pollOptionsMax, 'too-many-options'),
  ),
  kind: v.optional(PollKindSchema, 'single'),
  maxChoices: v.optional(v.pipe(v.number(), v.integer('out-of-range'), v.minValue(1, 'out-of-range'))),
  anonymous: v.optional(v.boolean(), false),
  resultsVisibility: v.optional(ResultsVisibilitySchema, 'always'),
  closesAt: v.optional(IsoDateTimeSchema),
});

export const VoteSchema = v.pipe(
  v.array(token),
  v.nonEmpty('required'),
  v.maxLength(LIMITS.pollOptionsMax, 'too-many-choices'),
);

export const PageRequestSchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(TOKEN_MAX, 'bad-cursor'))),
  limit: v.optional(v.pipe(v.number(), v.integer('out-of-range'), v.minValue(1, 'out-of-range'))),
});

export const SearchQuerySchema = v.pipe(
  v.string(),
  v.normalize('NFC'),
  v.trim(),
  v.maxLength(SEARCH_QUERY_MAX, 'too-long'),
);

export const SearchOptionsSchema = v.object({ limit: PageRequestSchema.entries.limit });

export const WriteOptionsSchema = v.object({ idempotencyKey: token });

// ---------------------------------------------------------------------------- parse functions

/** A checked, normalized draft: text trimmed, defaults filled in, `maxChoices` always set. */
export function parsePollDraft(input: unknown, now: number): PollDraft & { maxChoices: number } {
  const draft = run(PollDraftSchema, input, 'draft');
  const seen = new Map<string, number>();
  draft.options.forEach((label, index) => {
    const folded = label.toLocaleLowerCase();
    if (seen.has(folded)) throw new PleinError('invalid', { field: 'option', index, reason: 'duplicate-option' });
    seen.set(folded, index);
  });
  const count = draft.options.length;
  let maxChoices = 1;
  if (draft.kind === 'multiple') {
    maxChoices = draft.maxChoices ?? count;
    if (maxChoices > count) {
      throw new PleinError('invalid', { field: 'maxChoices', limit: count, reason: 'out-of-range' });
    }
  }
  if (draft.closesAt !== undefined && Date.parse(draft.closesAt) <= now) {
    throw new PleinError('invalid', { field: 'closesAt', reason: 'closes-in-past' });
  }
  const result: PollDraft & { maxChoices: number } = {
    question: draft.question,
    options: draft.options,
    kind: draft.kind,
    maxChoices,
    anonymous: draft.anonymous,
    resultsVisibility: draft.resultsVisibility,
  };
  if (draft.closesAt !== undefined) result.closesAt = draft.closesAt;
  return result;
}

/** Option ids of one vote: 1 to 10 distinct non-empty strings (the poll checks the rest). */
export function parseVote(optionIds: unknown): string[] {
  const ids = run(VoteSchema, optionIds, 'optionIds');
  const index = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (index >= 0) throw new PleinError('invalid', { field: 'optionIds', index, reason: 'duplicate-option' });
  return ids;
}

/** A page request with `limit` defaulted and clamped to the store's maximum. */
export function parsePageRequest(
  input: unknown,
  maxPageSize: number = LIMITS.pageSize,
): { cursor?: string; limit: number } {
  const request: PageRequest = run(PageRequestSchema, input ?? {}, 'page');
  const limit = Math.min(request.limit ?? LIMITS.pageSize, maxPageSize);
  return request.cursor === undefined ? { limit } : { cursor: request.cursor, limit };
}

/** A people search: trimmed text (empty finds nobody) and a limit of 1 to 25, default 10. */
export function parseSearchQuery(query: unknown, options?: unknown): { query: string; limit: number } {
  const text = run(SearchQuerySchema, query, 'query');
  const { limit } = run(SearchOptionsSchema, options ?? {}, 'limit');
  return { query: text, limit: Math.min(limit ?? 10, LIMITS.peopleSearch) };
}

/** The idempotency key every write carries. */
export function parseWriteOptions(input: unknown): { idempotencyKey: string } {
  return run(WriteOptionsSchema, input, 'options');
}

// ---------------------------------------------------------------------------- issues to errors

function run<S extends v.GenericSchema>(schema: S, input: unknown, root: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true, abortPipeEarly: true });
  if (result.success) return result.output;
  throw issueToError(result.issues[0], root);
}

/** Maps the first valibot issue to a PleinError: which field, which index, which limit, why. */
export function issueToError(issue: v.BaseIssue<unknown>, root = 'input'): PleinError {
  const keys = (issue.path ?? []).map((item) => item.key);
  const details: ErrorDetails = {};
  let field = typeof keys[0] === 'string' ? keys.shift() : root;
  if (typeof keys[0] === 'number') {
    details.index = keys.shift() as number;
    if (field === 'options') field = 'option';
  }
  details.field = field as string;
  if (issue.kind === 'schema') {
    details.reason =
      issue.input === undefined ? 'required' : issue.type === 'picklist' ? 'unknown-value' : 'wrong-type';
    return new PleinError('invalid', details);
  }
  details.reason = issue.message;
  if (typeof issue.requirement === 'number') details.limit = issue.requirement;
  return new PleinError(issue.message === 'too-long' ? 'too-large' : 'invalid', details);
}
