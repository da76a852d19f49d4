import type { Formatters, IsoDateTime } from '@plein/core';
import type { PollStrings } from './poll.strings.js';

/** "Closes in 3 minutes"; a deadline that just passed reads "Closes now" until the poll reloads. */
export function closesLabel(at: IsoDateTime, now: number, strings: PollStrings, format: Formatters): string {
  return strings.closesIn(format.relative(Math.max(now, Date.parse(at)), now));
}

/** "Closed 2 days ago", or "Closed just now" in the first minute (Intl would say "now"). */
export function closedLabel(at: IsoDateTime, now: number, strings: PollStrings, format: Formatters): string {
  return now - Date.parse(at) < 60_000 ? strings.closedJustNow : strings.closedAgo(format.relative(at, now));
}
