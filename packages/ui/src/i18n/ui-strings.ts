import { coreCatalog, type Translations } from '@plein/core';

const core = coreCatalog.get('en');

/**
 * Strings the shared primitives use themselves; widget strings live with each widget. Small and
 * eager in every language: the loading label is what shows while a language's other strings load.
 */
const en = {
  dismiss: 'Dismiss',
  unknownPerson: 'Unknown person',
  loading: core.loading,
  retry: core.tryAgain,
  /** A time under a minute ago (see relativeTime). */
  justNow: 'just now',
};

const nl: typeof en = {
  dismiss: 'Sluiten',
  unknownPerson: 'Onbekende persoon',
  loading: 'Laden…',
  retry: 'Probeer het opnieuw',
  justNow: 'zojuist',
};

export type UiStrings = typeof en;

export const uiStrings: Translations<UiStrings> = { en, nl };
