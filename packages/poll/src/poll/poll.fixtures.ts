/**
 * Shared set-up for the `<plein-poll>` browser tests: a memory world with a manual clock, the
 * contract cast, seeded polls, and small helpers to read the shadow DOM. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Capabilities, Me, PleinStore, WriteOptions } from '@plein/core';
import { CONTRACT_PEOPLE, type SeedPoll, type World } from '@plein/core/testing';
import type { PleinPoll, PollMode } from './poll.element.js';
import './poll.js';

export const PEOPLE = CONTRACT_PEOPLE;
export type Name = keyof typeof CONTRACT_PEOPLE;

/** The world's start time (ManualClock default): Monday 12 January 2026, 09:00 UTC. */
export const START = Date.UTC(2026, 0, 12, 9, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const iso = (ms: number): string => new Date(ms).toISOString();

/** The lunch poll by Cara: three answers, single choice, public, results always visible. */
export function lunchPoll(patch: Partial<SeedPoll> = {}): SeedPoll {
  return {
    id: 'poll-lunch',
    createdBy: PEOPLE.cara.id,
    question: 'Where shall we have lunch on Friday?',
    options: [
      { id: 'o-pizza', label: 'Pizza' },
      { id: 'o-sushi', label: 'Sushi' },
      { id: 'o-salad', label: 'Salad' },
    ],
    kind: 'single',
    anonymous: false,
    resultsVisibility: 'always',
    createdAt: iso(START - HOUR),
    ...patch,
  };
}

export interface Setup {
  world: World;
  store: PleinStore;
}

/**
 * Seeds a fresh world with the cast and `polls`; the store acts as `as` (Alice by default).
 * Test files pass `createMemoryWorld()` (this module does not import a store itself).
 */
export async function seeded(world: World, polls: SeedPoll[] = [], as: Name = 'alice'): Promise<Setup> {
  await world.seed({ people: Object.values(CONTRACT_PEOPLE), polls });
  return { world, store: world.as(PEOPLE[as].id) };
}

/** Renders `<plein-poll>` with the store and the world's clock. */
export async function renderPoll(
  { world, store }: Setup,
  attributes: { pollId?: string; mode?: PollMode; lang?: string; voteUrl?: string } = {},
): Promise<PleinPoll> {
  const el = await fixture<PleinPoll>(
    html`<plein-poll
      poll-id=${ifDefined(attributes.pollId)}
      mode=${attributes.mode ?? 'vote'}
      lang=${attributes.lang ?? 'en'}
      vote-url=${attributes.voteUrl ?? 'https://intranet.example.org/news/lunch'}
      .store=${store}
      .clock=${world.clock}
    ></plein-poll>`,
  );
  await el.updateComplete;
  return el;
}

/**
 * Ends running animations (a toast fading in, colours settling) so axe measures contrast on
 * the final look, not on a frame halfway.
 */
export function calm(el: PleinPoll): PleinPoll {
  for (const animation of el.shadowRoot!.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish(); // skeletons pulse for ever
  }
  return el;
}

/** Lets promise callbacks and queued work run: one macrotask, no wall-clock timing. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Waits (bounded by rounds, not by time) until `check` holds. */
export async function until(el: PleinPoll, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 200; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}`);
}

export function $<T extends Element = HTMLElement>(el: PleinPoll, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: PleinPoll, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Whether the shadow DOM has a match (a boolean keeps failure messages small). */
export const has = (el: PleinPoll, selector: string): boolean => el.shadowRoot!.querySelector(selector) !== null;

/** The visible text of the element (or of one part of it), with white space collapsed. */
export function textOf(el: PleinPoll, selector?: string): string {
  const root = selector ? $(el, selector) : el.shadowRoot;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose text is `label` (exactly, white space collapsed). */
export function button(el: PleinPoll, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${textOf(el)}`);
  return found;
}

/** The answer input (radio or checkbox) whose label is `label`. */
export function answer(el: PleinPoll, label: string): HTMLInputElement {
  const option = $$(el, 'label.option').find((l) => l.textContent!.trim() === label);
  const input = option?.querySelector('input');
  if (!input) throw new Error(`no answer "${label}"`);
  return input;
}

/**
 * A short name for a node ("input#pf-question", "button.vote 'Vote'"), so focus checks compare
 * strings: chai's failure message for two elements can take the browser down.
 */
export function nodeName(node: Element | null | undefined): string {
  if (!node) return '(nothing)';
  const id = node.id ? `#${node.id}` : '';
  const classes = [...node.classList].map((c) => `.${c}`).join('');
  const value = node instanceof HTMLInputElement ? ` =${node.value}` : '';
  return `${node.localName}${id}${classes} '${(node.textContent ?? '').replace(/\s+/g, ' ').trim()}'${value}`;
}

/** The focused node inside the element, by name. */
export const focused = (el: PleinPoll): string => nodeName(el.shadowRoot!.activeElement);

/** What the polite live region says right now. */
export const spoken = (el: PleinPoll): string => textOf(el, '[role="status"][aria-live="polite"]');

/** The toast's text, or '' when none shows. */
export const toast = (el: PleinPoll): string => textOf(el, '.toast-text');

/**
 * A store that passes everything through, with overrides: test stand-ins for what the memory
 * store does not offer (a backend without anonymous polls, someone who may not create polls,
 * a polling store that has not noticed a change yet).
 */
export function variant(
  store: PleinStore,
  overrides: { capabilities?: Partial<Capabilities>; me?: Partial<Me>; live?: boolean } = {},
): PleinStore {
  return {
    capabilities: { ...store.capabilities, ...overrides.capabilities },
    me: async () => ({ ...(await store.me()), ...overrides.me }),
    people: store.people,
    polls: store.polls,
    subscribe: overrides.live === false ? () => () => {} : (topic, onChange) => store.subscribe(topic, onChange),
  };
}

/** Records the idempotency key of every write the element sends. */
export function keyRecorder(store: PleinStore): { store: PleinStore; keys: Record<string, string[]> } {
  const keys: Record<string, string[]> = { create: [], update: [], vote: [], close: [] };
  const note = (name: string, options: WriteOptions) => keys[name]!.push(options.idempotencyKey);
  const polls = store.polls;
  return {
    keys,
    store: {
      ...variant(store),
      polls: {
        get: (id) => polls.get(id),
        results: (id) => polls.results(id),
        listMine: (page) => polls.listMine(page),
        create: (draft, options) => (note('create', options), polls.create(draft, options)),
        update: (id, draft, options) => (note('update', options), polls.update(id, draft, options)),
        vote: (id, optionIds, options) => (note('vote', options), polls.vote(id, optionIds, options)),
        close: (id, options) => (note('close', options), polls.close(id, options)),
      },
    },
  };
}
