/**
 * What the contract suite cannot see of kudos on SharePoint: colleagues calling the REST API
 * directly (values, someone else's kudos, kudos in someone else's name), reactions written at
 * the same moment, and lists past the 5,000-item view threshold.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError, newIdempotencyKey, type KudosApi, type PleinStore } from '@plein/core';
import { CONTRACT_PEOPLE as P } from '@plein/core/testing';
import { weekOf } from './kudos-write.js';
import { KUDOS_LISTS } from './schema-kudos.js';
import { SITE } from './sp.fixtures.js';
import { FetchHttp } from './fetch-http.js';
import { createSharePointStore } from './store.js';
import { createSharePointWorld } from './world.fixtures.js';

/** The values every test starts with. */
const V = {
  teamwork: { id: 'v-teamwork', name: { en: 'Teamwork' }, description: {}, emoji: '🤝', color: '#0f6cbd' },
  courage: { id: 'v-courage', name: { en: 'Courage' }, description: {}, emoji: '🦁', color: '#c50f1f' },
  customer: { id: 'v-customer', name: { en: 'Customer first' }, description: {}, emoji: '💡', color: '#107c10' },
};
const key = () => ({ idempotencyKey: newIdempotencyKey() });
const DAY = 86_400_000;

async function world() {
  const w = await createSharePointWorld();
  await w.seed({ people: Object.values(P), kudosValues: Object.values(V) });
  return w;
}
type W = Awaited<ReturnType<typeof world>>;

const kudosOf = (store: PleinStore): KudosApi => {
  assert.ok(store.kudos);
  return store.kudos;
};

const items = (title: string) => `web/lists/getbytitle('${title.replace(/'/g, "''")}')/items`;

/** A request straight to the REST API as a seeded person, as a colleague with a script would. */
function rest(w: W, personId: string) {
  const f = w.emulator.fetchAs(w.userOf(personId).id);
  const digest = async () => {
    const r = await f(`${SITE}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
  };
  return async (path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { Accept: 'application/json;odata=nometadata', ...headers } };
    if (method !== 'GET') {
      init.headers = { ...init.headers, 'X-RequestDigest': await digest(), 'Content-Type': 'application/json' };
      if (body !== undefined) init.body = JSON.stringify(body);
    }
    return f(`${SITE}/_api/${path}`, init);
  };
}

const itemId = async (w: W, title: string, pleinId: string): Promise<number> => {
  const item = [...w.site.list(title)!.items.values()].find((i) => i.values.PleinId === pleinId);
  assert.ok(item, `${pleinId} is in ${title}`);
  return item.id;
};

describe('kudos on SharePoint: colleagues calling REST directly', () => {
  it('a member cannot create, change or archive a value; the communications team can', async () => {
    const w = await world();
    const values = KUDOS_LISTS.values.title;
    const teamwork = await itemId(w, values, V.teamwork.id);
    const merge = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
    for (const who of [P.alice.id, P.mo.id]) {
      const call = rest(w, who);
      const created = await call(items(values), 'POST', { Title: 'Mine', PleinId: 'v-mine', Name: '{"en":"Mine"}' });
      assert.equal(created.status, 403, `${who} cannot add a value`);
      const changed = await call(`${items(values)}(${teamwork})`, 'POST', { Emoji: '💩' }, merge);
      assert.equal(changed.status, 403, `${who} cannot change a value`);
      const archived = await call(`${items(values)}(${teamwork})`, 'POST', { Archived: true }, merge);
      assert.equal(archived.status, 403, `${who} cannot archive a value`);
      const settings = await call(items(values), 'POST', {
        PleinId: 'settings',
        Settings: '{"peopleLeaderboard":true}',
      });
      assert.equal(settings.status, 403, `${who} cannot turn on the people leaderboard`);
    }
    const team = await rest(w, P.cara.id)(`${items(values)}(${teamwork})`, 'POST', { Emoji: '🙌' }, merge);
    assert.equal(team.status, 204, 'the communications team may');
    const alice = kudosOf(w.as(P.alice.id));
    assert.equal((await alice.values())[0]?.emoji, '🙌');
    assert.deepEqual(await alice.settings(), { peopleLeaderboard: false });
  });

  it('nobody changes or deletes someone else’s kudos; moderators and the team may delete', async () => {
    const w = await world();
    const given = await kudosOf(w.as(P.alice.id)).give(
      { toIds: [P.bob.id], valueId: V.teamwork.id, message: 'Thanks!' },
      key(),
    );
    const title = KUDOS_LISTS.kudos.title;
    const id = await itemId(w, title, given.id);
    const bob = rest(w, P.bob.id);
    const edit = await bob(
      `${items(title)}(${id})`,
      'POST',
      { Message: 'I did it all' },
      { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
    );
    assert.equal(edit.status, 403, 'the recipient cannot rewrite it');
    const gone = await bob(`${items(title)}(${id})`, 'POST', undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    assert.equal(gone.status, 403, 'nor delete it');
    assert.equal((await kudosOf(w.as(P.zoe.id)).get(given.id)).message, 'Thanks!');
    const mo = await rest(w, P.mo.id)(`${items(title)}(${id})`, 'POST', undefined, {
      'X-HTTP-Method': 'DELETE',
      'IF-MATCH': '*',
    });
    assert.equal(mo.status, 200, 'a moderator may delete it');
  });

  it('kudos written in someone else’s name are ignored everywhere', async () => {
    const w = await world();
    w.clock.advance(DAY);
    const forged = await rest(w, P.bob.id)(items(KUDOS_LISTS.kudos.title), 'POST', {
      Title: 'Forged',
      PleinId: 'kudos-forged',
      From: P.alice.id,
      ValueId: V.teamwork.id,
      Recipients: JSON.stringify([P.bob.id]),
      Message: 'Bob is the best',
      Week: weekOf(w.clock.now()),
    });
    assert.equal(forged.status, 201, 'SharePoint takes the item: only the store can tell');
    const zoe = kudosOf(w.as(P.zoe.id));
    assert.deepEqual((await zoe.list({})).items, []);
    assert.deepEqual((await zoe.list({ personId: P.alice.id, direction: 'given' })).items, []);
    await assert.rejects(zoe.get('kudos-forged'), (e: unknown) => isPleinError(e) && e.code === 'not-found');
    const period = {
      by: 'value' as const,
      from: new Date(0).toISOString(),
      to: new Date(w.clock.now() + 1).toISOString(),
    };
    assert.deepEqual(await zoe.leaderboard(period), []);
    // An item without a week (written by hand) sorts first; the leaderboard still finds the rest.
    await rest(w, P.bob.id)(items(KUDOS_LISTS.kudos.title), 'POST', { Title: 'No week', PleinId: 'x', From: P.bob.id });
    await kudosOf(w.as(P.alice.id)).give({ toIds: [P.bob.id], valueId: V.courage.id, message: 'Real' }, key());
    assert.deepEqual(await zoe.leaderboard(period), [{ id: V.courage.id, count: 1 }]);
  });

  it('a recipient row pointing at someone else’s kudos does not put it on a wall', async () => {
    const w = await world();
    const given = await kudosOf(w.as(P.alice.id)).give(
      { toIds: [P.bob.id], valueId: V.teamwork.id, message: 'For Bob' },
      key(),
    );
    const row = await rest(w, P.zoe.id)(items(KUDOS_LISTS.recipients.title), 'POST', {
      Title: given.id,
      KudosItem: await itemId(w, KUDOS_LISTS.kudos.title, given.id),
      KudosId: given.id,
      To: P.zoe.id,
      Department: 'Sales',
    });
    assert.equal(row.status, 201);
    const bob = kudosOf(w.as(P.bob.id));
    assert.deepEqual((await bob.list({ personId: P.zoe.id })).items, []);
    assert.deepEqual((await bob.list({ department: 'Sales' })).items, []);
    assert.deepEqual(
      (await bob.list({ personId: P.bob.id })).items.map((k) => k.id),
      [given.id],
    );
  });
});

describe('kudos on SharePoint: at the same moment', () => {
  it('two people reacting at once both count, and one person in two tabs counts once', async () => {
    const w = await world();
    const given = await kudosOf(w.as(P.alice.id)).give(
      { toIds: [P.bob.id], valueId: V.teamwork.id, message: 'Thanks!' },
      key(),
    );
    const bob = kudosOf(w.as(P.bob.id));
    const zoe = kudosOf(w.as(P.zoe.id));
    const zoesOtherTab = kudosOf(
      createSharePointStore({
        http: new FetchHttp(SITE, w.emulator.fetchAs(w.userOf(P.zoe.id).id), w.clock),
        clock: w.clock,
      }),
    );
    await Promise.all([
      bob.react(given.id, 'celebrate', true, key()),
      zoe.react(given.id, 'celebrate', true, key()),
      zoesOtherTab.react(given.id, 'celebrate', true, key()),
    ]);
    assert.deepEqual((await kudosOf(w.as(P.alice.id)).get(given.id)).reactions, {
      counts: { celebrate: 2 },
      mine: [],
    });
    await zoe.react(given.id, 'celebrate', false, key());
    assert.deepEqual((await bob.get(given.id)).reactions, { counts: { celebrate: 1 }, mine: ['celebrate'] });
  });
});

describe('kudos on SharePoint: past 5,000 items', () => {
  it('the wall pages and leaderboards count past 5,000 kudos', async () => {
    const w = await world();
    const now = w.clock.now();
    const alice = w.userOf(P.alice.id).id;
    const kudos = w.site.list(KUDOS_LISTS.kudos.title)!;
    const values = [V.teamwork.id, V.courage.id, V.customer.id];
    // 6,000 kudos from alice to bob, 1,000 a week over the six weeks before now.
    for (let week = 6; week >= 1; week--) {
      const at = now - week * 7 * DAY;
      kudos.addMany(1000, alice, at, (i) => ({
        Title: 'Thanks',
        PleinId: `kudos-bulk-${week}-${i}`,
        From: P.alice.id,
        ValueId: values[i % 3]!,
        Recipients: JSON.stringify([P.bob.id]),
        Message: 'Thanks',
        Week: weekOf(at),
      }));
    }
    assert.ok(kudos.items.size > 5000);
    const zoe = kudosOf(w.as(P.zoe.id));
    const latest = await zoe.give({ toIds: [P.mo.id], valueId: V.courage.id, message: 'Now' }, key());
    const first = await zoe.list({}, { limit: 2 });
    assert.deepEqual(first.items[0]?.id, latest.id, 'newest first');
    assert.ok(first.next);
    const second = await zoe.list({}, { cursor: first.next, limit: 2 });
    assert.equal(second.items.length, 2, 'a cursor past 5,000 items still pages');
    const period = { from: new Date(now - 7 * 7 * DAY).toISOString(), to: new Date(now + 1).toISOString() };
    assert.deepEqual(await zoe.leaderboard({ by: 'value', ...period }), [
      { id: V.teamwork.id, count: 2004 },
      { id: V.courage.id, count: 1999 },
      { id: V.customer.id, count: 1998 },
    ]);
    const twoWeeks = { from: new Date(now - 2 * 7 * DAY).toISOString(), to: new Date(now).toISOString() };
    assert.deepEqual(await zoe.leaderboard({ by: 'value', ...twoWeeks, limit: 1 }), [
      { id: V.teamwork.id, count: 668 },
    ]);
    await kudosOf(w.as(P.cara.id)).configure({ peopleLeaderboard: true }, key());
    assert.deepEqual(await zoe.leaderboard({ by: 'person', ...period }), [
      { id: P.bob.id, count: 6000 },
      { id: P.mo.id, count: 1 },
    ]);
  });

  it('a filter matching more than 5,000 kudos still gives pages, newest first', async () => {
    const w = await world();
    const at = w.clock.now() - DAY;
    const alice = w.userOf(P.alice.id).id;
    const kudos = w.site.list(KUDOS_LISTS.kudos.title)!;
    const rows = w.site.list(KUDOS_LISTS.recipients.title)!;
    const first = kudos.items.size + 1;
    kudos.addMany(5500, alice, at, (i) => ({
      Title: 'Thanks',
      PleinId: `kudos-bulk-${i}`,
      From: P.alice.id,
      ValueId: V.teamwork.id,
      Recipients: JSON.stringify([P.bob.id]),
      Message: 'Thanks',
      Week: weekOf(at),
    }));
    rows.addMany(5500, alice, at, (i) => ({
      KudosItem: first + i,
      KudosId: `kudos-bulk-${i}`,
      To: P.bob.id,
      Department: 'IT',
      ValueId: V.teamwork.id,
      From: P.alice.id,
    }));
    const zoe = kudosOf(w.as(P.zoe.id));
    for (const query of [
      { valueId: V.teamwork.id },
      { personId: P.bob.id },
      { personId: P.alice.id, direction: 'given' as const },
      { department: 'IT' },
    ]) {
      const one = await zoe.list(query, { limit: 3 });
      assert.deepEqual(
        one.items.map((k) => k.id),
        ['kudos-bulk-5499', 'kudos-bulk-5498', 'kudos-bulk-5497'],
        JSON.stringify(query),
      );
      const two = await zoe.list(query, { limit: 3, cursor: one.next });
      assert.deepEqual(
        two.items.map((k) => k.id),
        ['kudos-bulk-5496', 'kudos-bulk-5495', 'kudos-bulk-5494'],
      );
    }
    assert.deepEqual((await zoe.list({ valueId: V.courage.id })).items, [], 'a narrow filter stays indexed');
  });
});
