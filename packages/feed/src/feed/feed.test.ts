import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { PleinError, configurePageStore, resetPageStore, type PleinStore } from '@plein/core';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinFeed } from './feed.element.js';
import {
  $,
  $$,
  HOUR,
  PEOPLE,
  START,
  button,
  calm,
  clearDrafts,
  entry,
  focused,
  has,
  iso,
  many,
  pick,
  pngFile,
  post,
  postTexts,
  ready,
  renderFeed,
  seeded,
  textOf,
  until,
} from './feed.fixtures.js';

describe('<plein-feed> timeline', () => {
  afterEach(async () => {
    clearDrafts();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the channel newest first, each post with author, time and text', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('old', 'Older news', 90, { authorId: PEOPLE.zoe.id }),
      post('new', 'Fresh *news* from https://intranet.example.org', 5),
      post('elsewhere', 'Another channel', 1, { channel: 'hr' }),
    ]);
    const loaded = oneEvent(await renderFeed(s), 'plein-load');
    const el = (await loaded).target as PleinFeed;
    await until(el, () => has(el, 'article'), 'the posts');
    expect(postTexts(el)).to.deep.equal(['Fresh news from https://intranet.example.org', 'Older news']);
    const fresh = entry(el, 'new');
    await until(el, () => textOf(fresh, '.person-name') === 'Bob de Bruijn', 'the author');
    expect(textOf(fresh, 'time')).to.equal('5 minutes ago');
    expect(fresh.querySelector('time')!.getAttribute('datetime')).to.equal(iso(START - 5 * 60_000));
    expect(fresh.querySelector('em')!.textContent).to.equal('news');
    expect(fresh.querySelector<HTMLAnchorElement>('a.rich-link')!.rel).to.contain('noopener');
    expect(textOf(entry(el, 'old'), '.person-name')).to.equal('Zoë van Dijk');
    // The feed pattern: articles labelled by their author, with position and size.
    const list = $(el, '[role="feed"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Posts');
    expect(fresh.getAttribute('aria-posinset')).to.equal('1');
    expect(fresh.getAttribute('aria-setsize')).to.equal('2');
    expect(textOf(el, '.end')).to.equal("You're all caught up.");
    await expect(calm(el)).to.be.accessible();
  });

  it('asks the store once for each thing the first render needs', async () => {
    const s = await seeded(createMemoryWorld(), many(3));
    const calls: string[] = [];
    const feed = s.store.feed!;
    const counted = new Proxy(feed, {
      get: (target, key) => {
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function'
          ? (...args: unknown[]) => (
              calls.push(String(key)),
              (value as (...a: unknown[]) => unknown).apply(target, args)
            )
          : value;
      },
    });
    const store: PleinStore = {
      capabilities: s.store.capabilities,
      me: () => s.store.me(),
      people: s.store.people,
      polls: s.store.polls,
      subscribe: (topic, onChange) => s.store.subscribe(topic, onChange),
      feed: counted,
    };
    const el = await ready({ world: s.world, store });
    await until(el, () => textOf(entry(el, 'p1'), '.person-name') === 'Bob de Bruijn', 'the names');
    expect(calls.sort()).to.deep.equal(['channel', 'list', 'pinned']);
  });

  it('shows text typed as markup as text: <script> stays characters', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('x', '<script>alert(1)</script> <img src=x onerror=alert(2)> <b>bold</b>', 1),
    ]);
    const el = await ready(s);
    const text = entry(el, 'x').querySelector('.text')!;
    expect(text.textContent).to.equal('<script>alert(1)</script> <img src=x onerror=alert(2)> <b>bold</b>');
    expect(text.querySelector('script, img, b')).to.equal(null);
  });

  it('shows a skeleton while loading, then the posts', async () => {
    const s = await seeded(createMemoryWorld(), many(2));
    s.world.faults.stall();
    const el = await renderFeed(s);
    await until(el, () => has(el, '.skeleton'), 'the skeleton');
    expect($(el, '.skeleton')!.getAttribute('aria-busy')).to.equal('true');
    await expect(calm(el)).to.be.accessible();
    s.world.faults.release();
    await until(el, () => postTexts(el).length === 2, 'the posts');
    expect(has(el, '.list .skeleton')).to.be.false;
  });

  it('waits without a store, and shows the page default once one is configured', async () => {
    resetPageStore();
    try {
      const s = await seeded(createMemoryWorld(), many(1));
      const el = await fixture<PleinFeed>(html`<plein-feed lang="en" .clock=${s.world.clock}></plein-feed>`);
      await el.updateComplete;
      expect(has(el, '.skeleton')).to.be.true;
      expect(has(el, '.error-state')).to.be.false;
      configurePageStore(s.store);
      await until(el, () => postTexts(el).length === 1, 'the posts');
    } finally {
      resetPageStore();
    }
  });

  it('invites the first post when the channel is empty', async () => {
    const s = await seeded(createMemoryWorld(), [post('x', 'Elsewhere', 1, { channel: 'hr' })]);
    const el = await ready(s);
    expect(textOf(el, '.empty-state')).to.equal(
      'No posts yet Be the first to post: share news, a question or a thank-you.',
    );
    expect(has(el, 'form.composer textarea')).to.be.true;
    expect(has(el, '[role="feed"]')).to.be.false;
    await expect(calm(el)).to.be.accessible();
  });

  it('shows an error with a retry that works', async () => {
    const s = await seeded(createMemoryWorld(), many(2));
    s.world.faults.failNext('unavailable', { count: 4 });
    const el = await renderFeed(s);
    await until(el, () => has(el, '.error-state'), 'the error');
    expect(textOf(el, '.error-state')).to.contain("We can't reach the service right now.");
    await expect(calm(el)).to.be.accessible();
    s.world.faults.clear();
    button(el, 'Try again').click();
    await until(el, () => postTexts(el).length === 2, 'the posts after retrying');
  });

  it('gives up on a store that hangs, on the element clock, and offers a retry', async () => {
    const s = await seeded(createMemoryWorld(), many(1));
    s.world.faults.stall();
    const errors: PleinError[] = [];
    const el = await renderFeed(s);
    el.addEventListener('plein-error', (event) => errors.push((event as CustomEvent).detail.error));
    s.world.clock.advance(15_000);
    await until(el, () => has(el, '.error-state'), 'the timeout');
    expect(errors.some((e) => e.details.reason === 'timeout')).to.be.true;
    s.world.faults.release();
  });

  it('says so when the store has no feed', async () => {
    const s = await seeded(createMemoryWorld(), []);
    const bare: PleinStore = {
      ...s.store,
      capabilities: s.store.capabilities,
      me: s.store.me,
      people: s.store.people,
      polls: s.store.polls,
      subscribe: s.store.subscribe,
      feed: undefined,
    };
    const el = await renderFeed({ world: s.world, store: bare });
    await until(el, () => has(el, '.error-state'), 'the error');
    expect(has(el, 'form.composer')).to.be.false;
  });

  it('pages with "Load more" and moves focus to the first new post', async () => {
    const s = await seeded(createMemoryWorld(), many(5));
    const el = await ready(s, { pageSize: 2 });
    expect(postTexts(el)).to.deep.equal(['Post 1', 'Post 2']);
    expect(entry(el, 'p1').getAttribute('aria-setsize')).to.equal('-1');
    button(el, 'Load more posts').click();
    await until(el, () => postTexts(el).length === 4, 'the second page');
    await until(el, () => focused(el) === `article#${entry(el, 'p3').id}.entry.post.card`, 'focus on post 3');
    button(el, 'Load more posts').click();
    await until(el, () => postTexts(el).length === 5, 'the last page');
    expect(has(el, '.load-more')).to.be.false;
    expect(postTexts(el)).to.deep.equal(['Post 1', 'Post 2', 'Post 3', 'Post 4', 'Post 5']);
  });

  it('keeps the posts when loading more fails, and says why', async () => {
    const s = await seeded(createMemoryWorld(), many(3));
    const el = await ready(s, { pageSize: 2 });
    s.world.faults.failNext('rate-limited', { retryAfter: 30 });
    button(el, 'Load more posts').click();
    await until(el, () => has(el, '.more-bar [role="alert"]'), 'the error');
    expect(textOf(el, '.more-bar [role="alert"]')).to.contain("It's busy right now.");
    expect(postTexts(el)).to.deep.equal(['Post 1', 'Post 2']);
    button(el, 'Load more posts').click();
    await until(el, () => postTexts(el).length === 3, 'the retried page');
  });

  it('shows pins and announcements above the timeline, announcements louder', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('plain', 'Regular post', 1),
      post('pin', 'Pinned reminder', 60, { pin: { announcement: false, by: PEOPLE.mo.id } }),
      post('news', 'Big announcement', 120, {
        pin: { announcement: true, until: iso(START + 48 * HOUR), by: PEOPLE.cara.id },
      }),
    ]);
    const el = await ready(s);
    const pinned = $$(el, 'section.pinned article');
    expect(pinned.map((a) => a.dataset['id'])).to.deep.equal(['news', 'pin']);
    expect(textOf(pinned[0]!, '.pin-line')).to.equal('Announcement until Jan 14, 2026, 9:00 AM');
    expect(pinned[0]!.classList.contains('announcement')).to.be.true;
    expect(textOf(pinned[1]!, '.pin-line')).to.equal('Pinned');
    // Pinned posts are not shown twice.
    expect(postTexts(el)).to.deep.equal(['Regular post']);
    expect(textOf(el, '#pinned-heading')).to.equal('Pinned');
    await expect(calm(el)).to.be.accessible();
  });

  it('drops a pin from the top when its "until" passes', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('plain', 'Regular', 1),
      post('news', 'Until noon', 60, { pin: { announcement: true, until: iso(START + HOUR), by: PEOPLE.cara.id } }),
    ]);
    const el = await ready(s);
    expect($$(el, 'section.pinned article').length).to.equal(1);
    s.world.clock.advance(HOUR);
    await until(el, () => !has(el, 'section.pinned'), 'the pin to expire');
    expect(postTexts(el)).to.deep.equal(['Regular', 'Until noon']);
    expect(has(el, '.pin-line')).to.be.false;
  });

  it('shows images from the store with their descriptions', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const s = await seeded(createMemoryWorld(), [
      post('img', 'Team photo', 1, {
        attachments: [
          { name: 'team.png', type: 'image/png', url: png, alt: 'The team on the roof' },
          { name: 'view.png', type: 'image/png', url: png },
        ],
      }),
    ]);
    const el = await ready(s);
    const images = [...entry(el, 'img').querySelectorAll('img')].filter((img) => !img.closest('.avatar'));
    expect(images.map((img) => img.alt)).to.deep.equal(['The team on the roof', '']);
    expect(images.every((img) => img.src.startsWith('data:image/png'))).to.be.true;
  });

  it('uses the page URL as channel with channel="page"', async () => {
    const here = `page:${location.origin}${location.pathname}`;
    const s = await seeded(createMemoryWorld(), [post('here', 'About this page', 1, { channel: here })]);
    const el = await ready(s, { channel: 'page' });
    expect(postTexts(el)).to.deep.equal(['About this page']);
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = 'https://intranet.example.org/news/welcome';
    document.head.append(link);
    try {
      await s.world.seed({
        people: [],
        posts: [post('canon', 'Canonical', 1, { channel: 'page:https://intranet.example.org/news/welcome' })],
      });
      const other = await ready(s, { channel: 'page' });
      expect(postTexts(other)).to.deep.equal(['Canonical']);
    } finally {
      link.remove();
    }
  });

  it('keeps relative times up to date on the element clock', async () => {
    const s = await seeded(createMemoryWorld(), [post('p', 'Ticking', 5)]);
    const el = await ready(s);
    expect(textOf(entry(el, 'p'), 'time')).to.equal('5 minutes ago');
    s.world.clock.advance(60_000);
    await el.updateComplete;
    expect(textOf(entry(el, 'p'), 'time')).to.equal('6 minutes ago');
  });

  it('says "just now" for the first minute, so a post and its newer comment agree', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Seconds old', 0, {
        createdAt: iso(START - 11_000),
        comments: [{ id: 'c', authorId: PEOPLE.cara.id, text: 'This instant', createdAt: iso(START) }],
      }),
    ]);
    const el = await ready(s);
    expect(textOf(entry(el, 'p'), 'time')).to.equal('just now');
    entry(el, 'p').querySelector<HTMLButtonElement>('.comments-toggle')!.click();
    await until(el, () => has(el, 'article[data-id="c"]'), 'the comment');
    expect(textOf(entry(el, 'c'), 'time')).to.equal('just now');
    s.world.clock.advance(60_000);
    await el.updateComplete;
    expect(textOf(entry(el, 'p'), 'time')).to.equal('1 minute ago');
  });

  it('passes axe in the dark theme', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Dark #mode with @[Zoë van Dijk](p-zoe)', 5, {
        reactions: [{ by: PEOPLE.alice.id, reaction: 'like' }],
      }),
      post('a', 'Announced', 60, { pin: { announcement: true, by: PEOPLE.cara.id } }),
    ]);
    const el = await ready(s);
    // On a dark page: the feed itself is transparent (see below).
    el.parentElement!.style.background = '#141414';
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(calm(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(entry(el, 'p')).backgroundColor).to.equal('rgb(41, 41, 41)');
    await expect(calm(el)).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`sits on the page's background in the ${theme} theme: transparent itself, the cards on their surface`, async () => {
      const s = await seeded(createMemoryWorld(), [post('p', 'On a grey page', 5)], 'mo');
      const page = theme === 'light' ? 'rgb(243, 242, 241)' : 'rgb(20, 20, 20)';
      const surface = theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(41, 41, 41)';
      const el = await ready(s);
      el.parentElement!.style.background = page;
      el.theme = theme;
      await el.updateComplete;
      expect(getComputedStyle(calm(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle($(el, '.feed')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(entry(el, 'p')).backgroundColor).to.equal(surface);
      expect(getComputedStyle($(el, 'form.composer')!).backgroundColor).to.equal(surface);
      await expect(calm(el)).to.be.accessible();
      // The moderation queue too.
      await s.store.feed!.report('p', 'spam', undefined, { idempotencyKey: `report-${theme}` });
      el.mode = 'moderation';
      await until(el, () => has(el, '.mq-item'), 'the queue');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle($(el, '.mq-item')!).backgroundColor).to.equal(surface);
      await expect(calm(el)).to.be.accessible();
    });
  }

  it('works at 320 px wide without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const s = await seeded(createMemoryWorld(), [
      post('long', 'x'.repeat(300) + ' https://example.org/' + 'y'.repeat(200), 1),
    ]);
    const el = await ready(s);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    // With a thread, a menu and the composer's images open too.
    entry(el, 'long').querySelector<HTMLButtonElement>('.comments-toggle')!.click();
    // The empty thread takes focus once it is there (which closes a menu opened before).
    await until(el, () => focused(el) === 'textarea#entry-long-comment', 'the thread');
    entry(el, 'long').querySelector<HTMLButtonElement>('.more')!.click();
    await until(
      el,
      () => entry(el, 'long').querySelector('[role="menu"]') && entry(el, 'long').querySelector('.comments form'),
      'the thread and menu',
    );
    pick($<HTMLInputElement>(el, 'form.composer input[type="file"]')!, [pngFile()]);
    await until(el, () => has(el, '.preview'), 'the preview');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(calm(el)).to.be.accessible();
  });

  it('speaks Dutch when lang="nl"', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('a', 'Hallo', 5),
      post('b', 'Eerder', 60, { pin: { announcement: true, by: PEOPLE.cara.id } }),
    ]);
    const el = await ready(s, { lang: 'nl', pageSize: 1 });
    expect(textOf(el, '#pinned-heading')).to.equal('Vastgezet');
    expect(textOf(entry(el, 'a'), 'time')).to.equal('5 minuten geleden');
    expect(textOf(entry(el, 'b'), '.pin-line')).to.equal('Aankondiging');
    expect($(el, 'form.composer label')!.textContent!.trim()).to.equal('Nieuw bericht');
    expect($(el, '#search')!.getAttribute('placeholder')).to.equal('Berichten zoeken');
    expect(textOf(entry(el, 'a'), '.comments-toggle')).to.equal('Reageren');
    expect(entry(el, 'a').querySelector('[data-reaction="like"]')!.getAttribute('title')).to.equal('Leuk');
    await expect(calm(el)).to.be.accessible();
  });
});
