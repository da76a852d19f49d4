/** The counters under InsightsBuilder (insights-report.ts); not exported from the package. */
import { bucketOf, type InsightsPeriod } from './insights-math.js';
import { departmentsOf } from './people-search.js';
import { METRICS, type MetricId, type Person } from './types.js';

/** What insights need of a person: their department and manager. */
export type InsightsPerson = Pick<Person, 'id' | 'department' | 'managerId'>;

/** Each KPI's column in the tallies; one more column, `DUE`, counts onboarding tasks due. */
export const COLUMN = Object.fromEntries(METRICS.map((metric, i) => [metric, i])) as Record<MetricId, number>;
export const DUE = METRICS.length;
const COLUMNS = METRICS.length + 1;
/** No column: what makes someone active without being counted (an onboarding tick). */
export const ACTIVE_ONLY = -1;

/** What `Tally.when` says of a time outside the buckets of the period. */
export const PREVIOUS = -1;
export const OUTSIDE = -2;

const HOUR = 3_600_000;

/** Digits of `text` from `at`, as a number. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * The milliseconds of a `toISOString()` time (the form stores pass), read digit by digit: a
 * report reads a million of them, and this is several times faster than Date.parse. The days
 * since 1970 follow Howard Hinnant's `days_from_civil`. Any other form goes to Date.parse.
 */
export function msOf(iso: string): number {
  if (iso.length !== 24) return Date.parse(iso);
  const month = digits(iso, 5, 2);
  const year = digits(iso, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digits(iso, 8, 2) - 1;
  const days = era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (
    (days - 719_468) * 24 * HOUR +
    digits(iso, 11, 2) * HOUR +
    digits(iso, 14, 2) * 60_000 +
    digits(iso, 17, 2) * 1000 +
    digits(iso, 20, 3)
  );
}

const isoOf = (time: number): string => new Date(time).toISOString();

/**
 * Counts over a period and the one before it, in one pass per kind of record: per KPI (and
 * `DUE`), per bucket, per department, and who was active when. Times are compared as ISO
 * strings; only those inside the period are read as numbers, for their bucket.
 */
export class Tally {
  readonly from: string;
  readonly to: string;
  readonly previousFrom: string;
  readonly buckets: number;
  readonly people: InsightsPerson[];
  /** Person id → their row in the per-person arrays. */
  readonly row = new Map<string, number>();
  /** Department names, sorted, `null` (no department) last; and each person's. */
  readonly departments: (string | null)[];
  readonly departmentOf: Int32Array;
  readonly current = new Float64Array(COLUMNS);
  readonly previous = new Float64Array(COLUMNS);
  /** Column × bucket. */
  readonly series: Float64Array;
  /** Department × column. */
  readonly byDepartment: Float64Array;
  /** Per person: 1 when active in the period, 2 in the previous one. */
  readonly active: Uint8Array;
  /** Person × bucket: 1 when active in that bucket. */
  readonly activeIn: Uint8Array;

  constructor(
    people: Iterable<InsightsPerson>,
    readonly period: InsightsPeriod,
  ) {
    this.from = isoOf(period.from);
    this.to = isoOf(period.to);
    this.previousFrom = isoOf(period.previousFrom);
    this.buckets = period.buckets.length;
    this.people = [...people];
    const names = departmentsOf(this.people);
    const index = new Map<string | null, number>(names.map((name, i) => [name, i]));
    this.departments = [...names, null];
    this.departmentOf = new Int32Array(this.people.length);
    this.people.forEach((person, i) => {
      this.row.set(person.id, i);
      this.departmentOf[i] = index.get(person.department || null) ?? names.length;
    });
    if (!this.departmentOf.includes(names.length)) this.departments.pop();
    this.series = new Float64Array(COLUMNS * this.buckets);
    this.byDepartment = new Float64Array(COLUMNS * this.departments.length);
    this.active = new Uint8Array(this.people.length);
    this.activeIn = new Uint8Array(this.people.length * this.buckets);
  }

  /** The bucket of a time in the period, `PREVIOUS` in the period before, else `OUTSIDE`. */
  when(at: string): number {
    if (at >= this.from) return at < this.to ? bucketOf(this.period, msOf(at)) : OUTSIDE;
    return at >= this.previousFrom ? PREVIOUS : OUTSIDE;
  }

  /**
   * Counts one in `column` (none for `ACTIVE_ONLY`) at `when`, for the department of `personId`,
   * and marks them active unless `passive` (kudos received, tasks due). Returns their row, or
   * -1 when they are not in the directory (counted all the same) or the time is outside.
   */
  add(column: number, when: number, personId: string | undefined, passive = false): number {
    if (when === OUTSIDE) return -1;
    const person = personId === undefined ? -1 : (this.row.get(personId) ?? -1);
    if (when === PREVIOUS) {
      if (column >= 0) this.previous[column]!++;
      if (person >= 0 && !passive) this.active[person]! |= 2;
      return person;
    }
    if (column >= 0) {
      this.current[column]!++;
      this.series[column * this.buckets + when]!++;
      if (person >= 0) this.byDepartment[this.departmentOf[person]! * COLUMNS + column]!++;
    }
    if (person >= 0 && !passive) {
      this.active[person]! |= 1;
      this.activeIn[person * this.buckets + when] = 1;
    }
    return person;
  }

  /** A column's figures per department, in `departments` order. */
  column(column: number, department: number): number {
    return this.byDepartment[department * COLUMNS + column]!;
  }

  /** A column's count per bucket. */
  bucketed(column: number): number[] {
    return Array.from(this.series.subarray(column * this.buckets, (column + 1) * this.buckets));
  }
}
