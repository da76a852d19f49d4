/**
 * The moderation queue (`ModerationView`) through a small test-only element that implements
 * FeedHost the way `<plein-feed>` does, over a memory world with a manual clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PleinError, type Person, type PleinStore, type WriteOptions } from '@plein/core';
import { CONTRACT_PEOPLE, type SeedData, type World } from '@plein/core/testing';
import { PleinElement, permalink, richText, skeleton, type FeedbackController } from '@plein/ui';
import { createMemoryWorld } from '@plein/store-memory';
import type { FeedHost } from './host.js';
import { ModerationView, styles } from './moderation.js';

/** (core's testing index does not export SeedPost itself.) */
type SeedPost = NonNullable<SeedData['posts']>[number];
const P = CONTRACT_PEOPLE;
const START = Date.UTC(2026, 0, 12, 9, 0, 0);
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const FEED_URL = 'https://intranet.example.org/feed';
/** A FeedHost over a Lit element and what it knows (store, locale, feedback). */
function testHost(
  el: PleinElement,
  people: Map<string, Person>,
  asked: Set<string>,
  now: () => {
    store?: PleinStore;
    locale: 'en' | 'nl';
    format: ReturnType<FeedHost['locale']>['format'];
    feedback: FeedbackController;
  },
): FeedHost {
  return {
    store: () => now().store,
    locale: () => ({ locale: now().locale, format: now().format }),
    get clock() {
      return el.clock;
    },
    guard<T>(call: Promise<T>): Promise<T> {
      const clock = el.clock;
      return new Promise<T>((resolve, reject) => {
        const handle = clock.setTimeout(() => reject(new PleinError('unavailable', { reason: 'timeout' })), 15_000);
        call.then(
          (value) => (clock.clearTimeout(handle), resolve(value)),
          (error: unknown) => (clock.clearTimeout(handle), reject(error)),
        );
      });
    },
    toast: (text, tone) => now().feedback.toast(text, { tone }),
    announce: (text) => now().feedback.announce(text),
    requestUpdate: () => el.requestUpdate(),
    person(id) {
      const found = people.get(id);
      if (!found && !asked.has(id)) {
        asked.add(id);
        void now()
          .store?.people.getMany([id])
          .then((list) => {
            for (const person of list) people.set(person.id, person);
            el.requestUpdate();
          });
      }
      return found;
    },
    renderText: (text) => richText(text, { tagHref: (tag) => permalink('tag', tag, FEED_URL) }),
    permalinkOf: (entry, page = FEED_URL) =>
      permalink('feed', entry.kind === 'post' || !entry.postId ? entry.id : `${entry.postId}/${entry.id}`, page),
  };
}

const key = (() => {
  let n = 0;
  return (): WriteOptions => ({ idempotencyKey: `test-key-${++n}` });
})();

/**
 * Shows a ModerationView through a FeedHost object built the way the feed element builds one
 * (a separate object: PleinElement's own `store` property is not FeedHost's `store()`): people
 * cached by id, text via richText, toasts and announcements through the feedback controller.
 */
class ModerationHost extends PleinElement {
  static override styles = [PleinElement.styles, ...styles];
  @property() channel?: string;
  view?: ModerationView;
  private readonly people = new Map<string, Person>();
  private readonly asked = new Set<string>();
  private readonly host: FeedHost = testHost(this, this.people, this.asked, () => ({
    store: this.storeRef.value,
    locale: this.i18n.locale,
    format: this.i18n.format,
    feedback: this.feedback,
  }));

  protected override storeChanged() {
    void (this.view ??= new ModerationView(this.host, { channel: this.channel })).load();
  }
  override disconnectedCallback() {
    super.disconnectedCallback();
    this.view?.dispose();
  }
  protected override render() {
    return html`${this.i18n.ready && this.view ? this.view.render() : skeleton({ label: 'Loading' })}
    ${this.feedback.render()}`;
  }
}
customElements.define('test-moderation-host', ModerationHost);

/** Two reported posts in general (one with three reports and a note), one in hr. */
function seedPosts(): SeedPost[] {
  return [
    {
      id: 'post-rude',
      channel: 'general',
      authorId: P.zoe.id,
      text: 'You are all *wrong* <script>alert(1)</script> #rude',
      createdAt: iso(START - 5 * HOUR),
      reports: [
        { by: P.bob.id, reason: 'offensive', note: 'Not OK <b>at all</b>' },
        { by: P.alice.id, reason: 'offensive' },
        { by: P.cara.id, reason: 'spam' },
      ],
    },
    {
      id: 'post-ad',
      channel: 'general',
      authorId: P.zoe.id,
      text: 'Cheap watches',
      createdAt: iso(START - 4 * HOUR),
      reports: [{ by: P.bob.id, reason: 'spam' }],
    },
    {
      id: 'post-hr',
      channel: 'hr',
      authorId: P.alice.id,
      text: 'Salary talk',
      createdAt: iso(START - 3 * HOUR),
      reports: [{ by: P.bob.id, reason: 'off-topic' }],
    },
  ];
}

interface Setup {
  world: World;
  store: PleinStore;
}

async function setup(posts = seedPosts(), as: keyof typeof P = 'mo'): Promise<Setup> {
  const world = createMemoryWorld();
  await world.seed({ people: Object.values(P), posts });
  return { world, store: world.as(P[as].id) };
}

async function render({ world, store }: Setup, channel?: string, lang = 'en'): Promise<ModerationHost> {
  const el = await fixture<ModerationHost>(
    html`<test-moderation-host
      lang=${lang}
      channel=${ifDefined(channel)}
      .store=${store}
      .clock=${world.clock}
    ></test-moderation-host>`,
  );
  await el.updateComplete;
  return el;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
async function until(el: ModerationHost, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 200; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}`);
}
const $ = (el: ModerationHost, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ModerationHost, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: ModerationHost) => $$(el, '.mq-title').map(text);
const item = (el: ModerationHost, id: string) => $(el, `[data-entry="${id}"]`);
const spoken = (el: ModerationHost) => text($(el, '[role="status"][aria-live="polite"]'));
const toast = (el: ModerationHost) => text($(el, '.toast-text'));
/** A short name for the focused node, so focus checks compare strings. */
const focused = (el: ModerationHost) => {
  const node = el.shadowRoot!.activeElement;
  return node ? `${node.localName}${node.id ? `#${node.id}` : ''} ${text(node)}` : '(nothing)';
};
function button(el: ModerationHost, scope: string, label: string): HTMLButtonElement {
  const found = [...(item(el, scope) ?? el.shadowRoot!).querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => text(b) === label,
  );
  if (!found) throw new Error(`no button "${label}" in ${scope}`);
  return found;
}
/** Waits until every reporter's and author's name is in (the host fetches people on demand). */
const ready = (el: ModerationHost, someone = 'someone') =>
  until(el, () => $(el, '.mq-list') && !text($(el, '.mq-list')).includes(someone), 'the queue with names');

describe('moderation queue', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows each reported entry with its reports grouped by reason, and passes axe', async () => {
    const el = await render(await setup(), 'general');
    await ready(el);
    expect(text($(el, 'h2'))).to.equal('Moderation');
    expect(titles(el)).to.deep.equal(['Post by Zoë van Dijk', 'Post by Zoë van Dijk']);
    const rude = item(el, 'post-rude')!;
    // User text is text: the script tag shows as characters, emphasis and the hashtag as markup.
    expect(text(rude.querySelector('.mq-text'))).to.equal('You are all wrong <script>alert(1)</script> #rude');
    expect(rude.querySelector('.mq-text script')).to.equal(null);
    expect(rude.querySelector('.mq-text em')?.textContent).to.equal('wrong');
    expect(text(rude.querySelector('.mq-reports-title strong'))).to.equal('3 reports');
    expect([...rude.querySelectorAll('.mq-reason-count')].map(text)).to.deep.equal([
      'Offensive: 2 reports',
      'Spam: 1 report',
    ]);
    expect([...rude.querySelectorAll('.mq-reporters')].map(text)).to.deep.equal([
      'Reported by Bob de Bruijn and Alice Andersen',
      'Reported by Cara Jansen',
    ]);
    expect(text(rude.querySelector('.mq-note'))).to.equal('Bob de Bruijn wrote: Not OK <b>at all</b>');
    expect(rude.querySelector('.mq-note b')).to.equal(null);
    const link = rude.querySelector<HTMLAnchorElement>('.mq-link')!;
    expect(text(link)).to.equal('Open in the feed');
    expect(link.getAttribute('href')).to.equal(`${FEED_URL}#plein-feed=post-rude`);
    expect([...rude.querySelectorAll('.mq-actions button')].map(text)).to.deep.equal([
      'Hide',
      'Dismiss reports',
      'Lock comments',
    ]);
    expect(rude.querySelector('.mq-actions')!.getAttribute('aria-labelledby')).to.equal('mq-post-rude');
    await expect(el).to.be.accessible();
  });

  it('shows every channel the moderator moderates when no channel is set', async () => {
    const el = await render(await setup());
    await ready(el);
    expect($$(el, '[data-entry]').map((node) => node.dataset.entry)).to.deep.equal(['post-rude', 'post-ad', 'post-hr']);
    expect(text(item(el, 'post-rude')!.querySelector('.mq-channel'))).to.equal('in General');
    expect(text(item(el, 'post-hr')!.querySelector('.mq-channel'))).to.equal('in #hr');
  });

  it('names channels the way people do: General, #name, and a page’s comments linked to it there', async () => {
    const news = 'https://www.intranet.example.org/news/2026/01/the-canteen-reopens-after-the-works.html';
    const reported = (id: string, channel: string): SeedPost => ({
      id,
      channel,
      authorId: P.alice.id,
      text: `Reported in ${channel}`,
      createdAt: iso(START - HOUR),
      reports: [{ by: P.bob.id, reason: 'spam' }],
    });
    const s = await setup([
      reported('on-news', `page:${news}`),
      reported('on-home', 'page:https://intranet.example.org/'),
      reported('on-script', 'page:javascript:alert(1)'),
      reported('in-general', 'general'),
    ]);
    const el = await render(s);
    await ready(el);
    const channel = (id: string) => item(el, id)!.querySelector('.mq-channel')!;
    expect(text(channel('in-general'))).to.equal('in General');
    // Host and path without www.; a long one keeps the host and the page's own name. The link opens the entry there.
    expect(text(channel('on-news'))).to.equal('Comments on intranet.example.org/…/the-canteen-reopens-afte…');
    const link = channel('on-news').querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(`${news}#plein-feed=on-news`);
    expect(link.getAttribute('title')).to.equal(news);
    // "Open in the feed" goes there too: the conversation lives on that page, not on this one.
    expect(item(el, 'on-news')!.querySelector('.mq-link')!.getAttribute('href')).to.equal(`${news}#plein-feed=on-news`);
    expect(text(channel('on-home'))).to.equal('Comments on intranet.example.org');
    // Not a web page: shown as text, never as a link.
    expect(text(channel('on-script'))).to.equal('in javascript:alert(1)');
    expect(channel('on-script').querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();

    const dutch = await render(s, undefined, 'nl');
    await ready(dutch, 'iemand');
    expect(text(item(dutch, 'in-general')!.querySelector('.mq-channel'))).to.equal('in Algemeen');
    expect(text(item(dutch, 'on-home')!.querySelector('.mq-channel'))).to.equal('Opmerkingen bij intranet.example.org');
  });

  it('hides an entry: it leaves the open tab, is announced, and waits under Hidden to be restored', async () => {
    const s = await setup();
    const el = await render(s, 'general');
    await ready(el);
    button(el, 'post-rude', 'Hide').click();
    await until(el, () => !item(el, 'post-rude'), 'the item to leave');
    expect(spoken(el)).to.equal('Hidden. Only its author and moderators can see it now.');
    expect(focused(el)).to.equal('h3#mq-post-ad Post by Zoë van Dijk');
    // Gone for everyone else at once.
    const bob = s.world.as(P.bob.id);
    expect((await bob.feed!.list({ channel: 'general' })).items.map((p) => p.id)).to.deep.equal(['post-ad']);

    $(el, '#mq-tab-hidden')!.click();
    await ready(el);
    expect($(el, '#mq-tab-hidden')!.getAttribute('aria-selected')).to.equal('true');
    expect(text(item(el, 'post-rude')!.querySelector('.mq-meta'))).to.contain('Hidden');
    expect([...item(el, 'post-rude')!.querySelectorAll('.mq-actions button')].map(text)).to.deep.equal([
      'Restore',
      'Lock comments',
    ]);
    await expect(el).to.be.accessible();
    button(el, 'post-rude', 'Restore').click();
    await until(el, () => $(el, '.empty-state'), 'the empty hidden tab');
    expect(spoken(el)).to.equal('Restored. Everyone can see it again.');
    expect(text($(el, '.state-heading'))).to.equal('Nothing hidden');
    expect(focused(el)).to.equal('button#mq-tab-hidden Hidden');
    expect((await bob.feed!.list({ channel: 'general' })).items.map((p) => p.id)).to.include('post-rude');
  });

  it('dismisses reports: the entry stays visible and moves to Dismissed', async () => {
    const s = await setup();
    const el = await render(s, 'general');
    await ready(el);
    button(el, 'post-ad', 'Dismiss reports').click();
    await until(el, () => !item(el, 'post-ad'), 'the item to leave');
    expect(spoken(el)).to.equal('Reports dismissed. It stays visible.');
    expect(focused(el)).to.equal('h3#mq-post-rude Post by Zoë van Dijk');
    $(el, '#mq-tab-dismissed')!.click();
    await ready(el);
    expect($$(el, '[data-entry]').map((node) => node.dataset.entry)).to.deep.equal(['post-ad']);
    expect([...item(el, 'post-ad')!.querySelectorAll('.mq-actions button')].map(text)).to.deep.equal([
      'Hide',
      'Lock comments',
    ]);
  });

  it('locks and unlocks comments in place', async () => {
    const s = await setup();
    const el = await render(s, 'general');
    await ready(el);
    button(el, 'post-rude', 'Lock comments').click();
    await until(el, () => text(item(el, 'post-rude')!.querySelector('.mq-meta')).includes('Comments locked'), 'lock');
    expect(spoken(el)).to.equal('Comments locked.');
    expect(focused(el)).to.equal('button Unlock comments');
    const zoe = s.world.as(P.zoe.id);
    expect((await zoe.feed!.get('post-rude')).commentsLocked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(
      el,
      () => !text(item(el, 'post-rude')!.querySelector('.mq-meta')).includes('Comments locked'),
      'unlock',
    );
    expect(spoken(el)).to.equal('Comments unlocked.');
    expect((await zoe.feed!.get('post-rude')).commentsLocked).to.equal(false);
  });

  it('offers no lock on a comment, and links a comment in its thread', async () => {
    const s = await setup([]);
    const alice = s.world.as(P.alice.id).feed!;
    const post = await alice.post('general', { text: 'A post' }, key());
    const comment = await alice.comment(post.id, { text: 'A rude comment' }, key());
    await s.world.as(P.bob.id).feed!.report(comment.id, 'offensive', undefined, key());
    const el = await render(s, 'general');
    await ready(el);
    expect(titles(el)).to.deep.equal(['Comment by Alice Andersen']);
    const row = item(el, comment.id)!;
    expect([...row.querySelectorAll('.mq-actions button')].map(text)).to.deep.equal(['Hide', 'Dismiss reports']);
    expect(row.querySelector('.mq-link')!.getAttribute('href')).to.equal(
      `${FEED_URL}#plein-feed=${encodeURIComponent(`${post.id}/${comment.id}`)}`,
    );
  });

  it('keeps the item and says why in a toast when the store refuses, then retries with the same key', async () => {
    const s = await setup();
    const keys: string[] = [];
    const feed = s.store.feed!;
    const store: PleinStore = {
      capabilities: s.store.capabilities,
      me: () => s.store.me(),
      people: s.store.people,
      polls: s.store.polls,
      subscribe: (topic, onChange) => s.store.subscribe(topic, onChange),
      feed: {
        ...feed,
        channel: (id) => feed.channel(id),
        queue: (query, page) => feed.queue(query, page),
        moderate: (id, action, options) => (keys.push(options.idempotencyKey), feed.moderate(id, action, options)),
      },
    };
    const el = await render({ world: s.world, store }, 'general');
    await ready(el);
    s.world.faults.failNext('unavailable');
    button(el, 'post-ad', 'Hide').click();
    await until(el, () => toast(el), 'the toast');
    expect(toast(el)).to.equal("We can't reach the service right now. Please try again in a moment.");
    expect(item(el, 'post-ad')).to.not.equal(null);
    button(el, 'post-ad', 'Hide').click();
    await until(el, () => !item(el, 'post-ad'), 'the item to leave');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('pages with "Load more" and moves focus to the first new item', async () => {
    const many: SeedPost[] = Array.from({ length: 23 }, (_, i) => ({
      id: `post-${String(i).padStart(2, '0')}`,
      channel: 'general',
      authorId: P.zoe.id,
      text: `Spam number ${i}`,
      createdAt: iso(START - (30 - i) * HOUR),
      reports: [{ by: P.bob.id, reason: 'spam' as const }],
    }));
    const el = await render(await setup(many), 'general');
    await ready(el);
    expect($$(el, '[data-entry]')).to.have.length(20);
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Load more')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $$(el, '[data-entry]').length === 23, 'the next page');
    expect(focused(el)).to.equal('h3#mq-post-20 Post by Zoë van Dijk');
    expect($(el, '.mq-more')).to.equal(null);
  });

  it('says "Nothing to review" when the queue is empty, and passes axe', async () => {
    const el = await render(await setup([]), 'general');
    await until(el, () => $(el, '.empty-state'), 'the empty state');
    expect(text($(el, '.empty-state'))).to.equal('Nothing to review New reports show up here.');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading, and an error with a retry', async () => {
    const s = await setup();
    s.world.faults.stall();
    const el = await render(s, 'general');
    await until(el, () => text($(el, '.skeleton [role="status"]')) === 'Loading reports…', 'the skeleton');
    await expect(el).to.be.accessible();
    s.world.clock.advance(15_000);
    await until(el, () => $(el, '.error-state'), 'the error');
    s.world.faults.clear();
    expect(text($(el, '.error-state .state-message'))).to.equal(
      "We can't reach the service right now. Please try again in a moment.",
    );
    await expect(el).to.be.accessible();
    ($(el, '.error-state button') as HTMLButtonElement).click();
    await ready(el);
    expect(titles(el)).to.have.length(2);
  });

  it('tells members the queue is for moderators, per channel and overall', async () => {
    const member = await render(await setup(undefined, 'alice'), 'general');
    await until(member, () => $(member, '.empty-state'), 'the forbidden state');
    expect(text($(member, '.state-heading'))).to.equal('Moderators only');
    expect(text($(member, '.state-message'))).to.equal(
      'Only moderators of this channel see its reported posts and comments here.',
    );
    expect($(member, '[role="tablist"]')).to.equal(null);
    await expect(member).to.be.accessible();
    const overall = await render(await setup(undefined, 'cara'));
    await until(overall, () => $(overall, '.empty-state'), 'the forbidden state');
    expect(text($(overall, '.state-heading'))).to.equal('Moderators only');
    expect(text($(overall, '.state-message'))).to.equal('Only moderators see reported posts and comments here.');
    const dutch = await render(await setup(undefined, 'cara'), undefined, 'nl');
    await until(dutch, () => $(dutch, '.empty-state'), 'the forbidden state in Dutch');
    expect(text($(dutch, '.empty-state'))).to.equal(
      'Alleen voor moderatoren Alleen moderatoren zien hier gemelde berichten en opmerkingen.',
    );
  });

  it('shows a channel’s own moderator the queue of that channel', async () => {
    const s = await setup(undefined, 'zoe');
    await s.world.seed({ people: [], channels: [{ id: 'hr', moderatorIds: [P.zoe.id] }] });
    const el = await render(s, 'hr');
    await ready(el);
    expect($$(el, '[data-entry]').map((node) => node.dataset.entry)).to.deep.equal(['post-hr']);
  });

  it('moves between the tabs with the arrow keys', async () => {
    const el = await render(await setup(), 'general');
    await ready(el);
    const open = $(el, '#mq-tab-open')!;
    expect(open.getAttribute('tabindex')).to.equal('0');
    expect($(el, '#mq-tab-hidden')!.getAttribute('tabindex')).to.equal('-1');
    open.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(el, () => $(el, '#mq-tab-hidden')!.getAttribute('aria-selected') === 'true', 'the hidden tab');
    expect(focused(el)).to.equal('button#mq-tab-hidden Hidden');
    expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('mq-tab-hidden');
    await until(el, () => $(el, '.empty-state'), 'the hidden tab loaded');
    await sendKeys({ press: 'End' });
    await until(el, () => focused(el) === 'button#mq-tab-dismissed Dismissed', 'the last tab');
    await sendKeys({ press: 'Home' });
    await until(el, () => focused(el) === 'button#mq-tab-open Open', 'the first tab');
    await sendKeys({ press: 'ArrowLeft' });
    await until(el, () => focused(el) === 'button#mq-tab-dismissed Dismissed', 'wrapping around');
  });

  it('refreshes live when someone reports, and announces how many new reports came in', async () => {
    const s = await setup();
    const el = await render(s, 'general');
    await ready(el);
    const alice = s.world.as(P.alice.id).feed!;
    const fresh = await s.world.as(P.zoe.id).feed!.post('general', { text: 'New trouble' }, key());
    await alice.report(fresh.id, 'misinformation', 'Check this', key());
    await until(el, () => item(el, fresh.id), 'the new item');
    expect(spoken(el)).to.equal('1 new report');
    // More reports within the interval wait for it, then arrive together.
    await s.world.as(P.bob.id).feed!.report(fresh.id, 'spam', undefined, key());
    await s.world.as(P.cara.id).feed!.report(fresh.id, 'spam', undefined, key());
    for (let i = 0; i < 5; i++) await nextTask();
    expect(text(item(el, fresh.id)!.querySelector('.mq-reports-title strong'))).to.equal('1 report');
    s.world.clock.advance(5_000);
    await until(
      el,
      () => text(item(el, fresh.id)!.querySelector('.mq-reports-title strong')) === '3 reports',
      'refresh',
    );
    expect(spoken(el)).to.equal('2 new reports');
    el.remove();
    expect(s.world.clock.pendingTimers).to.equal(0);
  });

  it('speaks Dutch, fits 320 px and passes axe in the dark theme', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(await setup(), 'general', 'nl');
    el.theme = 'dark';
    await ready(el, 'iemand');
    expect(text($(el, 'h2'))).to.equal('Moderatie');
    expect($$(el, '[role="tab"]').map(text)).to.deep.equal(['Open', 'Verborgen', 'Afgewezen']);
    expect([...item(el, 'post-rude')!.querySelectorAll('.mq-reason-count')].map(text)).to.deep.equal([
      'Beledigend: 2 meldingen',
      'Spam: 1 melding',
    ]);
    expect([...item(el, 'post-rude')!.querySelectorAll('.mq-actions button')].map(text)).to.deep.equal([
      'Verbergen',
      'Meldingen afwijzen',
      'Opmerkingen sluiten',
    ]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });
});
