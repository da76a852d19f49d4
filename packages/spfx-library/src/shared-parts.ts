/**
 * The parts every element's templates name by their plain tag (`<plein-person>`,
 * `<plein-people-picker>`): defined under that tag as everywhere else (idempotent, the first copy
 * of Plein on the page wins). Loaded with the first element's code, not with the entry.
 */
import { defineElement, definePeoplePicker, PleinPerson } from '@plein/ui';

defineElement('plein-person', PleinPerson);
definePeoplePicker();
