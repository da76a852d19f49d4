/**
 * Permalinks point at the host page itself, plus a Plein fragment: `#plein-poll=ID`. QR codes,
 * notifications and shares all use them; the element named there opens and highlights it.
 */
const key = (kind: string): string => `plein-${kind}`;

/**
 * `base` (default: the current page) without its hash, + `#plein-${kind}=${id}`. A relative
 * base (an editor's `vote-url="/news.html"`) is made absolute against the page, because a QR
 * code or a notification must carry a link that opens anywhere.
 */
export function permalink(kind: string, id: string, base?: string): string {
  const here = globalThis.location?.href;
  let page = base ?? here ?? '';
  try {
    page = new URL(page, here).href;
  } catch {
    // no page to resolve against (outside a browser): keep the base as given
  }
  const hashAt = page.indexOf('#');
  const withoutHash = hashAt === -1 ? page : page.slice(0, hashAt);
  return `${withoutHash}#${key(kind)}=${encodeURIComponent(id)}`;
}

/** The id a permalink names, from the hash or else the query (`?plein-poll=ID`); undefined if none. */
export function readPermalink(
  kind: string,
  location: Pick<Location, 'hash' | 'search'> | undefined = globalThis.location,
): string | undefined {
  if (!location) return undefined;
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get(key(kind));
  const fromQuery = new URLSearchParams(location.search).get(key(kind));
  return fromHash || fromQuery || undefined;
}
