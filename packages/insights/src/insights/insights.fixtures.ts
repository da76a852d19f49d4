/**
 * Set-up for the browser tests of `<plein-insights>`: a memory world on a manual clock (Monday
 * 12 January 2026, 09:00 UTC) with the contract cast and six colleagues in Sales, activity this
 * month and in the days before it (whose figures the tests know), optional targets, stand-in
 * charts (so these tests do not hang on the charts part's own looks), and helpers to read and
 * drive the shadow DOM. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ManualClock, newIdempotencyKey, type MetricId, type PleinStore } from '@plein/core';
import { CONTRACT_PEOPLE, type SeedData, type SeedPerson, type SeedPost, type World } from '@plein/core/testing';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinInsights } from './insights.element.js';
import { lazy, type ChartsModule } from './lazy.js';
import type { PeriodPreset } from './shell.js';
import './insights.js';

/** Six more colleagues in Sales (with Zoë: a department of seven, above the privacy threshold). */
const SALES: SeedPerson[] = ['Sam', 'Noor', 'Lars', 'Eva', 'Tom', 'Iris'].map((name) => ({
  id: `p-${name.toLowerCase()}`,
  displayName: `${name} de Vries`,
  email: `${name.toLowerCase()}@example.org`,
  department: 'Sales',
  roles: ['member'],
}));
export const PEOPLE: SeedPerson[] = [...Object.values(CONTRACT_PEOPLE), ...SALES];

/** The world's start time (ManualClock default): Monday 12 January 2026, 09:00 UTC. */
export const START = Date.UTC(2026, 0, 12, 9, 0, 0);
export const DAY = 24 * 3600e3;
const at = (month: number, day: number, hour = 10) => new Date(Date.UTC(2026, month, day, hour)).toISOString();
const dec = (day: number) => new Date(Date.UTC(2025, 11, day, 10)).toISOString();

/**
 * This month so far (1–12 January): Alice posts twice and Bob once; Zoë comments on Alice's
 * first post, Mo reacts to it: four of the twelve colleagues active. In the twelve days before
 * (20–31 December) Alice posted once: one active.
 */
export const POSTS: SeedPost[] = [
  { id: 'post-dec', channel: 'general', authorId: 'p-alice', text: 'Happy holidays! #winter', createdAt: dec(22) },
  {
    id: 'post-1',
    channel: 'general',
    authorId: 'p-alice',
    text: 'The new canteen opens on Monday #canteen',
    createdAt: at(0, 5),
    comments: [{ id: 'comment-1', authorId: 'p-zoe', text: 'Finally! #canteen', createdAt: at(0, 6) }],
    reactions: [{ by: 'p-mo', reaction: 'like', at: at(0, 6) }],
  },
  { id: 'post-2', channel: 'general', authorId: 'p-alice', text: 'Parking is closed on Friday', createdAt: at(0, 8) },
  { id: 'post-3', channel: 'it', authorId: 'p-bob', text: 'Laptops get an update tonight', createdAt: at(0, 10) },
];

export const write = () => ({ idempotencyKey: newIdempotencyKey() });

export interface Setup {
  world: World;
  /** The store of the person the element acts as (Cara, the communications lead, by default). */
  store: PleinStore;
  as(personId: string): PleinStore;
}

export interface SetupOptions {
  /** Who the element acts as. */
  viewer?: string;
  /** No activity at all. */
  quiet?: boolean;
  targets?: SeedData['targets'];
}

export async function seeded(options: SetupOptions = {}): Promise<Setup> {
  const world = createMemoryWorld({ clock: new ManualClock(START) });
  await world.seed({ people: PEOPLE, posts: options.quiet ? [] : POSTS, targets: options.targets ?? [] });
  const as = (personId: string) => world.as(personId);
  return { world, store: as(options.viewer ?? 'p-cara'), as };
}

// ---------------------------------------------------------------------------- stand-in charts

/** Every `render(report, metric)` the stand-in charts were asked for. */
export const chartCalls: { metric: MetricId; buckets: number }[] = [];

const standInCharts: ChartsModule = {
  styles: css`
    .stand-in-charts {
      margin: 0;
    }
  `,
  createCharts: () => ({
    render(report, metric) {
      chartCalls.push({ metric, buckets: report.buckets.length });
      return html`<p class="stand-in-charts">Charts of ${metric} over ${report.buckets.length} ${report.bucket}s</p>`;
    },
  }),
};

/** The real charts chunk, for the test that shows them together. */
export const realCharts = lazy.charts;
lazy.charts = () => Promise.resolve(standInCharts);

/** Replaces a lazy chunk for the rest of a test (restore with the function returned). */
export function replaceChunk<K extends keyof typeof lazy>(name: K, load: (typeof lazy)[K]): () => void {
  const before = lazy[name];
  lazy[name] = load;
  return () => void (lazy[name] = before);
}

// ---------------------------------------------------------------------------- rendering

export interface Page {
  period?: PeriodPreset;
  postUrl?: string;
  lang?: string;
  theme?: 'light' | 'dark';
}

/** Renders `<plein-insights>` with the store, the world's clock and the page's attributes. */
export async function render(s: Pick<Setup, 'world' | 'store'>, page: Page = {}): Promise<PleinInsights> {
  const el = await fixture<PleinInsights>(
    html`<plein-insights
      period=${ifDefined(page.period)}
      post-url=${ifDefined(page.postUrl)}
      theme=${ifDefined(page.theme)}
      lang=${page.lang ?? 'en'}
      .store=${s.store}
      .clock=${s.world.clock}
    ></plein-insights>`,
  );
  await el.updateComplete;
  return el;
}

/** The dashboard with its tiles (and stand-in charts) shown. */
export async function dashboard(s: Pick<Setup, 'world' | 'store'>, page: Page = {}): Promise<PleinInsights> {
  const el = await render(s, page);
  await until(el, () => has(el, '.tile') && has(el, '.charts-area > :not(.skeleton)'), 'the tiles and charts');
  return el;
}

/** A KPI's tile. */
export function tile(el: PleinInsights, metric: MetricId): HTMLElement {
  const found = $(el, `.tile[data-metric="${metric}"]`);
  if (!found) throw new Error(`no tile for ${metric} in: ${textOf(el).slice(0, 400)}`);
  return found;
}

/** What a tile says, part by part. */
export function tileText(el: PleinInsights, metric: MetricId) {
  const t = tile(el, metric);
  const part = (selector: string) => textOf(t, selector);
  return {
    name: part('.tile-name'),
    figure: part('.tile-figure') || part('.tile-none'),
    share: part('.tile-share'),
    trend: part('.change'),
    target: part('.target-text'),
  };
}

// ---------------------------------------------------------------------------- reading the shadow DOM

/** Lets promise callbacks and queued work run: one macrotask, no wall-clock timing. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Waits (bounded by rounds, not by time) until `check` holds. */
export async function until(el: PleinInsights, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 300; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}; shown: ${textOf(el).slice(0, 500)}`);
}

/** Moves the world's clock and lets the element render what follows. */
export async function advance(el: PleinInsights, world: World, ms: number): Promise<void> {
  world.clock.advance(ms);
  await nextTask();
  await el.updateComplete;
}

export function $<T extends Element = HTMLElement>(el: PleinInsights, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: PleinInsights, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export const has = (el: PleinInsights, selector: string): boolean => el.shadowRoot!.querySelector(selector) !== null;

/** The visible text of the element (or of one part of it), with white space collapsed. */
export function textOf(el: PleinInsights | Element, selector?: string): string {
  const root = el instanceof HTMLElement && el.shadowRoot ? el.shadowRoot : el;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The toast's text, or '' when none shows. */
export const toast = (el: PleinInsights): string => textOf(el, '.toast-text');

/** What the polite live region says right now. */
export const spoken = (el: PleinInsights): string => textOf(el, '[role="status"][aria-live="polite"]');

/** The focused node inside the element, as a short name. */
export function focused(el: PleinInsights): string {
  const node = el.shadowRoot!.activeElement;
  if (!node) return '(nothing)';
  const data = [...node.attributes].find((a) => a.name.startsWith('data-'));
  return `${node.localName}${node.id ? `#${node.id}` : ''}${data ? `[${data.name}=${data.value}]` : ''}`;
}

/** Chooses an option of a select the way a person does. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Types into an input the way a person does (value + input event). */
export function type(field: HTMLInputElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The button whose text (or accessible label) is `label`. */
export function button(el: PleinInsights, label: string): HTMLButtonElement {
  const all = $$<HTMLButtonElement>(el, 'button');
  const found = all.find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === label || b.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no button "${label}" in: ${textOf(el).slice(0, 500)}`);
  return found;
}

/** Presses Tab until the focused node inside the element matches `selector` (at most 200 times). */
export async function tabTo(el: PleinInsights, selector: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (el.shadowRoot!.activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}; at ${focused(el)}`);
}

/** Ends running animations so axe measures contrast on the final look, not a frame halfway. */
export function calm(el: PleinInsights): PleinInsights {
  for (const animation of el.shadowRoot!.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  }
  return el;
}

/** A store that counts its report calls (to prove a refused range asks nothing) and keeps the keys of its target writes. */
export function counting(store: PleinStore): { store: PleinStore; reports: number; keys: string[] } {
  const api = store.insights!;
  const counter = { store, reports: 0, keys: [] as string[] };
  const insights = new Proxy(api, {
    get: (target, key) =>
      key === 'report'
        ? (query: Parameters<typeof api.report>[0]) => (counter.reports++, target.report(query))
        : key === 'setTarget'
          ? (...args: Parameters<typeof api.setTarget>) => (
              counter.keys.push(args[1].idempotencyKey),
              target.setTarget(...args)
            )
          : Reflect.get(target, key),
  });
  counter.store = new Proxy(store, {
    get: (target, key) => (key === 'insights' ? insights : Reflect.get(target, key)),
  });
  return counter;
}
