import type { TemplateResult } from 'lit';
import type { Comment, Me, Post, ReactionSummary, Reaction } from '@plein/core';
import type { FeedHost } from './host.js';
import type { FeedStrings } from './feed.strings.js';
import type { PleinFeedEventDetail, PleinFeedEventName } from './events.js';

/** A post or a comment: both are entries with reactions, a menu and a permalink. */
export type FeedEntry = Post | Comment;

/**
 * The menus, inline editor, confirmations, pin form and "who reacted" list (`actions.ts`),
 * loaded the first time someone opens a menu or a reactions list.
 */
export interface ActionsPart {
  /** The open menu under an entry's "more" button, if it is this entry's. */
  menu(entry: FeedEntry): TemplateResult | undefined;
  /** The inline editor in place of the entry's text, while it is being edited. */
  editor(entry: FeedEntry): TemplateResult | undefined;
  /** A confirmation or the pin form under the entry's header. */
  panel(entry: FeedEntry): TemplateResult | undefined;
  /** The "who reacted" list under the reactions, while it is open. */
  reactors(entry: FeedEntry): TemplateResult | undefined;
  openMenu(entry: FeedEntry, trigger: HTMLElement): void;
  openReactors(entry: FeedEntry, trigger: HTMLElement): void;
  isMenuOpen(id: string): boolean;
  isReactorsOpen(id: string): boolean;
}

/** The comments of the posts whose thread is open (`comments.ts`). */
export interface CommentsPart {
  render(post: Post): TemplateResult;
  /** Fetches an open thread again after a live change. */
  refresh(postId: string): void;
  /** Opens a thread, showing (and returning) the comment a permalink names, if any. */
  open(post: Post, commentPath?: string[]): Promise<void>;
  close(postId: string): void;
  /** The comment or reply with this id, if an open thread shows it. */
  find(id: string): Comment | undefined;
  /** An edited comment, or one with new reactions. */
  replace(comment: Comment): void;
  /** A deleted comment (with its replies). */
  remove(comment: Comment): void;
}

/**
 * What the feed's parts need from the element, beyond the `FeedHost` every lazy part gets: its
 * strings, the signed-in person, the shared renderers and what to do when an entry changed.
 */
export interface FeedContext extends FeedHost {
  strings(): FeedStrings;
  me(): Me | undefined;
  channel(): string;
  emit<K extends PleinFeedEventName>(name: K, detail: PleinFeedEventDetail<K>): void;
  /** Reports a failure as `plein-error` (the part shows its own message). */
  failed(error: unknown): void;
  /** A failure as a localized sentence (core's messages; writes add the feed's own reasons: see write-errors.ts). */
  errorText(error: unknown): string;
  /** After the next render: focus the first match of `selector` in the element (false if none). */
  focus(selector: string): Promise<boolean>;
  /** An entry changed (edited, pinned, reacted): show the new version wherever it is shown. */
  replaced(entry: FeedEntry): void;
  /** An entry was deleted: take it away wherever it is shown. */
  removed(entry: FeedEntry): void;
  postCreated(post: Post): void;
  commentCreated(comment: Comment): void;
  /** The reactions to show: the store's, or the optimistic ones while a reaction is on its way. */
  reactionsOf(entry: FeedEntry): ReactionSummary;
  react(entry: FeedEntry, reaction: Reaction): void;
  /** The loaded actions part, if any. */
  actions(): ActionsPart | undefined;
  openMenu(entry: FeedEntry, trigger: HTMLElement): void;
  openReactors(entry: FeedEntry, trigger: HTMLElement): void;
  openReport(entry: FeedEntry, returnFocusTo?: HTMLElement): void;
  /** The entry a permalink named, highlighted for a moment. */
  highlighted(): string | undefined;
  // The feed view's own pieces, lent to the parts that show comments and menus (importing them
  // would make those chunks depend on the view's).
  entryHeader(entry: FeedEntry): TemplateResult;
  entryBody(entry: FeedEntry): TemplateResult;
  reactionsBar(entry: FeedEntry): TemplateResult;
  /** The DOM id of an entry's article. */
  domId(id: string): string;
  emoji(reaction: Reaction): string;
}
