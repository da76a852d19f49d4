import type { Formatters, Translations } from '@plein/core';
import type { Period } from './leaderboard-period.js';

/** The leaderboard beside the wall (loaded with its code, both languages: it is small). */
const en = {
  title: 'Most recognised values',
  people: 'Most kudos received',
  period: 'Period',
  periods: { month: 'Month', quarter: 'Quarter', year: 'Year' } satisfies Record<Period, string>,
  loading: 'Loading the leaderboard…',
  empty: {
    month: 'No kudos yet this month',
    quarter: 'No kudos yet this quarter',
    year: 'No kudos yet this year',
  } satisfies Record<Period, string>,
  emptyMessage: 'Give the first kudos and it shows here.',
  retry: 'Try again',
  archived: 'archived',
  someone: 'Someone',
  count: (n: number, format: Formatters) => `${format.number(n)} kudos`,
};

const nl: typeof en = {
  title: 'Meest gewaardeerde waarden',
  people: 'Meeste kudos ontvangen',
  period: 'Periode',
  periods: { month: 'Maand', quarter: 'Kwartaal', year: 'Jaar' },
  loading: 'Ranglijst laden…',
  empty: {
    month: 'Nog geen kudos deze maand',
    quarter: 'Nog geen kudos dit kwartaal',
    year: 'Nog geen kudos dit jaar',
  },
  emptyMessage: 'Geef de eerste kudos, dan verschijnen ze hier.',
  retry: 'Opnieuw proberen',
  archived: 'gearchiveerd',
  someone: 'Iemand',
  count: (n, format) => `${format.number(n)} kudos`,
};

export type LeaderboardStrings = typeof en;
export const leaderboardStrings: Translations<LeaderboardStrings> = { en, nl };
