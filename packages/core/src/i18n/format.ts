import type { Locale } from './locale.js';

/** Dates and numbers through Intl, cached per locale. */
export interface Formatters {
  number(value: number): string;
  /** 0.42 → "42%". */
  percent(value: number): string;
  date(value: number | string | Date, options?: Intl.DateTimeFormatOptions): string;
  /** "in 3 minutes", "2 days ago", measured from `now`. */
  relative(value: number | string | Date, now: number): string;
  /** A list of words, joined the way the locale does ("A, B, and C" / "A, B en C"). */
  list(items: string[]): string;
  /** Plural category for a count, for strings that pick a form. */
  plural(count: number): Intl.LDMLPluralRule;
}

const cache = new Map<Locale, Formatters>();

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
  ['second', 1e3],
];

export function formatters(locale: Locale): Formatters {
  let found = cache.get(locale);
  if (found) return found;
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const plural = new Intl.PluralRules(locale);
  const dates = new Map<string, Intl.DateTimeFormat>();
  found = {
    number: (value) => number.format(value),
    percent: (value) => percent.format(value),
    date(value, options = { dateStyle: 'medium', timeStyle: 'short' }) {
      const key = JSON.stringify(options);
      let format = dates.get(key);
      if (!format) dates.set(key, (format = new Intl.DateTimeFormat(locale, options)));
      return format.format(new Date(value));
    },
    relative(value, now) {
      const diff = new Date(value).getTime() - now;
      for (const [unit, ms] of UNITS) {
        if (Math.abs(diff) >= ms || unit === 'second') return relative.format(Math.round(diff / ms), unit);
      }
      return relative.format(0, 'second');
    },
    list: (items) => list.format(items),
    plural: (count) => plural.select(count),
  };
  cache.set(locale, found);
  return found;
}
