import { coreStrings, type Translations } from '@plein/core';

/** Strings the shared primitives use themselves; widget strings live with each widget. */
const en = {
  dismiss: 'Dismiss',
  unknownPerson: 'Unknown person',
  loading: coreStrings.en.loading,
  retry: coreStrings.en.tryAgain,
};

const nl: typeof en = {
  dismiss: 'Sluiten',
  unknownPerson: 'Onbekende persoon',
  loading: coreStrings.nl.loading,
  retry: coreStrings.nl.tryAgain,
};

export type UiStrings = typeof en;

export const uiStrings: Translations<UiStrings> = { en, nl };
