import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatters, resolveLocale, type Catalog, type Formatters, type Locale, type Translations } from '@plein/core';

/**
 * Each element speaks its own language: its `lang`, the nearest ancestor's (across shadow
 * roots), or the page's. Watches `lang` on the element and every ancestor, so a page-level or
 * section-level switch re-renders the element.
 *
 * Strings of languages other than English load on first use: catalogs added with `use` load
 * for the element's locale before each update that needs them, and `ready` says whether they
 * are all here (show a skeleton until then, so no English flashes on a Dutch page).
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly observer: MutationObserver;
  private current: Locale;
  private readonly catalogs: Catalog<unknown>[] = [];
  /** The locale whose catalogs are loading, so an update asks once. */
  private loading?: Locale;

  constructor(host: ReactiveControllerHost & HTMLElement, catalogs: readonly Catalog<unknown>[] = []) {
    this.host = host;
    this.catalogs.push(...catalogs);
    this.current = resolveLocale(host);
    this.observer = new MutationObserver(() => this.refresh());
    host.addController(this);
  }

  get locale(): Locale {
    return this.current;
  }

  get format(): Formatters {
    return formatters(this.current);
  }

  /** The strings for the current locale: `this.i18n.strings(pollStrings).vote`. */
  strings<T>(translations: Translations<T> | Catalog<T>): T {
    return 'get' in translations && typeof translations.get === 'function'
      ? translations.get(this.current)
      : (translations as Translations<T>)[this.current];
  }

  /** Adds a catalog the element shows text from; returns it. */
  use<T>(catalog: Catalog<T>): Catalog<T> {
    this.catalogs.push(catalog as Catalog<unknown>);
    if (this.host.isConnected) this.host.requestUpdate();
    return catalog;
  }

  /** Whether every catalog has the current locale's strings. */
  get ready(): boolean {
    return this.catalogs.every((catalog) => catalog.has(this.current));
  }

  /** Resolves once every catalog has the current locale's strings (never rejects). */
  load(): Promise<void> {
    const locale = this.current;
    return Promise.all(this.catalogs.map((catalog) => catalog.load(locale))).then(() => undefined);
  }

  hostUpdate(): void {
    const locale = this.current;
    if (this.ready || this.loading === locale) return;
    this.loading = locale;
    void this.load().then(() => {
      if (this.loading === locale) this.loading = undefined;
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    // Only attribute changes on the ancestor chain matter; a subtree observer would miss shadow roots.
    for (
      let node: Node | null = this.host;
      node;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)
    ) {
      if (node instanceof Element) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private refresh(): void {
    const next = resolveLocale(this.host);
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
