import { isShareMetric, type Formatters, type MetricId } from '@plein/core';

/**
 * A KPI's value as people read it: shares as whole percentages ("62%"; one decimal below 10%,
 * so 0.4% is not shown as 0%), counts with the locale's grouping ("1,234").
 */
export function formatFigure(metric: MetricId, value: number, format: Formatters): string {
  if (!isShareMetric(metric)) return format.number(value);
  const rounded = value > 0 && value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${format.number(rounded)}%`;
}

/** Progress towards a target, 0–∞ (1 = reached), or undefined without one. */
export const progressOf = (value: number | null, target: number | undefined): number | undefined =>
  value === null || target === undefined || target <= 0 ? undefined : value / target;
