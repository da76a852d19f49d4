import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, newIdempotencyKey, type PleinStore, type Poll, type PollResults } from '@plein/core';
import { DEMO_PEOPLE, DEMO_PERSONAS, createDemoDb, createDemoStore, demoSeed, type StorageLike } from './index.js';

const DAY = 86_400_000;

function demo() {
  const clock = new ManualClock();
  const db = createDemoDb({ clock });
  return { clock, db, as: (id: string) => db.storeFor(id) };
}

/** Results as the poll's own figures, checked to add up. */
async function figures(store: PleinStore, poll: Poll): Promise<Extract<PollResults, { visible: true }>> {
  const results = await store.polls.results(poll.id);
  assert.ok(results.visible, `results of ${poll.id} are visible`);
  const total = results.options.reduce((sum, option) => sum + option.votes, 0);
  assert.equal(results.voteCount, total, 'voteCount is the sum of the options');
  assert.equal(results.voterCount, poll.voterCount);
  assert.deepEqual(
    results.options.map((o) => o.optionId),
    poll.options.map((o) => o.id),
  );
  return results;
}

describe('demo seed', () => {
  it('has about 36 people with names, titles, departments and offices, and no avatar URLs', () => {
    assert.ok(DEMO_PEOPLE.length >= 30 && DEMO_PEOPLE.length <= 40, `${DEMO_PEOPLE.length} people`);
    assert.equal(new Set(DEMO_PEOPLE.map((p) => p.id)).size, DEMO_PEOPLE.length, 'ids are unique');
    assert.equal(new Set(DEMO_PEOPLE.map((p) => p.email)).size, DEMO_PEOPLE.length, 'e-mails are unique');
    for (const person of DEMO_PEOPLE) {
      assert.ok(person.displayName && person.jobTitle && person.department, `${person.id} is complete`);
      assert.match(person.email!, /^[a-z.]+@noordlicht\.example$/);
      assert.ok(
        ['Utrecht', 'Amsterdam', 'Rotterdam', 'Remote'].includes(person.location!),
        `${person.id} has a known office`,
      );
      assert.equal(person.avatarUrl, undefined);
    }
    const departments = new Set(DEMO_PEOPLE.map((p) => p.department));
    for (const department of ['Communicatie', 'HR', 'IT', 'Finance', 'Sales', 'Operations']) {
      assert.ok(departments.has(department), `someone works in ${department}`);
    }
  });

  it('gives every persona the role the demo promises', async () => {
    const { as } = demo();
    assert.deepEqual((await as(DEMO_PERSONAS.member).me()).roles, ['member']);
    assert.ok((await as(DEMO_PERSONAS.moderator).me()).roles.includes('moderator'));
    assert.ok((await as(DEMO_PERSONAS.communications).me()).roles.includes('communications'));
    const newHire = await as(DEMO_PERSONAS.newHire).me();
    assert.deepEqual(newHire.roles, ['member']);
    const moderators = DEMO_PEOPLE.filter((p) => p.roles?.includes('moderator'));
    assert.ok(moderators.length >= 3, 'moderation is spread over several people');
  });

  it('has the four demo polls, each as described', async () => {
    const { clock, as } = demo();
    const sanne = as(DEMO_PERSONAS.member);
    const lunch = await sanne.polls.get('poll-friday-lunch');
    assert.deepEqual(
      [lunch.status, lunch.kind, lunch.resultsVisibility, lunch.anonymous],
      ['open', 'single', 'always', false],
    );

    const townhall = await sanne.polls.get('poll-townhall');
    assert.deepEqual([townhall.status, townhall.anonymous, townhall.resultsVisibility], ['open', true, 'after-close']);
    const closesIn = Date.parse(townhall.closesAt!) - clock.now();
    assert.ok(closesIn > DAY && closesIn < 7 * DAY, 'the townhall poll closes in a few days');

    const officeDays = await sanne.polls.get('poll-office-days');
    assert.deepEqual(
      [officeDays.status, officeDays.kind, officeDays.maxChoices, officeDays.resultsVisibility],
      ['open', 'multiple', 3, 'after-vote'],
    );

    const party = await sanne.polls.get('poll-summer-party');
    assert.equal(party.status, 'closed');
    assert.ok(Date.parse(party.closedAt!) < clock.now());
    assert.equal(party.viewer.canSeeResults, true);

    for (const poll of [lunch, townhall, officeDays, party])
      assert.ok(poll.voterCount >= 15, `${poll.id} has many voters`);
    assert.ok(/[a-z]/.test(lunch.question) && lunch.question !== townhall.question);
  });

  it('leaves the open polls for the member and the new hire to vote on', async () => {
    const { as } = demo();
    for (const persona of [DEMO_PERSONAS.member, DEMO_PERSONAS.newHire]) {
      for (const id of ['poll-friday-lunch', 'poll-townhall', 'poll-office-days']) {
        const poll = await as(persona).polls.get(id);
        assert.equal(poll.viewer.hasVoted, false, `${persona} has not voted on ${id}`);
        assert.equal(poll.viewer.canVote, true);
      }
    }
  });

  it('results add up, and sealed ones open when the townhall closes', async () => {
    const { clock, as } = demo();
    const sanne = as(DEMO_PERSONAS.member);
    for (const id of ['poll-friday-lunch', 'poll-summer-party']) {
      const poll = await sanne.polls.get(id);
      assert.equal((await figures(sanne, poll)).voteCount, poll.voterCount, 'one vote per voter');
    }

    let voter: PleinStore | undefined;
    for (const person of DEMO_PEOPLE) {
      if ((await as(person.id).polls.get('poll-office-days')).viewer.hasVoted) voter = voter ?? as(person.id);
    }
    assert.ok(voter, 'someone voted on the office days');
    const office = await voter.polls.get('poll-office-days');
    const days = await figures(voter, office);
    assert.ok(days.voteCount > days.voterCount && days.voteCount <= 3 * days.voterCount, 'one to three days each');

    const emma = as(DEMO_PERSONAS.communications);
    const sealed = await emma.polls.results('poll-townhall');
    assert.deepEqual(
      [sealed.visible, sealed.visible ? '' : sealed.reason],
      [false, 'until-close'],
      'not even its creator peeks',
    );
    clock.advance(7 * DAY);
    const townhall = await emma.polls.get('poll-townhall');
    assert.equal(townhall.status, 'closed');
    assert.equal((await figures(emma, townhall)).voteCount, townhall.voterCount);
  });

  it('votes on the seeded polls like on any other', async () => {
    const { as } = demo();
    const sanne = as(DEMO_PERSONAS.member);
    const before = await sanne.polls.get('poll-friday-lunch');
    const voted = await sanne.polls.vote(before.id, [before.options[1]!.id], { idempotencyKey: newIdempotencyKey() });
    assert.equal(voted.voterCount, before.voterCount + 1);
    const anonymous = await sanne.polls.vote('poll-townhall', ['o2'], { idempotencyKey: newIdempotencyKey() });
    assert.equal(anonymous.viewer.hasVoted, true);
    assert.equal(anonymous.viewer.choice, undefined);
  });

  it('is the same on every load, dated relative to now', () => {
    const now = Date.UTC(2026, 4, 1);
    assert.deepEqual(demoSeed(now), demoSeed(now));
    const later = demoSeed(now + DAY);
    assert.equal(Date.parse(later.polls![0]!.createdAt) - Date.parse(demoSeed(now).polls![0]!.createdAt), DAY);
  });

  it('createDemoStore seeds once and keeps what people did when persisted', async () => {
    const data = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    const clock = new ManualClock();
    const first = createDemoStore({ user: DEMO_PERSONAS.member, persist: { key: 'plein-demo-test', storage }, clock });
    await first.polls.vote('poll-friday-lunch', ['o2'], { idempotencyKey: newIdempotencyKey() });
    const count = (await first.polls.get('poll-friday-lunch')).voterCount;

    const second = createDemoStore({
      user: DEMO_PERSONAS.newHire,
      persist: { key: 'plein-demo-test', storage },
      clock,
    });
    assert.equal((await second.polls.get('poll-friday-lunch')).voterCount, count, 'not seeded again');
    assert.equal((await second.me()).id, DEMO_PERSONAS.newHire);
    assert.equal((await createDemoStore({ clock }).me()).id, DEMO_PERSONAS.member, 'the member persona by default');
  });
});
