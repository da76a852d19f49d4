import * as v from 'valibot';
import { PleinError, type ErrorDetails } from './errors.js';
import { LIMITS } from './limits.js';
import { EMAIL_SHAPE } from './csv-import.js';
import {
  TASK_OWNERS,
  type CampaignDraft,
  type EnrolmentInput,
  type ImportRow,
  type IsoDate,
  type OnboardingAudience,
} from './types.js';
import {
  TOKEN_MAX,
  TokenSchema,
  isRealDate,
  issueToError,
  optionalTextSchema,
  parseWith,
  textSchema,
} from './validation.js';

/**
 * Onboarding requests, checked as validation.ts checks the others: one field at a time, the
 * reason a slug, `too-long` reported as `too-large`. A campaign's errors name the field and,
 * inside a phase, `phase` (its index) and `index` (the task's index in that phase).
 */

const EMAIL_MAX = 254;

const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value);

/** `YYYY-MM-DD`, a day that exists. */
export const IsoDateSchema = v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.check(isIsoDate, 'invalid-date'));

/** An optional date: empty means none. */
const OptionalDateSchema = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.check((value) => value === '' || isIsoDate(value), 'invalid-date'),
  ),
  '',
);

/** An optional id: empty means none. */
const OptionalIdSchema = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(TOKEN_MAX, 'too-long')), '');

const whole = (min: number, max: number) =>
  v.pipe(v.number(), v.integer('out-of-range'), v.minValue(min, 'out-of-range'), v.maxValue(max, 'out-of-range'));

/** Names (departments, offices): blanks dropped later. */
const NamesSchema = v.optional(v.array(optionalTextSchema(TOKEN_MAX)), []);

export const OnboardingTaskDraftSchema = v.object({
  id: v.optional(TokenSchema),
  title: textSchema(LIMITS.taskTitle),
  text: v.optional(optionalTextSchema(LIMITS.taskText), ''),
  link: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(LIMITS.taskLink, 'too-long'),
      v.regex(/^(https?:\/\/[^\s/?#]+\S*)?$/i, 'bad-link'),
    ),
    '',
  ),
  owner: v.picklist(TASK_OWNERS),
  dueDay: whole(LIMITS.dueDayMin, LIMITS.dueDayMax),
});

export const OnboardingPhaseDraftSchema = v.object({
  id: v.optional(TokenSchema),
  title: textSchema(LIMITS.phaseTitle),
  tasks: v.pipe(v.array(OnboardingTaskDraftSchema), v.maxLength(LIMITS.campaignTasksMax, 'too-many')),
});

export const OnboardingAudienceSchema = v.object({
  departments: NamesSchema,
  locations: NamesSchema,
  startFrom: OptionalDateSchema,
  startTo: OptionalDateSchema,
});

export const CampaignDraftSchema = v.object({
  title: textSchema(LIMITS.campaignTitle),
  description: v.optional(optionalTextSchema(LIMITS.campaignDescription), ''),
  phases: v.pipe(
    v.array(OnboardingPhaseDraftSchema),
    v.nonEmpty('required'),
    v.maxLength(LIMITS.phasesMax, 'too-many'),
  ),
  audience: v.optional(OnboardingAudienceSchema),
  target: v.object({ percent: whole(1, 100), days: whole(1, LIMITS.targetDaysMax) }),
});

export const EnrolmentInputSchema = v.object({
  personId: TokenSchema,
  startDate: OptionalDateSchema,
  managerId: OptionalIdSchema,
  buddyId: OptionalIdSchema,
});

export const ImportRowSchema = v.object({
  name: v.pipe(
    textSchema(LIMITS.personName),
    v.transform((name) => name.replace(/\s+/g, ' ')),
  ),
  email: v.pipe(
    v.string(),
    v.trim(),
    v.toLowerCase(),
    v.nonEmpty('required'),
    v.maxLength(EMAIL_MAX, 'invalid-email'),
    v.regex(EMAIL_SHAPE, 'invalid-email'),
  ),
  startDate: IsoDateSchema,
  department: v.optional(optionalTextSchema(LIMITS.personName), ''),
});

// ---------------------------------------------------------------------------- parse functions

/**
 * A checked campaign: text trimmed, empty texts, links and audience parts dropped, audience
 * names deduplicated (ignoring case), an audience with no parts left out. Refused: no tasks at
 * all (`tasks`, `required`), more than 100 (`tasks`, `too-many`), an id used twice (`id`,
 * `duplicate-id`), `startTo` before `startFrom` (`end-before-start`).
 */
export function parseCampaignDraft(input: unknown): CampaignDraft {
  const result = v.safeParse(CampaignDraftSchema, input, { abortEarly: true, abortPipeEarly: true });
  if (!result.success) throw draftError(result.issues[0]);
  const draft = result.output;
  const count = draft.phases.reduce((sum, phase) => sum + phase.tasks.length, 0);
  if (count === 0) throw new PleinError('invalid', { field: 'tasks', reason: 'required' });
  if (count > LIMITS.campaignTasksMax) {
    throw new PleinError('invalid', { field: 'tasks', limit: LIMITS.campaignTasksMax, reason: 'too-many' });
  }
  const ids = new Set<string>();
  const unique = (id: string | undefined, at: ErrorDetails) => {
    if (id === undefined) return;
    if (ids.has(id)) throw new PleinError('invalid', { field: 'id', ...at, reason: 'duplicate-id' });
    ids.add(id);
  };
  const parsed: CampaignDraft = {
    title: draft.title,
    description: draft.description,
    phases: draft.phases.map((phase, p) => {
      unique(phase.id, { phase: p });
      return {
        ...(phase.id === undefined ? {} : { id: phase.id }),
        title: phase.title,
        tasks: phase.tasks.map(({ id, title, text, link, owner, dueDay }, index) => {
          unique(id, { phase: p, index });
          return {
            ...(id === undefined ? {} : { id }),
            title,
            ...(text ? { text } : {}),
            ...(link ? { link } : {}),
            owner,
            dueDay,
          };
        }),
      };
    }),
    target: { percent: draft.target.percent, days: draft.target.days },
  };
  const audience = draft.audience && cleanAudience(draft.audience);
  if (audience) parsed.audience = audience;
  return parsed;
}

/** A calendar date, `YYYY-MM-DD`; `invalid` naming `field` otherwise. */
export function parseIsoDate(input: unknown, field = 'date'): IsoDate {
  return parseWith(IsoDateSchema, input, field);
}

/** An enrolment: empty optional fields dropped; a manager or buddy who is the person themselves refused (`self`). */
export function parseEnrolmentInput(input: unknown): EnrolmentInput {
  const { personId, startDate, managerId, buddyId } = parseWith(EnrolmentInputSchema, input, 'input');
  for (const [field, id] of [
    ['managerId', managerId],
    ['buddyId', buddyId],
  ] as const) {
    if (id === personId) throw new PleinError('invalid', { field, reason: 'self' });
  }
  return {
    personId,
    ...(startDate ? { startDate } : {}),
    ...(managerId ? { managerId } : {}),
    ...(buddyId ? { buddyId } : {}),
  };
}

/** One import row checked: the row as it will be saved, or what is wrong with it (the first field at fault). */
export interface ParsedImportRow {
  /** Trimmed and lower-cased, as typed when it is not an e-mail address ('' when missing). */
  email: string;
  row?: ImportRow;
  error?: { field: keyof ImportRow; reason: string };
}

/**
 * The rows of a people import, each checked on its own: problems are reported per row, never
 * thrown (name 1 to 120 characters, an e-mail address, a start date, an optional department; a
 * later row with an earlier row's e-mail is a `duplicate-email`). Only a list that is not one,
 * or longer than 5,000 rows (`too-large`), is refused as a whole.
 */
export function parseImportRows(input: unknown): ParsedImportRow[] {
  if (!Array.isArray(input)) throw new PleinError('invalid', { field: 'rows', reason: 'wrong-type' });
  if (input.length > LIMITS.importRows) {
    throw new PleinError('too-large', { field: 'rows', limit: LIMITS.importRows, reason: 'too-many-rows' });
  }
  const seen = new Set<string>();
  return input.map((raw: unknown): ParsedImportRow => {
    const result = v.safeParse(ImportRowSchema, raw);
    const typed = (raw as { email?: unknown } | null)?.email;
    const badEmail = !result.success && result.issues.some((issue) => issue.path?.[0]?.key === 'email');
    const email = typeof typed === 'string' ? typed.trim().toLowerCase() : '';
    const duplicate = !badEmail && seen.has(email);
    if (!badEmail && email) seen.add(email);
    if (!result.success) {
      const { field, reason } = issueToError(result.issues[0], 'name').details;
      return { email, error: { field: field as keyof ImportRow, reason: reason! } };
    }
    if (duplicate) return { email, error: { field: 'email', reason: 'duplicate-email' } };
    const { department, ...row } = result.output;
    return { email, row: department ? { ...row, department } : row };
  });
}

// ---------------------------------------------------------------------------- helpers

/** Names trimmed, blanks dropped, each once ignoring case (the first spelling kept). */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const folded = name.toLocaleLowerCase();
    if (!name || seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

function cleanAudience(input: v.InferOutput<typeof OnboardingAudienceSchema>): OnboardingAudience | undefined {
  const audience: OnboardingAudience = {};
  const departments = uniqueNames(input.departments);
  const locations = uniqueNames(input.locations);
  if (departments.length) audience.departments = departments;
  if (locations.length) audience.locations = locations;
  if (input.startFrom) audience.startFrom = input.startFrom;
  if (input.startTo) audience.startTo = input.startTo;
  if (input.startFrom && input.startTo && input.startTo < input.startFrom) {
    throw new PleinError('invalid', { field: 'startTo', reason: 'end-before-start' });
  }
  return Object.keys(audience).length ? audience : undefined;
}

/**
 * A campaign issue as a PleinError: `phases[1].tasks[2].dueDay` → field `dueDay`, `phase` 1,
 * `index` 2; `target.percent` → field `percent`; `audience.startFrom` → field `startFrom`.
 */
function draftError(issue: v.BaseIssue<unknown>): PleinError {
  let keys: unknown[] = (issue.path ?? []).map((item) => item.key);
  const at: ErrorDetails = {};
  /** Steps into `name[i]` when something inside it is at fault, noting `i` as `detail`. */
  const into = (name: string, detail: string) => {
    const [key, index] = keys;
    if (key !== name || typeof index !== 'number' || keys.length < 3) return;
    at[detail] = index;
    keys = keys.slice(2);
  };
  into('phases', 'phase');
  if (at.phase !== undefined) into('tasks', 'index');
  if ((keys[0] === 'target' || keys[0] === 'audience') && keys.length > 1) keys.shift();
  const error = issueToError({ ...issue, path: keys.map((key) => ({ key })) } as v.BaseIssue<unknown>, 'draft');
  return new PleinError(error.code, { ...error.details, ...at });
}
