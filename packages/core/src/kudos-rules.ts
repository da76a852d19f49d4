import { PleinError } from './errors.js';
import { LOCALES } from './i18n/locale.js';
import { LIMITS } from './limits.js';
import type { KudosValue, KudosValueDraft } from './types.js';

/**
 * Whether `draft` may be (or stay) an active value beside the other active ones: at most 30
 * (`conflict`, reason `too-many-values`), and no name another one has in the same language,
 * ignoring case (`conflict`, reason `duplicate-name`). `id` is the value itself, when it exists.
 */
export function checkActiveValue(values: Iterable<KudosValue>, draft: KudosValueDraft, id?: string): void {
  const others = [...values].filter((value) => !value.archived && value.id !== id);
  if (others.length >= LIMITS.kudosValues) {
    throw new PleinError('conflict', { limit: LIMITS.kudosValues, reason: 'too-many-values' });
  }
  const same = (a = '', b = '') => a !== '' && a.toLocaleLowerCase() === b.toLocaleLowerCase();
  for (const locale of LOCALES) {
    if (others.some((other) => same(draft.name[locale], other.name[locale]))) {
      throw new PleinError('conflict', { field: 'name', locale, reason: 'duplicate-name' });
    }
  }
}
