/**
 * The transport every SharePoint layer talks through: `get` and `post` on absolute `/_api`
 * URLs, answering fetch `Response`s. Two implementations: SPFx's SPHttpClient (spfx-http.ts)
 * and plain fetch with a request digest (fetch-http.ts).
 */
export interface SpHttp {
  /** The site's absolute URL, without a trailing slash. */
  readonly siteUrl: string;
  get(url: string, init?: RequestInit): Promise<Response>;
  post(url: string, init?: RequestInit): Promise<Response>;
}

/** `${siteUrl}/_api/${path}`. */
export const apiUrl = (http: SpHttp, path: string): string => `${http.siteUrl}/_api/${path}`;

/** A string literal in an `/_api` path: single-quoted, `'` doubled, then URI-encoded (§0). */
export const quoted = (s: string): string => `'${encodeURIComponent(s.replace(/'/g, "''"))}'`;

/** A JSON write body with its content type. */
export function jsonBody(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { headers: { 'Content-Type': 'application/json;charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

/** Merges headers without losing the caller's (a later source wins). */
export function withHeaders(init: RequestInit | undefined, headers: Record<string, string>): RequestInit {
  const merged = new Headers(headers);
  new Headers(init?.headers).forEach((v, k) => merged.set(k, v));
  return { ...init, headers: merged };
}
