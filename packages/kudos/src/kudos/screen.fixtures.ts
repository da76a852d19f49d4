/**
 * Shared set-up for the browser tests of the screen, the leaderboard and the values editor: a
 * memory world on a manual clock with the contract cast and a few values, kudos to seed, and
 * small helpers to read the shadow DOM. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ManualClock, type ChangeEvent, type PleinStore, type Topic } from '@plein/core';
import { CONTRACT_PEOPLE, type SeedData, type SeedKudos, type World } from '@plein/core/testing';
import { createMemoryWorld } from '@plein/store-memory';
import type { KudosMode, PleinKudosWall } from './kudos-wall.element.js';
import './kudos-wall.js';

export const PEOPLE = CONTRACT_PEOPLE;
export type Name = keyof typeof CONTRACT_PEOPLE;

/** The world's start time (ManualClock default): Monday 12 January 2026, 09:00 UTC. */
export const START = Date.UTC(2026, 0, 12, 9, 0, 0);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const iso = (ms: number): string => new Date(ms).toISOString();

export const VALUES = {
  teamwork: {
    id: 'v-teamwork',
    name: { en: 'Teamwork', nl: 'Samenwerking' },
    description: { en: 'Better together', nl: 'Samen sterker' },
    emoji: '🤝',
    color: '#0f6cbd',
  },
  courage: { id: 'v-courage', name: { en: 'Courage', nl: 'Moed' }, description: {}, emoji: '🦁', color: '#c50f1f' },
  customer: {
    id: 'v-customer',
    name: { en: 'Customer first', nl: 'Klant voorop' },
    description: { en: 'Their problem is ours' },
    emoji: '💡',
    color: '#107c10',
  },
  legacy: {
    id: 'v-legacy',
    name: { en: 'Legacy', nl: 'Erfgoed' },
    description: {},
    emoji: '🏛️',
    color: '#605e5c',
    archived: true,
  },
} satisfies Record<string, NonNullable<SeedData['kudosValues']>[number]>;

/** Kudos `minutes` before `at` (START by default), from Bob to Alice for teamwork unless said otherwise. */
export function kudos(id: string, minutes: number, patch: Partial<SeedKudos> = {}, at = START): SeedKudos {
  return {
    id,
    fromId: PEOPLE.bob.id,
    toIds: [PEOPLE.alice.id],
    valueId: VALUES.teamwork.id,
    message: `Thanks ${id}`,
    createdAt: iso(at - minutes * MINUTE),
    ...patch,
  };
}

/** `n` kudos "Thanks k1" (newest) … "Thanks kn", a minute apart, all alike in shape. */
export const many = (n: number, patch: Partial<SeedKudos> = {}): SeedKudos[] =>
  Array.from({ length: n }, (_, i) => kudos(`k${i + 1}`, i + 1, patch));

export interface Setup {
  world: World;
  store: PleinStore;
}

/** A fresh world with the cast and the values, plus `extra`; the store acts as `as` (Alice by default). */
export async function seeded(
  extra: Omit<SeedData, 'people'> = {},
  as: Name = 'alice',
  clock?: ManualClock,
): Promise<Setup> {
  const world = createMemoryWorld(clock ? { clock } : {});
  await world.seed({ people: Object.values(PEOPLE), kudosValues: Object.values(VALUES), ...extra });
  return { world, store: world.as(PEOPLE[as].id) };
}

export interface WallAttributes {
  mode?: KudosMode;
  rotate?: number;
  giveUrl?: string;
  pageSize?: number;
  leaderboard?: boolean;
  lang?: string;
  /** Width of the box the element sits in (a TV fills 1920 or 1280 CSS pixels). */
  width?: number;
}

/** Renders `<plein-kudos-wall>` with the store and the world's clock. */
export async function renderWall({ world, store }: Setup, attributes: WallAttributes = {}): Promise<PleinKudosWall> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div class="test-box">
      <plein-kudos-wall
        mode=${ifDefined(attributes.mode)}
        rotate=${ifDefined(attributes.rotate)}
        give-url=${ifDefined(attributes.giveUrl)}
        page-size=${ifDefined(attributes.pageSize)}
        ?leaderboard=${attributes.leaderboard ?? false}
        lang=${attributes.lang ?? 'en'}
        .store=${store}
        .clock=${world.clock}
      ></plein-kudos-wall>
    </div>`,
  );
  if (attributes.width) wrapper.style.width = `${attributes.width}px`;
  const el = wrapper.querySelector('plein-kudos-wall')!;
  await el.updateComplete;
  return el;
}

/** Renders the screen and waits for its first card (or its empty state). */
export async function screen(setup: Setup, attributes: WallAttributes = {}): Promise<PleinKudosWall> {
  const el = await renderWall(setup, { mode: 'screen', ...attributes });
  await until(el, () => has(el, '.screen-main article') || has(el, '.screen-empty'), 'the first card');
  return el;
}

/** Ends running animations so axe measures contrast on the final look, not a frame halfway. */
export function calm(el: PleinKudosWall): PleinKudosWall {
  for (const animation of el.shadowRoot!.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  }
  return el;
}

/** Lets promise callbacks and queued work run: one macrotask, no wall-clock timing. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Waits (bounded by rounds, not by time) until `check` holds. */
export async function until(el: PleinKudosWall, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 300; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}; shown: ${textOf(el).slice(0, 400)}`);
}

/** Moves the world's clock and lets the element render what follows. */
export async function advance(el: PleinKudosWall, world: World, ms: number): Promise<void> {
  world.clock.advance(ms);
  await nextTask();
  await el.updateComplete;
}

export function $<T extends Element = HTMLElement>(el: PleinKudosWall, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: PleinKudosWall, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export const has = (el: PleinKudosWall, selector: string): boolean => el.shadowRoot!.querySelector(selector) !== null;

/** The visible text of the element (or of one part of it), with white space collapsed. */
export function textOf(el: PleinKudosWall | Element, selector?: string): string {
  const root = el instanceof HTMLElement && el.shadowRoot ? el.shadowRoot : el;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What the polite live region says right now. */
export const spoken = (el: PleinKudosWall): string => textOf(el, '[role="status"][aria-live="polite"]');

/** The toast's text, or '' when none shows. */
export const toast = (el: PleinKudosWall): string => textOf(el, '.toast-text');

/** The focused node inside the element, as a short name (chai's diff of two elements can crash the runner). */
export function focused(el: PleinKudosWall): string {
  const node = el.shadowRoot!.activeElement;
  if (!node) return '(nothing)';
  return `${node.localName}${node.id ? `#${node.id}` : ''}`;
}

/** Types into an input the way a person does (value + input event). */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The store with its live subscriptions and calls counted, to prove what is asked for and released. */
export function counted(store: PleinStore): {
  store: PleinStore;
  subscriptions: () => number;
  calls: (name: string) => unknown[][];
} {
  let open = 0;
  const calls = new Map<string, unknown[][]>();
  const kudosApi = store.kudos!;
  const api = new Proxy(kudosApi, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const list = calls.get(String(key)) ?? [];
        list.push(args);
        calls.set(String(key), list);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const wrapped = new Proxy(store, {
    get(target, key) {
      if (key === 'kudos') return api;
      if (key === 'subscribe') {
        return (topic: Topic, onChange: (event: ChangeEvent) => void) => {
          open++;
          const stop = target.subscribe(topic, onChange);
          let stopped = false;
          return () => {
            if (!stopped) open--;
            stopped = true;
            stop();
          };
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, subscriptions: () => open, calls: (name) => calls.get(name) ?? [] };
}
