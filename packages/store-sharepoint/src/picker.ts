/**
 * SharePoint's people picker (SHAREPOINT-REST.md §10): finds colleagues who never opened Plein
 * (so they are not in the Plein People list yet) among the site's users and the tenant
 * directory, for @mentions and kudos. Its answer is a JSON string inside the JSON.
 */
import { isPleinError, type Person } from '@plein/core';
import type { SpClient } from './client.js';
import { personId } from './lists.js';
import { functionResult } from './odata.js';

const SEARCH = 'SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser';
const RESOLVE = 'SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerResolveUser';

interface Entity {
  Key?: string;
  DisplayText?: string;
  EntityData?: { Email?: string; Title?: string; Department?: string };
}

function personOf(e: Entity): Person | undefined {
  if (!e.Key || !e.DisplayText) return undefined;
  const person: Person = { id: personId(e.Key), displayName: e.DisplayText };
  const { Email, Title, Department } = e.EntityData ?? {};
  if (Email) person.email = Email;
  if (Title) person.jobTitle = Title;
  if (Department) person.department = Department;
  return person;
}

function parse(body: unknown, name: string): unknown {
  const text = functionResult(body, name);
  try {
    return typeof text === 'string' ? (JSON.parse(text) as unknown) : text;
  } catch {
    return undefined;
  }
}

/** Users only (PrincipalType 1), from every source (15): the site's users and the directory. */
const params = (query: string, limit: number) => ({
  queryParams: { QueryString: query, MaximumEntitySuggestions: limit, PrincipalType: 1, PrincipalSource: 15 },
});

export async function pickerSearch(sp: SpClient, query: string, limit: number): Promise<Person[]> {
  const { body } = await sp.post(SEARCH, params(query, limit));
  const found = parse(body, 'ClientPeoplePickerSearchUser');
  return Array.isArray(found) ? found.flatMap((e: Entity) => personOf(e) ?? []) : [];
}

/** The one person an id (account name or e-mail) stands for; undefined when none. */
export async function pickerResolve(sp: SpClient, id: string): Promise<Person | undefined> {
  try {
    const { body } = await sp.post(RESOLVE, params(id, 1));
    const found = parse(body, 'ClientPeoplePickerResolveUser') as Entity | undefined;
    return found && typeof found === 'object' ? personOf(found) : undefined;
  } catch (e) {
    // Nobody (or several) answers 400: not a person we can show.
    if (isPleinError(e) && e.code === 'invalid') return undefined;
    throw e;
  }
}
