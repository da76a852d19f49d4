import { PleinPeoplePicker, defineElement } from '@plein/ui';

/**
 * Defines `<plein-people-picker>` for the wall's person filter and the give form (idempotent: a
 * page that has one already keeps it). A call, not an import for its side effect: this package
 * is marked free of side effects, so bundlers would drop a bare import.
 */
export function definePicker(): void {
  defineElement('plein-people-picker', PleinPeoplePicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'plein-people-picker': PleinPeoplePicker;
  }
}
