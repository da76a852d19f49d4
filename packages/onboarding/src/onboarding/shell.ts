import type { TemplateResult } from 'lit';
import type { PleinStore } from '@plein/core';
import type { PleinOnboardingEventMap } from './events.js';
import type { PartShell } from '@plein/ui';

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
export type OnboardingShell = PartShell<OnboardingConfig, PleinOnboardingEventMap>;

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
