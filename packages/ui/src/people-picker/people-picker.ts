import { PleinPeoplePicker, definePeoplePicker, type PleinPeopleChangeDetail } from './people-picker.element.js';

export { PleinPeoplePicker, type PleinPeopleChangeDetail };

/** Registers `<plein-people-picker>` (skipped when already defined). */
definePeoplePicker();

declare global {
  interface GlobalEventHandlersEventMap {
    'plein-people-change': CustomEvent<PleinPeopleChangeDetail>;
  }
}
