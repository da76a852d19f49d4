import type { CSSResultGroup, TemplateResult } from 'lit';
import type { Catalog, Clock, Formatters, Locale, PleinStore } from '@plein/core';
import type { PleinOnboardingEventDetail, PleinOnboardingEventName } from './events.js';

/** What the element is asked to show (its attributes, read once per start). */
export interface OnboardingConfig {
  /**
   * `campaign` attribute: checklist mode shows only this campaign's checklist; manage mode opens
   * this campaign. Absent: every checklist / the campaign list.
   */
  campaignId?: string;
  /**
   * `person` attribute, checklist mode: whose checklist to show (a manager, buddy or the
   * communications team looking at a new hire's). Absent: the signed-in person's own.
   */
  personId?: string;
}

/**
 * The element as its lazily loaded parts see it (`<plein-onboarding>` itself is a small shell:
 * it finds the store and loads the code of its mode).
 */
export interface OnboardingShell {
  readonly element: HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly updateComplete: Promise<boolean>;
    /** `light` or `dark` when the page set one; nested elements (pickers) get the same. */
    readonly theme?: 'light' | 'dark';
    requestUpdate(): void;
  };
  readonly clock: Clock;
  config(): OnboardingConfig;
  store(): PleinStore | undefined;
  locale(): { locale: Locale; format: Formatters };
  /** The strings of a catalog in the element's language (English until it is loaded). */
  strings<T>(catalog: Catalog<T>): T;
  toast(text: string, tone: 'info' | 'success' | 'error'): void;
  announce(text: string, politeness?: 'polite' | 'assertive'): void;
  /** Races a store call against the element's clock (a stalled store fails as `unavailable`). */
  guard<T>(call: Promise<T>): Promise<T>;
  emit<K extends PleinOnboardingEventName>(name: K, detail: PleinOnboardingEventDetail<K>): void;
  /** Adds a part's styles to the element's shadow root (for sub-parts loaded later). */
  adopt(styles: CSSResultGroup): void;
}

/**
 * A mode's view (`checklist.ts` exports `ChecklistView`, `manage.ts` exports `ManageView`, each
 * with its `styles`): the element creates one per mode, starts it for a store and renders what
 * it returns.
 */
export interface OnboardingView {
  /** (Re)starts for a store and the current config: loads, subscribes to live changes. */
  start(store: PleinStore | undefined): void;
  /** Stops subscriptions and timers (the element left the page or changed mode). */
  stop(): void;
  render(): TemplateResult;
}
