import * as v from 'valibot';
import { PleinError, type ErrorDetails } from './errors.js';
import { LIMITS } from './limits.js';
import {
  IMAGE_TYPES,
  REACTIONS,
  REPORT_REASONS,
  type CommentDraft,
  type FeedQuery,
  type KudosDraft,
  type KudosQuery,
  type KudosSettings,
  type KudosValueDraft,
  type LocalizedText,
  type IsoDateTime,
  type PageRequest,
  type PollDraft,
  type PostDraft,
  type Reaction,
  type ReportReason,
} from './types.js';
import { normalizeTag } from './text.js';
import { LOCALES } from './i18n/locale.js';

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

// ---------------------------------------------------------------------------- feed

/** Lets a post carry only images, but never nothing at all (checked in parsePostDraft). */
const optionalText = (max: number) => v.pipe(v.string(), v.normalize('NFC'), v.trim(), v.maxLength(max, 'too-long'));

export const ChannelSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('required'),
  v.maxLength(LIMITS.channel, 'too-long'),
  v.regex(/^[^\s\p{C}]+$/u, 'bad-channel'),
);

export const PostDraftSchema = v.object({
  text: optionalText(LIMITS.postText),
  attachmentIds: v.optional(v.pipe(v.array(token), v.maxLength(LIMITS.attachmentsPerPost, 'too-many-attachments')), []),
});

export const CommentDraftSchema = v.object({
  text: text(LIMITS.commentText),
  parentId: v.optional(token),
});

export const EditTextSchema = optionalText(LIMITS.postText);

export const ReactionSchema = v.picklist(REACTIONS);
export const ReportReasonSchema = v.picklist(REPORT_REASONS);
export const ReportNoteSchema = v.optional(optionalText(LIMITS.reportNote));

export const FeedQuerySchema = v.object({
  channel: ChannelSchema,
  tag: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.hashtag, 'too-long'))),
  search: v.optional(v.pipe(v.string(), v.normalize('NFC'), v.trim(), v.maxLength(LIMITS.feedSearch, 'too-long'))),
});

export const PinSchema = v.nullable(v.object({ announcement: v.boolean(), until: v.optional(IsoDateTimeSchema) }));

export const TrendingQuerySchema = v.object({
  channel: v.optional(ChannelSchema),
  from: IsoDateTimeSchema,
  to: IsoDateTimeSchema,
  limit: v.optional(v.pipe(v.number(), v.integer('out-of-range'), v.minValue(1, 'out-of-range'))),
});

/** A post draft: text trimmed; text, images or both, never neither. */
export function parsePostDraft(input: unknown): Required<PostDraft> {
  const draft = run(PostDraftSchema, input, 'draft');
  if (draft.text === '' && draft.attachmentIds.length === 0) {
    throw new PleinError('invalid', { field: 'text', reason: 'required' });
  }
  if (new Set(draft.attachmentIds).size !== draft.attachmentIds.length) {
    throw new PleinError('invalid', { field: 'attachmentIds', reason: 'duplicate-attachment' });
  }
  return draft;
}

export function parseCommentDraft(input: unknown): CommentDraft {
  const draft = run(CommentDraftSchema, input, 'draft');
  return draft.parentId === undefined ? { text: draft.text } : { text: draft.text, parentId: draft.parentId };
}

/** New text of an edited post or comment; the entry decides whether empty is allowed and its length. */
export function parseEditText(input: unknown, max: number): string {
  const text = run(EditTextSchema, input, 'text');
  if (text.length > max) throw new PleinError('too-large', { field: 'text', limit: max, reason: 'too-long' });
  return text;
}

export function parseChannel(input: unknown): string {
  return run(ChannelSchema, input, 'channel');
}

/** A timeline query: channel checked, tag normalized (`#Lunch` → `lunch`), empty filters dropped. */
export function parseFeedQuery(input: unknown): FeedQuery {
  const query = run(FeedQuerySchema, input, 'query');
  const result: FeedQuery = { channel: query.channel };
  const tag = query.tag === undefined ? '' : normalizeTag(query.tag.replace(/^#/, ''));
  if (tag) result.tag = tag;
  if (query.search) result.search = query.search;
  return result;
}

export function parseReaction(input: unknown): Reaction {
  return run(ReactionSchema, input, 'reaction');
}

export function parseReport(reason: unknown, note: unknown): { reason: ReportReason; note?: string } {
  const parsedReason = run(ReportReasonSchema, reason, 'reason');
  const parsedNote = run(ReportNoteSchema, note, 'note');
  return parsedNote ? { reason: parsedReason, note: parsedNote } : { reason: parsedReason };
}

/** A pin (its `until` in the future) or `null` to unpin. */
export function parsePin(input: unknown, now: number): { announcement: boolean; until?: IsoDateTime } | null {
  const pin = run(PinSchema, input, 'pin');
  if (pin?.until !== undefined && Date.parse(pin.until) <= now) {
    throw new PleinError('invalid', { field: 'until', reason: 'in-past' });
  }
  return pin;
}

/** A trending period: `from` before `to`, limit 1 to 20 (default 10). */
export function parseTrendingQuery(input: unknown): { channel?: string; from: number; to: number; limit: number } {
  const query = run(TrendingQuerySchema, input, 'query');
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (to <= from) throw new PleinError('invalid', { field: 'to', reason: 'end-before-start' });
  const result = { from, to, limit: Math.min(query.limit ?? 10, LIMITS.trending) };
  return query.channel === undefined ? result : { ...result, channel: query.channel };
}

/**
 * An image upload: a Blob of an allowed type, at most 5 MB. The type is checked from the file's
 * first bytes too, so a renamed executable is refused whatever it claims to be.
 */
export async function parseUpload(
  input: unknown,
): Promise<{ blob: Blob; name: string; alt: string; type: (typeof IMAGE_TYPES)[number] }> {
  const upload = input as { blob?: unknown; name?: unknown; alt?: unknown } | null;
  if (typeof Blob === 'undefined' || !upload || !(upload.blob instanceof Blob)) {
    throw new PleinError('invalid', { field: 'file', reason: 'required' });
  }
  const { blob } = upload;
  if (blob.size > LIMITS.imageBytes) {
    throw new PleinError('too-large', { field: 'file', limit: LIMITS.imageBytes, reason: 'too-long' });
  }
  if (blob.size === 0) throw new PleinError('invalid', { field: 'file', reason: 'required' });
  const type = sniffImageType(new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
  if (!type) throw new PleinError('invalid', { field: 'file', reason: 'not-an-image' });
  const name = typeof upload.name === 'string' && upload.name.trim() ? upload.name.trim().slice(0, 200) : 'image';
  const alt = run(v.optional(optionalText(LIMITS.attachmentAlt), ''), upload.alt, 'alt');
  return { blob, name, alt, type };
}

/** The image type a file's first bytes announce (PNG, JPEG, GIF, WebP), or undefined. */
export function sniffImageType(head: Uint8Array): (typeof IMAGE_TYPES)[number] | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45 && head[10] === 0x42 && head[11] === 0x50)
    return 'image/webp';
  return undefined;
}

// ---------------------------------------------------------------------------- kudos

export const KudosDraftSchema = v.object({
  toIds: v.pipe(v.array(token), v.minLength(1, 'required')),
  valueId: token,
  message: text(LIMITS.kudosMessage),
});

export const KudosQuerySchema = v.object({
  valueId: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(TOKEN_MAX, 'too-long'))),
  personId: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(TOKEN_MAX, 'too-long'))),
  direction: v.optional(v.picklist(['received', 'given'])),
  department: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(TOKEN_MAX, 'too-long'))),
});

const localized = (max: number) =>
  v.object(
    Object.fromEntries(LOCALES.map((locale) => [locale, v.optional(optionalText(max))])) as Record<
      (typeof LOCALES)[number],
      v.OptionalSchema<ReturnType<typeof optionalText>, undefined>
    >,
  );

export const KudosValueDraftSchema = v.object({
  name: localized(LIMITS.kudosValueName),
  description: v.optional(localized(LIMITS.kudosValueDescription), {}),
  emoji: v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.check(isOneGrapheme, 'not-an-emoji')),
  color: v.pipe(v.string(), v.trim(), v.regex(/^#[0-9a-f]{6}$/i, 'bad-color'), v.toLowerCase()),
});

export const LeaderboardQuerySchema = v.object({
  by: v.picklist(['value', 'person']),
  from: IsoDateTimeSchema,
  to: IsoDateTimeSchema,
  limit: v.optional(v.pipe(v.number(), v.integer('out-of-range'), v.minValue(1, 'out-of-range'))),
});

export const KudosSettingsSchema = v.object({ peopleLeaderboard: v.boolean() });

/** One emoji or symbol: a single grapheme, no letter and not a bare digit (so not "A", "ok" or "7"; 1️⃣ is fine). */
function isOneGrapheme(value: string): boolean {
  if (value.length > 32 || /[\p{L}\s]/u.test(value) || /^\p{N}+$/u.test(value)) return false;
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : undefined;
  return segmenter ? [...segmenter.segment(value)].length === 1 : [...value].length <= 8;
}

/** Localized text without empty languages; at least one language when `required`. */
function cleanLocalized(text: LocalizedText, field: string, required: boolean): LocalizedText {
  const out: LocalizedText = {};
  for (const locale of LOCALES) if (text[locale]) out[locale] = text[locale];
  if (required && !Object.keys(out).length) throw new PleinError('invalid', { field, reason: 'required' });
  return out;
}

/** A kudos draft: recipients deduplicated (the store checks they exist and exclude the giver). */
export function parseKudosDraft(input: unknown): KudosDraft {
  const draft = run(KudosDraftSchema, input, 'draft');
  const toIds = [...new Set(draft.toIds)];
  if (toIds.length > LIMITS.kudosRecipients) {
    throw new PleinError('invalid', { field: 'toIds', limit: LIMITS.kudosRecipients, reason: 'too-many' });
  }
  return { toIds, valueId: draft.valueId, message: draft.message };
}

/** A wall query: empty filters dropped, direction only with a person. */
export function parseKudosQuery(input: unknown): KudosQuery {
  const query = run(KudosQuerySchema, input ?? {}, 'query');
  const result: KudosQuery = {};
  if (query.valueId) result.valueId = query.valueId;
  if (query.personId) {
    result.personId = query.personId;
    result.direction = query.direction ?? 'received';
  }
  if (query.department) result.department = query.department;
  return result;
}

/** A value as an editor wrote it: languages without text dropped, a name in at least one, colour lower-case. */
export function parseKudosValueDraft(input: unknown): KudosValueDraft {
  const draft = run(KudosValueDraftSchema, input, 'value');
  return {
    name: cleanLocalized(draft.name, 'name', true),
    description: cleanLocalized(draft.description, 'description', false),
    emoji: draft.emoji,
    color: draft.color,
  };
}

/** A leaderboard period: `from` before `to`, limit 1 to 20 (default 10). */
export function parseLeaderboardQuery(input: unknown): {
  by: 'value' | 'person';
  from: number;
  to: number;
  limit: number;
} {
  const query = run(LeaderboardQuerySchema, input, 'query');
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (to <= from) throw new PleinError('invalid', { field: 'to', reason: 'end-before-start' });
  return { by: query.by, from, to, limit: Math.min(query.limit ?? 10, LIMITS.leaderboard) };
}

export function parseKudosSettings(input: unknown): KudosSettings {
  return run(KudosSettingsSchema, input, 'settings');
}

// ---------------------------------------------------------------------------- shared with other schemas

/** The building blocks above, for the schemas of other features (validation-onboarding.ts). */
export { text as textSchema, optionalText as optionalTextSchema, token as TokenSchema, run as parseWith, isRealDate };

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
