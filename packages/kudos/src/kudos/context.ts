import type { nothing, TemplateResult } from 'lit';
import type { Kudos, KudosValue, Me, Person, ReactionSummary, Reaction } from '@plein/core';
import type { MentionHost, PeopleCache } from '@plein/ui';
import type { KudosShell } from './shell.js';
import type { WallStrings } from './wall.strings.js';

/**
 * What the wall's parts (cards, the give form, the live half) need from the wall view, which
 * implements it once. A part loaded on demand gets this, never the view itself.
 */
export interface WallContext extends MentionHost {
  readonly shell: KudosShell;
  readonly people: PeopleCache;
  strings(): WallStrings;
  /** The signed-in person (once the wall has loaded). */
  me(): Me | undefined;
  /** Every value, archived ones included. */
  values(): KudosValue[];
  value(id: string): KudosValue | undefined;
  person(id: string): Person | undefined;
  /** A message as templates: links, mentions, hashtags (never HTML). */
  renderText(text: string): TemplateResult;
  toast(text: string, tone: 'info' | 'success' | 'error'): void;
  /** A failure as a localized sentence. */
  errorText(error: unknown): string;
  /** Reports a failure as `plein-error` (the part shows its own message). */
  failed(error: unknown): void;
  /** After the next render: focus the first match of `selector` in the element (false if none). */
  focus(selector: string): Promise<boolean>;
  /** The reactions to show: the store's, or the optimistic ones while a reaction is on its way. */
  reactionsOf(kudos: Kudos): ReactionSummary;
  react(kudos: Kudos, reaction: Reaction): void;
  /** The kudos a permalink named (or that was just given), highlighted for a moment. */
  highlighted(): string | undefined;
  /** The kudos whose deletion is being confirmed. */
  confirming(): string | undefined;
  /** The delete button: asks for a confirmation (or closes it). */
  askDelete(kudos: Kudos): void;
  /** The confirmation inside the card whose DOM id is `cardId`, while it is asked for. */
  confirmation(kudos: Kudos, cardId: string): TemplateResult | typeof nothing;
}
