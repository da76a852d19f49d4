import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinFeed } from './feed.element.js';
import { domId } from './post.js';
import { VIRTUALIZE_AFTER } from './view.js';
import { $, $$, button, clearDrafts, focused, many, ready, seeded, until } from './feed.fixtures.js';

const articles = (el: PleinFeed) => $$(el, '[role="feed"] > article');
const loaded = (el: PleinFeed) => Number(articles(el).at(-1)?.getAttribute('aria-posinset') ?? 0);

/** Whether this page has fetched the virtualizer's code (this file runs in a page of its own). */
const fetchedVirtualizer = () =>
  performance.getEntriesByType('resource').some((entry) => /\/virtual-list\.ts|\/virtualize\.js/.test(entry.name));

async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

describe('<plein-feed> long lists', () => {
  // Runs first, while loop errors are still ignored: the resize below makes the virtualizer measure again.
  afterEach(async () => {
    clearDrafts();
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });
  // The virtualizer's measuring can outrun one frame of ResizeObserver deliveries: benign (see its README).
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('renders short lists plainly, without fetching the virtualizer', async () => {
    const s = await seeded(createMemoryWorld(), many(40));
    const el = await ready(s, { pageSize: 40 });
    expect(articles(el).length).to.equal(40);
    expect(fetchedVirtualizer()).to.equal(false);
  });

  it('moves between posts with PageDown and PageUp, and leaves the feed with Ctrl+End and Ctrl+Home', async () => {
    const s = await seeded(createMemoryWorld(), many(5));
    const el = await ready(s, { pageSize: 3 });
    const post = (id: string) => `article#${domId(id)}.entry.post.card`;
    $(el, `#${domId('p1')}`)!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.equal(post('p2'));
    await sendKeys({ press: 'PageUp' });
    expect(focused(el)).to.equal(post('p1'));
    await ctrl('End');
    expect(focused(el)).to.equal('button.button.load-more');
    $(el, `#${domId('p2')}`)!.focus();
    await ctrl('Home');
    expect(focused(el)).to.equal('button.button.primary.send');
    // In a text field the keys stay the field's own.
    $<HTMLButtonElement>(el, `#${domId('p2')} .comments-toggle`)!.click();
    await until(el, () => $(el, `#${domId('p2')} .comments textarea`), 'the comment box');
    $(el, `#${domId('p2')} .comments textarea`)!.focus();
    await ctrl('Home');
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.match(/^textarea/);
  });

  it('virtualizes past 60 posts: 200 posts loaded, a bounded DOM, keyboard and paging intact', async () => {
    await setViewport({ width: 800, height: 600 });
    const s = await seeded(createMemoryWorld(), many(200));
    const el = await ready(s, { pageSize: 50 });
    expect(articles(el).length).to.equal(50);
    for (let page = 2; page <= 4; page++) {
      button(el, 'Load more posts').click();
      await until(
        el,
        () => !$(el, '.load-more[aria-disabled="true"]') && (page === 4 || $(el, '.load-more')),
        `page ${page}`,
      );
    }
    await until(el, () => !$(el, '.load-more'), 'every page');
    expect(fetchedVirtualizer()).to.equal(true);
    expect(VIRTUALIZE_AFTER).to.equal(60);
    // 200 posts loaded, far fewer in the DOM.
    await until(el, () => articles(el).length > 0, 'the virtual list');
    const inDom = articles(el).length;
    expect(inDom).to.be.below(60);
    expect(inDom).to.be.above(0);
    // Focus went to the first post of the last page (151), which the virtualizer brought into view.
    await until(el, () => focused(el) === `article#${domId('p151')}.entry.post.card`, 'focus on post 151');
    expect(loaded(el)).to.be.above(151);
    // PageDown moves to the next post.
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.equal(`article#${domId('p152')}.entry.post.card`);
    // Ctrl+Home leaves the feed for what precedes it: the composer's button, however far down.
    await ctrl('Home');
    expect(focused(el)).to.equal('button.button.primary.send');
    // Scrolling to the end keeps the DOM bounded too.
    window.scrollTo(0, document.documentElement.scrollHeight);
    await until(el, () => articles(el).some((a) => a.dataset['id'] === 'p200'), 'the last post');
    expect(articles(el).length).to.be.below(60);
    expect(
      articles(el)
        .find((a) => a.dataset['id'] === 'p200')!
        .getAttribute('aria-posinset'),
    ).to.equal('200');
    window.scrollTo(0, 0);
  });
});
