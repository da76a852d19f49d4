import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinFeed } from './feed.element.js';
import {
  $,
  $$,
  PEOPLE,
  button,
  calm,
  clearDrafts,
  entry,
  focused,
  has,
  nextTask,
  post,
  postTexts,
  ready,
  seeded,
  textOf,
  toast,
  type,
  until,
} from './feed.fixtures.js';

/** Opens an entry's "more" menu and returns its items' labels. */
async function openMenu(el: PleinFeed, id: string): Promise<string[]> {
  entry(el, id).querySelector<HTMLButtonElement>('.more')!.click();
  await until(el, () => entry(el, id).querySelector('[role="menu"]'), 'the menu');
  return [...entry(el, id).querySelectorAll('[role="menuitem"]')].map((item) => textOf(item));
}

const item = (el: PleinFeed, id: string, label: string) =>
  [...entry(el, id).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((b) => textOf(b) === label)!;

const mine = () => post('mine', 'My own post with @[Bob de Bruijn](p-bob)', 2, { authorId: PEOPLE.alice.id });
const theirs = () => post('theirs', 'Someone else wrote this', 1, { authorId: PEOPLE.zoe.id });

describe('<plein-feed> menus', () => {
  afterEach(clearDrafts);

  it('offers edit and delete on one’s own post, report on another’s, never edit of another’s', async () => {
    const s = await seeded(createMemoryWorld(), [mine(), theirs()]);
    const el = await ready(s);
    expect(await openMenu(el, 'mine')).to.deep.equal(['Copy link', 'Edit', 'Delete']);
    const more = entry(el, 'mine').querySelector('.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.getAttribute('aria-haspopup')).to.equal('menu');
    expect(focused(el)).to.equal('button.menu-item');
    await expect(calm(el)).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(has(el, '[role="menu"]')).to.be.false;
    expect(focused(el)).to.equal('button.more');
    expect(await openMenu(el, 'theirs')).to.deep.equal(['Copy link', 'Report…']);
  });

  it('moves through the menu with the arrow keys, Home and End', async () => {
    const s = await seeded(createMemoryWorld(), [mine()]);
    const el = await ready(s);
    await openMenu(el, 'mine');
    const label = () => textOf(el.shadowRoot!.activeElement!);
    expect(label()).to.equal('Copy link');
    await sendKeys({ press: 'ArrowDown' });
    expect(label()).to.equal('Edit');
    await sendKeys({ press: 'End' });
    expect(label()).to.equal('Delete');
    await sendKeys({ press: 'ArrowDown' });
    expect(label()).to.equal('Copy link');
    await sendKeys({ press: 'ArrowUp' });
    expect(label()).to.equal('Delete');
    await sendKeys({ press: 'Home' });
    expect(label()).to.equal('Copy link');
  });

  it('edits one’s own post inline, mentions kept readable and stored as markup', async () => {
    const s = await seeded(createMemoryWorld(), [mine()]);
    const el = await ready(s);
    await openMenu(el, 'mine');
    item(el, 'mine', 'Edit').click();
    await until(el, () => entry(el, 'mine').querySelector('.editor textarea'), 'the editor');
    const field = entry(el, 'mine').querySelector<HTMLTextAreaElement>('.editor textarea')!;
    expect(field.value).to.equal('My own post with @Bob de Bruijn');
    expect(focused(el)).to.equal(`textarea#${field.id}`);
    type(field, 'Edited: thanks @Bob de Bruijn');
    button(el, 'Save', entry(el, 'mine')).click();
    await until(el, () => !entry(el, 'mine').querySelector('.editor'), 'the saved post');
    expect(textOf(entry(el, 'mine'), '.text')).to.equal('Edited: thanks @Bob de Bruijn');
    expect(textOf(entry(el, 'mine'), '.edited')).to.equal('· edited');
    expect(toast(el)).to.equal('Saved.');
    expect(focused(el)).to.equal('button.more');
    const saved = await s.store.feed!.get('mine');
    expect(saved.text).to.equal('Edited: thanks @[Bob de Bruijn](p-bob)');
    expect(saved.editedAt).to.be.a('string');
  });

  it('cancels an edit with Escape, and shows a refused edit’s reason', async () => {
    const s = await seeded(createMemoryWorld(), [mine()]);
    const el = await ready(s);
    await openMenu(el, 'mine');
    item(el, 'mine', 'Edit').click();
    await until(el, () => entry(el, 'mine').querySelector('.editor textarea'), 'the editor');
    const field = () => entry(el, 'mine').querySelector<HTMLTextAreaElement>('.editor textarea')!;
    type(field(), '  ');
    button(el, 'Save', entry(el, 'mine')).click();
    await until(el, () => entry(el, 'mine').querySelector('.editor .field-error'), 'the refusal');
    expect(textOf(entry(el, 'mine'), '.editor .field-error')).to.equal('Write something first.');
    field().focus();
    await sendKeys({ press: 'Escape' });
    await until(el, () => !entry(el, 'mine').querySelector('.editor'), 'the editor to close');
    expect(textOf(entry(el, 'mine'), '.text')).to.equal('My own post with @Bob de Bruijn');
  });

  it('deletes one’s own post after a confirmation', async () => {
    const s = await seeded(createMemoryWorld(), [theirs(), mine()]);
    const el = await ready(s);
    await openMenu(el, 'mine');
    item(el, 'mine', 'Delete').click();
    await until(el, () => entry(el, 'mine').querySelector('.confirm'), 'the confirmation');
    expect(textOf(entry(el, 'mine'), '.confirm p')).to.equal(
      "Delete this post? Its comments go with it. This can't be undone.",
    );
    expect(focused(el)).to.equal('button.button.danger');
    await expect(calm(el)).to.be.accessible();
    button(el, 'Cancel', entry(el, 'mine')).click();
    await until(el, () => !entry(el, 'mine').querySelector('.confirm'), 'the cancel');
    expect(focused(el)).to.equal('button.more');

    await openMenu(el, 'mine');
    item(el, 'mine', 'Delete').click();
    await until(el, () => entry(el, 'mine').querySelector('.confirm'), 'the confirmation');
    button(el, 'Delete', entry(el, 'mine')).click();
    await until(el, () => postTexts(el).length === 1, 'the post to go');
    expect(postTexts(el)).to.deep.equal(['Someone else wrote this']);
    expect(toast(el)).to.equal('Post deleted.');
    // Focus moves to the neighbouring post, not to the page.
    expect(focused(el)).to.equal(`article#${entry(el, 'theirs').id}.entry.post.card`);
    await s.store.feed!.get('mine').then(
      () => expect.fail('still there'),
      (error: { code: string }) => expect(error.code).to.equal('not-found'),
    );
  });

  it('lets a moderator pin a post as an announcement until a date, and unpin it', async () => {
    const s = await seeded(createMemoryWorld(), [theirs(), post('other', 'Older', 10)], 'mo');
    const el = await ready(s);
    expect(await openMenu(el, 'other')).to.deep.equal([
      'Copy link',
      'Pin…',
      'Lock comments',
      'Report…',
      'Hide',
      'Delete',
    ]);
    item(el, 'other', 'Pin…').click();
    await until(el, () => entry(el, 'other').querySelector('.pin-form'), 'the pin form');
    const form = entry(el, 'other').querySelector('.pin-form')!;
    expect(textOf(form, 'legend')).to.equal('Pin this post');
    await expect(calm(el)).to.be.accessible();
    form.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    const date = form.querySelector<HTMLInputElement>('input[type="date"]')!;
    date.value = '2026-01-20';
    date.dispatchEvent(new Event('input'));
    button(el, 'Pin', entry(el, 'other')).click();
    await until(el, () => $$(el, 'section.pinned article').length === 1, 'the pinned post');
    const pinned = $(el, 'section.pinned article')!;
    expect(pinned.dataset['id']).to.equal('other');
    expect(textOf(pinned, '.pin-line')).to.equal('Announcement through Jan 20, 2026');
    expect(toast(el)).to.equal('Pinned.');
    const stored = await s.store.feed!.get('other');
    expect(stored.pin?.announcement).to.equal(true);
    expect(new Date(stored.pin!.until!).getDate()).to.equal(21, 'through the 20th, local time');

    expect(await openMenu(el, 'other')).to.include('Unpin');
    item(el, 'other', 'Unpin').click();
    await until(el, () => !has(el, 'section.pinned'), 'the unpinned post');
    expect(postTexts(el)).to.deep.equal(['Someone else wrote this', 'Older']);
  });

  it('does not offer pinning to members', async () => {
    const s = await seeded(createMemoryWorld(), [theirs()], 'bob');
    const el = await ready(s);
    expect(await openMenu(el, 'theirs')).to.not.include('Pin…');
  });

  it('copies a post’s permalink', async () => {
    const s = await seeded(createMemoryWorld(), [theirs()]);
    const el = await ready(s);
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      await openMenu(el, 'theirs');
      item(el, 'theirs', 'Copy link').click();
      await until(el, () => toast(el) !== '', 'the toast');
      expect(toast(el)).to.equal('Link copied.');
      expect(new URL(copied[0]!).hash).to.equal('#plein-feed=theirs');
      expect(entry(el, 'theirs').querySelector<HTMLAnchorElement>('a.time')!.href).to.equal(copied[0]);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('opens the report dialog for another’s post, and marks it reported once sent', async () => {
    const s = await seeded(createMemoryWorld(), [theirs()]);
    const el = await ready(s);
    await openMenu(el, 'theirs');
    item(el, 'theirs', 'Report…').click();
    await until(el, () => $(el, 'dialog[open]'), 'the dialog');
    const dialog = $(el, 'dialog')!;
    dialog.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(el, () => !$(el, 'dialog[open]'), 'the dialog to close');
    for (let round = 0; round < 50 && !(await s.store.feed!.get('theirs')).viewer.reported; round++) await nextTask();
    expect((await s.store.feed!.get('theirs')).viewer.reported).to.be.true;
    expect(await openMenu(el, 'theirs')).to.deep.equal(['Copy link', 'Reported']);
    expect(item(el, 'theirs', 'Reported').getAttribute('aria-disabled')).to.equal('true');
  });
});
