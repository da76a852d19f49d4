import { PleinElement } from './plein-element.js';
import type { PartShell } from './part-shell.js';

/**
 * A Plein element that is a small shell around lazily loaded parts (the feed, the kudos wall,
 * onboarding, insights): it hands them `partShell()`. Apart from PleinElement so that elements
 * without parts (the poll) do not carry it.
 */
export class PleinPartsElement extends PleinElement {
  /**
   * The element as its lazily loaded parts see it (see PartShell): `config` reads its
   * attributes, `guard` races store calls against its clock.
   */
  protected partShell<Config, Events>(
    config: () => Config,
    guard: <T>(call: Promise<T>) => Promise<T>,
  ): PartShell<Config, Events> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a getter below reads the element's clock
    const element = this;
    return {
      element,
      get clock() {
        return element.clock;
      },
      config,
      store: () => this.storeRef.value,
      locale: () => ({ locale: this.i18n.locale, format: this.i18n.format }),
      strings: (catalog) => this.i18n.strings(catalog),
      toast: (text, tone) => this.feedback.toast(text, { tone }),
      announce: (text, politeness) => this.feedback.announce(text, politeness),
      guard,
      emit: (name, detail) => this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })),
      adopt: (styles) => this.addStyles(styles),
    };
  }
}
