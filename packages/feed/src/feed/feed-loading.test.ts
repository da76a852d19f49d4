/**
 * What `<plein-feed>` fetches, and when: the feed view comes with the first page; the composer
 * right after; comments, menus, the virtualizer, the report dialog, moderation and Dutch strings
 * only on first use. This file runs in a page of its own, so the page's resource entries show
 * every module fetched since it opened.
 */
import { expect } from '@open-wc/testing';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinFeed } from './feed.element.js';
import {
  $,
  PEOPLE,
  calm,
  clearDrafts,
  entry,
  many,
  post,
  ready,
  renderFeed,
  seeded,
  textOf,
  until,
} from './feed.fixtures.js';

const LAZY = [
  'view',
  'composer',
  'comments',
  'actions',
  'virtual-list',
  'report',
  'moderation',
  'feed.strings.nl',
  'live',
];

/** Which of the lazily loaded modules this page has fetched so far. */
function fetched(): string[] {
  const names = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  return LAZY.filter((name) => names.some((path) => path.endsWith(`/feed/src/feed/${name}.ts`)));
}

describe('<plein-feed> loading', () => {
  afterEach(clearDrafts);

  it('reads the feed with the view and composer only; menus and comments load on first use', async () => {
    const s = await seeded(createMemoryWorld(), many(3));
    const el = await ready(s);
    expect(fetched()).to.deep.equal(['view', 'composer', 'live']);
    entry(el, 'p1').querySelector<HTMLButtonElement>('.more')!.click();
    await until(el, () => entry(el, 'p1').querySelector('[role="menu"]'), 'the menu');
    expect(fetched()).to.include('actions');
    expect(fetched()).to.not.include('comments');
    entry(el, 'p1').querySelector<HTMLButtonElement>('.comments-toggle')!.click();
    await until(el, () => entry(el, 'p1').querySelector('.comments form'), 'the thread');
    expect(fetched()).to.include('comments');
    expect(fetched()).to.not.include('report');
    expect(fetched()).to.not.include('feed.strings.nl');
    expect(fetched()).to.not.include('moderation');
  });

  it('speaks Dutch from the first frame on a Dutch page, in every part', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Hallo', 5, {
        comments: [{ id: 'c', authorId: PEOPLE.zoe.id, text: 'Hoi', createdAt: '2026-01-12T08:56:00.000Z' }],
      }),
    ]);
    const el = document.createElement('plein-feed') as PleinFeed;
    el.lang = 'nl';
    el.store = s.store;
    el.clock = s.world.clock;
    document.body.append(el);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(textOf(el)));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await until(el, () => $(el, 'form.composer'), 'the composer');
      expect(textOf(el, 'form.composer .hint')).to.equal(
        'Typ @ om iemand te noemen en # voor een tag. Ctrl+Enter plaatst het bericht.',
      );
      expect(textOf(entry(el, 'p'), '.comments-toggle')).to.equal('1 opmerking');
      entry(el, 'p').querySelector<HTMLButtonElement>('.comments-toggle')!.click();
      await until(el, () => entry(el, 'p').querySelector('.comments form'), 'the thread');
      expect(textOf(entry(el, 'p'), '.comments form button[type="submit"]')).to.equal('Opmerking plaatsen');
      entry(el, 'p').querySelector<HTMLButtonElement>('.more')!.click();
      await until(el, () => entry(el, 'p').querySelector('[role="menu"]'), 'the menu');
      expect([...entry(el, 'p').querySelectorAll('[role="menuitem"]')].map((i) => textOf(i))).to.deep.equal([
        'Link kopiëren',
        'Melden…',
      ]);
      await expect(calm(el)).to.be.accessible();
    } finally {
      observer.disconnect();
      el.remove();
    }
    expect(fetched()).to.include('feed.strings.nl');
    expect(seen.filter((text) => /Loading|Post|Comment|Search/.test(text))).to.deep.equal([]);
  });

  it('shows the moderation queue with mode="moderation"', async () => {
    const s = await seeded(
      createMemoryWorld(),
      [post('r', 'Reported post', 5, { reports: [{ by: PEOPLE.bob.id, reason: 'spam' }] })],
      'mo',
    );
    const el = await renderFeed(s, { mode: 'moderation' });
    await until(el, () => textOf(el).includes('Reported post'), 'the queue');
    expect(fetched()).to.include('moderation');
    expect(el.shadowRoot!.querySelector('form.composer')).to.equal(null);
    await expect(calm(el)).to.be.accessible();
  });

  it('tells a member what the moderation page is for, naming the channel only when one is set', async () => {
    const s = await seeded(createMemoryWorld(), [], 'bob');
    const overall = await renderFeed(s, { mode: 'moderation' });
    await until(overall, () => $(overall, '.empty-state'), 'the refusal');
    expect(textOf(overall, '.state-heading')).to.equal('Moderators only');
    expect(textOf(overall, '.state-message')).to.equal('Only moderators see reported posts and comments here.');
    const channel = await renderFeed(s, { mode: 'moderation', channel: 'general' });
    await until(channel, () => $(channel, '.empty-state'), 'the refusal for a channel');
    expect(textOf(channel, '.state-message')).to.equal(
      'Only moderators of this channel see its reported posts and comments here.',
    );
  });
});
