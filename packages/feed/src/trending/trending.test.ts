import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CONTRACT_PEOPLE, type SeedData, type World } from '@plein/core/testing';
import type { PleinStore } from '@plein/core';
import { createMemoryWorld } from '@plein/store-memory';
import type {
  PleinTrending,
  PleinTrendingErrorDetail,
  PleinTrendingLoadDetail,
  TrendingPeriod,
} from './trending.element.js';
import './trending.js';

/** (core's testing index does not export SeedPost itself.) */
type SeedPost = NonNullable<SeedData['posts']>[number];
const P = CONTRACT_PEOPLE;
/** The world's start time (ManualClock default): Monday 12 January 2026, 09:00 UTC. */
const START = Date.UTC(2026, 0, 12, 9, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const FEED_URL = 'https://intranet.example.org/news';

let seq = 0;
/** A post in `channel`, `ago` before the start. */
const post = (text: string, ago: number, channel = 'general', authorId: string = P.alice.id): SeedPost => ({
  id: `post-t${++seq}`,
  channel,
  authorId,
  text,
  createdAt: iso(START - ago),
});

/**
 * This week: #lunch 4 (last week 1: rising), #friday 3 (last week 4: falling), #launch 2 (new),
 * #coffee 1 (last week 1: the same). Today: #lunch 2 and #friday 1, both new. The sales channel
 * has #deal only.
 */
function week(): SeedPost[] {
  return [
    post('Who joins #lunch today?', 1 * HOUR),
    post('#lunch at noon, #friday drinks', 2 * HOUR),
    post('#Lunch again', 2 * DAY + HOUR),
    post('It is #friday', 3 * DAY),
    post('#lunch on #friday', 3 * DAY + HOUR),
    post('We #launch on Monday #coffee', 4 * DAY),
    post('#launch party', 5 * DAY),
    post('Last week #lunch #coffee', 8 * DAY),
    post('Last week #friday', 9 * DAY),
    post('#friday fun', 10 * DAY),
    post('Even older #friday', 11 * DAY),
    post('Still #friday', 12 * DAY),
    post('Big #deal', 1 * HOUR, 'sales'),
  ];
}

async function setup(posts: SeedPost[] = week()): Promise<{ world: World; store: PleinStore }> {
  const world = createMemoryWorld();
  await world.seed({ people: Object.values(P), posts });
  return { world, store: world.as(P.alice.id) };
}

async function render(
  { world, store }: { world: World; store: PleinStore },
  attributes: {
    channel?: string;
    period?: TrendingPeriod;
    limit?: number;
    lang?: string;
    theme?: string;
    feedUrl?: string;
  } = {},
): Promise<PleinTrending> {
  const el = await fixture<PleinTrending>(
    html`<plein-trending
      channel=${ifDefined(attributes.channel)}
      period=${ifDefined(attributes.period)}
      limit=${ifDefined(attributes.limit)}
      lang=${attributes.lang ?? 'en'}
      theme=${ifDefined(attributes.theme)}
      feed-url=${ifDefined(attributes.feedUrl)}
      .store=${store}
      .clock=${world.clock}
    ></plein-trending>`,
  );
  await el.updateComplete;
  return el;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

async function until(el: PleinTrending, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 200; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}`);
}

const $ = (el: PleinTrending, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: PleinTrending, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const listed = (el: PleinTrending) => until(el, () => $(el, '.list') || $(el, '.empty-state'), 'the list');
/** Each row as a person sees it: "1 #lunch used 3 times ▲ +2 2 more than last week". */
const rows = (el: PleinTrending) => $$(el, '.item').map(text);
const tags = (el: PleinTrending) => $$(el, '.tag').map(text);

describe('<plein-trending>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists the rising tags of the week with counts and the change in words, and passes axe', async () => {
    const el = await render(await setup(), { channel: 'general', feedUrl: FEED_URL });
    await listed(el);
    expect(text($(el, 'h2'))).to.equal('Trending this week');
    const list = $(el, 'ol.list')!;
    expect(list.getAttribute('aria-labelledby')).to.equal($(el, 'h2')!.id);
    expect(rows(el)).to.deep.equal([
      '1 #lunch used 4 times ▲ +3 3 more than last week',
      '2 #friday used 3 times ▼ −1 1 fewer than last week',
      '3 #launch used 2 times New',
      '4 #coffee used 1 time = the same as last week',
    ]);
    // Arrows are decoration: the words are what a screen reader says.
    const marks = $$(el, '.trend [aria-hidden="true"]').map(text);
    expect(marks).to.deep.equal(['▲ +3', '▼ −1', '=']);
    expect($$(el, '.trend .visually-hidden').map(text)).to.deep.equal([
      '3 more than last week',
      '1 fewer than last week',
      'the same as last week',
    ]);
    await expect(el).to.be.accessible();
  });

  it('links each tag to the feed page, filtered by the tag', async () => {
    const el = await render(await setup(), { channel: 'general', feedUrl: `${FEED_URL}#old` });
    await listed(el);
    const link = $(el, '.tag') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(`${FEED_URL}#plein-tag=lunch`);
    const here = await render(await setup(), { channel: 'general' });
    await listed(here);
    const own = new URL(($(here, '.tag') as HTMLAnchorElement).href);
    expect(own.pathname).to.equal(location.pathname);
    expect(own.hash).to.equal('#plein-tag=lunch');
  });

  it('counts every channel when no channel is set, and one channel when it is', async () => {
    const all = await render(await setup());
    await listed(all);
    expect(tags(all)).to.include('#deal');
    const sales = await render(await setup(), { channel: 'sales' });
    await listed(sales);
    expect(tags(sales)).to.deep.equal(['#deal']);
  });

  it('follows period and limit, and the time of its own clock', async () => {
    const s = await setup();
    const el = await render(s, { channel: 'general', period: 'day', limit: 1 });
    await listed(el);
    expect(text($(el, 'h2'))).to.equal('Trending today');
    expect(rows(el)).to.deep.equal(['1 #lunch used 2 times New']);
    el.period = 'month';
    el.limit = 10;
    await until(el, () => $$(el, '.item').length === 4, 'the month');
    expect(text($(el, 'h2'))).to.equal('Trending this month');
    expect(tags(el).slice(0, 2)).to.deep.equal(['#friday', '#lunch']);
    expect(tags(el).slice(2).sort()).to.deep.equal(['#coffee', '#launch']);
    // A week later, on the element's clock, this week's tags are last week's.
    s.world.clock.advance(14 * DAY);
    el.period = 'week';
    await until(el, () => $(el, '.empty-state'), 'the empty week');
    expect(text($(el, '.empty-state'))).to.equal(
      'No hashtags yet this week Add a #hashtag to a post to start a topic.',
    );
  });

  it('says so kindly when there are no hashtags, and passes axe', async () => {
    const el = await render(await setup([post('No tags here', HOUR)]), { channel: 'general', period: 'day' });
    await listed(el);
    expect(text($(el, '.state-heading'))).to.equal('No hashtags yet today');
    expect($(el, 'ol')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading, then fires plein-load', async () => {
    const s = await setup();
    s.world.faults.stall();
    const el = await render(s, { channel: 'general' });
    expect($(el, '.skeleton')?.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.skeleton [role="status"]'))).to.equal('Loading trending hashtags…');
    expect(text($(el, 'h2'))).to.equal('Trending this week');
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'plein-load');
    s.world.faults.release();
    const event = (await loaded) as CustomEvent<PleinTrendingLoadDetail>;
    expect(event.detail.tags.map((t) => [t.tag, t.count, t.previous])).to.deep.equal([
      ['lunch', 4, 1],
      ['friday', 3, 4],
      ['launch', 2, 0],
      ['coffee', 1, 1],
    ]);
    await listed(el);
  });

  it('shows a localized error with a retry that works from the keyboard, and fires plein-error', async () => {
    const s = await setup();
    s.world.faults.failNext('unavailable');
    const failed = new Promise<CustomEvent<PleinTrendingErrorDetail>>((resolve) =>
      document.addEventListener('plein-error', (e) => resolve(e as CustomEvent<PleinTrendingErrorDetail>), {
        once: true,
      }),
    );
    const el = await render(s, { channel: 'general' });
    expect((await failed).detail.error.code).to.equal('unavailable');
    await until(el, () => $(el, '.error-state'), 'the error');
    expect(text($(el, '[role="alert"] .state-message'))).to.equal(
      "We can't reach the service right now. Please try again in a moment.",
    );
    await expect(el).to.be.accessible();
    ($(el, '.error-state button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await listed(el);
    expect(tags(el)[0]).to.equal('#lunch');
  });

  it('gives up on a store that never answers, on its own clock', async () => {
    const s = await setup();
    s.world.faults.stall();
    const el = await render(s, { channel: 'general' });
    s.world.clock.advance(15_000);
    await until(el, () => $(el, '.error-state'), 'the timeout');
    s.world.faults.clear();
  });

  it('refreshes live when the channel changes, at most once per interval', async () => {
    const s = await setup();
    const el = await render(s, { channel: 'general' });
    await listed(el);
    const bob = s.world.as(P.bob.id);
    await bob.feed!.post('general', { text: 'Try the #soup' }, { idempotencyKey: 'k-soup' });
    await until(el, () => tags(el).includes('#soup'), 'the first change');
    await bob.feed!.post('general', { text: 'More #tea' }, { idempotencyKey: 'k-tea' });
    await bob.feed!.post('sales', { text: 'Elsewhere #ignored' }, { idempotencyKey: 'k-sales' });
    for (let i = 0; i < 5; i++) await nextTask();
    await el.updateComplete;
    expect(tags(el)).not.to.include('#tea'); // throttled
    s.world.clock.advance(30_000);
    await until(el, () => tags(el).includes('#tea'), 'the change after the interval');
    expect(tags(el)).not.to.include('#ignored');
    el.remove();
    expect(s.world.clock.pendingTimers).to.equal(0);
  });

  it('speaks Dutch', async () => {
    const el = await render(await setup(), { channel: 'general', lang: 'nl' });
    await listed(el);
    expect(text($(el, 'h2'))).to.equal('Trending deze week');
    expect(rows(el)).to.deep.equal([
      '1 #lunch 4 keer gebruikt ▲ +3 3 meer dan vorige week',
      '2 #friday 3 keer gebruikt ▼ −1 1 minder dan vorige week',
      '3 #launch 2 keer gebruikt Nieuw',
      '4 #coffee 1 keer gebruikt = evenveel als vorige week',
    ]);
  });

  it('fits 320 px and passes axe in the dark theme', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(await setup([post('#a-very-long-hashtag-that-goes-on-and-on-and-on-forever', HOUR)]), {
      channel: 'general',
      theme: 'dark',
    });
    await listed(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const section = $(el, '.trending')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('explains a store without the feed instead of failing', async () => {
    const { store, world } = await setup();
    const bare: PleinStore = {
      capabilities: store.capabilities,
      me: () => store.me(),
      people: store.people,
      polls: store.polls,
      subscribe: (topic, onChange) => store.subscribe(topic, onChange),
    };
    const el = await render({ store: bare, world });
    await listed(el);
    expect(text($(el, '.state-heading'))).to.equal('No hashtags here');
  });
});
