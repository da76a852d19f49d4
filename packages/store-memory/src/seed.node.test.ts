import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, newIdempotencyKey, type PleinStore, type Poll, type PollResults } from '@plein/core';
import { MemoryDb, type StorageLike } from './index.js';
import { DEMO_ARTICLE_CHANNEL, DEMO_PEOPLE, DEMO_PERSONAS, createDemoDb, createDemoStore, demoSeed } from './demo.js';

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

describe('demo seed: the feed', () => {
  const everything = { limit: 100 };

  it('has about 25 posts in general over the last two weeks, with comments, replies, reactions, mentions and tags', async () => {
    const { clock, as } = demo();
    const sanne = as(DEMO_PERSONAS.member).feed!;
    const { items: posts, next } = await sanne.list({ channel: 'general' }, everything);
    assert.equal(next, undefined);
    assert.ok(posts.length >= 22 && posts.length <= 30, `${posts.length} posts`);
    for (const post of posts) {
      const age = clock.now() - Date.parse(post.createdAt);
      assert.ok(age > 0 && age <= 14 * DAY, `${post.id} is from the last two weeks`);
    }
    assert.ok(clock.now() - Date.parse(posts[0]!.createdAt) < 2 * 3_600_000, 'the newest is from the last hours');
    assert.ok(new Set(posts.map((p) => p.authorId)).size >= 15, 'many people post');
    assert.ok(posts.some((p) => /\b(het|een|de)\b/.test(p.text)) && posts.some((p) => /\b(the|is)\b/.test(p.text)));

    const tags = new Set(posts.flatMap((p) => p.hashtags));
    for (const tag of ['kantoor', 'lunch', 'townhall', 'duurzaamheid', 'itsupport'])
      assert.ok(tags.has(tag), `#${tag}`);
    assert.ok(posts.filter((p) => p.mentions.length > 0).length >= 3, 'posts mention people');
    const known = new Set(DEMO_PEOPLE.map((p) => p.id));
    assert.ok(
      posts.every((p) => p.mentions.every((id) => known.has(id))),
      'every mention names someone real',
    );

    assert.ok(posts.reduce((sum, p) => sum + p.commentCount, 0) >= 20, 'plenty of comments');
    let replies = 0;
    for (const post of posts) {
      for (const comment of (await sanne.comments(post.id, everything)).items) replies += comment.replyCount;
    }
    assert.ok(replies >= 2, `${replies} replies`);
    const reactors = new Set<string>();
    for (const post of posts.slice(0, 10)) {
      for (const kind of Object.keys(post.reactions.counts) as (keyof typeof post.reactions.counts)[]) {
        for (const person of (await sanne.reactors(post.id, kind, everything)).items) reactors.add(person.id);
      }
    }
    assert.ok(reactors.size >= 10, `${reactors.size} people reacted`);
  });

  it('pins an active announcement by the communications persona above a pinned notice', async () => {
    const { clock, as } = demo();
    const pinned = await as(DEMO_PERSONAS.newHire).feed!.pinned('general');
    assert.equal(pinned.length, 2);
    const [announcement, notice] = pinned as [(typeof pinned)[0], (typeof pinned)[0]];
    assert.equal(announcement.pin?.announcement, true);
    assert.equal(announcement.authorId, DEMO_PERSONAS.communications);
    assert.equal(announcement.pin?.by, DEMO_PERSONAS.communications);
    assert.ok(Date.parse(announcement.pin!.until!) > clock.now(), 'the announcement is still active');
    assert.equal(notice.pin?.announcement, false);
    clock.advance(10 * DAY);
    assert.deepEqual(
      (await as(DEMO_PERSONAS.newHire).feed!.pinned('general')).map((p) => p.id),
      [notice.id],
      'the announcement ends, the notice stays',
    );
  });

  it('has one reported post waiting in the moderators’ queue, still visible to everyone', async () => {
    const { as } = demo();
    const queue = await as(DEMO_PERSONAS.moderator).feed!.queue({});
    assert.equal(queue.items.length, 1);
    const [item] = queue.items;
    assert.equal(item!.status, 'open');
    assert.ok(item!.reports.length >= 2, 'reported by several colleagues');
    assert.equal(item!.entry.hidden, undefined);
    const seen = await as(DEMO_PERSONAS.member).feed!.get(item!.entry.id);
    assert.equal(seen.viewer.canReport, true);
    assert.deepEqual((await as(DEMO_PERSONAS.member).feed!.queue({})).items, [], 'members have no queue');
  });

  it('has three comments under the news article about the new office', async () => {
    const { as } = demo();
    assert.equal(DEMO_ARTICLE_CHANNEL, 'page:https://kompas.noordlicht.example/nieuws/town-hall-hybride-werken');
    const { items } = await as(DEMO_PERSONAS.member).feed!.list({ channel: DEMO_ARTICLE_CHANNEL });
    assert.equal(items.length, 3);
    const channel = await as('p-noor').feed!.channel(DEMO_ARTICLE_CHANNEL);
    assert.equal(channel.viewer.canModerate, true, 'the article’s author moderates its comments');
  });

  it('leaves reacting to the member and the new hire, and trends the demo tags', async () => {
    const { clock, as } = demo();
    for (const persona of [DEMO_PERSONAS.member, DEMO_PERSONAS.newHire]) {
      const { items } = await as(persona).feed!.list({ channel: 'general' }, everything);
      assert.ok(
        items.every((p) => p.reactions.mine.length === 0),
        `${persona} has not reacted`,
      );
    }
    const week = await as(DEMO_PERSONAS.member).feed!.trending({
      channel: 'general',
      from: new Date(clock.now() - 7 * DAY).toISOString(),
      to: new Date(clock.now()).toISOString(),
    });
    assert.ok(week.length >= 5);
    assert.ok(week.slice(0, 5).some((row) => ['kantoor', 'lunch', 'duurzaamheid'].includes(row.tag)));
  });

  it('is dated relative to now', () => {
    const now = Date.UTC(2026, 4, 1);
    const [a, b] = [demoSeed(now), demoSeed(now + DAY)];
    assert.deepEqual(a.posts, demoSeed(now).posts);
    a.posts!.forEach((post, i) => {
      assert.equal(Date.parse(b.posts![i]!.createdAt) - Date.parse(post.createdAt), DAY);
    });
  });

  it('adds the feed to demo data saved before the feed existed', async () => {
    const data = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    const clock = new ManualClock();
    const old = new MemoryDb({ clock, persist: { key: 'plein-demo-old', storage } });
    const { people, polls } = demoSeed(clock.now());
    old.seed({ people, polls });
    await old.storeFor(DEMO_PERSONAS.member).polls.vote('poll-friday-lunch', ['o2'], { idempotencyKey: 'k' });
    old.dispose();
    const store = createDemoStore({ persist: { key: 'plein-demo-old', storage }, clock });
    assert.equal((await store.polls.get('poll-friday-lunch')).viewer.hasVoted, true, 'what people did stays');
    assert.ok((await store.feed!.list({ channel: 'general' })).items.length >= 22, 'the feed arrived');
  });
});
