import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ManualClock, type PleinStore } from '@plein/core';
import { createFaults, withFaults } from '@plein/core/testing';
import { MemoryDb } from '@plein/store-memory';
import { createDemoDb, DEMO_PEOPLE, DEMO_PERSONAS } from '@plein/store-memory/demo.js';
import type { PleinTrending } from '@plein/feed';
import '@plein/feed/trending.js';

/**
 * `<plein-trending>` in every state: the hashtags of the demo feed ("Noordlicht", two weeks of
 * posts). Each story gets its own memory db and a clock that stands still.
 */

const START = Date.UTC(2026, 0, 12, 9, 0, 0);

interface TrendingArgs {
  period: PleinTrending['period'];
  limit: number;
  channel?: string;
  feedUrl?: string;
  lang: 'en' | 'nl';
  theme: '' | 'light' | 'dark';
}

interface Loaded {
  store: PleinStore;
  clock: ManualClock;
}

/** A loader that makes a fresh world: the demo data, or only its people; `fault` as in the poll stories. */
function world(options: { data?: 'demo' | 'people'; fault?: 'fail' | 'stall' } = {}) {
  return async (): Promise<Loaded> => {
    const clock = new ManualClock(START);
    let db: MemoryDb;
    if (options.data === 'people') {
      db = new MemoryDb({ clock });
      db.seed({ people: DEMO_PEOPLE });
    } else {
      db = createDemoDb({ clock });
    }
    let store = db.storeFor(DEMO_PERSONAS.member);
    if (options.fault) {
      const faults = createFaults();
      if (options.fault === 'fail') faults.failNext('unavailable', { count: Number.MAX_SAFE_INTEGER });
      else faults.stall();
      store = withFaults(store, faults.gate);
    }
    return { store, clock };
  };
}

const meta: Meta<TrendingArgs> = {
  title: 'Elements/plein-trending',
  component: 'plein-trending',
  args: { period: 'week', limit: 5, feedUrl: '/', lang: 'en', theme: '' },
  argTypes: {
    period: { control: 'inline-radio', options: ['day', 'week', 'month'] },
    limit: { control: { type: 'number', min: 1, max: 20 } },
    channel: { control: 'text' },
    feedUrl: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  loaders: [world()],
  render: (args, { loaded }) => {
    const { store, clock } = loaded as Loaded;
    // A sidebar: narrow beside the feed.
    return html`<div
      style=${styleMap({
        maxWidth: '20em',
        padding: args.theme === 'dark' ? '1em' : undefined,
        background: args.theme === 'dark' ? '#141414' : undefined,
      })}
    >
      <plein-trending
        .store=${store}
        .clock=${clock}
        period=${args.period}
        limit=${args.limit}
        channel=${ifDefined(args.channel || undefined)}
        feed-url=${ifDefined(args.feedUrl || undefined)}
        lang=${args.lang}
        theme=${ifDefined(args.theme || undefined)}
      ></plein-trending>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<TrendingArgs>;

/** The five tags used most this week, with counts and whether each is rising. */
export const Week: Story = { name: 'This week (default)' };

/** Today only. */
export const Day: Story = { args: { period: 'day' } };

/** The last 30 days, ten tags. */
export const Month: Story = { args: { period: 'month', limit: 10 } };

/** No posts yet (the demo people, no feed): a short empty state. */
export const Empty: Story = { loaders: [world({ data: 'people' })] };

/** The store never answers: the loading skeleton stays. */
export const LoadingState: Story = { name: 'Loading', loaders: [world({ fault: 'stall' })] };

/** Every store call rejects (`unavailable`): a localized message and a retry button. */
export const ErrorState: Story = { name: 'Error', loaders: [world({ fault: 'fail' })] };

/** In Dutch (`lang="nl"`). */
export const Dutch: Story = { args: { lang: 'nl' } };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' } };

/** On a 360 px wide phone, in Dutch. */
export const OnAPhone: Story = {
  name: 'On a phone, Dutch',
  args: { lang: 'nl' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};
