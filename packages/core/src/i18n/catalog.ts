import type { Locale } from './locale.js';

/** Loads the table of one language other than English (a dynamic import, so it is a chunk of its own). */
export type CatalogLoaders<T> = { readonly [L in Exclude<Locale, 'en'>]: () => Promise<T> };

/**
 * Strings with English inline and every other language loaded on first use, so a page pays
 * only for the language it speaks. Until a table is here (or if it cannot be loaded) English
 * stands in, so a lookup never throws; elements wait for `load(locale)` before they show text.
 */
export class Catalog<T> {
  private readonly tables: Partial<Record<Locale, T>>;
  private readonly loads = new Map<Locale, Promise<void>>();

  constructor(
    en: T,
    private readonly loaders: CatalogLoaders<T>,
  ) {
    this.tables = { en };
  }

  /** The strings of `locale`, English while they are not here. */
  get(locale: Locale): T {
    return this.tables[locale] ?? (this.tables.en as T);
  }

  /** Whether `locale` is settled: loaded, or English stands in for it for good. */
  has(locale: Locale): boolean {
    return this.tables[locale] !== undefined;
  }

  /** Loads `locale` once per page; never rejects (a table that fails to load leaves English). */
  load(locale: Locale): Promise<void> {
    let loading = this.loads.get(locale);
    if (!loading) {
      loading = this.has(locale)
        ? Promise.resolve()
        : this.loaders[locale as Exclude<Locale, 'en'>]().then(
            (table) => void (this.tables[locale] = table),
            () => void (this.tables[locale] = this.tables.en),
          );
      this.loads.set(locale, loading);
    }
    return loading;
  }
}
