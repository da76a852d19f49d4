import type { CSSResultGroup } from 'lit';
import type { Catalog } from '@plein/core';
import type { ChartsPart, InsightsShell } from './shell.js';

/** What the charts chunk (`charts.ts`) exports. */
export interface ChartsModule {
  styles: CSSResultGroup;
  catalog?: Catalog<unknown>;
  createCharts(shell: InsightsShell): ChartsPart;
}

/**
 * The dashboard's lazily loaded code, each a chunk of its own: the charts (once the tiles
 * show), the target form (on first use) and the CSV export (on the first download). Tests
 * replace an entry to make it fail, or to draw stand-in charts.
 */
export const lazy = {
  charts: (): Promise<ChartsModule> => import('./charts.js'),
  targetForm: () => import('./target-form.js'),
  csv: () => import('./insights-csv.js'),
};
