import { LIMITS, toPleinError, type Formatters, type Translations } from '@plein/core';
import type { FeedContext } from './context.js';
import { count } from './plural.js';

/** Messages for the feed's own `details.reason` slugs: what writing a post, comment or pin can run into. */
const en = {
  'not-an-image': 'Only images can be attached: PNG, JPEG, GIF or WebP.',
  'comments-locked': 'Comments on this post are turned off.',
  'unknown-mention': "Someone you mentioned can't be found. Choose them again from the list.",
  'already-reported': 'You have already reported this.',
  'duplicate-attachment': 'The same image is attached twice.',
  'too-many-attachments': (limit: number, format: Formatters) =>
    `You can add up to ${count(format, limit, 'image', 'images')}.`,
  'in-past': 'Choose a date in the future.',
  'text-required': 'Write something first.',
  'text-too-long': (limit: number, format: Formatters) =>
    `This can be at most ${count(format, limit, 'character', 'characters')} long.`,
  'file-too-large': (limit: number, format: Formatters) =>
    `An image can be at most ${format.number(Math.round(limit / 1024 / 1024))} MB.`,
};

const nl: typeof en = {
  'not-an-image': 'Je kunt alleen afbeeldingen toevoegen: PNG, JPEG, GIF of WebP.',
  'comments-locked': 'Reageren op dit bericht is uitgezet.',
  'unknown-mention': 'Iemand die je noemt is niet gevonden. Kies die persoon opnieuw uit de lijst.',
  'already-reported': 'Je hebt dit al gemeld.',
  'duplicate-attachment': 'Dezelfde afbeelding is twee keer toegevoegd.',
  'too-many-attachments': (limit, format) =>
    `Je kunt maximaal ${count(format, limit, 'afbeelding', 'afbeeldingen')} toevoegen.`,
  'in-past': 'Kies een datum in de toekomst.',
  'text-required': 'Schrijf eerst iets.',
  'text-too-long': (limit, format) => `Dit mag maximaal ${count(format, limit, 'teken', 'tekens')} lang zijn.`,
  'file-too-large': (limit, format) =>
    `Een afbeelding mag maximaal ${format.number(Math.round(limit / 1024 / 1024))} MB zijn.`,
};

export type Reasons = typeof en;
export const reasonStrings: Translations<Reasons> = { en, nl };

/** The reason messages in the element's language. */
export const reasons = (ctx: FeedContext): Reasons => reasonStrings[ctx.locale().locale];

/**
 * A localized sentence for a failed write: the feed's own reasons (a locked thread, a file that
 * is not an image, an unknown mention, text or a file over its limit) first, then core's
 * messages by code. Raw server text is never shown.
 */
export function writeError(ctx: FeedContext, error: unknown): string {
  const { code, details } = toPleinError(error);
  const { format } = ctx.locale();
  const r = reasons(ctx);
  const limit = typeof details.limit === 'number' ? details.limit : undefined;
  switch (details.reason) {
    case 'not-an-image':
    case 'comments-locked':
    case 'unknown-mention':
    case 'already-reported':
    case 'duplicate-attachment':
    case 'in-past':
      return r[details.reason];
    case 'too-many-attachments':
      return r['too-many-attachments'](limit ?? LIMITS.attachmentsPerPost, format);
  }
  if (details.field === 'file' && code === 'too-large') return r['file-too-large'](limit ?? LIMITS.imageBytes, format);
  if (details.field === 'text' && code === 'too-large' && limit !== undefined) return r['text-too-long'](limit, format);
  if (details.field === 'text' && details.reason === 'required') return r['text-required'];
  return ctx.errorText(error);
}
