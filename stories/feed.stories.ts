import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ManualClock, type PleinStore } from '@plein/core';
import { createFaults, withFaults, type SeedData } from '@plein/core/testing';
import { MemoryDb } from '@plein/store-memory';
import { createDemoDb, DEMO_ARTICLE_CHANNEL, DEMO_PEOPLE, DEMO_PERSONAS } from '@plein/store-memory/demo.js';
import type { FeedMode } from '@plein/feed';
import '@plein/feed/feed.js';

/**
 * `<plein-feed>` in every state. Each story gets its own memory db with the demo data
 * ("Noordlicht": about 25 posts in `general`, an announcement, a pinned notice, a reported post
 * and comments under a news article) and a clock that stands still, so every render is the same.
 */

const START = Date.UTC(2026, 0, 12, 9, 0, 0);
const MINUTE = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();
type SeedPost = NonNullable<SeedData['posts']>[number];

interface FeedArgs {
  channel: string;
  mode: FeedMode;
  tag?: string;
  pageSize?: number;
  lang: 'en' | 'nl';
  theme: '' | 'light' | 'dark';
}

interface Loaded {
  store: PleinStore;
  clock: ManualClock;
}

interface WorldOptions {
  /** Who the element acts as. */
  as: string;
  /** `demo` (default): the demo company with its feed; `people`: the demo people and no posts. */
  data?: 'demo' | 'people';
  /** Posts to add before the story renders. */
  posts?: SeedPost[];
  /** Puts the store behind faults: `fail` rejects every call, `stall` never answers. */
  fault?: 'fail' | 'stall';
}

/** A loader that makes a fresh world for one story. */
function world({ as, data = 'demo', posts, fault }: WorldOptions) {
  return async (): Promise<Loaded> => {
    const clock = new ManualClock(START);
    const db = data === 'demo' ? createDemoDb({ clock }) : new MemoryDb({ clock });
    if (data === 'people') db.seed({ people: DEMO_PEOPLE });
    if (posts) db.seed({ people: [], posts });
    let store = db.storeFor(as);
    if (fault) {
      const faults = createFaults();
      if (fault === 'fail') faults.failNext('unavailable', { count: Number.MAX_SAFE_INTEGER });
      else faults.stall();
      store = withFaults(store, faults.gate);
    }
    return { store, clock };
  };
}

/** A post in `general`, `minutes` before the story's moment. */
const post = (
  id: string,
  authorId: string,
  minutes: number,
  text: string,
  extra: Partial<SeedPost> = {},
): SeedPost => ({
  id,
  channel: 'general',
  authorId,
  text,
  createdAt: iso(START - minutes * MINUTE),
  ...extra,
});

/** `count` posts by the demo people, a quarter of an hour apart, with a few hashtags. */
function manyPosts(count: number): SeedPost[] {
  const tags = ['#lunch', '#kantoor', '#itsupport', '#duurzaamheid', '', ''];
  return Array.from({ length: count }, (_, i) =>
    post(
      `long-${i + 1}`,
      DEMO_PEOPLE[i % DEMO_PEOPLE.length]!.id,
      15 * (i + 1),
      `Post ${i + 1} of ${count}: an update from the team. ${tags[i % tags.length]}`.trim(),
    ),
  );
}

/** The permalink of a post, set on the story's page while it shows (a hidden post is only opened by link). */
const linkTo = (path: string) => () => {
  const { pathname, search } = window.location;
  history.replaceState(history.state, '', `${pathname}${search}#plein-feed=${encodeURIComponent(path)}`);
  return () => history.replaceState(history.state, '', `${pathname}${search}`);
};

type Play = NonNullable<StoryObj<FeedArgs>['play']>;

/** Waits until `find` sees something in the feed's shadow root (the story's clock stands still, so frames do). */
async function waitFor<T>(el: HTMLElement, find: (root: ShadowRoot) => T | null | undefined): Promise<T> {
  for (let frame = 0; frame < 300; frame++) {
    const found = el.shadowRoot && find(el.shadowRoot);
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('The feed did not show what the story waits for.');
}

const feedOf = (canvas: HTMLElement): HTMLElement => canvas.querySelector('plein-feed')!;

/** Opens the comments of the first post in the timeline whose text has `words`; returns the post. */
async function openCommentsOf(el: HTMLElement, words: string): Promise<HTMLElement> {
  const post = await waitFor(el, (root) =>
    [...root.querySelectorAll<HTMLElement>('[role="feed"] article.post')].find((article) =>
      article.textContent?.includes(words),
    ),
  );
  post.querySelector<HTMLButtonElement>('.comments-toggle')!.click();
  return post;
}

/** Opens the comments of the first post whose text has `words`. */
const openComments =
  (words: string): Play =>
  async ({ canvasElement }) => {
    await openCommentsOf(feedOf(canvasElement), words);
  };

/** Opens the welcome post's comments and the replies under the first comment. */
const openThread: Play = async ({ canvasElement }) => {
  const el = feedOf(canvasElement);
  const post = await openCommentsOf(el, 'Lucas begint vandaag');
  const replies = await waitFor(el, () => post.querySelector<HTMLButtonElement>('.replies-toggle'));
  replies.click();
};

/** Opens the menu of the first post (the announcement). */
const openMenu: Play = async ({ canvasElement }) => {
  const el = feedOf(canvasElement);
  const more = await waitFor(el, (root) => root.querySelector<HTMLButtonElement>('article.post button.more'));
  more.click();
};

/** Loads a second page of 50: past 60 posts the list is virtualized. */
const loadMore: Play = async ({ canvasElement }) => {
  const el = feedOf(canvasElement);
  const button = await waitFor(el, (root) => root.querySelector<HTMLButtonElement>('.load-more'));
  button.click();
};

const meta: Meta<FeedArgs> = {
  title: 'Elements/plein-feed',
  component: 'plein-feed',
  args: { channel: 'general', mode: 'feed', lang: 'en', theme: '' },
  argTypes: {
    channel: { control: 'text' },
    mode: { control: 'inline-radio', options: ['feed', 'moderation'] },
    tag: { control: 'text' },
    pageSize: { control: 'number' },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  loaders: [world({ as: DEMO_PERSONAS.member })],
  render: (args, { loaded }) => {
    const { store, clock } = loaded as Loaded;
    // A feed usually fills a page's main column; on a phone, the whole width.
    return html`<div
      style=${styleMap({
        maxWidth: '42em',
        padding: args.theme === 'dark' ? '1em' : undefined,
        background: args.theme === 'dark' ? '#141414' : undefined,
      })}
    >
      <plein-feed
        .store=${store}
        .clock=${clock}
        channel=${args.channel}
        mode=${args.mode}
        tag=${ifDefined(args.tag || undefined)}
        page-size=${ifDefined(args.pageSize || undefined)}
        lang=${args.lang}
        theme=${ifDefined(args.theme || undefined)}
      ></plein-feed>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<FeedArgs>;
const phone = { viewport: { value: 'phone', isRotated: false } };
const desktop = { viewport: { value: 'desktop', isRotated: false } };

/** The general channel as a member: the announcement and pinned notice above the timeline, newest first. */
export const General: Story = { name: 'General, as a member', globals: desktop };

/** The same on a 360 px wide phone. */
export const GeneralOnAPhone: Story = { name: 'General, on a phone', globals: phone };

/** In Dutch (`lang="nl"`): every string, number and relative time follows the element's language. */
export const Dutch: Story = { args: { lang: 'nl' }, globals: desktop };

/** Dutch on a phone. */
export const DutchOnAPhone: Story = { name: 'Dutch, on a phone', args: { lang: 'nl' }, globals: phone };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' }, globals: desktop };

/** Dark on a phone. */
export const DarkOnAPhone: Story = { name: 'Dark, on a phone', args: { theme: 'dark' }, globals: phone };

/** As a moderator: every post's menu offers pin and moderation (here the announcement's menu is open). */
export const AsModerator: Story = {
  name: 'General, as a moderator (menu open)',
  loaders: [world({ as: DEMO_PERSONAS.moderator })],
  play: openMenu,
};

/** As the communications team, who may pin and announce. */
export const AsCommunications: Story = {
  name: 'General, as communications',
  loaders: [world({ as: DEMO_PERSONAS.communications })],
};

/** A thread opened: comments with one level of replies. */
export const CommentsOpen: Story = { name: 'Comments and replies open', play: openThread };

/**
 * The announcement ("townhall", until next week) and the pinned IT notice sit above the timeline.
 * With few posts in the channel, they are all there is to see first.
 */
export const AnnouncementAndPinned: Story = {
  name: 'Announcement and pinned',
  args: { pageSize: 3 },
};

/** `tag="lunch"`: only posts with #lunch; the filter can be removed. */
export const HashtagFilter: Story = { name: 'Hashtag filter (#lunch)', args: { tag: 'lunch' } };

/** The hashtag filter in Dutch on a phone. */
export const HashtagFilterDutchPhone: Story = {
  name: 'Hashtag filter, Dutch, on a phone',
  args: { tag: 'kantoor', lang: 'nl' },
  globals: phone,
};

/** A channel nobody has written in yet: an invitation to be the first. */
export const Empty: Story = {
  name: 'Empty channel',
  args: { channel: 'team-legal' },
};

/** Empty, in Dutch. */
export const EmptyDutch: Story = {
  name: 'Empty channel, Dutch',
  args: { channel: 'team-legal', lang: 'nl' },
};

/** The store never answers: the loading skeleton stays. */
export const LoadingState: Story = {
  name: 'Loading',
  loaders: [world({ as: DEMO_PERSONAS.member, fault: 'stall' })],
};

/** Every store call rejects (`unavailable`): a localized message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [world({ as: DEMO_PERSONAS.member, fault: 'fail' })],
};

/** The error in Dutch. */
export const ErrorDutch: Story = {
  name: 'Error, Dutch',
  args: { lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.member, fault: 'fail' })],
};

/**
 * Comments under a news article. On a page, `channel="page"` names the channel by the page's
 * canonical URL; Storybook has no such page, so the story passes the channel id itself.
 */
export const PageChannel: Story = {
  name: 'Page comments (news article)',
  args: { channel: DEMO_ARTICLE_CHANNEL },
};

/** Page comments on a phone, in Dutch. */
export const PageChannelPhone: Story = {
  name: 'Page comments, Dutch, on a phone',
  args: { channel: DEMO_ARTICLE_CHANNEL, lang: 'nl' },
  globals: phone,
};

/** `mode="moderation"` as a moderator: the reported post with its reports, to hide, restore or dismiss. */
export const ModerationQueue: Story = {
  name: 'Moderation queue, as a moderator',
  args: { mode: 'moderation' },
  loaders: [world({ as: DEMO_PERSONAS.moderator })],
};

/** The moderation queue in Dutch on a phone. */
export const ModerationQueuePhone: Story = {
  name: 'Moderation queue, Dutch, on a phone',
  args: { mode: 'moderation', lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.moderator })],
  globals: phone,
};

/** `mode="moderation"` for someone who moderates nothing: the store refuses, the element says so. */
export const ModerationForbidden: Story = {
  name: 'Moderation queue, as a member (forbidden)',
  args: { mode: 'moderation' },
};

/** A moderator hid the member's post: its author still sees it (by its link), with why, and nobody else does. */
export const HiddenSeenByAuthor: Story = {
  name: 'Hidden post, seen by its author',
  loaders: [
    world({
      as: DEMO_PERSONAS.member,
      posts: [
        post(
          'story-hidden',
          DEMO_PERSONAS.member,
          30,
          'Wie wil mijn oude bureaustoel overnemen? €25, ophalen in Utrecht.',
          {
            reports: [{ by: 'p-julia', reason: 'off-topic' }],
            hidden: { by: DEMO_PERSONAS.moderator },
          },
        ),
      ],
    }),
  ],
  beforeEach: linkTo('story-hidden'),
};

/**
 * 500 posts: a second page of 50 is loaded, and past 60 posts the list is virtualized (only
 * the posts near the viewport are in the DOM).
 */
export const LongFeed: Story = {
  name: 'Long feed (500 posts, virtualized)',
  args: { channel: 'long', pageSize: 50 },
  loaders: [world({ as: DEMO_PERSONAS.member, posts: manyPosts(500).map((p) => ({ ...p, channel: 'long' })) })],
  play: loadMore,
};

/** Script and HTML in a post are shown as the text they are, never run. */
export const ScriptShownAsText: Story = {
  name: 'Script and HTML shown as text',
  loaders: [
    world({
      as: DEMO_PERSONAS.member,
      posts: [
        post('story-xss', 'p-finn', 1, '<script>alert(1)</script> <img src=x onerror=alert(1)>', {
          comments: [
            {
              id: 'story-xss-comment',
              authorId: 'p-sem',
              text: '<b>bold?</b> <a href="javascript:alert(1)">click</a> #<i>tag</i>',
              createdAt: iso(START - 30_000),
            },
          ],
        }),
      ],
    }),
  ],
  play: openComments('<script>'),
};
