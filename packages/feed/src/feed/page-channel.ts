/** The page's own channel: its canonical URL (without the fragment), else its origin and path. */
export function pageChannel(): string {
  const canonical = globalThis.document?.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const here = globalThis.location;
  const url = canonical || (here ? here.origin + here.pathname : '');
  return `page:${url.split('#')[0]}`;
}
