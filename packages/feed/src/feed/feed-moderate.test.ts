/** Moderating from the feed itself: hide (after a confirmation) and restore, lock and unlock comments. */
import { expect } from '@open-wc/testing';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinFeed } from './feed.element.js';
import {
  MINUTE,
  PEOPLE,
  START,
  button,
  calm,
  clearDrafts,
  entry,
  focused,
  has,
  iso,
  post,
  postTexts,
  ready,
  seeded,
  textOf,
  toast,
  until,
} from './feed.fixtures.js';

/** The items of an entry's own menu (a post's, not one of its comments'). */
const menuItems = (el: PleinFeed, id: string): HTMLButtonElement[] => [
  ...(el
    .shadowRoot!.getElementById(`${entry(el, id).id}-menu`)
    ?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
];

async function openMenu(el: PleinFeed, id: string): Promise<string[]> {
  entry(el, id).querySelector<HTMLButtonElement>('.more')!.click();
  await until(el, () => menuItems(el, id).length, 'the menu');
  return menuItems(el, id).map((item) => textOf(item));
}

async function choose(el: PleinFeed, id: string, label: string): Promise<void> {
  if (!menuItems(el, id).length) await openMenu(el, id);
  const found = menuItems(el, id).find((b) => textOf(b) === label);
  if (!found)
    throw new Error(
      `no menu item "${label}" in ${menuItems(el, id)
        .map((b) => textOf(b))
        .join(', ')}`,
    );
  found.click();
}

async function openThread(el: PleinFeed, id: string): Promise<void> {
  entry(el, id).querySelector<HTMLButtonElement>('.comments-toggle')!.click();
  await until(el, () => entry(el, id).querySelector('.comments form, .comments .locked'), 'the thread');
}

const rude = () =>
  post('rude', 'Something rude', 1, {
    comments: [
      {
        id: 'c1',
        authorId: PEOPLE.zoe.id,
        text: 'A rude comment',
        createdAt: iso(START - 30_000),
      },
      { id: 'c2', authorId: PEOPLE.alice.id, text: 'A kind comment', createdAt: iso(START - 20_000) },
    ],
  });
const fine = () => post('fine', 'A fine post', 2 * MINUTE);

describe('<plein-feed> moderating from the feed', () => {
  afterEach(clearDrafts);

  it('offers hide and lock to moderators only', async () => {
    const mo = await ready(await seeded(createMemoryWorld(), [rude()], 'mo'));
    expect(await openMenu(mo, 'rude')).to.deep.equal([
      'Copy link',
      'Pin…',
      'Lock comments',
      'Report…',
      'Hide',
      'Delete',
    ]);
    await expect(calm(mo)).to.be.accessible();
    const member = await ready(await seeded(createMemoryWorld(), [rude()], 'alice'));
    expect(await openMenu(member, 'rude')).to.deep.equal(['Copy link', 'Report…']);
    await openThread(member, 'rude');
    expect(await openMenu(member, 'c1')).to.deep.equal(['Copy link', 'Report…']);
  });

  it('hides a post after a confirmation: it leaves the list, and others can no longer get it', async () => {
    const s = await seeded(createMemoryWorld(), [rude(), fine()], 'mo');
    const el = await ready(s);
    await choose(el, 'rude', 'Hide');
    await until(el, () => entry(el, 'rude').querySelector('.confirm'), 'the confirmation');
    expect(textOf(entry(el, 'rude'), '.confirm p')).to.equal(
      'Hide this post? Only its author and moderators will see it. You can restore it from the moderation queue.',
    );
    expect(focused(el)).to.equal('button.button.danger');
    await expect(calm(el)).to.be.accessible();
    button(el, 'Cancel', entry(el, 'rude')).click();
    await until(el, () => !entry(el, 'rude').querySelector('.confirm'), 'the cancel');
    expect(focused(el)).to.equal('button.more');
    expect((await s.store.feed!.get('rude')).hidden).to.equal(undefined);

    await choose(el, 'rude', 'Hide');
    await until(el, () => entry(el, 'rude').querySelector('.confirm'), 'the confirmation');
    button(el, 'Hide', entry(el, 'rude')).click();
    await until(el, () => postTexts(el).length === 1, 'the post to go');
    expect(postTexts(el)).to.deep.equal(['A fine post']);
    expect(toast(el)).to.equal(
      'Post hidden. Only its author and moderators can see it now; restore it from the moderation queue.',
    );
    expect(focused(el)).to.equal(`article#${entry(el, 'fine').id}.entry.post.card`);
    expect((await s.store.feed!.get('rude')).hidden?.by).to.equal(PEOPLE.mo.id);
    await s.world
      .as(PEOPLE.alice.id)
      .feed!.get('rude')
      .then(
        () => expect.fail('still visible to others'),
        (error: { code: string }) => expect(error.code).to.equal('not-found'),
      );
  });

  it('keeps the post and says why when the store refuses to hide it', async () => {
    const s = await seeded(createMemoryWorld(), [rude()], 'mo');
    const el = await ready(s);
    await choose(el, 'rude', 'Hide');
    await until(el, () => entry(el, 'rude').querySelector('.confirm'), 'the confirmation');
    s.world.faults.failNext('unavailable');
    button(el, 'Hide', entry(el, 'rude')).click();
    await until(el, () => toast(el) !== '', 'the refusal');
    expect(toast(el)).to.contain("We can't reach the service right now.");
    expect(postTexts(el)).to.deep.equal(['Something rude']);
    // Still asking, ready to try again.
    button(el, 'Hide', entry(el, 'rude')).click();
    await until(el, () => postTexts(el).length === 0, 'the post to go');
    expect((await s.store.feed!.get('rude')).hidden).to.not.equal(undefined);
  });

  it('lets a channel moderator lock comments: the box gives way to the notice, and unlock brings it back', async () => {
    const s = await seeded(createMemoryWorld(), [rude()], 'zoe', {
      channels: [{ id: 'general', moderatorIds: [PEOPLE.zoe.id] }],
    });
    const el = await ready(s);
    await openThread(el, 'rude');
    expect(has(el, '.comments form textarea')).to.be.true;
    await choose(el, 'rude', 'Lock comments');
    await until(el, () => entry(el, 'rude').querySelector('.comments .locked'), 'the locked notice');
    expect(textOf(entry(el, 'rude'), '.comments .locked')).to.equal('Comments on this post are turned off.');
    expect(has(el, '.comments form textarea')).to.be.false;
    expect(has(el, '.comments .reply')).to.be.false;
    expect(toast(el)).to.equal('Comments locked. No one can comment or reply now.');
    expect(focused(el)).to.equal('button.more');
    expect((await s.store.feed!.get('rude')).commentsLocked).to.equal(true);
    await expect(calm(el)).to.be.accessible();

    expect(await openMenu(el, 'rude')).to.include('Unlock comments');
    await choose(el, 'rude', 'Unlock comments');
    await until(el, () => entry(el, 'rude').querySelector('.comments form textarea'), 'the box again');
    expect(toast(el)).to.equal('Comments unlocked.');
    expect((await s.store.feed!.get('rude')).commentsLocked).to.equal(false);
  });

  it('hides a comment after a confirmation: marked for the moderator, gone for others, and restored', async () => {
    const s = await seeded(createMemoryWorld(), [rude()], 'mo');
    const el = await ready(s);
    await openThread(el, 'rude');
    expect(await openMenu(el, 'c1')).to.deep.equal(['Copy link', 'Report…', 'Hide', 'Delete']);
    await choose(el, 'c1', 'Hide');
    await until(el, () => entry(el, 'c1').querySelector('.confirm'), 'the confirmation');
    expect(textOf(entry(el, 'c1'), '.confirm p')).to.equal(
      'Hide this comment? Only its author and moderators will see it. You can restore it later.',
    );
    button(el, 'Hide', entry(el, 'c1')).click();
    await until(el, () => entry(el, 'c1').querySelector('.hidden-notice'), 'the hidden mark');
    expect(textOf(entry(el, 'c1'), '.hidden-notice')).to.equal(
      'Hidden by a moderator. Only its author and the moderators can see it.',
    );
    expect(toast(el)).to.equal('Comment hidden. Only its author and moderators can see it now.');
    expect(focused(el)).to.equal('button.more');
    const others = await s.world.as(PEOPLE.alice.id).feed!.comments('rude');
    expect(others.items.map((c) => c.id)).to.deep.equal(['c2']);

    expect(await openMenu(el, 'c1')).to.deep.equal(['Copy link', 'Report…', 'Restore', 'Delete']);
    await choose(el, 'c1', 'Restore');
    await until(el, () => !entry(el, 'c1').querySelector('.hidden-notice'), 'the restore');
    expect(toast(el)).to.equal('Restored. Everyone can see it again.');
    const again = await s.world.as(PEOPLE.alice.id).feed!.comments('rude');
    expect(again.items.map((c) => c.id)).to.deep.equal(['c1', 'c2']);
  });

  it('speaks Dutch in the menu and the confirmation', async () => {
    const el = await ready(await seeded(createMemoryWorld(), [rude()], 'mo'), { lang: 'nl' });
    expect(await openMenu(el, 'rude')).to.deep.equal([
      'Link kopiëren',
      'Vastzetten…',
      'Opmerkingen sluiten',
      'Melden…',
      'Verbergen',
      'Verwijderen',
    ]);
    await choose(el, 'rude', 'Verbergen');
    await until(el, () => entry(el, 'rude').querySelector('.confirm'), 'the confirmation');
    expect(textOf(entry(el, 'rude'), '.confirm .danger')).to.equal('Verbergen');
  });
});
