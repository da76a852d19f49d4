/**
 * What people see after posting in a long feed: the toast at the bottom of the viewport (not
 * 25 posts further down), and the new post brought into view and marked, with focus left in the
 * composer.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinFeed } from './feed.element.js';
import {
  $,
  $$,
  PEOPLE,
  button,
  calm,
  clearDrafts,
  focused,
  many,
  nodeName,
  post,
  ready,
  seeded,
  textOf,
  toast,
  type,
  until,
} from './feed.fixtures.js';

const area = (el: PleinFeed) => $<HTMLTextAreaElement>(el, 'form.composer textarea')!;
/** Whether all of `node` is inside the viewport. */
const inView = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
};
const firstInList = (el: PleinFeed) => $$(el, '[role="feed"] > article')[0]!;
/** Scrolls the page so the element's top is at the top of the viewport. */
const scrollToTop = (el: PleinFeed) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY);

describe('<plein-feed> after posting', () => {
  beforeEach(async () => {
    clearDrafts();
    // Scrolling is instant under reduced motion, so positions can be read at once.
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    clearDrafts();
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows the toast at the bottom of the viewport, not at the end of a long feed', async () => {
    const s = await seeded(createMemoryWorld(), many(25));
    const el = await ready(s);
    expect(el.getBoundingClientRect().height, 'a feed taller than the viewport').to.be.above(2 * window.innerHeight);
    scrollToTop(el);
    type(area(el), 'Lunch on Friday?');
    button(el, 'Post').click();
    await until(el, () => toast(el) !== '', 'the toast');
    expect(toast(el)).to.equal('Your post is published.');
    const box = $(el, '.toast')!;
    expect(inView(box), `toast at ${JSON.stringify(box.getBoundingClientRect())}`).to.be.true;
    await expect(calm(el)).to.be.accessible();
  });

  it('brings the new post into view below the pinned posts on a phone, marks it, and keeps focus in the composer', async () => {
    await setViewport({ width: 360, height: 640 });
    const announcement = { pin: { announcement: true, by: PEOPLE.cara.id } };
    const s = await seeded(createMemoryWorld(), [
      post('a1', 'The canteen is closed on Monday.\nBring your own lunch.', 90, announcement),
      post('a2', 'New parking rules from February.\nRead them before you drive in.', 80, announcement),
      post('a3', 'The quarterly meeting moves to Thursday.\nSame room, same time.', 70, announcement),
      ...many(5),
    ]);
    const el = await ready(s);
    scrollToTop(el);
    expect(firstInList(el).getBoundingClientRect().top, 'the list starts below the viewport').to.be.above(
      window.innerHeight,
    );
    type(area(el), 'Fresh news');
    button(el, 'Post').click();
    await until(el, () => textOf(firstInList(el), '.text') === 'Fresh news', 'the new post');
    const made = firstInList(el);
    await until(el, () => inView(made), 'the new post in view');
    expect(made.classList.contains('highlight'), 'marked').to.be.true;
    expect(focused(el)).to.equal(nodeName(area(el)));
    expect(toast(el)).to.equal('Your post is published.');
    expect(inView($(el, '.toast')!), 'the toast in view').to.be.true;
    s.world.clock.advance(2500);
    await until(el, () => !made.classList.contains('highlight'), 'the mark to go');
  });
});
