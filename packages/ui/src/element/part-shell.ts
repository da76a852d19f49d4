import type { CSSResultGroup } from 'lit';
import type { Catalog, Clock, Formatters, Locale, PleinStore } from '@plein/core';

/** The `detail` of event `K` in an element's event map (`{ 'plein-load': CustomEvent<...> }`). */
export type EventDetail<Events, K extends keyof Events> = Events[K] extends CustomEvent<infer D> ? D : never;

/**
 * An element as its lazily loaded parts see it: the feed, the kudos wall, onboarding and
 * insights are each a small shell that finds the store and loads the code of what it shows;
 * that code gets this, and nothing else of the element.
 */
export interface PartShell<Config, Events> {
  readonly element: HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly updateComplete: Promise<boolean>;
    /** `light` or `dark` when the page set one; nested elements (pickers) get the same. */
    readonly theme?: 'light' | 'dark';
    requestUpdate(): void;
  };
  readonly clock: Clock;
  /** What the element is asked to show (its attributes). */
  config(): Config;
  store(): PleinStore | undefined;
  locale(): { locale: Locale; format: Formatters };
  /** The strings of a catalog in the element's language (English until it is loaded). */
  strings<T>(catalog: Catalog<T>): T;
  toast(text: string, tone: 'info' | 'success' | 'error'): void;
  announce(text: string, politeness?: 'polite' | 'assertive'): void;
  /** Races a store call against the element's clock (a stalled store fails as `unavailable`). */
  guard<T>(call: Promise<T>): Promise<T>;
  /** Dispatches one of the element's events (bubbling, crossing shadow roots). */
  emit<K extends keyof Events & string>(name: K, detail: EventDetail<Events, K>): void;
  /** Adds a part's styles to the element's shadow root. */
  adopt(styles: CSSResultGroup): void;
}
