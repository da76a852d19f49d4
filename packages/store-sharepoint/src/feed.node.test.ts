/**
 * What the contract cannot see: the feed's guarantees against someone who calls SharePoint's
 * REST API directly, exact counts under concurrency, and lists past the view threshold.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionMarkup, newIdempotencyKey, type FeedApi, type Notification } from '@plein/core';
import { CONTRACT_PEOPLE as P } from '@plein/core/testing';
import { shelfKey, shelfOf } from './feed-rows.js';
import { FEED } from './schema-feed.js';
import { createSharePointWorld } from './world.fixtures.js';

/** A real 1×1 PNG. */
const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
const key = () => ({ idempotencyKey: newIdempotencyKey() });
const NOMETADATA = { Accept: 'application/json;odata=nometadata' };

type World = Awaited<ReturnType<typeof createSharePointWorld>>;

async function world(): Promise<World> {
  const w = await createSharePointWorld();
  await w.seed({ people: Object.values(P) });
  return w;
}

const feed = (w: World, personId: string): FeedApi => w.as(personId).feed!;

/** A colleague's own REST calls: a fetch as that person, with a request digest for writes. */
function rest(w: World, personId: string) {
  const f = w.emulator.fetchAs(w.userOf(personId).id);
  const api = (path: string) => `${w.site.url}/_api/${path}`;
  const digest = async () =>
    (
      (await (await f(api('contextinfo'), { method: 'POST', headers: NOMETADATA })).json()) as {
        FormDigestValue: string;
      }
    ).FormDigestValue;
  return {
    get: (path: string) => f(api(path), { headers: NOMETADATA }),
    post: async (path: string, body: unknown, headers: Record<string, string> = {}) =>
      f(api(path), {
        method: 'POST',
        headers: { ...NOMETADATA, 'Content-Type': 'application/json', 'X-RequestDigest': await digest(), ...headers },
        body: JSON.stringify(body),
      }),
  };
}

const items = (title: string) => `web/lists/getbytitle('${title}')/items`;

/** The public post item of a Plein post, as anyone reads it over REST. */
async function postItem(w: World, personId: string, id: string): Promise<Record<string, unknown>> {
  const r = await rest(w, personId).get(`${items(FEED.posts.title)}?$filter=PleinId eq '${id}'&$select=ID,Body,Tags`);
  const body = (await r.json()) as { value: Record<string, unknown>[] };
  assert.equal(body.value.length, 1);
  return body.value[0]!;
}

describe('feed on SharePoint: against direct REST', () => {
  it('a hidden post is unreadable by members over REST: the list is closed to them and the public item is emptied', async () => {
    const w = await world();
    const post = await feed(w, P.alice.id).post('general', { text: 'Secret plans #leak' }, key());
    await feed(w, P.zoe.id).comment(post.id, { text: 'Quoting: secret plans' }, key());
    await feed(w, P.mo.id).moderate(post.id, 'hide', key());
    const comment = async () =>
      (
        (await (await rest(w, P.bob.id).get(`${items(FEED.comments.title)}?$select=Body`)).json()) as {
          value: { Body: string }[];
        }
      ).value[0]!.Body;
    assert.equal(await comment(), '', 'comments under it, which may quote it, are emptied too');
    assert.deepEqual(
      (await feed(w, P.mo.id).comments(post.id)).items.map((c) => c.text),
      ['Quoting: secret plans'],
      'moderators still read them',
    );
    const bob = rest(w, P.bob.id);
    const hidden = await bob.get(`${items(FEED.hidden.title)}?$select=Body`);
    assert.equal(hidden.status, 404, 'the moderators-only list does not exist for a member');
    const item = await postItem(w, P.bob.id, post.id);
    assert.equal(item.Body, '', 'the text left the public list');
    assert.equal(item.Tags, '', 'and its tags');
    const mods = await rest(w, P.mo.id).get(`${items(FEED.hidden.title)}?$select=Body`);
    assert.equal(mods.status, 200);
    assert.deepEqual(
      ((await mods.json()) as { value: { Body: string }[] }).value.map((v) => v.Body),
      ['Secret plans #leak', 'Quoting: secret plans'],
    );
    const restored = await feed(w, P.mo.id).moderate(post.id, 'restore', key());
    assert.equal(restored.text, 'Secret plans #leak', 'restoring puts the text back');
    assert.equal((await postItem(w, P.bob.id, post.id)).Body, 'Secret plans #leak');
    assert.equal(await comment(), 'Quoting: secret plans');
  });

  it('a member cannot change, delete, hide or pin someone else’s post over REST', async () => {
    const w = await world();
    const post = await feed(w, P.alice.id).post('general', { text: 'Mine' }, key());
    const bob = rest(w, P.bob.id);
    const { ID } = await postItem(w, P.bob.id, post.id);
    const path = `${items(FEED.posts.title)}(${String(ID)})`;
    const merge = await bob.post(path, { Body: 'Hijacked' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    assert.equal(merge.status, 403, 'WriteSecurity 2: not his item');
    const remove = await bob.post(path, {}, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    assert.equal(remove.status, 403);
    const action = { EntryId: post.id, PostId: post.id, Channel: 'general', Action: 'hide', Subject: P.alice.id };
    assert.equal((await bob.post(items(FEED.moderation.title), action)).status, 403, 'moderation is moderators’ only');
    const pin = { PostId: post.id, Channel: 'general', Pinned: true, Announcement: true };
    assert.equal(
      (await bob.post(items(FEED.pins.title), pin)).status,
      403,
      'pins are for moderators and communications',
    );
    const seen = await feed(w, P.zoe.id).get(post.id);
    assert.equal(seen.text, 'Mine');
    assert.equal(seen.hidden, undefined);
    assert.equal(seen.pin, undefined);
  });

  it('reports are readable by their reporter, moderators and the communications team only', async () => {
    const w = await world();
    const post = await feed(w, P.alice.id).post('general', { text: 'Report me' }, key());
    await feed(w, P.bob.id).report(post.id, 'spam', 'by bob', key());
    const read = async (personId: string) =>
      (
        (await (await rest(w, personId).get(`${items(FEED.reports.title)}?$select=Note`)).json()) as {
          value: unknown[];
        }
      ).value.length;
    assert.equal(await read(P.zoe.id), 0, 'a colleague cannot see who reported');
    assert.equal(await read(P.alice.id), 0, 'nor can the author');
    assert.equal(await read(P.bob.id), 1);
    assert.equal(await read(P.mo.id), 1);
    assert.equal(await read(P.cara.id), 1, 'the communications team counts them for insights');
  });
});

describe('feed on SharePoint: live', () => {
  it('an edit that newly mentions someone tells them, once', async () => {
    const w = await world();
    const post = await feed(w, P.alice.id).post('general', { text: 'Draft' }, key());
    const told: Notification[] = [];
    const stop = w.as(P.bob.id).subscribe({ kind: 'notifications' }, (e) => {
      if (e.notification) told.push(e.notification);
    });
    const round = async () => {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      w.clock.advance(60_000);
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await round();
    await feed(w, P.alice.id).edit(post.id, `Now with ${mentionMarkup(P.bob)}`, key());
    await round();
    await feed(w, P.alice.id).edit(post.id, `Still with ${mentionMarkup(P.bob)}`, key());
    await round();
    stop();
    assert.deepEqual(
      told.map((n) => [n.kind, n.entryId, n.actorId]),
      [['mention', post.id, P.alice.id]],
    );
  });
});

describe('feed on SharePoint: counts and size', () => {
  it('two people reacting in the same instant both count; one person’s double submit counts once', async () => {
    const w = await world();
    const post = await feed(w, P.alice.id).post('general', { text: 'Same second' }, key());
    await Promise.all([
      feed(w, P.bob.id).react(post.id, 'like', true, key()),
      feed(w, P.zoe.id).react(post.id, 'like', true, key()),
      feed(w, P.cara.id).react(post.id, 'like', true, key()),
      feed(w, P.cara.id).react(post.id, 'like', true, key()),
    ]);
    assert.deepEqual((await feed(w, P.alice.id).get(post.id)).reactions, { counts: { like: 3 }, mine: [] });
  });

  it('timelines page past 5,000 items: in a big list, and in a channel of 5,500 posts', async () => {
    const w = await world();
    const alice = w.userOf(P.alice.id).id;
    const posts = w.site.list(FEED.posts.title)!;
    assert.equal(posts.items.size, 0, 'item IDs start at 1');
    // As the store files them: each on the shelf of its item ID.
    posts.addMany(5_500, alice, w.clock.now() - 86_400_000, (i) => ({
      PleinId: `bulk-${i + 1}`,
      Channel: 'archive',
      Shelf: shelfKey('archive', shelfOf(i + 1)),
      Body: `Old ${i + 1}`,
      Mentions: '[]',
      Tags: '',
      Images: '[]',
    }));
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await feed(w, P.alice.id).post('general', { text: `New ${i}` }, key())).id);
    const bob = feed(w, P.bob.id);
    const first = await bob.list({ channel: 'general' }, { limit: 3 });
    assert.deepEqual(
      first.items.map((p) => p.id),
      made.slice(2).reverse(),
    );
    const second = await bob.list({ channel: 'general' }, { cursor: first.next!, limit: 3 });
    assert.deepEqual(
      second.items.map((p) => p.id),
      made.slice(0, 2).reverse(),
    );
    assert.equal(second.next, undefined);
    assert.equal((await bob.get(made[0]!)).text, 'New 0');
    // The busy channel, across the shelf boundary at item 5,000.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await bob.list({ channel: 'archive' }, cursor ? { cursor, limit: 100 } : { limit: 100 });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.next;
    } while (cursor && seen.length < 700);
    assert.equal(seen.length, 700);
    assert.deepEqual(seen.slice(0, 2), ['bulk-5500', 'bulk-5499']);
    assert.deepEqual(seen.slice(499, 502), ['bulk-5001', 'bulk-5000', 'bulk-4999'], 'no gap between shelves');
    assert.equal(new Set(seen).size, 700, 'no duplicates');
    const trending = await bob.trending({
      from: new Date(w.clock.now() - 3_600_000).toISOString(),
      to: new Date(w.clock.now() + 1).toISOString(),
    });
    assert.deepEqual(trending, [], 'a bounded date range, not the whole list');
  });

  it('a channel named with 300 characters fits SharePoint’s 255-character indexed columns', async () => {
    const w = await world();
    const channel = `page:https://intranet.example.org/${'x'.repeat(266)}`;
    assert.equal(channel.length, 300);
    const post = await feed(w, P.alice.id).post(channel, { text: 'Long page' }, key());
    await feed(w, P.bob.id).react(post.id, 'like', true, key());
    const item = (await (
      await rest(w, P.bob.id).get(`${items(FEED.posts.title)}?$select=Channel,ChannelName,Shelf`)
    ).json()) as { value: { Channel: string; ChannelName: string; Shelf: string }[] };
    const [stored] = item.value;
    assert.ok(stored!.Channel.length <= 255 && stored!.Shelf.length <= 255, 'indexed columns stay within 255');
    assert.equal(stored!.ChannelName, channel, 'the whole name is kept');
    const seen = await feed(w, P.zoe.id).list({ channel });
    assert.deepEqual(
      seen.items.map((p) => [p.id, p.channel, p.reactions.counts.like]),
      [[post.id, channel, 1]],
    );
    assert.deepEqual((await feed(w, P.zoe.id).list({ channel: `${channel.slice(0, 299)}y` })).items, []);
  });

  it('an uploaded image is an attachment of the uploader’s item, with its bytes', async () => {
    const w = await world();
    const image = await feed(w, P.alice.id).upload({ blob: new Blob([PNG_1X1], { type: 'image/png' }) }, key());
    assert.match(image.url, /^https:\/\/.+\/Lists\/PleinFiles\/Attachments\/\d+\/img_.+\.png$/);
    const item = /Attachments\/(\d+)\/(.+)$/.exec(image.url)!;
    const bytes = await rest(w, P.bob.id).get(
      `${items(FEED.files.title)}(${item[1]})/AttachmentFiles('${decodeURIComponent(item[2]!)}')/$value`,
    );
    assert.equal(bytes.status, 200);
    assert.deepEqual(new Uint8Array(await bytes.arrayBuffer()), PNG_1X1);
  });
});
