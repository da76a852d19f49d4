/** The languages Plein ships complete. Adding one means adding it to every strings object. */
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Strings for every supported locale; `typeof en` keeps every translation complete. */
export type Translations<T> = { readonly [L in Locale]: T };

/** `nl-BE` → `nl`; unknown or empty → undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

interface SharePointPageContext {
  currentUICultureName?: string;
  currentCultureName?: string;
}

/**
 * The locale an element should speak: its own `lang` or the nearest ancestor's (across shadow
 * roots), then the page's, then SharePoint's page context, then the browser's, then English.
 * Each widget resolves its own, so a Dutch widget can sit on an English page.
 */
export function resolveLocale(element?: Element | null): Locale {
  let node: Node | null | undefined = element;
  const hasDom = typeof Element !== 'undefined';
  while (node && hasDom) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const found = matchLocale(node.getAttribute('lang'));
      if (found) return found;
      if (node.getAttribute('lang')) break; // an explicit unsupported language: fall through to the host's
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const doc = globalThis.document as Document | undefined;
  const page = matchLocale(doc?.documentElement?.lang);
  if (page) return page;
  const sp = (globalThis as { _spPageContextInfo?: SharePointPageContext })._spPageContextInfo;
  const sharePoint = matchLocale(sp?.currentUICultureName ?? sp?.currentCultureName);
  if (sharePoint) return sharePoint;
  const browser = matchLocale(globalThis.navigator?.language);
  return browser ?? DEFAULT_LOCALE;
}
