import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '@plein/core';
import { createMemoryWorld } from '@plein/store-memory';
import {
  $,
  PEOPLE,
  calm,
  clearDrafts,
  entry,
  focused,
  has,
  many,
  nextTask,
  post,
  postTexts,
  ready,
  seeded,
  spoken,
  textOf,
  until,
} from './feed.fixtures.js';

const key = () => ({ idempotencyKey: newIdempotencyKey() });

describe('<plein-feed> live', () => {
  afterEach(clearDrafts);

  it('holds new posts from others behind a pill, announced, and shows them on request', async () => {
    const s = await seeded(createMemoryWorld(), many(2));
    const el = await ready(s);
    const bob = s.world.as(PEOPLE.bob.id).feed!;
    s.world.clock.advance(60_000);
    await bob.post('general', { text: 'Breaking news' }, key());
    await until(el, () => has(el, '.pill'), 'the pill');
    expect(textOf(el, '.pill')).to.equal('Show 1 new post');
    expect(spoken(el)).to.equal('1 new post. Show them with the button above the posts.');
    expect(postTexts(el)).to.deep.equal(['Post 1', 'Post 2'], 'nothing moved');
    s.world.clock.advance(60_000);
    await s.world.as(PEOPLE.zoe.id).feed!.post('general', { text: 'More news' }, key());
    await until(el, () => textOf(el, '.pill') === 'Show 2 new posts', 'two waiting');
    await expect(calm(el)).to.be.accessible();
    $<HTMLButtonElement>(el, '.pill')!.click();
    await until(el, () => postTexts(el).length === 4, 'the new posts');
    expect(postTexts(el)).to.deep.equal(['More news', 'Breaking news', 'Post 1', 'Post 2']);
    expect(has(el, '.pill')).to.be.false;
    expect(focused(el)).to.contain(`article#${entry(el, postIdOf(el, 'More news')).id}`);
    expect(spoken(el)).to.equal('2 new posts shown.');
  });

  it('shows one’s own new post at once, without a pill', async () => {
    const s = await seeded(createMemoryWorld(), many(1));
    const el = await ready(s);
    const textarea = $<HTMLTextAreaElement>(el, 'form.composer textarea')!;
    textarea.value = 'Mine';
    textarea.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form.composer button[type="submit"]')!.click();
    await until(el, () => postTexts(el).length === 2, 'my post');
    for (let round = 0; round < 5; round++) await nextTask();
    expect(has(el, '.pill')).to.be.false;
  });

  it('takes a post away at once when a moderator hides it', async () => {
    const s = await seeded(createMemoryWorld(), [post('bad', 'Something offensive', 1), post('ok', 'Fine', 2)]);
    const el = await ready(s);
    await s.world.as(PEOPLE.mo.id).feed!.moderate('bad', 'hide', key());
    await until(el, () => postTexts(el).length === 1, 'the hidden post gone');
    expect(postTexts(el)).to.deep.equal(['Fine']);
  });

  it('takes a post away when its author deletes it elsewhere', async () => {
    const s = await seeded(createMemoryWorld(), [post('gone', 'Oops', 1), post('ok', 'Fine', 2)]);
    const el = await ready(s);
    await s.world.as(PEOPLE.bob.id).feed!.remove('gone', key());
    await until(el, () => postTexts(el).length === 1, 'the deleted post gone');
  });

  it('updates reaction and comment counts, and edits, of shown posts', async () => {
    const s = await seeded(createMemoryWorld(), [post('p', 'Counting', 1)]);
    const el = await ready(s);
    const zoe = s.world.as(PEOPLE.zoe.id).feed!;
    await zoe.react('p', 'celebrate', true, key());
    await until(el, () => textOf(entry(el, 'p'), '[data-reaction="celebrate"] .count') === '1', 'the reaction');
    await zoe.comment('p', { text: 'Nice' }, key());
    await until(el, () => textOf(entry(el, 'p'), '.comments-toggle') === '1 comment', 'the comment count');
    await s.world.as(PEOPLE.bob.id).feed!.edit('p', 'Counting, edited', key());
    await until(el, () => textOf(entry(el, 'p'), '.text') === 'Counting, edited', 'the edit');
    expect(textOf(entry(el, 'p'), '.edited')).to.equal('· edited');
  });

  it('adds comments from others to an open thread', async () => {
    const s = await seeded(createMemoryWorld(), [post('p', 'Discuss', 1)]);
    const el = await ready(s);
    entry(el, 'p').querySelector<HTMLButtonElement>('.comments-toggle')!.click();
    await until(el, () => entry(el, 'p').querySelector('.comments form'), 'the thread');
    await s.world.as(PEOPLE.zoe.id).feed!.comment('p', { text: 'Live comment' }, key());
    await until(el, () => textOf(entry(el, 'p'), '.comment-list .text') === 'Live comment', 'the comment');
    expect(textOf(entry(el, 'p'), '.comment-list .person-name')).to.equal('Zoë van Dijk');
  });

  it('stops listening when it leaves the page', async () => {
    const s = await seeded(createMemoryWorld(), many(1));
    const el = await ready(s);
    el.remove();
    await s.world.as(PEOPLE.bob.id).feed!.post('general', { text: 'Nobody hears this' }, key());
    for (let round = 0; round < 5; round++) await nextTask();
    expect(has(el, '.pill')).to.be.false;
    expect(postTexts(el)).to.deep.equal(['Post 1']);
  });
});

function postIdOf(el: Parameters<typeof postTexts>[0], text: string): string {
  const article = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="feed"] > article')].find(
    (a) => textOf(a, '.text') === text,
  );
  return article!.dataset['id']!;
}
