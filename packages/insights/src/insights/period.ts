import { INSIGHTS_LIMITS, type Locale } from '@plein/core';
import type { PeriodPreset } from './shell.js';

/**
 * Periods as the viewer means them: local midnights, weeks from Monday, months, quarters and
 * years on the calendar. "This month" runs to the end of today, so it is compared fairly with
 * the same number of days before it; "last month" is the whole month.
 */
export interface Range {
  /** Local midnight of the first day. */
  from: Date;
  /** Local midnight after the last day (exclusive). */
  to: Date;
}

/** Why a custom range is not asked for. */
export type RangeError = 'start-missing' | 'end-missing' | 'end-before-start' | 'too-long';

const day = (date: Date, offset = 0): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset);

/** The range of a preset on `now` (the element's clock). */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, now: number): Range {
  const today = day(new Date(now));
  const [y, m] = [today.getFullYear(), today.getMonth()];
  const tomorrow = day(today, 1);
  const monday = day(today, -((today.getDay() + 6) % 7));
  const quarter = m - (m % 3);
  switch (preset) {
    case 'week':
      return { from: monday, to: tomorrow };
    case 'month':
      return { from: new Date(y, m, 1), to: tomorrow };
    case 'quarter':
      return { from: new Date(y, quarter, 1), to: tomorrow };
    case 'year':
      return { from: new Date(y, 0, 1), to: tomorrow };
    case 'last-week':
      return { from: day(monday, -7), to: monday };
    case 'last-month':
      return { from: new Date(y, m - 1, 1), to: new Date(y, m, 1) };
    case 'last-quarter':
      return { from: new Date(y, quarter - 3, 1), to: new Date(y, quarter, 1) };
    case 'last-year':
      return { from: new Date(y - 1, 0, 1), to: new Date(y, 0, 1) };
  }
}

/** Calendar days in a range (a daylight-saving day still counts as one). */
export const daysOf = (range: Range): number =>
  Math.round(
    (Date.UTC(range.to.getFullYear(), range.to.getMonth(), range.to.getDate()) -
      Date.UTC(range.from.getFullYear(), range.from.getMonth(), range.from.getDate())) /
      86_400_000,
  );

/** The period of equal length just before (as the store compares), in whole local days. */
export const previousOf = (range: Range): Range => ({ from: day(range.from, -daysOf(range)), to: range.from });

/** `YYYY-MM-DD` of a local day (what a date input holds, and the CSV file name). */
export const isoDay = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');

const parseDay = (text: string): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDay(date) === text.trim() ? date : undefined;
};

/** The days from `start` to `end` (both included, as date inputs give them), or why not. */
export function customRange(start: string, end: string): Range | { error: RangeError; field: 'start' | 'end' } {
  const first = parseDay(start);
  const last = parseDay(end);
  if (!first) return { error: 'start-missing', field: 'start' };
  if (!last) return { error: 'end-missing', field: 'end' };
  if (last < first) return { error: 'end-before-start', field: 'end' };
  const range = { from: first, to: day(last, 1) };
  return daysOf(range) > INSIGHTS_LIMITS.days ? { error: 'too-long', field: 'end' } : range;
}

/** The range in words: "November 2026", "January – March 2026", "2026", "Nov 1 – 15, 2026". */
export function rangeText(range: Range, locale: Locale): string {
  const { from, to } = range;
  const last = day(to, -1);
  const starts = (unit: number) => from.getDate() === 1 && from.getMonth() % unit === 0;
  const months = (to.getFullYear() - from.getFullYear()) * 12 + to.getMonth() - from.getMonth();
  const whole = starts(1) && to.getDate() === 1;
  if (whole && months === 12 && from.getMonth() === 0) return String(from.getFullYear());
  if (whole && months === 1) return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(from);
  if (whole && months === 3 && starts(3)) {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).formatRange(from, last);
  }
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  return daysOf(range) === 1 ? days.format(from) : days.formatRange(from, last);
}

/** Nominal days of each kind of target period (as core's `targetFor` measures them). */
