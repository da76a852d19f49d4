import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { newIdempotencyKey, type MetricId } from '@plein/core';
import type { MemoryDb } from '@plein/store-memory';
import { DEMO_PERSONAS } from '@plein/store-memory/demo.js';
import '@plein/insights/insights.js';
import { demoWorld, type Loaded, type WorldOptions } from './demo-world.js';

/**
 * `<plein-insights>` in every state, for the communication team (Emma, the demo's communications
 * persona). Each story gets its own memory db with the demo data ("Noordlicht": three months of
 * posts, reactions, pulse polls, kudos and onboarding before the story's moment, and the team's
 * targets: 75% active a month, 40 posts a week, 1,000 reactions a month, 25 kudos a month, 90% of
 * onboarding tasks a quarter) and a clock that stands still, so every render is the same and
 * nothing refreshes or times out.
 */

/** Thursday 16 April 2026, 09:00 UTC: half a month in, and the whole first quarter has activity. */
const START = Date.UTC(2026, 3, 16, 9, 0, 0);

/** The periods of the `period` attribute (PERIOD_PRESETS in @plein/insights). */
const PERIODS = [
  'week',
  'month',
  'quarter',
  'year',
  'last-week',
  'last-month',
  'last-quarter',
  'last-year',
  'custom',
] as const;

interface InsightsArgs {
  period: (typeof PERIODS)[number];
  lang: 'en' | 'nl';
  theme: '' | 'light' | 'dark';
  /** Width of the box around the element in px (0: the frame's width): 360 is a phone. */
  width: number;
}

/** A loader that makes a fresh demo world for one story, at the story's moment. */
const world = (options: WorldOptions) => demoWorld(START, options);

/**
 * Two more targets of the team, 50 poll votes and 150 comments a month: by mid-April the votes are
 * past theirs and the comments on their way, beside the demo's own targets and tiles without one.
 */
const moreTargets = async (db: MemoryDb) => {
  const insights = db.storeFor(DEMO_PERSONAS.communications).insights!;
  await insights.setTarget({ metric: 'votes', per: 'month', value: 50 }, { idempotencyKey: newIdempotencyKey() });
  await insights.setTarget({ metric: 'comments', per: 'month', value: 150 }, { idempotencyKey: newIdempotencyKey() });
};

type Play = NonNullable<StoryObj<InsightsArgs>['play']>;

/** Waits until `find` sees something in the element's shadow root (the story's clock stands still, so frames do). */
async function waitFor<T>(el: HTMLElement, find: (root: ShadowRoot) => T | null | undefined): Promise<T> {
  for (let frame = 0; frame < 300; frame++) {
    const found = el.shadowRoot && find(el.shadowRoot);
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('<plein-insights> did not show what the story waits for.');
}

const elementOf = (canvas: HTMLElement): HTMLElement => canvas.querySelector('plein-insights')!;

/** Clicks what `selector` finds once it is there. */
async function click(el: HTMLElement, selector: string): Promise<void> {
  (await waitFor(el, (root) => root.querySelector<HTMLElement>(selector))).click();
}

/** Types `value` into the field `selector` finds, as a person would (the element listens to `input`). */
async function fill(el: HTMLElement, selector: string, value: string): Promise<void> {
  const input = await waitFor(el, (root) => root.querySelector<HTMLInputElement>(selector));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The tiles and the charts under them have drawn. */
const charts: Play = async ({ canvasElement }) => {
  await waitFor(elementOf(canvasElement), (root) => root.querySelector('.charts .chart-card'));
};

/** The "Posts" tile chosen: the charts show posts per week of the quarter. */
const postsByWeek: Play = async (context) => {
  await click(elementOf(context.canvasElement), '[data-metric="posts"] .tile-main');
  await charts(context);
};

/**
 * Opens the target form of `metric` and types `value`; then leaves the form open (`form`), saves it
 * and waits for the tile to show the target (`saved`), or saves it and waits for the refusal at the field (`refused`).
 */
const target =
  (metric: MetricId, value: string, outcome: 'form' | 'saved' | 'refused'): Play =>
  async (context) => {
    const el = elementOf(context.canvasElement);
    await charts(context);
    await click(el, `[data-target-open="${metric}"]`);
    await fill(el, '#target-value', value);
    if (outcome === 'form') return;
    await click(el, '.target-form button[type="submit"]');
    await waitFor(el, (root) =>
      outcome === 'refused'
        ? root.querySelector('#target-error')
        : !root.querySelector('.target-form') && root.querySelector(`[data-metric="${metric}"] .tile-target`),
    );
  };

/** "Choose dates" with the last day before the first, then "Show": the element says what is wrong at the field. */
const endBeforeStart: Play = async ({ canvasElement }) => {
  const el = elementOf(canvasElement);
  await waitFor(el, (root) => root.querySelector('.tiles'));
  await fill(el, '#period-start', '2026-04-10');
  await fill(el, '#period-end', '2026-04-03');
  await click(el, '.show-range');
  await waitFor(el, (root) => root.querySelector('#period-end-error'));
};

const meta: Meta<InsightsArgs> = {
  title: 'Elements/plein-insights',
  component: 'plein-insights',
  args: { period: 'month', lang: 'en', theme: '', width: 0 },
  argTypes: {
    period: { control: 'select', options: PERIODS },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    width: { control: { type: 'number', min: 0, step: 40 } },
  },
  loaders: [world({ as: DEMO_PERSONAS.communications })],
  render: (args, { loaded }) => {
    const { store, clock } = loaded as Loaded;
    const dark = args.theme === 'dark';
    return html`<div
      style=${styleMap({
        maxWidth: args.width ? `${args.width}px` : undefined,
        padding: dark ? '1em' : undefined,
        background: dark ? '#141414' : undefined,
        minHeight: dark ? '100vh' : undefined,
        boxSizing: 'border-box',
      })}
    >
      <plein-insights
        .store=${store}
        .clock=${clock}
        period=${args.period}
        post-url="#plein-feed={id}"
        tag-url="#plein-tag={tag}"
        lang=${args.lang}
        theme=${ifDefined(args.theme || undefined)}
      ></plein-insights>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<InsightsArgs>;
const phone = { viewport: { value: 'phone', isRotated: false } };
const desktop = { viewport: { value: 'desktop', isRotated: false } };
/** Dark stories fill the frame (the render pads them), so a phone keeps its full width. */
const fullscreen = { layout: 'fullscreen' };
const dutch = { lang: 'nl' } as const;
const onAPhone = { width: 360 };
const asMember = [world({ as: DEMO_PERSONAS.member })];

// ---------------------------------------------------------------------------- the dashboard

/**
 * This month so far (1–16 April) against the 16 days before: a tile per KPI with its change, the
 * team's targets with their progress (count targets scaled to the 16 days); the trend of active
 * people per day, by department, by channel, trending hashtags and the most-discussed posts.
 */
export const ThisMonth: Story = { name: 'This month', play: charts, globals: desktop };

/** In Dutch (`lang="nl"`): every word, date and number follows the element's language. */
export const ThisMonthDutch: Story = { name: 'This month, Dutch', args: dutch, play: charts, globals: desktop };

/** `period="last-quarter"` (January – March), over 62 days: the trend is drawn per week; the Posts tile chosen. */
export const LastQuarter: Story = {
  name: 'Last quarter, by week',
  args: { period: 'last-quarter' },
  play: postsByWeek,
  globals: desktop,
};

/** Last quarter, in Dutch. */
export const LastQuarterDutch: Story = {
  name: 'Last quarter, by week, Dutch',
  args: { period: 'last-quarter', ...dutch },
  play: postsByWeek,
  globals: desktop,
};

// ---------------------------------------------------------------------------- targets

/** Two more targets (50 poll votes and 150 comments a month), scaled to the 16 days shown: one reached, one on its way. */
export const Targets: Story = {
  name: 'Targets: on the way and reached',
  loaders: [world({ as: DEMO_PERSONAS.communications, prepare: moreTargets })],
  play: charts,
  globals: desktop,
};

/** The targets, in Dutch. */
export const TargetsDutch: Story = {
  name: 'Targets, Dutch',
  args: dutch,
  loaders: [world({ as: DEMO_PERSONAS.communications, prepare: moreTargets })],
  play: charts,
  globals: desktop,
};

/** "Set target" on the Poll votes tile, 100 typed: the form under the tile, before saving. */
export const TargetForm: Story = {
  name: 'Setting a target: the form',
  play: target('votes', '100', 'form'),
  globals: desktop,
};

/** The form, in Dutch. */
export const TargetFormDutch: Story = {
  name: 'Setting a target: the form, Dutch',
  args: dutch,
  play: target('votes', '100', 'form'),
  globals: desktop,
};

/** 100 poll votes a month saved: the toast, and the tile with its target (scaled to 16 days) and progress. */
export const TargetSaved: Story = {
  name: 'Setting a target: saved',
  play: target('votes', '100', 'saved'),
  globals: desktop,
};

/** Saved, in Dutch. */
export const TargetSavedDutch: Story = {
  name: 'Setting a target: saved, Dutch',
  args: dutch,
  play: target('votes', '100', 'saved'),
  globals: desktop,
};

/** 300% active people: refused at the field, before the store is asked. */
export const TargetRefused: Story = {
  name: 'Setting a target: 300% refused',
  play: target('active', '300', 'refused'),
  globals: desktop,
};

/** -5 posts, in Dutch: refused at the field. */
export const TargetRefusedDutch: Story = {
  name: 'Setting a target: -5 refused, Dutch',
  args: dutch,
  play: target('posts', '-5', 'refused'),
  globals: desktop,
};

// ---------------------------------------------------------------------------- periods without figures

/** `period="custom"`: the last day (3 April) before the first (10 April), "Show": the error at the field, the figures kept. */
export const RangeEndBeforeStart: Story = {
  name: 'Custom range: end before start',
  args: { period: 'custom' },
  play: endBeforeStart,
  globals: desktop,
};

/** End before start, in Dutch. */
export const RangeEndBeforeStartDutch: Story = {
  name: 'Custom range: end before start, Dutch',
  args: { period: 'custom', ...dutch },
  play: endBeforeStart,
  globals: desktop,
};

/** `period="last-year"` (2025, before the demo's activity starts): a note that nothing happened, every tile at zero, charts that say so. */
export const Quiet: Story = {
  name: 'A period without activity',
  args: { period: 'last-year' },
  play: charts,
  globals: desktop,
};

/** Quiet, in Dutch. */
export const QuietDutch: Story = {
  name: 'A period without activity, Dutch',
  args: { period: 'last-year', ...dutch },
  play: charts,
  globals: desktop,
};

// ---------------------------------------------------------------------------- states

/** A member (Sanne) opens the dashboard: it says whom it is for (the store refuses her anyway). */
export const MemberNotAllowed: Story = { name: 'A member, not allowed', loaders: asMember, globals: desktop };

/** Not allowed, in Dutch. */
export const MemberNotAllowedDutch: Story = {
  name: 'A member, not allowed, Dutch',
  args: dutch,
  loaders: asMember,
  globals: desktop,
};

/** The store never answers (and the clock never times it out): the loading skeleton stays. */
export const Loading: Story = {
  name: 'Loading',
  loaders: [world({ as: DEMO_PERSONAS.communications, fault: 'stall' })],
};

/** Loading, in Dutch. */
export const LoadingDutch: Story = {
  name: 'Loading, Dutch',
  args: dutch,
  loaders: [world({ as: DEMO_PERSONAS.communications, fault: 'stall' })],
};

/** Every store call rejects (`unavailable`): a localized message and a retry button. */
export const StoreError: Story = {
  name: 'Store error',
  loaders: [world({ as: DEMO_PERSONAS.communications, fault: 'fail' })],
};

/** The error in Dutch. */
export const StoreErrorDutch: Story = {
  name: 'Store error, Dutch',
  args: dutch,
  loaders: [world({ as: DEMO_PERSONAS.communications, fault: 'fail' })],
};

// ---------------------------------------------------------------------------- phone and dark

/** In a box 360 px wide (a phone): the tiles two by two or one by one, the charts stacked. */
export const OnAPhone: Story = { name: 'This month, on a phone', args: onAPhone, play: charts, globals: phone };

/** On a phone, in Dutch. */
export const OnAPhoneDutch: Story = {
  name: 'This month, Dutch, on a phone',
  args: { ...onAPhone, ...dutch },
  play: charts,
  globals: phone,
};

/** A target saved on a phone: the form opens under its tile, the toast stays in view. */
export const TargetSavedOnAPhone: Story = {
  name: 'Setting a target: saved, on a phone',
  args: onAPhone,
  play: target('votes', '100', 'saved'),
  globals: phone,
};

/** `theme="dark"`. */
export const Dark: Story = {
  name: 'This month, dark',
  args: { theme: 'dark' },
  parameters: fullscreen,
  play: charts,
  globals: desktop,
};

/** Dark, in Dutch, with the team's extra targets. */
export const DarkDutch: Story = {
  name: 'Targets, dark, Dutch',
  args: { theme: 'dark', ...dutch },
  loaders: [world({ as: DEMO_PERSONAS.communications, prepare: moreTargets })],
  parameters: fullscreen,
  play: charts,
  globals: desktop,
};

/** Dark, in Dutch, on a phone. */
export const DarkOnAPhone: Story = {
  name: 'This month, dark, Dutch, on a phone',
  args: { theme: 'dark', ...dutch, ...onAPhone },
  parameters: fullscreen,
  play: charts,
  globals: phone,
};
