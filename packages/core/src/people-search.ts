import type { Person } from './types.js';

/** Lower case without accents, so "zoe" finds "Zoë" and "cafe" finds "Café". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

type Searchable = Pick<Person, 'displayName' | 'email' | 'department'>;

/**
 * People search as every store does it: each word of the query must start a word of the name,
 * e-mail or department, or start one of those fields (so "mo.haddou@" finds an e-mail). Names
 * that start with the query come first.
 */
export function searchPeople<T extends Searchable>(people: Iterable<T>, query: string, limit: number): T[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const hits: { person: T; rank: number }[] = [];
  for (const person of people) {
    const fields = [person.displayName, person.email ?? '', person.department ?? ''].map(fold);
    const words = fields.flatMap((field) => field.split(/[^\p{L}\p{N}]+/u));
    const starts = (term: string) => fields.some((f) => f.startsWith(term)) || words.some((w) => w.startsWith(term));
    if (terms.every(starts)) hits.push({ person, rank: fields[0]!.startsWith(terms[0]!) ? 0 : 1 });
  }
  hits.sort((a, b) => a.rank - b.rank || a.person.displayName.localeCompare(b.person.displayName));
  return hits.slice(0, limit).map((hit) => hit.person);
}

/** Every department named on someone, sorted for people to read, once each. */
export function departmentsOf(people: Iterable<Pick<Person, 'department'>>): string[] {
  const found = new Set<string>();
  for (const person of people) if (person.department) found.add(person.department);
  return [...found].sort((a, b) => a.localeCompare(b));
}
