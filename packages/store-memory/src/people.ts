import type { Person } from '@plein/core';
import type { PersonRecord } from './state.js';

/** A person without the roles: other people's roles are not the caller's business. */
export function viewPerson(record: PersonRecord): Person {
  const { roles: _roles, ...person } = record;
  return { ...person };
}

/** Site moderators and admins moderate every channel and may close any poll. */
export const isModerator = (person: PersonRecord): boolean =>
  person.roles.includes('moderator') || person.roles.includes('admin');

export { departmentsOf, fold, searchPeople } from '@plein/core';
