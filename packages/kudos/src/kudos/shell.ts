import type { TemplateResult } from 'lit';
import type { KudosQuery, PleinStore } from '@plein/core';
import type { PleinKudosEventMap } from './events.js';
import type { PartShell } from '@plein/ui';

/** What the element is asked to show (its attributes, read once per start). */
export interface KudosConfig {
  /** Filters set by the page (`value`, `recipient`, `department` attributes); people can narrow further on a wall. */
  query: KudosQuery;
  /** Kudos per page, clamped to the store's maximum. */
  limit: number;
  /** `leaderboard` attribute: show the values leaderboard (and the people one if the store's settings allow). */
  leaderboard: boolean;
  /** Screen mode: seconds each card stays (default 10, at least 4). */
  rotateSeconds: number;
  /** Where "give kudos from your phone" leads (the QR code on a screen): `give-url`, or this page with `#plein-kudos=give`. */
  giveUrl: string;
}

/**
 * The element as its lazily loaded parts see it (`<plein-kudos-wall>` itself is a small shell:
 * it finds the store and loads the code of its mode).
 */
export type KudosShell = PartShell<KudosConfig, PleinKudosEventMap>;

/**
 * A mode's view (`wall.ts` exports `WallView`, `screen.ts` exports `ScreenView`, each with its
 * `styles`): the element creates one per mode, starts it for a store and renders what it
 * returns. The leaderboard (`leaderboard.ts`: `LeaderboardView`) is one too, shown beside the
 * wall when the `leaderboard` attribute is set.
 */
export interface KudosView {
  /** (Re)starts for a store: loads, subscribes to live changes, starts timers. */
  start(store: PleinStore | undefined): void;
  /** Stops timers and subscriptions (the element left the page or changed mode). */
  stop(): void;
  render(): TemplateResult;
}

/**
 * The values editor with the wall's settings (`values-editor.ts`, lazy), opened from the wall
 * by people who may manage kudos: `new ValuesEditor(shell, { close })`. It saves through the
 * store; the wall picks the changes up from the `configured` live event.
 */
export interface ValuesEditorPart {
  render(): TemplateResult;
  /** Moves focus into the editor (after it is first rendered). */
  focus(): void;
}
