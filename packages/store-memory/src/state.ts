import type { ChangeEvent, IsoDateTime, Person, PollKind, ResultsVisibility, Role } from '@plein/core';

/** What the memory store keeps. Maps and Sets at run time; persistence turns them into arrays. */
export interface State {
  people: Map<string, PersonRecord>;
  polls: Map<string, PollRecord>;
  /** Creation counter: orders polls (newest first) and makes cursors. */
  seq: number;
  /** `person \n operation \n key` → id of the first result, oldest first (bounded). */
  keys: Map<string, string>;
}

export interface PersonRecord extends Person {
  roles: Role[];
}

export interface PollRecord {
  id: string;
  seq: number;
  question: string;
  /** Each option carries its own tally. */
  options: { id: string; label: string; votes: number }[];
  /** Next number for an option id (`o1`, `o2`, ...), so edited options never reuse an id. */
  nextOption: number;
  kind: PollKind;
  maxChoices: number;
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  createdBy: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  closesAt?: IsoDateTime;
  /** Closed by hand; a passed deadline is derived from the clock instead. */
  closedAt?: IsoDateTime;
  /** Public polls: each voter's choice. Always empty for anonymous polls. */
  ballots: Map<string, string[]>;
  /** Anonymous polls: who voted, never what (the tally lives on the options). Empty for public polls. */
  voters: Set<string>;
  /** Bumped on every change, with what it was, so another tab can tell what changed. */
  rev: number;
  change: ChangeEvent['type'];
}

export function emptyState(): State {
  return { people: new Map(), polls: new Map(), seq: 0, keys: new Map() };
}

/** How many idempotency keys are remembered; the oldest are forgotten first. */
export const KEYS_KEPT = 500;
