import type { TemplateResult } from 'lit';
import type { Campaign, OnboardingApi } from '@plein/core';
import type { OnboardingShell } from './shell.js';

/**
 * What the team's view (`manage.ts`) gives the parts it loads on first use: the campaign editor,
 * the cohort, the people and the import. Each part is a chunk of its own.
 */
export interface ManageContext {
  readonly shell: OnboardingShell;
  /** The store's onboarding API; throws `unavailable` when the store has none. */
  api(): OnboardingApi;
  /** The id of the campaign that is open (undefined while a new one is written); known before the campaign is read. */
  campaignId(): string | undefined;
  /** The campaign that is open, once read (undefined while a new one is written). */
  campaign(): Campaign | undefined;
  /** Re-renders the element. */
  update(): void;
  /** Focuses the first node inside the element matching `selector`, after the next render. */
  focusOn(selector: string): Promise<void>;
  /** Tells the host (`plein-error`); the part shows a localized message where it happened. */
  failed(error: unknown): void;
}

/** A part of an open campaign (a tab), or the editor of a new one. */
export interface ManagePart {
  render(): TemplateResult;
  /** Reads again what it shows, keeping it on screen meanwhile (a live change arrived). */
  refresh(): void;
  /** Stops what it follows (the campaign closed). */
  stop?(): void;
}
