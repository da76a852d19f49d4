/**
 * People (SHAREPOINT-REST.md §10): the tenant directory, `web/ensureuser` and the people
 * picker's `clientPeoplePickerSearchUser` / `clientPeoplePickerResolveUser`, whose result is a
 * JSON *string* holding the JSON array (or entity), as SharePoint sends it.
 */
import { ok, type Ctx } from './context.js';
import { errors, SpError } from './errors.js';
import { json } from './format.js';
import type { User } from './model.js';
import { canWrite, levelOn } from './security.js';
import { userJson } from './web-routes.js';

/** Someone the tenant knows (Entra ID) who need not be a user of the site yet. */
export interface DirectoryPerson {
  title: string;
  email: string;
  department: string;
  jobTitle: string;
  loginName: string;
}

export const PICKER = 'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.';

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const v: unknown = JSON.parse(await request.text());
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // falls through to the error below
  }
  throw errors.badQuery('The request body must be a JSON object.');
}

const isVerbose = (request: Request) => /odata=verbose/i.test(request.headers.get('Content-Type') ?? '');

/** The site user with this login name, UPN or e-mail (case-insensitive), if any. */
function siteUser(c: Ctx, logon: string): User | undefined {
  const key = logon.toLowerCase();
  return [...c.site.users.values()].find((u) => u.loginName.toLowerCase() === key || u.email.toLowerCase() === key);
}

function directoryPerson(c: Ctx, logon: string): DirectoryPerson | undefined {
  const key = logon.toLowerCase().replace(/^i:0#\.f\|membership\|/, '');
  return c.directory.get(key);
}

/**
 * `POST web/ensureuser` `{logonName}`: the site user, added from the directory when absent.
 * Adding someone needs write permission on the site (the emulator's reading); the unknown-user
 * answer is UNVERIFIED: SharePoint's usual 500 "The specified user … could not be found."
 */
export async function ensureUser(c: Ctx): Promise<Response> {
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  const { logonName, ...rest } = await jsonBody(c.request);
  for (const key of Object.keys(rest)) throw errors.unknownProperty(key, 'SP.Web.EnsureUser');
  if (typeof logonName !== 'string' || !logonName.trim()) throw errors.badQuery('ensureuser needs a logonName.');
  let user = siteUser(c, logonName.trim());
  if (!user) {
    const person = directoryPerson(c, logonName.trim());
    if (!person) throw errors.userNotFound(logonName);
    if (!canWrite(levelOn(c.site, undefined, c.user))) throw errors.accessDenied();
    user = c.site.addUser({ title: person.title, email: person.email });
  }
  return ok(c, userJson(c, user), 'SP.UserInfo');
}

interface QueryParams {
  QueryString: string;
  MaximumEntitySuggestions: number;
  PrincipalType: number;
  PrincipalSource: number;
}

async function queryParams(c: Ctx): Promise<QueryParams> {
  const body = await jsonBody(c.request);
  const q = { ...(body.queryParams as Record<string, unknown> | undefined) };
  if (!body.queryParams || typeof body.queryParams !== 'object') throw errors.badQuery('queryParams is required.');
  const type = 'SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters';
  const meta = q.__metadata as { type?: unknown } | undefined;
  delete q.__metadata;
  // UNVERIFIED in the doc; strictest reading: verbose must name the type, JSON light must not.
  if (isVerbose(c.request) ? meta?.type !== type : meta !== undefined) throw errors.unresolvedType(String(meta?.type));
  if (typeof q.QueryString !== 'string') throw errors.badQuery('queryParams.QueryString is required.');
  const max = q.MaximumEntitySuggestions ?? 10;
  if (!Number.isInteger(max) || (max as number) < 1)
    throw errors.badQuery('MaximumEntitySuggestions must be positive.');
  return {
    QueryString: q.QueryString,
    MaximumEntitySuggestions: max as number,
    PrincipalType: Number(q.PrincipalType ?? 15),
    PrincipalSource: Number(q.PrincipalSource ?? 15),
  };
}

interface Candidate {
  person: Omit<DirectoryPerson, 'loginName'> & { loginName: string };
  spUserId?: number;
}

/** Site users (the UserInfoList source, 1) and directory people (the other sources), by login name. */
function candidates(c: Ctx, source: number): Candidate[] {
  const out = new Map<string, Candidate>();
  if (source & 1)
    for (const u of c.site.users.values()) {
      const d = directoryPerson(c, u.loginName);
      out.set(u.loginName.toLowerCase(), {
        person: {
          title: u.title,
          email: u.email,
          loginName: u.loginName,
          department: d?.department ?? '',
          jobTitle: d?.jobTitle ?? '',
        },
        spUserId: u.id,
      });
    }
  if (source & ~1)
    for (const p of c.directory.values()) {
      const key = p.loginName.toLowerCase();
      out.set(key, { person: p, spUserId: siteUser(c, p.loginName)?.id ?? out.get(key)?.spUserId });
    }
  return [...out.values()];
}

/** A word of the name, or the e-mail / login, starts with the query (case-insensitive). */
function matches(p: Candidate['person'], query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return false;
  const words = [p.title, ...p.title.split(/\s+/), p.email, p.loginName].map((w) => w.toLowerCase());
  return words.some((w) => w.startsWith(q));
}

function entity(c: Candidate): Record<string, unknown> {
  const p = c.person;
  return {
    Key: p.loginName,
    DisplayText: p.title,
    IsResolved: true,
    Description: p.email,
    EntityType: 'User',
    EntityData: {
      IsAltSecIdPresent: 'False',
      Title: p.jobTitle,
      Email: p.email,
      MobilePhone: '',
      ObjectId: '',
      Department: p.department,
      AccountName: p.loginName,
      PrincipalType: 'User',
      SPUserID: c.spUserId === undefined ? '' : String(c.spUserId),
    },
    MultipleMatches: [],
    ProviderName: c.spUserId === undefined ? 'Tenant' : 'UserInfoList',
    ProviderDisplayName: c.spUserId === undefined ? 'Tenant' : 'User Info List',
  };
}

/**
 * `clientPeoplePickerSearchUser` (users only: PrincipalType without the User flag finds no one,
 * groups are not searched) and `clientPeoplePickerResolveUser` (one entity: the exact login /
 * e-mail, else the single match; none or several is the emulator's 400, UNVERIFIED).
 */
export async function peoplePicker(c: Ctx, fn: string): Promise<Response> {
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  const q = await queryParams(c);
  const found =
    q.PrincipalType & 1 ? candidates(c, q.PrincipalSource).filter((k) => matches(k.person, q.QueryString)) : [];
  if (fn === 'clientpeoplepickersearchuser')
    return pickerResult(c, 'ClientPeoplePickerSearchUser', found.slice(0, q.MaximumEntitySuggestions).map(entity));
  const key = q.QueryString.trim().toLowerCase();
  const exact = found.filter((k) => k.person.loginName.toLowerCase() === key || k.person.email.toLowerCase() === key);
  const one = exact.length === 1 ? exact : found;
  if (one.length !== 1)
    throw new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `'${q.QueryString}' does not resolve to one person.`,
    );
  return pickerResult(c, 'ClientPeoplePickerResolveUser', entity(one[0]!));
}

/** The double encoding: the value is a string of JSON (§1, §10). */
function pickerResult(c: Ctx, name: string, value: unknown): Response {
  const text = JSON.stringify(value);
  switch (c.format) {
    case 'verbose':
      return json(c.format, 200, { d: { [name]: text } });
    case 'minimal':
      return json(c.format, 200, { 'odata.metadata': `${c.apiUrl}$metadata#Edm.String`, value: text });
    case 'v4minimal':
      return json(c.format, 200, { '@odata.context': `${c.apiUrl}$metadata#Edm.String`, value: text });
    default:
      return json(c.format, 200, { value: text });
  }
}
