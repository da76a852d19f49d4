import { defineElement } from '../define.js';
import { PleinPeoplePicker, type PleinPeopleChangeDetail } from './people-picker.element.js';

export { PleinPeoplePicker, type PleinPeopleChangeDetail };

/** Registers `<plein-people-picker>` (skipped when already defined). */
defineElement('plein-people-picker', PleinPeoplePicker);

declare global {
  interface HTMLElementTagNameMap {
    'plein-people-picker': PleinPeoplePicker;
  }
  interface GlobalEventHandlersEventMap {
    'plein-people-change': CustomEvent<PleinPeopleChangeDetail>;
  }
}
