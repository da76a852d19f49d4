import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { customRange, daysOf, presetRange, previousOf, rangeText, type Range } from './period.js';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);
const noon = (y: number, m: number, d: number) => day(y, m, d).getTime() + 12 * 3600e3;
const range = (from: Date, to: Date): Range => ({ from, to });
/** ICU versions differ in the spaces around a range's dash (thin or plain). */
const words = (r: Range, locale: 'en' | 'nl') => rangeText(r, locale).replace(/\u2009/g, ' ');

describe('periods', () => {
  it('starts weeks on Monday, also on a Sunday, and runs this week to the end of today', () => {
    // Sunday 18 January 2026.
    assert.deepEqual(presetRange('week', noon(2026, 1, 18)), range(day(2026, 1, 12), day(2026, 1, 19)));
    assert.deepEqual(presetRange('last-week', noon(2026, 1, 18)), range(day(2026, 1, 5), day(2026, 1, 12)));
    // Monday 12 January: this week is one day.
    assert.deepEqual(presetRange('week', noon(2026, 1, 12)), range(day(2026, 1, 12), day(2026, 1, 13)));
  });

  it('aligns months, quarters and years on the calendar, across the turn of a year', () => {
    const now = noon(2026, 1, 12);
    assert.deepEqual(presetRange('month', now), range(day(2026, 1, 1), day(2026, 1, 13)));
    assert.deepEqual(presetRange('last-month', now), range(day(2025, 12, 1), day(2026, 1, 1)));
    assert.deepEqual(presetRange('quarter', noon(2026, 5, 20)), range(day(2026, 4, 1), day(2026, 5, 21)));
    assert.deepEqual(presetRange('last-quarter', now), range(day(2025, 10, 1), day(2026, 1, 1)));
    assert.deepEqual(presetRange('year', now), range(day(2026, 1, 1), day(2026, 1, 13)));
    assert.deepEqual(presetRange('last-year', now), range(day(2025, 1, 1), day(2026, 1, 1)));
  });

  it('compares with the days just before, as many as the period has', () => {
    const october = range(day(2026, 10, 1), day(2026, 11, 1));
    assert.equal(daysOf(october), 31);
    assert.deepEqual(previousOf(october), range(day(2026, 8, 31), day(2026, 10, 1)));
    // A day across the change to summer time is still one day.
    assert.equal(daysOf(range(day(2026, 3, 29), day(2026, 3, 30))), 1);
  });

  it('reads chosen dates, both days included, and says why not', () => {
    assert.deepEqual(customRange('2026-01-05', '2026-01-09'), range(day(2026, 1, 5), day(2026, 1, 10)));
    assert.deepEqual(customRange('2026-01-05', '2026-01-05'), range(day(2026, 1, 5), day(2026, 1, 6)));
    assert.deepEqual(customRange('2024-02-29', '2024-03-01'), range(day(2024, 2, 29), day(2024, 3, 2)));
    assert.deepEqual(customRange('2023-02-29', '2023-03-01'), { error: 'start-missing', field: 'start' });
    assert.deepEqual(customRange('', '2026-01-01'), { error: 'start-missing', field: 'start' });
    assert.deepEqual(customRange('2026-01-01', 'soon'), { error: 'end-missing', field: 'end' });
    assert.deepEqual(customRange('2026-01-10', '2026-01-09'), { error: 'end-before-start', field: 'end' });
    assert.deepEqual(customRange('2025-01-13', '2026-01-13'), range(day(2025, 1, 13), day(2026, 1, 14)));
    assert.deepEqual(customRange('2025-01-13', '2026-01-14'), { error: 'too-long', field: 'end' });
  });

  it('says a period in words: a month, a quarter, a year, a day or a range', () => {
    assert.equal(words(range(day(2026, 11, 1), day(2026, 12, 1)), 'en'), 'November 2026');
    assert.equal(words(range(day(2026, 11, 1), day(2026, 12, 1)), 'nl'), 'november 2026');
    assert.equal(words(range(day(2026, 1, 1), day(2026, 4, 1)), 'en'), 'January – March 2026');
    assert.equal(words(range(day(2025, 1, 1), day(2026, 1, 1)), 'nl'), '2025');
    assert.equal(words(range(day(2026, 11, 15), day(2026, 11, 16)), 'nl'), '15 nov 2026');
    assert.equal(words(range(day(2026, 11, 1), day(2026, 11, 16)), 'nl'), '1–15 nov 2026');
    assert.equal(words(range(day(2026, 11, 1), day(2026, 11, 16)), 'en'), 'Nov 1 – 15, 2026');
    // Two months are a range, not a month.
    assert.equal(words(range(day(2026, 2, 1), day(2026, 4, 1)), 'en'), 'Feb 1 – Mar 31, 2026');
  });
});
