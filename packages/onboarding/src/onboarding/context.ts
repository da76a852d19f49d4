import type { Checklist, ChecklistTask, Formatters, IsoDate, Locale, Person } from '@plein/core';
import type { ChecklistStrings } from './checklist.strings.js';
import type { Ticks } from './ticks.js';

/** What the checklist's templates (phases, tasks, the people a manager onboards) get from the view. */
export interface ChecklistContext {
  strings(): ChecklistStrings;
  locale(): { locale: Locale; format: Formatters };
  /** The viewer's calendar date, on the element's clock. */
  today(): IsoDate;
  /** The signed-in person's id. */
  viewerId(): string | undefined;
  person(id: string): Person | undefined;
  readonly ticks: Ticks;
  tick(checklist: Checklist, task: ChecklistTask, done: boolean): void;
  /** Whether a phase is open: what the viewer chose, else `fallback` (decided once per phase). */
  phaseOpen(key: string, fallback: boolean): boolean;
  setPhaseOpen(key: string, open: boolean): void;
  /** The phase whose completion is being celebrated right now. */
  celebrating(): string | undefined;
  errorText(error: unknown): string;
}

/** A string usable in an id (and in a `#id` selector) for a checklist, a phase or a task. */
export const domId = (...parts: string[]): string =>
  `o-${parts.join('-').replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
