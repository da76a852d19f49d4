import { defineElement } from '../define.js';
import { PleinPerson } from './person.element.js';

export { PleinPerson };

/** Registers `<plein-person>` (skipped when already defined). */
defineElement('plein-person', PleinPerson);

declare global {
  interface HTMLElementTagNameMap {
    'plein-person': PleinPerson;
  }
}
