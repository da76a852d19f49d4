import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LIMITS, PleinError, type PleinStore, type Post, type WriteOptions } from '@plein/core';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinPostCreatedDetail } from './events.js';
import type { PleinFeed } from './feed.element.js';
import { MENTION_DELAY_MS } from '@plein/ui';
import {
  $,
  $$,
  PEOPLE,
  button,
  calm,
  clearDrafts,
  focused,
  has,
  many,
  pick,
  pngFile,
  post,
  nextTask,
  postTexts,
  ready,
  renderFeed,
  seeded,
  textOf,
  toast,
  type,
  until,
} from './feed.fixtures.js';

/** Ctrl+Enter, the way a person presses it. */
async function ctrlEnter(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: 'Control' });
}

const area = (el: PleinFeed) => $<HTMLTextAreaElement>(el, 'form.composer textarea')!;
const fileInput = (el: PleinFeed) => $<HTMLInputElement>(el, 'form.composer input[type="file"]')!;
const composerError = (el: PleinFeed) => textOf(el, 'form.composer .field-error');
const stored = async (store: PleinStore): Promise<Post[]> =>
  (await store.feed!.list({ channel: 'general' }, { limit: 50 })).items;

/** Records the idempotency keys of the posts the element sends. */
function recordPosts(store: PleinStore): { store: PleinStore; keys: string[] } {
  const keys: string[] = [];
  const feed = store.feed!;
  const wrapped = Object.create(feed) as typeof feed;
  wrapped.post = (channel, draft, options: WriteOptions) => {
    keys.push(options.idempotencyKey);
    return feed.post(channel, draft, options);
  };
  return { keys, store: withFeed(store, wrapped) };
}

/** The store with its feed replaced. */
function withFeed(store: PleinStore, feed: PleinStore['feed']): PleinStore {
  return {
    capabilities: store.capabilities,
    me: () => store.me(),
    people: store.people,
    polls: store.polls,
    feed,
    subscribe: (topic, onChange) => store.subscribe(topic, onChange),
  };
}

/** Counts uploads, records post keys, and refuses the first post with `unavailable` (the uploads go through). */
function failFirstPost(store: PleinStore): { store: PleinStore; uploads: string[]; keys: string[] } {
  const uploads: string[] = [];
  const keys: string[] = [];
  const feed = store.feed!;
  const wrapped = Object.create(feed) as typeof feed;
  wrapped.upload = (file, options) => {
    uploads.push(options.idempotencyKey);
    return feed.upload(file, options);
  };
  wrapped.post = (channel, draft, options) => {
    keys.push(options.idempotencyKey);
    if (keys.length === 1) return Promise.reject(new PleinError('unavailable'));
    return feed.post(channel, draft, options);
  };
  return { uploads, keys, store: withFeed(store, wrapped) };
}

describe('<plein-feed> composer', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('posts with the button: the post shows at once and the field empties', async () => {
    const s = await seeded(createMemoryWorld(), many(1));
    const el = await ready(s);
    const label = $(el, 'form.composer label')!;
    expect(label.textContent!.trim()).to.equal('New post');
    expect(label.getAttribute('for')).to.equal(area(el).id);
    type(area(el), 'Lunch on Friday?\nBring a friend #lunch');
    const created = oneEvent(el, 'plein-post-created');
    button(el, 'Post').click();
    const { post: made } = ((await created) as CustomEvent<PleinPostCreatedDetail>).detail;
    expect(made.text).to.equal('Lunch on Friday?\nBring a friend #lunch');
    await until(el, () => postTexts(el).length === 2, 'the new post');
    expect(postTexts(el)[0]).to.equal('Lunch on Friday?Bring a friend #lunch');
    expect($$(el, '[role="feed"] > article')[0]!.querySelector('.text br')).to.not.equal(null);
    expect(area(el).value).to.equal('');
    expect(toast(el)).to.equal('Your post is published.');
    expect((await stored(s.store)).map((p) => p.text)).to.include(made.text);
  });

  it('posts with Ctrl+Enter', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    area(el).focus();
    await sendKeys({ type: 'Hello from the keyboard' });
    await ctrlEnter();
    await until(el, () => postTexts(el).length === 1, 'the post');
    expect(postTexts(el)).to.deep.equal(['Hello from the keyboard']);
    expect((await stored(s.store)).length).to.equal(1);
  });

  it('refuses an empty post without asking the store', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    type(area(el), '   \n  ');
    button(el, 'Post').click();
    await until(el, () => composerError(el) !== '', 'the message');
    expect(composerError(el)).to.equal('Write something first.');
    expect(area(el).getAttribute('aria-invalid')).to.equal('true');
    expect(area(el).getAttribute('aria-describedby')).to.contain($(el, 'form.composer .field-error')!.id);
    expect((await stored(s.store)).length).to.equal(0);
  });

  it('counts characters near the limit and refuses a post over it', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    type(area(el), 'x'.repeat(100));
    await el.updateComplete;
    expect(has(el, '.counter')).to.be.false;
    type(area(el), 'x'.repeat(LIMITS.postText - 10));
    await el.updateComplete;
    expect(textOf(el, '.counter')).to.equal('10 characters left');
    type(area(el), 'x'.repeat(20_000));
    await el.updateComplete;
    expect(textOf(el, '.counter')).to.equal('15,000 characters too many');
    expect(area(el).getAttribute('aria-invalid')).to.equal('true');
    button(el, 'Post').click();
    await until(el, () => composerError(el) !== '', 'the refusal');
    expect(composerError(el)).to.equal('This can be at most 5,000 characters long.');
    expect((await stored(s.store)).length).to.equal(0);
  });

  it('mentions a colleague picked with the keyboard, and stores the mention', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    const field = area(el);
    field.focus();
    await sendKeys({ type: 'Thanks @bo' });
    s.world.clock.advance(MENTION_DELAY_MS);
    await until(el, () => has(el, '[role="listbox"] [role="option"]'), 'the people list');
    const list = $(el, '[role="listbox"]')!;
    expect(field.getAttribute('aria-controls')).to.equal(list.id);
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    const options = $$(el, '[role="option"]');
    expect(options.map((o) => textOf(o, '.mention-name'))).to.deep.equal(['Bob de Bruijn']);
    expect(field.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
    await expect(calm(el)).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(has(el, '[role="listbox"]')).to.be.false;
    expect(field.value).to.equal('Thanks @Bob de Bruijn ');
    expect(focused(el)).to.equal(`textarea#${field.id}`);
    await sendKeys({ type: 'for the help!' });
    await ctrlEnter();
    await until(el, () => postTexts(el).length === 1, 'the post');
    const [saved] = await stored(s.store);
    expect(saved!.text).to.equal('Thanks @[Bob de Bruijn](p-bob) for the help!');
    expect(saved!.mentions).to.deep.equal([PEOPLE.bob.id]);
    expect(postTexts(el)).to.deep.equal(['Thanks @Bob de Bruijn for the help!']);
  });

  it('moves through the people list with the arrows and closes it with Escape', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    const field = area(el);
    field.focus();
    await sendKeys({ type: '@a' });
    s.world.clock.advance(MENTION_DELAY_MS);
    await until(el, () => $$(el, '[role="option"]').length > 1, 'several people');
    const names = $$(el, '[role="option"]').map((o) => textOf(o, '.mention-name'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal($$(el, '[role="option"]')[1]!.id);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal($$(el, '[role="option"]')[names.length - 1]!.id);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(has(el, '[role="listbox"]')).to.be.false;
    expect(field.hasAttribute('aria-activedescendant')).to.be.false;
    expect(field.value).to.equal('@a');
  });

  it('mentions a colleague picked with the mouse, keeping the caret in the field', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    area(el).focus();
    await sendKeys({ type: 'Ask @mo about it' });
    for (let i = 0; i < ' about it'.length; i++) await sendKeys({ press: 'ArrowLeft' });
    s.world.clock.advance(MENTION_DELAY_MS);
    await until(el, () => has(el, '[role="option"]'), 'the people list');
    const option = $$(el, '[role="option"]').find((o) => textOf(o, '.mention-name') === 'Mo Haddou')!;
    option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    option.click();
    await el.updateComplete;
    expect(area(el).value).to.equal('Ask @Mo Haddou about it');
    expect(focused(el)).to.equal(`textarea#${area(el).id}`);
    expect(area(el).selectionStart).to.equal('Ask @Mo Haddou '.length);
  });

  it('refuses a mention of someone unknown with the feed’s own message', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    type(area(el), 'Hi @[Nobody](p-nobody)');
    button(el, 'Post').click();
    await until(el, () => composerError(el) !== '', 'the refusal');
    expect(composerError(el)).to.equal("Someone you mentioned can't be found. Choose them again from the list.");
    expect(area(el).value).to.equal('Hi @[Nobody](p-nobody)');
  });

  it('keeps the draft across re-creating the element, with its mentions', async () => {
    const s = await seeded(createMemoryWorld());
    const first = await ready(s);
    area(first).focus();
    await sendKeys({ type: 'Half a thought with @zo' });
    s.world.clock.advance(MENTION_DELAY_MS);
    await until(first, () => has(first, '[role="option"]'), 'Zoë');
    await sendKeys({ press: 'Enter' });
    await first.updateComplete;
    first.remove();

    const again = await ready(s);
    expect(area(again).value).to.equal('Half a thought with @Zoë van Dijk ');
    button(again, 'Post').click();
    await until(again, () => postTexts(again).length === 1, 'the post');
    expect((await stored(s.store))[0]!.text).to.equal('Half a thought with @[Zoë van Dijk](p-zoe)');
    // Sent: the draft is gone.
    const third = await ready(s);
    expect(area(third).value).to.equal('');
  });

  it('keeps the text after a failed send, and a retry creates one post with the same key', async () => {
    const s = await seeded(createMemoryWorld());
    const { store, keys } = recordPosts(s.store);
    const el = await ready({ world: s.world, store });
    type(area(el), 'Important news');
    s.world.faults.failNext('unavailable');
    button(el, 'Post').click();
    await until(el, () => composerError(el) !== '', 'the error');
    expect(composerError(el)).to.contain("We can't reach the service right now.");
    expect(area(el).value).to.equal('Important news');
    expect(postTexts(el)).to.deep.equal([]);
    button(el, 'Post').click();
    await until(el, () => postTexts(el).length === 1, 'the post');
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
    expect((await stored(s.store)).length).to.equal(1);
  });

  it('never posts twice when a lost answer is retried (timeout, then retry)', async () => {
    const s = await seeded(createMemoryWorld());
    const { store, keys } = recordPosts(s.store);
    const el = await ready({ world: s.world, store });
    type(area(el), 'Posted once');
    s.world.faults.stall();
    button(el, 'Post').click();
    await until(el, () => keys.length === 1, 'the first attempt');
    s.world.clock.advance(15_000);
    await until(el, () => composerError(el) !== '', 'the timeout');
    s.world.faults.release();
    for (let round = 0; round < 50 && (await stored(s.store)).length === 0; round++) await nextTask();
    expect((await stored(s.store)).length, 'the stalled call went through').to.equal(1);
    // The reload of the page keeps the draft, and its key.
    el.remove();
    const again = await ready({ world: s.world, store });
    expect(area(again).value).to.equal('Posted once');
    button(again, 'Post').click();
    await until(again, () => postTexts(again).includes('Posted once'), 'the post');
    expect(keys[1]).to.equal(keys[0]);
    expect((await stored(s.store)).filter((p) => p.text === 'Posted once').length).to.equal(1);
  });

  it('attaches images with previews and descriptions, and posts them', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    pick(fileInput(el), [pngFile('one.png'), pngFile('two.png')]);
    await until(el, () => $$(el, '.preview').length === 2, 'the previews');
    const previews = $$(el, '.preview');
    expect(previews[0]!.querySelector('img')!.src).to.match(/^blob:/);
    expect(textOf(previews[0]!, 'label')).to.equal('Description of image 1');
    type(previews[0]!.querySelector('input')!, 'The whole team');
    button(el, 'Remove image 2').click();
    await until(el, () => $$(el, '.preview').length === 1, 'one preview');
    expect(focused(el)).to.contain('remove');
    button(el, 'Post').click();
    await until(el, () => $$(el, '[role="feed"] img').length > 0, 'the posted image');
    const [saved] = await stored(s.store);
    expect(saved!.attachments.map((a) => [a.name, a.alt])).to.deep.equal([['one.png', 'The whole team']]);
    expect($$(el, '.preview').length).to.equal(0);
    const shown = $$<HTMLImageElement>(el, '[role="feed"] .images img');
    expect(shown.map((img) => img.alt)).to.deep.equal(['The whole team']);
  });

  it('keeps text and images after a failed send; the retry posts once, uploading nothing again', async () => {
    const s = await seeded(createMemoryWorld());
    const { store, uploads, keys } = failFirstPost(s.store);
    const el = await ready({ world: s.world, store });
    type(area(el), 'Team photo');
    pick(fileInput(el), [pngFile('team.png')]);
    await until(el, () => $$(el, '.preview').length === 1, 'the preview');
    type($(el, '.preview input')!, 'The whole team');
    button(el, 'Post').click();
    await until(el, () => composerError(el) !== '', 'the error');
    expect(composerError(el)).to.contain("We can't reach the service right now.");
    expect(area(el).value).to.equal('Team photo');
    expect($$(el, '.preview').length).to.equal(1);
    expect($<HTMLInputElement>(el, '.preview input')!.value).to.equal('The whole team');
    button(el, 'Post').click();
    await until(el, () => postTexts(el).length === 1, 'the post');
    expect(uploads.length).to.equal(1, 'uploaded once');
    expect(keys.length).to.equal(2);
    expect(keys[1]).to.equal(keys[0]);
    const saved = await stored(s.store);
    expect(saved.length).to.equal(1);
    expect(saved[0]!.attachments.map((a) => [a.name, a.alt])).to.deep.equal([['team.png', 'The whole team']]);
    expect($$(el, '.preview').length).to.equal(0);
  });

  it('brings back the images a failed send uploaded after a reload, and posts them', async () => {
    const s = await seeded(createMemoryWorld());
    const { store, uploads } = failFirstPost(s.store);
    const first = await ready({ world: s.world, store });
    type(area(first), 'Team photo');
    pick(fileInput(first), [pngFile('team.png')]);
    await until(first, () => $$(first, '.preview').length === 1, 'the preview');
    type($(first, '.preview input')!, 'The whole team');
    button(first, 'Post').click();
    await until(first, () => composerError(first) !== '', 'the error');
    first.remove();

    const again = await ready({ world: s.world, store });
    expect(area(again).value).to.equal('Team photo');
    await until(again, () => $$(again, '.preview').length === 1, 'the restored preview');
    expect($(again, '.preview img')!.getAttribute('src')).to.match(/^data:image\/png/);
    expect($<HTMLInputElement>(again, '.preview input')!.value).to.equal('The whole team');
    await expect(calm(again)).to.be.accessible();
    button(again, 'Post').click();
    await until(again, () => postTexts(again).length === 1, 'the post');
    expect(uploads.length).to.equal(1, 'not uploaded again');
    const [saved] = await stored(s.store);
    expect(saved!.attachments.map((a) => [a.name, a.alt])).to.deep.equal([['team.png', 'The whole team']]);
    // Sent: nothing comes back.
    const third = await ready({ world: s.world, store });
    expect(area(third).value).to.equal('');
    expect($$(third, '.preview').length).to.equal(0);
  });

  it('uploads a restored image again when its description changes', async () => {
    const s = await seeded(createMemoryWorld());
    const { store, uploads } = failFirstPost(s.store);
    const first = await ready({ world: s.world, store });
    pick(fileInput(first), [pngFile('team.png')]);
    await until(first, () => $$(first, '.preview').length === 1, 'the preview');
    button(first, 'Post').click();
    await until(first, () => composerError(first) !== '', 'the error');
    first.remove();

    const again = await ready({ world: s.world, store });
    await until(again, () => $$(again, '.preview').length === 1, 'the restored preview');
    type($(again, '.preview input')!, 'Described later');
    button(again, 'Post').click();
    await until(again, () => $$(again, '[role="feed"] img').length === 1, 'the post');
    expect(uploads.length).to.equal(2);
    const [saved] = await stored(s.store);
    expect(saved!.attachments.map((a) => [a.name, a.alt])).to.deep.equal([['team.png', 'Described later']]);
  });

  it('refuses a file that is not an image, and one over 5 MB, with a message', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    pick(fileInput(el), [new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    await until(el, () => composerError(el) !== '', 'the refusal');
    expect(composerError(el)).to.equal('Only images can be attached: PNG, JPEG, GIF or WebP.');
    expect(has(el, '.preview')).to.be.false;
    const big = new File([new Uint8Array(LIMITS.imageBytes + 1)], 'huge.png', { type: 'image/png' });
    pick(fileInput(el), [big]);
    await until(el, () => composerError(el).includes('MB'), 'the size refusal');
    expect(composerError(el)).to.equal('An image can be at most 5 MB.');
    expect(has(el, '.preview')).to.be.false;
    pick(
      fileInput(el),
      [1, 2, 3, 4, 5].map((n) => pngFile(`p${n}.png`)),
    );
    await until(el, () => $$(el, '.preview').length === 4, 'four previews');
    expect(composerError(el)).to.equal('You can add up to 4 images.');
    await expect(calm(el)).to.be.accessible();
  });

  it('shows the store’s refusal of a file that only claims to be an image', async () => {
    const s = await seeded(createMemoryWorld());
    const el = await ready(s);
    pick(fileInput(el), [new File(['MZ not really a png'], 'fake.png', { type: 'image/png' })]);
    await until(el, () => $$(el, '.preview').length === 1, 'the preview');
    type(area(el), 'Look');
    button(el, 'Post').click();
    await until(el, () => composerError(el) !== '', 'the refusal');
    expect(composerError(el)).to.equal('Only images can be attached: PNG, JPEG, GIF or WebP.');
    expect(area(el).value).to.equal('Look');
    expect((await stored(s.store)).length).to.equal(0);
  });

  it('hides the composer where the viewer may not post', async () => {
    const s = await seeded(createMemoryWorld(), [post('x', 'Read only', 1)]);
    const feed = Object.assign(Object.create(s.store.feed!) as NonNullable<PleinStore['feed']>, {
      channel: async (id: string) => ({
        id,
        moderatorIds: [],
        viewer: { canPost: false, canModerate: false, canPin: false },
      }),
    });
    const store: PleinStore = {
      capabilities: s.store.capabilities,
      me: () => s.store.me(),
      people: s.store.people,
      polls: s.store.polls,
      subscribe: (topic, onChange) => s.store.subscribe(topic, onChange),
      feed,
    };
    const el = await renderFeed({ world: s.world, store });
    await until(el, () => postTexts(el).length === 1, 'the post');
    await nextTask();
    expect(has(el, 'form.composer')).to.be.false;
  });
});
