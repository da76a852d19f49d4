import type { Translations } from './locale.js';
import { coreCatalog, type CoreStrings } from './strings.js';
import { strings as nl } from './strings.nl.js';

/** Every core string, per language, in one object (elements load languages through `coreCatalog`). */
export const coreStrings: Translations<CoreStrings> = { en: coreCatalog.get('en'), nl };
