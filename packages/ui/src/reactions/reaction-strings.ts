import type { Reaction, Translations } from '@plein/core';
import { reactionNamesNl } from './reaction-names.nl.js';
import { reactionNames } from './reactions.js';

/** The reactions' names in every language, for a part that carries all its languages anyway. */
export const reactionStrings: Translations<Record<Reaction, string>> = { en: reactionNames, nl: reactionNamesNl };
