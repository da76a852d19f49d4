import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, ManualClock, parseKudosDraft, parseKudosValueDraft } from '@plein/core';
import { MemoryDb, type StorageLike } from './index.js';
import { DEMO_PEOPLE, DEMO_PERSONAS, createDemoDb, createDemoStore, demoSeed } from './demo.js';

const DAY = 86_400_000;
const everything = { limit: 100 };

function demo() {
  const clock = new ManualClock();
  const db = createDemoDb({ clock });
  return { clock, db, as: (id: string) => db.storeFor(id).kudos! };
}

describe('demo seed: the kudos wall', () => {
  it('has five or six values in Dutch and English, each with an emoji and a colour', () => {
    const values = demoSeed(Date.UTC(2026, 4, 1)).kudosValues!;
    assert.ok(values.length >= 5 && values.length <= 6, `${values.length} values`);
    for (const value of values) {
      for (const locale of LOCALES) {
        assert.ok(
          value.name[locale] && value.description[locale],
          `${value.id} has a name and description in ${locale}`,
        );
      }
      const { id, archived, ...draft } = value;
      assert.deepEqual(parseKudosValueDraft(draft), draft, `${id} is a valid value as an editor would write it`);
      assert.equal(archived, undefined, 'every value is active');
    }
    for (const locale of LOCALES) {
      const names = values.map((value) => value.name[locale]!.toLowerCase());
      assert.equal(new Set(names).size, names.length, `names are unique in ${locale}`);
    }
    assert.equal(new Set(values.map((value) => value.color)).size, values.length, 'each has its own colour');
  });

  it('has about 25 kudos between known people, for known values, that a giver could have written', () => {
    const now = Date.UTC(2026, 4, 1);
    const { kudos, kudosValues } = demoSeed(now);
    assert.ok(kudos!.length >= 22 && kudos!.length <= 30, `${kudos!.length} kudos`);
    const people = new Set(DEMO_PEOPLE.map((person) => person.id));
    const values = new Set(kudosValues!.map((value) => value.id));
    for (const given of kudos!) {
      assert.ok(people.has(given.fromId), `${given.id} is from someone real`);
      assert.ok(given.toIds.every((id) => people.has(id)) && !given.toIds.includes(given.fromId), `${given.id} to`);
      assert.ok(given.toIds.length >= 1 && given.toIds.length <= 3, `${given.id} is for one to three people`);
      assert.ok(values.has(given.valueId), `${given.id} is for a known value`);
      assert.deepEqual(parseKudosDraft(given).toIds, given.toIds, `${given.id} passes the giver's checks`);
      assert.ok((given.reactions ?? []).every((r) => people.has(r.by) && r.by !== given.fromId));
      const age = now - Date.parse(given.createdAt);
      assert.ok(age > 0 && age <= 6 * 7 * DAY, `${given.id} is from the last weeks`);
    }
    assert.equal(new Set(kudos!.map((k) => k.id)).size, kudos!.length, 'ids are unique');
    assert.equal(new Set(kudos!.map((k) => k.valueId)).size, values.size, 'every value was given');
    assert.ok(new Set(kudos!.map((k) => k.fromId)).size >= 15, 'many people give kudos');
  });

  it('makes a lively wall: every persona received kudos, with mentions, hashtags and reactions', async () => {
    const { as } = demo();
    const sanne = as(DEMO_PERSONAS.member);
    const { items: wall, next } = await sanne.list({}, everything);
    assert.equal(next, undefined);
    for (const persona of Object.values(DEMO_PERSONAS)) {
      const received = await sanne.list({ personId: persona }, everything);
      assert.ok(received.items.length >= 1, `${persona} received kudos`);
    }
    assert.ok((await sanne.list({ personId: DEMO_PERSONAS.member }, everything)).items.length >= 2);
    const known = new Set(DEMO_PEOPLE.map((p) => p.id));
    assert.ok(wall.filter((k) => k.mentions.length > 0).length >= 3, 'messages mention people');
    assert.ok(
      wall.every((k) => k.mentions.every((id) => known.has(id))),
      'every mention names someone real',
    );
    assert.ok(wall.filter((k) => k.hashtags.length > 0).length >= 10, 'messages carry hashtags');
    assert.ok(wall.some((k) => k.toIds.length === 3) && wall.some((k) => k.toIds.length === 2));
    assert.ok(
      wall.every((k) => Object.values(k.reactions.counts).reduce((a, b) => a + b, 0) >= 2),
      'everyone reacted to',
    );
    const departments = new Set(DEMO_PEOPLE.map((p) => p.department!));
    const filled = await Promise.all([...departments].map((department) => sanne.list({ department }, everything)));
    assert.ok(filled.filter((page) => page.items.length > 0).length >= 7, 'most departments received kudos');
  });

  it('leaves giving and reacting to the member and the new hire', async () => {
    const { as } = demo();
    for (const persona of [DEMO_PERSONAS.member, DEMO_PERSONAS.newHire]) {
      const store = as(persona);
      assert.deepEqual((await store.list({ personId: persona, direction: 'given' })).items, [], `${persona} gave none`);
      const { items } = await store.list({}, everything);
      assert.ok(
        items.every((k) => k.reactions.mine.length === 0),
        `${persona} has not reacted`,
      );
    }
  });

  it('ranks the values of the last week and month; the people leaderboard stays off', async () => {
    const { clock, as } = demo();
    const sanne = as(DEMO_PERSONAS.member);
    const since = (days: number) => ({
      from: new Date(clock.now() - days * DAY).toISOString(),
      to: new Date(clock.now()).toISOString(),
    });
    const week = await sanne.leaderboard({ by: 'value', ...since(7) });
    const month = await sanne.leaderboard({ by: 'value', ...since(30) });
    assert.ok(week.length >= 3, `${week.length} values this week`);
    assert.equal(month.length, 6);
    assert.ok(month[0]!.count > month[month.length - 1]!.count, 'some values stand out');
    assert.deepEqual(await sanne.settings(), { peopleLeaderboard: false });
    await assert.rejects(sanne.leaderboard({ by: 'person', ...since(30) }), { code: 'forbidden' });
  });

  it('is dated relative to now and the same on every load', () => {
    const now = Date.UTC(2026, 4, 1);
    const [a, b] = [demoSeed(now), demoSeed(now + DAY)];
    assert.deepEqual(a.kudos, demoSeed(now).kudos);
    a.kudos!.forEach((given, i) => {
      assert.equal(Date.parse(b.kudos![i]!.createdAt) - Date.parse(given.createdAt), DAY);
    });
  });

  it('adds the kudos to demo data saved before kudos existed, keeping what people did', async () => {
    const data = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    const clock = new ManualClock();
    const old = new MemoryDb({ clock, persist: { key: 'plein-demo-old', storage } });
    const { people, polls, channels, posts } = demoSeed(clock.now());
    old.seed({ people, polls, channels, posts });
    await old.storeFor(DEMO_PERSONAS.member).polls.vote('poll-friday-lunch', ['o2'], { idempotencyKey: 'k' });
    old.dispose();

    const store = createDemoStore({ persist: { key: 'plein-demo-old', storage }, clock });
    assert.equal((await store.polls.get('poll-friday-lunch')).viewer.hasVoted, true, 'what people did stays');
    assert.equal((await store.kudos!.values()).length, 6, 'the values arrived');
    assert.ok((await store.kudos!.list({})).items.length >= 20, 'the kudos arrived');
    const again = createDemoStore({ persist: { key: 'plein-demo-old', storage }, clock });
    assert.equal((await again.kudos!.values()).length, 6, 'added once');
  });
});
