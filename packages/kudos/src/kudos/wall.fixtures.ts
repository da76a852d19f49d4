/**
 * Set-up for the browser tests of the wall and the give form: the world, values and kudos of
 * the screen's fixtures, rendered as a wall with its page attributes, and helpers to wait for
 * it and find buttons and cards. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PEOPLE_SEARCH_DELAY_MS, type PleinPeoplePicker } from '@plein/ui';
import type { PleinKudosWall } from './kudos-wall.element.js';
import { $, $$, has, textOf, type, until, type Setup } from './screen.fixtures.js';
import './kudos-wall.js';

export * from './screen.fixtures.js';

export interface WallPage {
  recipient?: string;
  value?: string;
  department?: string;
  pageSize?: number;
  leaderboard?: boolean;
  mode?: 'wall' | 'screen';
  lang?: string;
}

/** Renders `<plein-kudos-wall>` with the store, the world's clock and the page's attributes. */
export async function renderWall({ world, store }: Setup, page: WallPage = {}): Promise<PleinKudosWall> {
  const el = await fixture<PleinKudosWall>(
    html`<plein-kudos-wall
      mode=${ifDefined(page.mode)}
      recipient=${ifDefined(page.recipient)}
      value=${ifDefined(page.value)}
      department=${ifDefined(page.department)}
      page-size=${ifDefined(page.pageSize)}
      ?leaderboard=${page.leaderboard ?? false}
      lang=${page.lang ?? 'en'}
      .store=${store}
      .clock=${world.clock}
    ></plein-kudos-wall>`,
  );
  await el.updateComplete;
  return el;
}

/** The wall with its cards (or its empty state) shown. */
export async function wall(setup: Setup, page: WallPage = {}): Promise<PleinKudosWall> {
  const el = await renderWall(setup, page);
  await until(el, () => has(el, '[role="feed"]') || has(el, '.empty-state'), 'the kudos');
  return el;
}

/** The messages of the cards on the wall, in order. */
export const messages = (el: PleinKudosWall): string[] =>
  $$(el, '[role="feed"] > article .text').map((node) => textOf(node));

/** The card of a kudos by its id. */
export function card(el: PleinKudosWall, id: string): HTMLElement {
  const found = $$(el, 'article.kudos').find((a) => a.dataset['id'] === id);
  if (!found) throw new Error(`no card ${id} in: ${textOf(el).slice(0, 300)}`);
  return found;
}

/** The button whose text (or accessible label) is `label`, within `root` (the element by default). */
export function button(el: PleinKudosWall, label: string, root: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const all = [...root.querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === label || b.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no button "${label}" in: ${textOf(el).slice(0, 400)}`);
  return found;
}

/** Forgets every saved give-form draft, so tests do not see each other's. */
export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('plein-kudos-draft:')) localStorage.removeItem(key);
}

// ---------------------------------------------------------------------------- the give form

/** The people picker of the give form. */
export const picker = (el: PleinKudosWall): PleinPeoplePicker => $<PleinPeoplePicker>(el, '#give-people')!;

/** The names chosen in the give form's picker. */
export const chosen = (el: PleinKudosWall): string[] =>
  [...picker(el).shadowRoot!.querySelectorAll('.chip-name')].map((chip) => chip.textContent ?? '');

/** Opens the give form with its button and waits for it. */
export async function openGive(el: PleinKudosWall): Promise<HTMLFormElement> {
  button(el, 'Give kudos').click();
  await until(el, () => has(el, 'form.give') && picker(el)?.hasUpdated, 'the give form');
  return $<HTMLFormElement>(el, 'form.give')!;
}

/** Searches the picker for `query` and picks the first person found, as a mouse user does. */
export async function pick(el: PleinKudosWall, world: Setup['world'], query: string): Promise<void> {
  const box = picker(el);
  const input = box.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  type(input, query);
  world.clock.advance(PEOPLE_SEARCH_DELAY_MS);
  await until(el, () => box.shadowRoot!.querySelector('[role="option"]'), `someone for "${query}"`);
  box.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
  await settled(el);
}

/** Chooses a value in the give form by its id. */
export async function chooseValue(el: PleinKudosWall, id: string): Promise<void> {
  const radio = $$<HTMLInputElement>(el, 'input[name="give-value"]').find((r) => r.value === id);
  if (!radio) throw new Error(`no value ${id} to choose`);
  radio.click();
  await el.updateComplete;
}

/** Writes the message in the give form. */
export async function write(el: PleinKudosWall, text: string): Promise<void> {
  type($<HTMLTextAreaElement>(el, '#give-message')!, text);
  await el.updateComplete;
}

/** Sends the give form with its button. */
export async function send(el: PleinKudosWall): Promise<void> {
  button(el, 'Send kudos').click();
  await settled(el);
}

/** Waits for the element and then the give form's picker (which shows what the form set on it). */
export async function settled(el: PleinKudosWall): Promise<void> {
  await picker(el)?.updateComplete;
  await el.updateComplete;
  await picker(el)?.updateComplete;
}

/**
 * The error shown at a field of the give form (`people`, `value`, `message`), or ''. The
 * people's error is inside the picker, where its search field can point at it.
 */
export const fieldError = (el: PleinKudosWall, field: 'people' | 'value' | 'message'): string =>
  field === 'people' ? textOf(picker(el), '#error') : textOf(el, `#give-${field}-error`);
