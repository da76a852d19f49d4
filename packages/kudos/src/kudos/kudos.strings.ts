import type { Translations } from '@plein/core';

/**
 * What `<plein-kudos-wall>` itself says before a mode's code is here (small and eager in every
 * language; each mode brings its own strings).
 */
const en = {
  loading: 'Loading kudos…',
  partFailed: "The kudos wall couldn't be loaded.",
};

const nl: typeof en = {
  loading: 'Kudos laden…',
  partFailed: 'De kudosmuur kon niet worden geladen.',
};

export type KudosShellStrings = typeof en;
export const kudosShellStrings: Translations<KudosShellStrings> = { en, nl };
