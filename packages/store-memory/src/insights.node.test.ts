import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ManualClock,
  newIdempotencyKey,
  type ChangeEvent,
  type InsightsApi,
  type InsightsReport,
  type MetricId,
} from '@plein/core';
import { CONTRACT_PEOPLE as P, macrotask } from '@plein/core/testing';
import { storeBundle } from './bundle.fixtures.js';
import { DEMO_PERSONAS, createDemoDb } from './demo.js';
import { MemoryDb, STORAGE_VERSION } from './index.js';
import { checksum } from './stored.js';
import { MemoryStorage } from './storage.fixtures.js';

const KEY = 'plein-insights-test';
const DAY = 86_400_000;
const key = () => ({ idempotencyKey: newIdempotencyKey() });
const open = (storage: MemoryStorage, clock: ManualClock, watch?: (onChange: () => void) => () => void) =>
  new MemoryDb({ clock, persist: { key: KEY, storage, ...(watch ? { watch } : {}) } });
const insights = (db: MemoryDb, personId: string): InsightsApi => db.storeFor(personId).insights!;
const day = (date: string) => ({ from: `${date}T00:00:00.000Z`, to: new Date(Date.parse(date) + DAY).toISOString() });
const value = (report: InsightsReport, metric: MetricId) => report.metrics.find((m) => m.metric === metric)!.value;
const VALUE = { id: 'value-team', name: { en: 'Team' }, description: {}, emoji: '🤝', color: '#0f6cbd' };

/** Waits for `check` over macrotasks (a chunk loads in a few), bounded by rounds. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 500 && !check(); round++) await macrotask();
  assert.ok(check(), `gave up waiting for ${what}`);
}

describe('memory store insights: loaded on first use', () => {
  it('bundles the insights and their period maths as chunks loaded with import(), never up front', async () => {
    const { upFront, lazy } = await storeBundle();
    lazy(/store-memory\/src\/insights\.ts$/);
    lazy(/store-memory\/src\/insights-report\.ts$/);
    lazy(/core\/src\/insights\.ts$/);
    for (const chunk of upFront) {
      const modules = chunk.moduleIds.filter((id) => /insights/.test(id));
      assert.deepEqual(modules, [], `nothing of insights in ${chunk.fileName}`);
    }
  });
});

describe('memory store insights: storage version 5', () => {
  /**
   * Monday 2026-01-12: alice posts and opens two polls, cara gives kudos. Tuesday: bob reacts,
   * comments and votes, zoe reacts to the kudos, mo votes anonymously. Wednesday: alice reacts to
   * the comment, zoe votes.
   */
  async function activity(db: MemoryDb, clock: ManualClock) {
    await db.seed({ people: Object.values(P), kudosValues: [VALUE] });
    const [alice, bob, cara, zoe, mo] = [P.alice, P.bob, P.cara, P.zoe, P.mo].map((p) => db.storeFor(p.id));
    const draft = { options: ['Yes', 'No'], kind: 'single' as const, resultsVisibility: 'always' as const };
    const post = await alice!.feed!.post('general', { text: 'Hello #news' }, key());
    const open = await alice!.polls.create({ ...draft, question: 'Open?', anonymous: false }, key());
    const secret = await alice!.polls.create({ ...draft, question: 'Secret?', anonymous: true }, key());
    const kudos = await cara!.kudos!.give({ toIds: [P.bob.id], valueId: VALUE.id, message: 'Thanks' }, key());
    clock.advance(DAY);
    await bob!.feed!.react(post.id, 'like', true, key());
    const comment = await bob!.feed!.comment(post.id, { text: 'Hi' }, key());
    await bob!.polls.vote(open.id, [open.options[0]!.id], key());
    await zoe!.kudos!.react(kudos.id, 'love', true, key());
    await mo!.polls.vote(secret.id, [secret.options[1]!.id], key());
    clock.advance(DAY);
    await alice!.feed!.react(comment.id, 'celebrate', true, key());
    await zoe!.polls.vote(open.id, [open.options[1]!.id], key());
    return { post, open, secret, kudos };
  }

  it('keeps when each reaction and vote was made, and a changed vote counts when it was last cast', async () => {
    const clock = new ManualClock();
    const db = new MemoryDb({ clock });
    const { open } = await activity(db, clock);
    const cara = insights(db, P.cara.id);
    const days = await Promise.all(['2026-01-12', '2026-01-13', '2026-01-14'].map((d) => cara.report(day(d))));
    assert.deepEqual(
      days.map((report) => [value(report, 'reactions'), value(report, 'votes')]),
      [
        [0, 0],
        [2, 2],
        [1, 1],
      ],
    );
    clock.advance(DAY);
    await db.storeFor(P.bob.id).polls.vote(open.id, [open.options[1]!.id], key());
    const [tuesday, thursday] = await Promise.all([cara.report(day('2026-01-13')), cara.report(day('2026-01-15'))]);
    assert.deepEqual(
      [value(tuesday, 'votes'), value(thursday, 'votes')],
      [1, 1],
      "bob's vote moved to when he changed it",
    );
    db.dispose();
  });

  it('reads a version 4 save: reactions and votes stay, dated when their post, comment, kudos or poll was made', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = open(storage, clock);
    const { post, open: poll, secret, kudos } = await activity(first, clock);
    first.dispose();
    // The same save as version 4 wrote it: no targets, no times on reactions and votes, its own checksum.
    const saved = JSON.parse(storage.getItem(KEY)!) as Record<string, unknown> & {
      posts: { reactions: { at?: string }[] }[];
      comments: { reactions: { at?: string }[] }[];
      kudos: { reactions: { at?: string }[] }[];
      polls: Record<string, unknown>[];
    };
    const { checksum: _checksum, targets: _targets, ...rest } = saved;
    for (const holder of [...saved.posts, ...saved.comments, ...saved.kudos]) {
      for (const reaction of holder.reactions) delete reaction.at;
    }
    for (const stored of saved.polls) {
      delete stored.votedAt;
      delete stored.voteTimes;
    }
    const v4 = JSON.stringify({ ...rest, version: 4 });
    storage.setItem(KEY, `${v4.slice(0, -1)},"checksum":"${checksum(v4)}"}`);

    const db = open(storage, clock);
    assert.equal(db.isEmpty, false, 'version 4 data is read');
    const alice = db.storeFor(P.alice.id);
    assert.deepEqual((await alice.feed!.get(post.id)).reactions.counts, { like: 1 });
    assert.deepEqual((await alice.feed!.comments(post.id)).items[0]!.reactions.counts, { celebrate: 1 });
    assert.deepEqual((await alice.kudos!.get(kudos.id)).reactions.counts, { love: 1 });
    assert.equal((await alice.polls.get(poll.id)).voterCount, 2);
    assert.equal((await alice.polls.get(secret.id)).voterCount, 1);
    assert.equal((await db.storeFor(P.zoe.id).polls.get(poll.id)).viewer.choice?.[0], poll.options[1]!.id);

    // Reactions to the post and the kudos, and every vote, count on Monday; the comment's reaction on Tuesday.
    const cara = insights(db, P.cara.id);
    const days = await Promise.all(['2026-01-12', '2026-01-13', '2026-01-14'].map((d) => cara.report(day(d))));
    assert.deepEqual(
      days.map((report) => [value(report, 'reactions'), value(report, 'votes')]),
      [
        [2, 3],
        [1, 0],
        [0, 0],
      ],
    );
    assert.deepEqual(await cara.targets(), []);

    await cara.setTarget({ metric: 'votes', per: 'week', value: 10 }, key());
    const next = JSON.parse(storage.getItem(KEY)!) as {
      version: number;
      posts: { reactions: { at: string }[] }[];
      polls: { id: string; votedAt: [string, string][]; voteTimes: string[] }[];
    };
    assert.equal(next.version, STORAGE_VERSION, 'the next write saves version 5');
    assert.equal(next.posts[0]!.reactions[0]!.at, post.createdAt, 'with the times given on reading');
    assert.deepEqual(next.polls.find((p) => p.id === secret.id)!.voteTimes, [secret.createdAt]);
    db.dispose();

    storage.setItem(KEY, `${v4.slice(0, -1)},"checksum":"${checksum(v4)}x"}`);
    assert.equal(open(storage, clock).isEmpty, true, 'a version 4 save changed by hand is ignored too');
  });

  it('saves targets, and the times of anonymous ballots sorted, apart from who voted', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = open(storage, clock);
    const at = (hours: number) => new Date(clock.now() - hours * 3_600_000).toISOString();
    await first.seed({
      people: Object.values(P),
      polls: [
        {
          id: 'poll-secret',
          createdBy: P.alice.id,
          question: 'Secret?',
          options: [
            { id: 'o1', label: 'Yes' },
            { id: 'o2', label: 'No' },
          ],
          kind: 'single',
          anonymous: true,
          resultsVisibility: 'always',
          createdAt: at(10),
          // Zoe first, voting last; Ada in between.
          votes: [
            { by: P.zoe.id, optionIds: ['o1'], at: at(1) },
            { by: P.mo.id, optionIds: ['o2'], at: at(8) },
            { by: P.ada.id, optionIds: ['o1'], at: at(4) },
          ],
        },
      ],
    });
    const target = await insights(first, P.cara.id).setTarget({ metric: 'active', per: 'month', value: 60 }, key());
    first.dispose();

    const saved = JSON.parse(storage.getItem(KEY)!) as { polls: { voters: string[]; voteTimes: string[] }[] };
    assert.deepEqual(saved.polls[0]!.voters, [P.ada.id, P.mo.id, P.zoe.id], 'voters by id');
    assert.deepEqual(saved.polls[0]!.voteTimes, [at(8), at(4), at(1)], 'times in time order');
    const reloaded = open(storage, clock);
    assert.deepEqual(await insights(reloaded, P.ada.id).targets(), [target]);
    const today = await insights(reloaded, P.ada.id).report(day('2026-01-12'));
    assert.equal(value(today, 'votes'), 3);
    assert.equal(value(today, 'active'), 0, 'anonymous ballots make nobody active');
    reloaded.dispose();
  });
});

describe('memory store insights: live', () => {
  it("another tab's changes reach the insights topic, targets included; a member hears nothing", async () => {
    const shared = new Map<string, string>();
    const clock = new ManualClock();
    let notifyOther = () => {};
    const tab = open(new MemoryStorage(shared), clock);
    await tab.seed({ people: Object.values(P) });
    const other = open(new MemoryStorage(shared), clock, (onChange) => {
      notifyOther = onChange;
      return () => (notifyOther = () => {});
    });
    const heard: ChangeEvent[] = [];
    const member: ChangeEvent[] = [];
    other.storeFor(P.cara.id).subscribe({ kind: 'insights' }, (event) => heard.push(event));
    other.storeFor(P.bob.id).subscribe({ kind: 'insights' }, (event) => member.push(event));

    const post = await tab.storeFor(P.alice.id).feed!.post('general', { text: 'Hi' }, key());
    await insights(tab, P.ada.id).setTarget({ metric: 'posts', per: 'week', value: 5 }, key());
    notifyOther();
    await until(() => heard.length >= 2, 'two events');
    assert.deepEqual(
      heard.map((e) => [e.type, e.id, e.actorId]),
      [
        ['created', post.id, P.alice.id],
        ['configured', 'posts', P.ada.id],
      ],
    );
    assert.deepEqual(member, []);
    tab.dispose();
    other.dispose();
  });
});

describe('memory store insights: the demo', () => {
  it('has three months of activity, targets by the communications persona, and a department too small to show', async () => {
    const clock = new ManualClock();
    const db = createDemoDb({ clock });
    const emma = insights(db, DEMO_PERSONAS.communications);
    const to = Date.parse(new Date(clock.now() + DAY).toISOString().slice(0, 10));
    const quarter = await emma.report({ from: new Date(to - 91 * DAY).toISOString(), to: new Date(to).toISOString() });
    for (const metric of ['posts', 'comments', 'reactions', 'votes', 'kudosGiven'] as const) {
      const { value, series } = quarter.metrics.find((m) => m.metric === metric)!;
      assert.ok(value! > 0, `${metric} happened`);
      assert.ok(series.filter((count) => count! > 0).length >= 5, `${metric} spread over the weeks: ${series.join()}`);
    }
    const posts = quarter.metrics.find((m) => m.metric === 'posts')!.series as number[];
    assert.ok(posts[0]! < posts.at(-1)!, `more posts lately than three months ago: ${posts.join()}`);
    assert.ok(
      quarter.departments.some((d) => d.withheld),
      'a department below five people is withheld',
    );
    assert.ok(
      quarter.departments.filter((d) => !d.withheld && d.people >= 5).length >= 4,
      'most people are in departments that show',
    );
    assert.ok(quarter.channels.length > 3 && quarter.tags.length > 0 && quarter.posts.length > 0);

    const targets = await emma.targets();
    assert.ok(targets.length >= 3, 'a few targets are set');
    assert.ok(targets.every((t) => t.updatedBy === DEMO_PERSONAS.communications));
    const month = await emma.report({ from: new Date(to - 30 * DAY).toISOString(), to: new Date(to).toISOString() });
    assert.ok(month.metrics.filter((m) => m.target !== undefined).length >= 3, 'the month shows targets');
    db.dispose();
  });
});
