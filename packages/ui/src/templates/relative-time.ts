import { html, type TemplateResult } from 'lit';
import { formatters, type Locale } from '@plein/core';
import { uiStrings } from '../i18n/ui-strings.js';

/** Closer than this (either way: clocks differ a little) reads "just now", not a count of seconds. */
const JUST_NOW_MS = 60_000;

/**
 * "3 minutes ago"; "just now" under a minute, so an entry a second old and one made this instant
 * read alike, and a time never looks stale between the minute ticks that refresh it.
 */
export function relativeText(value: string | number | Date, now: number, locale: Locale): string {
  return Math.abs(now - new Date(value).getTime()) < JUST_NOW_MS
    ? uiStrings[locale].justNow
    : formatters(locale).relative(value, now);
}

/** "3 minutes ago" (see `relativeText`), with the exact date in `datetime` (machines) and `title` (pointer users). */
export function relativeTime(iso: string, now: number, locale: Locale): TemplateResult {
  return html`<time datetime=${iso} title=${formatters(locale).date(iso)}>${relativeText(iso, now, locale)}</time>`;
}
