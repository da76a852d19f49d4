import { defineElement } from '../define.js';
import { PleinProvider } from './provider.element.js';

export { PleinProvider };

/** Registers `<plein-provider>` (skipped when already defined). */
defineElement('plein-provider', PleinProvider);

declare global {
  interface HTMLElementTagNameMap {
    'plein-provider': PleinProvider;
  }
}
