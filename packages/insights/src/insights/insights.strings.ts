import type { Translations } from '@plein/core';

/**
 * What `<plein-insights>` itself says before the dashboard's code is here (small and eager in
 * every language; the dashboard brings its own strings).
 */
const en = {
  loading: 'Loading insights…',
  partFailed: "Insights couldn't be loaded.",
};

const nl: typeof en = {
  loading: 'Inzichten laden…',
  partFailed: 'Inzichten konden niet worden geladen.',
};

export type InsightsShellStrings = typeof en;
export const insightsShellStrings: Translations<InsightsShellStrings> = { en, nl };
