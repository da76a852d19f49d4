/** What every route handler gets: the site, the acting user, the negotiated format, the request. */
import type { Digests } from './digest.js';
import { single, json, type Format } from './format.js';
import type { Site, User } from './model.js';
import type { DirectoryPerson } from './people.js';

export interface Ctx {
  site: Site;
  user: User;
  format: Format;
  /** `<site>/_api/` */
  apiUrl: string;
  url: URL;
  /** GET, POST, MERGE (also for PATCH and X-HTTP-Method), PUT or DELETE. */
  method: string;
  request: Request;
  now: number;
  digests: Digests;
  /** The tenant's people by lower-case e-mail (ensureuser, the people picker). */
  directory: ReadonlyMap<string, DirectoryPerson>;
}

export const ok = (
  c: Ctx,
  entity: Record<string, unknown>,
  context: string,
  status = 200,
  headers: Record<string, string> = {},
) => json(c.format, status, single(c.format, c.apiUrl, entity, context), headers);

export const noContent = (headers: Record<string, string> = {}) => new Response(null, { status: 204, headers });
