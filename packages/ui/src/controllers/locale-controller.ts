import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatters, resolveLocale, type Formatters, type Locale, type Translations } from '@plein/core';

/**
 * Each element speaks its own language: its `lang`, the nearest ancestor's (across shadow
 * roots), or the page's. Watches `lang` on the element and every ancestor, so a page-level or
 * section-level switch re-renders the element.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly observer: MutationObserver;
  private current: Locale;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
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
  strings<T>(translations: Translations<T>): T {
    return translations[this.current];
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
