import { errorMessage, type Locale } from '@plein/core';

/** A localized, user-facing sentence for any failure; raw server text is never shown. */
export function errorText(locale: Locale, error: unknown): string {
  return errorMessage(locale, error);
}
