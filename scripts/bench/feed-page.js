/**
 * The page `npm run bench` times in Chromium: `<plein-feed>` against a bare lit `repeat` list
 * of the same posts, both reading them from the same memory store, in the same page and
 * viewport. Exposes `window.feedBench` for scripts/bench-feed.mjs to drive.
 */
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '@plein/feed/feed.js';
import { MemoryDb } from '@plein/store-memory';

const CHANNEL = 'general';
const WORDS = (
  'lunch kantoor project klant team idee vandaag morgen vergadering koffie planning ' +
  'release test feedback bedankt iedereen nieuw rooster fiets parkeren'
).split(' ');

/** `count` believable posts by 50 people, newest first in time, with a tag or a link now and then. */
function seedData(count) {
  const people = Array.from({ length: 50 }, (_, i) => ({
    id: `p${i}`,
    displayName: `Collega ${String.fromCharCode(65 + (i % 26))}. ${['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit'][i % 5]}`,
    jobTitle: 'Adviseur',
    department: ['IT', 'HR', 'Sales', 'Finance'][i % 4],
  }));
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const posts = Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 12 + (i % 30) }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]);
    if (i % 5 === 0) words.push('#lunch');
    if (i % 11 === 0) words.push('https://kompas.example.org/nieuws');
    return {
      id: `post-${i}`,
      channel: CHANNEL,
      authorId: `p${i % 50}`,
      text: words.join(' '),
      createdAt: new Date(start + i * 60_000).toISOString(),
    };
  });
  return { people, posts };
}

/** The baseline: what a developer would write by hand with lit and no features. */
class BenchList extends LitElement {
  static properties = { posts: { state: true } };
  static styles = css`
    :host {
      display: block;
      font: inherit;
    }
    article {
      display: grid;
      grid-template-columns: 40px 1fr;
      gap: 4px 12px;
      padding: 12px;
      border-bottom: 1px solid #ddd;
    }
    .avatar {
      width: 40px;
      height: 40px;
      border-radius: 50%;
      background: #ccd;
      display: grid;
      place-items: center;
    }
    p {
      grid-column: 2;
      margin: 0;
      white-space: pre-wrap;
    }
  `;
  constructor() {
    super();
    this.posts = [];
    this.people = new Map();
    this.next = undefined;
  }
  async loadMore(limit) {
    const page = await this.store.feed.list({ channel: CHANNEL }, { limit, cursor: this.next });
    const ids = [...new Set(page.items.map((post) => post.authorId))].filter((id) => !this.people.has(id));
    for (const person of await this.store.people.getMany(ids)) this.people.set(person.id, person);
    this.next = page.next;
    this.posts = [...this.posts, ...page.items];
  }
  render() {
    const time = new Intl.DateTimeFormat('nl', { dateStyle: 'medium', timeStyle: 'short' });
    return html`${repeat(
      this.posts,
      (post) => post.id,
      (post) => {
        const name = this.people.get(post.authorId)?.displayName ?? '';
        return html`<article part="post">
          <span class="avatar" aria-hidden="true">${name.slice(0, 1)}</span>
          <strong>${name}</strong>
          <p>${post.text}</p>
          <time datetime=${post.createdAt}>${time.format(new Date(post.createdAt))}</time>
        </article>`;
      },
    )}`;
  }
}
customElements.define('bench-list', BenchList);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const host = () => document.getElementById('host');
const posts = (el) => el.shadowRoot?.querySelectorAll('[part~="post"]').length ?? 0;
const nodes = () => document.getElementsByTagName('*').length + countShadow(document.body);

function countShadow(root) {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) count += el.shadowRoot.querySelectorAll('*').length + countShadow(el.shadowRoot);
  }
  return count;
}

let db;

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const until = async (condition) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve));
};

/** The feed's "Load more" button: a reader clicks it (or presses Enter on it) for the next page. */
async function feedLoadMore(el) {
  const button = () => el.shadowRoot?.querySelector('.load-more');
  const idle = () => button()?.getAttribute('aria-disabled') === 'false';
  await until(idle);
  button().click();
  await until(() => !button() || idle());
}

window.feedBench = {
  /** Seeds a fresh store with `count` posts (not timed). */
  seed(count) {
    db?.dispose();
    db = new MemoryDb();
    db.seed(seedData(count));
    return count;
  },

  /** Milliseconds from adding the element to 50 posts in the DOM and a frame painted. */
  async firstRender(kind) {
    host().replaceChildren();
    await frame();
    const start = performance.now();
    const el = document.createElement(kind === 'feed' ? 'plein-feed' : 'bench-list');
    el.store = db.storeFor('p0');
    if (kind === 'feed') el.setAttribute('page-size', '50');
    host().append(el);
    if (kind !== 'feed') await el.loadMore(50);
    while (posts(el) < 50) await new Promise((resolve) => setTimeout(resolve));
    await frame();
    return performance.now() - start;
  },

  /**
   * Loads `total` posts `step` at a time, scrolling to the end after each step as a reader
   * would, and gives up after `maxMs`. Returns how many posts were loaded, the time taken, the
   * long tasks seen, and the page's element count every 50 steps.
   */
  async scroll(kind, total, step, maxMs = Infinity) {
    host().replaceChildren();
    window.scrollTo(0, 0);
    await frame();
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const domSizes = [];
    const start = performance.now();
    const el = document.createElement(kind === 'feed' ? 'plein-feed' : 'bench-list');
    el.store = db.storeFor('p0');
    el.setAttribute('page-size', String(step));
    host().append(el);
    if (kind === 'feed') await until(() => posts(el) > 0);
    else await el.loadMore(step);
    let loaded = step;
    for (; loaded < total && performance.now() - start < maxMs; loaded += step) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frame();
      if ((loaded / step) % 50 === 1) domSizes.push(nodes());
      if (kind === 'feed') await feedLoadMore(el);
      else await el.loadMore(step);
      await el.updateComplete;
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    const ms = performance.now() - start;
    domSizes.push(nodes());
    const loadingLongTasks = longTasks.splice(0);
    // Then reading: 300 screens of scrolling, from the middle of what was loaded.
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await frame();
    const frames = [];
    for (let screen = 0; screen < 300; screen++) {
      const before = performance.now();
      window.scrollBy(0, 800);
      await frame();
      frames.push(performance.now() - before);
    }
    observer.disconnect();
    const reading = { longTasks: longTasks.length, slowestFrame: Math.max(...frames), medianFrame: median(frames) };
    return {
      loaded,
      ms,
      longTasks: loadingLongTasks.length,
      longestTask: Math.max(0, ...loadingLongTasks),
      domSizes,
      reading,
    };
  },
};
