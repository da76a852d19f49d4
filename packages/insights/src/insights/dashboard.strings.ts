import { Catalog, coreCatalog, type Formatters, type TargetPeriod } from '@plein/core';
import type { RangeError } from './period.js';
import type { PeriodPreset } from './shell.js';

const core = coreCatalog.get('en');

/**
 * What the dashboard says: the period picker, the tiles, targets, live updates and export.
 * English is inline; Dutch is a chunk of its own (`dashboard.strings.nl.ts`), loaded where an
 * element speaks it. KPI names live in metrics.strings.ts (shared with the charts).
 */
const en = {
  loading: 'Loading the figures…',
  retry: core.tryAgain,
  title: 'Insights',
  forbiddenHeading: 'Insights are for the communication team',
  forbiddenMessage:
    'Adoption figures and targets are kept by the communication team and admins. Ask them if you would like to see how colleagues use Plein.',
  tooLargeForBrowser:
    "This period has more activity than the browser can count on this SharePoint site. Choose a shorter period, or ask your administrator about Plein's own server.",

  period: 'Period',
  presets: {
    week: 'This week',
    month: 'This month',
    quarter: 'This quarter',
    year: 'This year',
    'last-week': 'Last week',
    'last-month': 'Last month',
    'last-quarter': 'Last quarter',
    'last-year': 'Last year',
    custom: 'Choose dates',
  } satisfies Record<PeriodPreset, string>,
  start: 'First day',
  end: 'Last day',
  show: 'Show',
  rangeErrors: {
    'start-missing': 'Choose the first day.',
    'end-missing': 'Choose the last day.',
    'end-before-start': 'The last day is before the first day.',
    'too-long': (days: number, format: Formatters) => `Choose at most ${format.number(days)} days.`,
  } satisfies Record<RangeError, string | ((days: number, format: Formatters) => string)>,
  compared: (previous: string) => `compared with ${previous}`,
  quietHeading: 'Nothing happened in this period',
  quietMessage: 'No posts, reactions, votes or kudos yet. The figures fill in as colleagues use Plein.',

  tiles: 'Key figures',
  /** A count's change against the previous period. */
  up: (amount: string, previous: string) => `Up ${amount} from ${previous}`,
  down: (amount: string, previous: string) => `Down ${amount} from ${previous}`,
  same: (previous: string) => `Same as before (${previous})`,
  noComparison: 'Nothing to compare with',
  /** A share's change, in percentage points. */
  points: (amount: string) => `${amount} points`,
  per: { week: 'a week', month: 'a month', quarter: 'a quarter', year: 'a year' } satisfies Record<
    TargetPeriod,
    string
  >,
  target: (value: string, per: string) => `Target ${value} ${per}`,
  /** A count target scaled to a period of another length. */
  scaledTarget: (value: string, original: string, per: string) => `Target ${value} (${original} ${per})`,
  progress: (percent: string) => `${percent} of target`,
  progressLabel: (name: string) => `${name}: progress towards the target`,
  reached: 'Target reached',
  setTarget: 'Set target',
  editTarget: 'Edit target',
  removeTarget: 'Remove',
  setTargetLabel: (name: string) => `Set target for ${name}`,
  editTargetLabel: (name: string) => `Edit target for ${name}`,
  removeTargetLabel: (name: string) => `Remove target for ${name}`,
  saved: (name: string, value: string, per: string) => `Target for ${name} saved: ${value} ${per}.`,
  removed: (name: string) => `The target for ${name} is removed.`,
  formLoading: 'Loading the form…',
  formFailed: "The target form couldn't be loaded.",
  updated: 'Figures updated',

  charts: 'Charts',
  chartsLoading: 'Loading the charts…',
  chartsFailed: "The charts couldn't be loaded.",

  exportCsv: 'Download CSV',
  exported: (file: string) => `${file} is downloaded.`,
};

export type DashboardStrings = typeof en;

export const dashboardCatalog = new Catalog<DashboardStrings>(en, {
  nl: () => import('./dashboard.strings.nl.js').then((module) => module.strings),
});
