/**
 * Shared set-up for the `<plein-feed>` browser tests: a memory world with a manual clock, the
 * contract cast, seeded posts, and small helpers to read the shadow DOM. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PleinStore } from '@plein/core';
import { CONTRACT_PEOPLE, type SeedData, type World } from '@plein/core/testing';
import type { PleinFeed, FeedMode } from './feed.element.js';
import './feed.js';

export const PEOPLE = CONTRACT_PEOPLE;
export type Name = keyof typeof CONTRACT_PEOPLE;
type SeedPost = NonNullable<SeedData['posts']>[number];

/** The world's start time (ManualClock default): Monday 12 January 2026, 09:00 UTC. */
export const START = Date.UTC(2026, 0, 12, 9, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const iso = (ms: number): string => new Date(ms).toISOString();

/** A post in `general`, `minutes` old, by Bob unless said otherwise. */
export function post(id: string, text: string, minutes: number, patch: Partial<SeedPost> = {}): SeedPost {
  return { id, channel: 'general', authorId: PEOPLE.bob.id, text, createdAt: iso(START - minutes * MINUTE), ...patch };
}

/** `n` posts "Post 1" (newest) … "Post n" (oldest), a minute apart. */
export function many(n: number, patch: Partial<SeedPost> = {}): SeedPost[] {
  return Array.from({ length: n }, (_, i) => post(`p${i + 1}`, `Post ${i + 1}`, i + 1, patch));
}

export interface Setup {
  world: World;
  store: PleinStore;
}

/** Seeds a fresh world with the cast, `posts` and `channels`; the store acts as `as` (Alice by default). */
export async function seeded(
  world: World,
  posts: SeedPost[] = [],
  as: Name = 'alice',
  extra: Omit<SeedData, 'people' | 'posts'> = {},
): Promise<Setup> {
  await world.seed({ people: Object.values(CONTRACT_PEOPLE), posts, ...extra });
  return { world, store: world.as(PEOPLE[as].id) };
}

export interface FeedAttributes {
  channel?: string;
  mode?: FeedMode;
  tag?: string;
  pageSize?: number;
  lang?: string;
}

/** Renders `<plein-feed>` with the store and the world's clock. */
export async function renderFeed({ world, store }: Setup, attributes: FeedAttributes = {}): Promise<PleinFeed> {
  const el = await fixture<PleinFeed>(
    html`<plein-feed
      channel=${ifDefined(attributes.channel)}
      mode=${ifDefined(attributes.mode)}
      tag=${ifDefined(attributes.tag)}
      page-size=${ifDefined(attributes.pageSize)}
      lang=${attributes.lang ?? 'en'}
      .store=${store}
      .clock=${world.clock}
    ></plein-feed>`,
  );
  await el.updateComplete;
  return el;
}

/** Renders the feed and waits for its posts (or empty state) and composer. */
export async function ready(setup: Setup, attributes: FeedAttributes = {}): Promise<PleinFeed> {
  const el = await renderFeed(setup, attributes);
  await until(el, () => has(el, '[role="feed"]') || has(el, '.empty-state') || has(el, '.pinned'), 'the posts');
  if (attributes.mode !== 'moderation') await until(el, () => has(el, 'form.composer'), 'the composer');
  return el;
}

/**
 * Ends running animations (a toast fading in, colours settling) so axe measures contrast on the
 * final look, not on a frame halfway.
 */
export function calm(el: PleinFeed): PleinFeed {
  for (const animation of el.shadowRoot!.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  }
  return el;
}

/** Lets promise callbacks and queued work run: one macrotask, no wall-clock timing. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Waits (bounded by rounds, not by time) until `check` holds. */
export async function until(el: PleinFeed, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 300; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}; shown: ${textOf(el).slice(0, 400)}`);
}

export function $<T extends Element = HTMLElement>(el: PleinFeed, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: PleinFeed, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Whether the shadow DOM has a match (a boolean keeps failure messages small). */
export const has = (el: PleinFeed, selector: string): boolean => el.shadowRoot!.querySelector(selector) !== null;

/** The visible text of the element (or of one part of it), with white space collapsed. */
export function textOf(el: PleinFeed | Element, selector?: string): string {
  const root = el instanceof HTMLElement && el.shadowRoot ? el.shadowRoot : el;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The article of a post or comment by its id. */
export function entry(el: PleinFeed, id: string): HTMLElement {
  const found = $$(el, 'article').find((a) => a.dataset['id'] === id);
  if (!found) throw new Error(`no entry ${id} in: ${textOf(el).slice(0, 300)}`);
  return found;
}

/** The texts of the posts in the feed list, in order. */
export const postTexts = (el: PleinFeed): string[] =>
  $$(el, '[role="feed"] > article .text').map((node) => textOf(node));

/** The button whose text (or accessible label) is `label`, within `root` (the element by default). */
export function button(el: PleinFeed, label: string, root: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const all = [...root.querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === label || b.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no button "${label}" in: ${textOf(el).slice(0, 400)}`);
  return found;
}

/** A short name for a node, so focus checks compare strings (chai's diff of two elements can crash the runner). */
export function nodeName(node: Element | null | undefined): string {
  if (!node) return '(nothing)';
  const id = node.id ? `#${node.id}` : '';
  const classes = [...node.classList].map((c) => `.${c}`).join('');
  return `${node.localName}${id}${classes}`;
}

/** The focused node inside the element, by name. */
export const focused = (el: PleinFeed): string => nodeName(el.shadowRoot!.activeElement);

/** What the polite live region says right now. */
export const spoken = (el: PleinFeed): string => textOf(el, '[role="status"][aria-live="polite"]');

/** The toast's text, or '' when none shows. */
export const toast = (el: PleinFeed): string => textOf(el, '.toast-text');

/** Types into a textarea or input the way a person does (value + input event), caret at the end. */
export function type(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  field.focus();
  field.value = text;
  field.setSelectionRange(text.length, text.length);
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Files on a file input, as if picked in the dialog. */
export function pick(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A real 1×1 PNG. */
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
export const pngFile = (name = 'photo.png'): File => new File([PNG], name, { type: 'image/png' });

/** Forgets every saved draft, so tests do not see each other's. */
export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('plein-feed-draft:')) localStorage.removeItem(key);
}
