import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinCommentCreatedDetail } from './events.js';
import type { PleinFeed } from './feed.element.js';
import {
  $$,
  MINUTE,
  PEOPLE,
  START,
  button,
  calm,
  clearDrafts,
  entry,
  focused,
  iso,
  post,
  ready,
  seeded,
  textOf,
  type,
  until,
} from './feed.fixtures.js';

type SeedComment = { id: string; authorId: string; text: string; createdAt: string; parentId?: string };
const comment = (id: string, text: string, minutes: number, patch: Partial<SeedComment> = {}): SeedComment => ({
  id,
  authorId: PEOPLE.zoe.id,
  text,
  createdAt: iso(START - minutes * MINUTE),
  ...patch,
});

/** A post with five comments (c1 oldest) and two replies under c1. */
const thread = () =>
  post('t', 'What do you think?', 60, {
    comments: [
      comment('c1', 'First comment', 50),
      comment('c2', 'Second comment', 40, { authorId: PEOPLE.bob.id }),
      comment('c3', 'Third comment', 30),
      comment('c4', 'Fourth comment', 20),
      comment('c5', 'Fifth comment', 10),
      comment('r1', 'A reply', 45, { parentId: 'c1', authorId: PEOPLE.mo.id }),
      comment('r2', 'Another reply', 44, { parentId: 'c1', authorId: PEOPLE.cara.id }),
    ],
  });

const commentTexts = (el: PleinFeed) => $$(el, '.comment-list > li > article .text').map((node) => textOf(node));

async function openThread(el: PleinFeed, id = 't'): Promise<void> {
  entry(el, id).querySelector<HTMLButtonElement>('.comments-toggle')!.click();
  await until(el, () => entry(el, id).querySelector('.comments form, .comments .locked'), 'the thread');
}

describe('<plein-feed> comments', () => {
  afterEach(clearDrafts);

  it('opens a thread oldest first, three at a time, and shows the rest on request', async () => {
    const s = await seeded(createMemoryWorld(), [thread()]);
    const el = await ready(s);
    const toggle = entry(el, 't').querySelector('.comments-toggle')!;
    expect(textOf(toggle)).to.equal('7 comments');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await openThread(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(entry(el, 't').querySelector('.thread')!.id);
    expect(commentTexts(el)).to.deep.equal(['First comment', 'Second comment', 'Third comment']);
    await expect(calm(el)).to.be.accessible();
    button(el, 'Show 2 more comments').click();
    await until(el, () => commentTexts(el).length === 5, 'every comment');
    expect(focused(el)).to.equal(`article#${entry(el, 'c4').id}.entry.comment`);
    toggle.dispatchEvent(new MouseEvent('click'));
    await until(el, () => !entry(el, 't').querySelector('.thread'), 'the thread to close');
  });

  it('shows replies under their comment on request', async () => {
    const s = await seeded(createMemoryWorld(), [thread()]);
    const el = await ready(s);
    await openThread(el);
    const toggle = entry(el, 'c1').querySelector('.replies-toggle')!;
    expect(textOf(toggle)).to.equal('2 replies');
    (toggle as HTMLButtonElement).click();
    await until(el, () => $$(el, '.replies article').length === 2, 'the replies');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '.replies article .text').map((n) => textOf(n))).to.deep.equal(['A reply', 'Another reply']);
    expect($$(el, 'ul.replies')[0]!.getAttribute('aria-label')).to.equal('Replies to Zoë van Dijk');
    await expect(calm(el)).to.be.accessible();
  });

  it('comments with the button and Ctrl+Enter, and counts them on the post', async () => {
    const s = await seeded(createMemoryWorld(), [post('q', 'Questions welcome', 5)]);
    const el = await ready(s);
    const toggle = entry(el, 'q').querySelector('.comments-toggle')!;
    expect(textOf(toggle)).to.equal('Comment');
    await openThread(el, 'q');
    // No comments yet: straight to writing.
    const box = () => entry(el, 'q').querySelector<HTMLTextAreaElement>('.comments textarea')!;
    await until(el, () => focused(el) === `textarea#${box().id}`, 'the comment box focused');
    const created = oneEvent(el, 'plein-comment-created');
    type(box(), 'Me! @Cara');
    button(el, 'Post comment', entry(el, 'q')).click();
    const { comment: made } = ((await created) as CustomEvent<PleinCommentCreatedDetail>).detail;
    expect(made.text).to.equal('Me! @Cara');
    await until(el, () => commentTexts(el).length === 1, 'the comment');
    expect(textOf(toggle)).to.equal('1 comment');
    expect(box().value).to.equal('');
    box().focus();
    await sendKeys({ type: 'And again' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await until(el, () => commentTexts(el).length === 2, 'the second comment');
    expect(textOf(toggle)).to.equal('2 comments');
    expect((await s.store.feed!.comments('q')).items.map((c) => c.text)).to.deep.equal(['Me! @Cara', 'And again']);
  });

  it('replies to a comment, and to a reply (one level, mentioning its author)', async () => {
    const s = await seeded(createMemoryWorld(), [thread()]);
    const el = await ready(s);
    await openThread(el);
    button(el, 'Reply', entry(el, 'c2')).click();
    await until(el, () => el.shadowRoot!.activeElement?.localName === 'textarea', 'the reply box');
    const box = el.shadowRoot!.activeElement as HTMLTextAreaElement;
    expect(textOf(el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!)).to.equal('Reply to Bob de Bruijn');
    type(box, 'Good point');
    button(el, 'Reply', box.closest('form')!).click();
    await until(el, () => $$(el, '.replies article').length === 1, 'the reply');
    expect(textOf(entry(el, 'c2'), '.replies-toggle')).to.equal('1 reply');
    const [reply] = (await s.store.feed!.replies('c2')).items;
    expect(reply!.text).to.equal('Good point');

    // Replying to that reply answers its parent and names the reply's author.
    button(el, 'Reply', entry(el, reply!.id)).click();
    await until(el, () => el.shadowRoot!.activeElement?.localName === 'textarea', 'the reply box');
    const again = el.shadowRoot!.activeElement as HTMLTextAreaElement;
    expect(again.value).to.equal('@Alice Andersen ');
    type(again, `${again.value}indeed`);
    button(el, 'Reply', again.closest('form')!).click();
    await until(el, () => $$(el, '.replies article').length === 2, 'the second reply');
    const stored = (await s.store.feed!.replies('c2')).items.map((c) => [c.text, c.parentId]);
    expect(stored).to.deep.equal([
      ['Good point', 'c2'],
      ['@[Alice Andersen](p-alice) indeed', 'c2'],
    ]);
  });

  it('edits and deletes one’s own comment, and reacts to comments', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Post', 30, {
        comments: [comment('mine', 'Typo hre', 10, { authorId: PEOPLE.alice.id }), comment('other', 'Nice', 5)],
      }),
    ]);
    const el = await ready(s);
    await openThread(el, 'p');
    entry(el, 'mine').querySelector<HTMLButtonElement>('.more')!.click();
    await until(el, () => entry(el, 'mine').querySelector('[role="menu"]'), 'the menu');
    expect([...entry(el, 'mine').querySelectorAll('[role="menuitem"]')].map((i) => textOf(i))).to.deep.equal([
      'Copy link',
      'Edit',
      'Delete',
    ]);
    button(el, 'Edit', entry(el, 'mine')).click();
    await until(el, () => entry(el, 'mine').querySelector('.editor textarea'), 'the editor');
    type(entry(el, 'mine').querySelector('textarea')!, 'Typo here');
    button(el, 'Save', entry(el, 'mine')).click();
    await until(el, () => textOf(entry(el, 'mine'), '.text') === 'Typo here', 'the edit');
    expect(textOf(entry(el, 'mine'), '.edited')).to.equal('· edited');

    entry(el, 'other').querySelector<HTMLButtonElement>('[data-reaction="love"]')!.click();
    await until(el, () => textOf(entry(el, 'other'), '[data-reaction="love"] .count') === '1', 'the reaction');
    expect((await s.store.feed!.comments('p')).items[1]!.reactions.mine).to.deep.equal(['love']);

    entry(el, 'mine').querySelector<HTMLButtonElement>('.more')!.click();
    await until(el, () => entry(el, 'mine').querySelector('[role="menu"]'), 'the menu');
    button(el, 'Delete', entry(el, 'mine')).click();
    await until(el, () => entry(el, 'mine').querySelector('.confirm'), 'the confirmation');
    expect(textOf(entry(el, 'mine'), '.confirm p')).to.equal(
      "Delete this comment? Its replies go with it. This can't be undone.",
    );
    button(el, 'Delete', entry(el, 'mine').querySelector('.confirm')!).click();
    await until(el, () => commentTexts(el).length === 1, 'the comment to go');
    await until(el, () => textOf(entry(el, 'p'), '.comments-toggle') === '1 comment', 'the count');
    expect(focused(el)).to.equal('button.comments-toggle');
  });

  it('says comments are locked instead of offering a box', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('l', 'Closed topic', 30, { commentsLocked: true, comments: [comment('c', 'Before the lock', 20)] }),
    ]);
    const el = await ready(s);
    await openThread(el, 'l');
    expect(textOf(entry(el, 'l'), '.locked')).to.equal('Comments on this post are turned off.');
    expect(entry(el, 'l').querySelector('.comments textarea')).to.equal(null);
    expect(entry(el, 'c').querySelector('.reply')).to.equal(null);
  });

  it('shows the locked message when a moderator locks the thread while one writes', async () => {
    const s = await seeded(createMemoryWorld(), [post('l', 'Heated topic', 30)]);
    const el = await ready(s);
    await openThread(el, 'l');
    await s.world.as(PEOPLE.mo.id).feed!.moderate('l', 'lock', { idempotencyKey: 'lock-1' });
    type(entry(el, 'l').querySelector('textarea')!, 'One more thing');
    button(el, 'Post comment', entry(el, 'l')).click();
    await until(
      el,
      () => textOf(entry(el, 'l'), '.comments .field-error') !== '' || entry(el, 'l').querySelector('.locked'),
      'the refusal',
    );
    expect(textOf(entry(el, 'l'), '.comments')).to.contain('Comments on this post are turned off.');
  });
});
