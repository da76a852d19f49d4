import { toPleinError, type ErrorCode } from '../errors.js';
import { LIMITS } from '../limits.js';
import { formatters, type Formatters } from './format.js';
import { Catalog } from './catalog.js';
import { count } from './count.js';
import type { Locale } from './locale.js';

/** What a message may mention: the limit that was broken, the wait before retrying. */
export interface MessageContext {
  limit?: number;
  retryAfter?: number;
  format: Formatters;
}

/** A message is plain text, or a function of the error's figures. */
export type Message = string | ((context: MessageContext) => string);

/** Reason slugs (`details.reason`) with a message of their own. */
export const ERROR_REASONS = [
  'poll-closed',
  'already-voted',
  'unknown-option',
  'too-many-choices',
  'no-choice',
  'has-votes',
  'closes-in-past',
  'not-creator',
  'duplicate-option',
  'too-few-options',
  'too-many-options',
  'unexpected',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** Fields (`details.field`) with their own message for `invalid` and `too-large`. */
export const ERROR_FIELDS = ['question', 'options', 'option', 'closesAt', 'maxChoices', 'query'] as const;
export type ErrorField = (typeof ERROR_FIELDS)[number];

const en = {
  retry: 'Retry',
  tryAgain: 'Try again',
  loading: 'Loading…',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  somethingWentWrong: 'Something went wrong.',
  errors: {
    unauthenticated: 'You are no longer signed in. Please sign in again.',
    forbidden: "You don't have permission to do this.",
    'not-found': "We can't find this. It may have been removed.",
    conflict: 'Something changed in the meantime. Please try again.',
    invalid: "Something isn't filled in correctly. Please check and try again.",
    'too-large': 'This is too long. Please make it shorter.',
    'rate-limited': ({ retryAfter, format }: MessageContext) =>
      retryAfter === undefined
        ? "It's busy right now. Please wait a moment and try again."
        : `It's busy right now. Please try again ${format.relative(retryAfter * 1000, 0)}.`,
    unavailable: "We can't reach the service right now. Please try again in a moment.",
  } satisfies Record<ErrorCode, Message>,
  reasons: {
    'poll-closed': 'This poll is closed.',
    'already-voted': 'You have already voted in this poll.',
    'unknown-option': 'That answer is no longer there. Please reload the poll and choose again.',
    'too-many-choices': ({ limit, format }: MessageContext) =>
      limit === undefined
        ? 'You chose too many answers.'
        : `You can choose up to ${count(format, limit, 'answer', 'answers')}.`,
    'no-choice': 'Please choose an answer first.',
    'has-votes': "This poll can't be changed anymore, because people have already voted.",
    'closes-in-past': 'The closing time has to be in the future.',
    'not-creator': 'Only the person who made this poll can do that.',
    'duplicate-option': 'Two answers are the same. Please make each answer different.',
    'too-few-options': ({ limit = LIMITS.pollOptionsMin, format }: MessageContext) =>
      `Please add at least ${count(format, limit, 'answer', 'answers')}.`,
    'too-many-options': ({ limit = LIMITS.pollOptionsMax, format }: MessageContext) =>
      `A poll can have at most ${count(format, limit, 'answer', 'answers')}.`,
    unexpected: 'Something went wrong. Please try again.',
  } satisfies Record<ErrorReason, Message>,
  fields: {
    invalid: {
      question: 'Please type a question.',
      options: ({ limit = LIMITS.pollOptionsMin, format }: MessageContext) =>
        `Please add at least ${count(format, limit, 'answer', 'answers')}.`,
      option: 'Please fill in every answer.',
      closesAt: 'Please choose a valid date and time for closing.',
      maxChoices: 'People must be able to choose at least 1 answer, and no more than there are answers.',
      query: 'Please type something to search for.',
    },
    'too-large': {
      question: ({ limit, format }: MessageContext) =>
        limit === undefined
          ? 'The question is too long.'
          : `The question can be at most ${count(format, limit, 'character', 'characters')} long.`,
      options: ({ limit = LIMITS.pollOptionsMax, format }: MessageContext) =>
        `A poll can have at most ${count(format, limit, 'answer', 'answers')}.`,
      option: ({ limit, format }: MessageContext) =>
        limit === undefined
          ? 'An answer is too long.'
          : `Each answer can be at most ${count(format, limit, 'character', 'characters')} long.`,
      closesAt: 'The closing date is too far away.',
      maxChoices: ({ limit, format }: MessageContext) =>
        limit === undefined
          ? 'That is too many answers to choose.'
          : `People can choose at most ${count(format, limit, 'answer', 'answers')}.`,
      query: ({ limit, format }: MessageContext) =>
        limit === undefined
          ? 'The search text is too long.'
          : `The search text can be at most ${count(format, limit, 'character', 'characters')} long.`,
    } satisfies Record<ErrorField, Message>,
  } satisfies { invalid: Record<ErrorField, Message>; 'too-large': Record<ErrorField, Message> },
};

export type CoreStrings = typeof en;

/** English is inline; other languages load on first use (`coreCatalog.load(locale)`). */
export const coreCatalog = new Catalog<CoreStrings>(en, {
  nl: () => import('./strings.nl.js').then((module) => module.strings),
});

/**
 * A friendly, localized sentence for any failure, in English until the locale's table has
 * loaded (`coreCatalog.load(locale)`; Plein elements wait for it). Looks first for the reason, then for the
 * field, then for the code (via `toPleinError`, so anything unknown reads as "something went wrong"). The error's own
 * message (which may be raw server text) is never shown.
 */
export function errorMessage(locale: Locale, error: unknown): string {
  const { code, details = {}, retryAfter } = toPleinError(error); // a copy from elsewhere may lack details
  const strings = coreCatalog.get(locale);
  const format = formatters(locale);
  const limit = typeof details.limit === 'number' && Number.isFinite(details.limit) ? details.limit : undefined;
  const wait =
    typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined;
  const byField = code === 'invalid' || code === 'too-large' ? strings.fields[code] : undefined;
  const message = own(strings.reasons, details.reason) ?? own(byField, details.field) ?? strings.errors[code];
  return typeof message === 'function' ? message({ limit, retryAfter: wait, format }) : message;
}

/** A key's own entry only: a server-sent slug such as `constructor` must not reach the prototype. */
function own(table: Record<string, Message> | undefined, key: unknown): Message | undefined {
  return table && typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
