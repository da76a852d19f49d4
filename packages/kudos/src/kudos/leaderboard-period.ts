/** The periods a leaderboard counts over. */
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * The calendar month, quarter or year around `now`, as `[from, to)` in the viewer's own time zone
 * (a month starts at local midnight on the first, not at midnight UTC).
 */
export function periodRange(period: Period, now: number): { from: string; to: string } {
  const today = new Date(now);
  const year = today.getFullYear();
  const month = today.getMonth();
  const [start, length] = period === 'month' ? [month, 1] : period === 'quarter' ? [month - (month % 3), 3] : [0, 12];
  return {
    from: new Date(year, start, 1).toISOString(),
    to: new Date(year, start + length, 1).toISOString(),
  };
}
