import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createMemoryWorld } from '@plein/store-memory';
import { entryLink } from './links.js';
import { domId } from './post.js';
import {
  $,
  MINUTE,
  PEOPLE,
  START,
  calm,
  clearDrafts,
  entry,
  focused,
  has,
  iso,
  many,
  post,
  ready,
  seeded,
  textOf,
  until,
} from './feed.fixtures.js';

const name = (id: string, _el?: unknown) => `article#${domId(id)}`;

describe('<plein-feed> permalinks', () => {
  afterEach(async () => {
    clearDrafts();
    history.replaceState(null, '', location.pathname);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('names posts, comments and replies by their path', () => {
    const base = 'https://intranet.example.org/news';
    expect(entryLink({ id: 'p1', kind: 'post' }, base)).to.equal(`${base}#plein-feed=p1`);
    expect(entryLink({ id: 'c1', kind: 'comment', postId: 'p1' }, base)).to.equal(`${base}#plein-feed=p1%2Fc1`);
    expect(entryLink({ id: 'r1', kind: 'comment', postId: 'p1', parentId: 'c1' }, base)).to.equal(
      `${base}#plein-feed=p1%2Fc1%2Fr1`,
    );
  });

  it('opens the post the page URL names: in view, focused and highlighted for a moment', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const s = await seeded(createMemoryWorld(), many(5));
    history.replaceState(null, '', '#plein-feed=p4');
    const el = await ready(s);
    await until(el, () => focused(el).startsWith(name('p4', el)), 'focus on the post');
    const target = entry(el, 'p4');
    expect(target.classList.contains('highlight')).to.be.true;
    expect(getComputedStyle(target).outlineStyle).to.equal('solid');
    // No motion under reduced motion: the highlight does not fade in.
    expect(parseFloat(getComputedStyle(target).transitionDuration)).to.be.below(0.001);
    await expect(calm(el)).to.be.accessible();
    s.world.clock.advance(2500);
    await until(el, () => !entry(el, 'p4').classList.contains('highlight'), 'the highlight to end');
  });

  it('shows a named post that is not on the first page above the list', async () => {
    const s = await seeded(createMemoryWorld(), many(5));
    history.replaceState(null, '', '#plein-feed=p5');
    const el = await ready(s, { pageSize: 2 });
    await until(el, () => has(el, 'section.linked article'), 'the linked post');
    expect($(el, 'section.linked')!.getAttribute('aria-label')).to.equal('Linked post');
    expect(textOf(el, 'section.linked .text')).to.equal('Post 5');
    await until(el, () => focused(el).startsWith(name('p5', el)), 'focus on it');
  });

  it('opens a comment’s thread, and a reply’s, and highlights it', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Thread', 60, {
        comments: [1, 2, 3, 4, 5].map((n) => ({
          id: `c${n}`,
          authorId: PEOPLE.zoe.id,
          text: `Comment ${n}`,
          createdAt: iso(START - (50 - n) * MINUTE),
        })),
      }),
    ]);
    await s.world.as(PEOPLE.bob.id).feed!.comment('p', { text: 'A reply', parentId: 'c5' }, { idempotencyKey: 'r' });
    const [reply] = (await s.store.feed!.replies('c5')).items;
    history.replaceState(null, '', `#plein-feed=${encodeURIComponent(`p/c5/${reply!.id}`)}`);
    const el = await ready(s);
    await until(el, () => focused(el).startsWith(name(reply!.id, el)), 'focus on the reply');
    expect(entry(el, reply!.id).classList.contains('highlight')).to.be.true;
    // The fifth comment was beyond the first three: the thread unfolded to show it.
    expect(has(el, `#${entry(el, 'c5').id}`)).to.be.true;
    await expect(calm(el)).to.be.accessible();

    history.replaceState(null, '', `#plein-feed=${encodeURIComponent('p/c2')}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(el, () => focused(el).startsWith(name('c2', el)), 'focus on comment 2');
  });

  it('shows its author a hidden post the link names, with the moderator’s notice', async () => {
    const s = await seeded(
      createMemoryWorld(),
      [
        post('mine', 'Visible', 1, { authorId: PEOPLE.bob.id }),
        post('gone', 'Hidden one', 5, { hidden: { by: PEOPLE.mo.id } }),
      ],
      'bob',
    );
    history.replaceState(null, '', '#plein-feed=gone');
    const el = await ready(s);
    await until(el, () => has(el, 'section.linked article'), 'the linked post');
    expect(textOf(el, 'section.linked .hidden-notice')).to.equal(
      'Hidden by a moderator. Only you and the moderators can see it.',
    );
    expect(textOf(el, 'section.linked .text')).to.equal('Hidden one');
  });

  it('says so when the named post is gone, and still shows the feed', async () => {
    const s = await seeded(createMemoryWorld(), many(2));
    history.replaceState(null, '', '#plein-feed=deleted-post');
    const el = await ready(s);
    await until(el, () => has(el, '.missing'), 'the message');
    expect(textOf(el, '.missing')).to.equal('Post not found It may have been removed, or the link is incomplete.');
    expect(el.shadowRoot!.querySelectorAll('[role="feed"] article').length).to.equal(2);
    await expect(calm(el)).to.be.accessible();
  });
});
