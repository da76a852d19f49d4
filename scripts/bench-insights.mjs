/**
 * Insights over one million activity events in the memory store, for `npm run bench` (or on its
 * own: `node scripts/bench-insights.mjs` prints the table without writing BENCHMARKS.md).
 *
 * The store is bundled with the same rollup settings as the browser build (minified, from
 * source) and run in Node. A year of activity by a few hundred people in 20 departments is
 * generated procedurally (a fixed seed, so every run has the same data) and seeded in bulk. Then
 * a month's and a year's report are timed, warm, median of several runs, against a baseline
 * measured in the same run: a bare loop over one million plain `{ at, kind, personId }` objects
 * that counts the events of the period by kind. The ratio is the figure to compare between
 * machines; the absolute times describe this one. Nothing here is asserted by a test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { bundleConfig } from '../rollup.config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** How many of each kind of event; one million in all. */
export const EVENTS = {
  posts: 100_000,
  comments: 250_000,
  reactions: 450_000,
  votes: 120_000,
  kudos: 50_000,
  ticks: 30_000,
};
const PEOPLE = 400;
const DEPARTMENTS = 20;
const POLLS = 400;
const TASKS = 75;

/** The memory store (and a manual clock), bundled as the browser gets it. */
async function bundleStore() {
  const dir = join(root, 'node_modules', '.cache', 'plein-bench', 'insights');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'store.js');
  writeFileSync(entry, "export { MemoryDb } from '@plein/store-memory';\nexport { ManualClock } from '@plein/core';\n");
  const config = bundleConfig({ input: { store: entry }, dir: join(dir, 'out'), licenses: false });
  const bundle = await rollup({ ...config, logLevel: 'silent' });
  await bundle.write(config.output);
  await bundle.close();
  return import(pathToFileURL(join(dir, 'out', 'store.js')).href);
}

/** A small, fast, seeded PRNG (mulberry32): the same data on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const REACTIONS = ['like', 'celebrate', 'love', 'insightful', 'funny'];
const TAGS = Array.from({ length: 60 }, (_, i) => `topic${i}`);

/**
 * A year of activity before `now`, as SeedData, and the same events as plain objects for the
 * baseline. Reactions are spread over posts, comments and kudos, each by a different person.
 */
export function generate(now, { seed = 42 } = {}) {
  const rnd = random(seed);
  const int = (n) => Math.floor(rnd() * n);
  const start = now - 365 * DAY;
  const timeIn = (from, to) => from + Math.floor(rnd() * (to - from));
  const iso = (time) => new Date(time).toISOString();
  const plain = [];
  const event = (at, kind, personId) => plain.push({ at, kind, personId });

  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `p${i}`,
    displayName: `Person ${i}`,
    department: `Department ${i % DEPARTMENTS}`,
    // The first person of each department manages it.
    ...(i >= DEPARTMENTS ? { managerId: `p${i % DEPARTMENTS}` } : {}),
    startDate: iso(timeIn(start, now)).slice(0, 10),
    roles: i === 0 ? ['member', 'communications'] : ['member'],
  }));
  // One string per person, as in a store written through its API (each person's id is one string).
  const ids = people.map((p) => p.id);
  const person = () => ids[int(PEOPLE)];

  /** `count` reactions spread over `holders` (made after each was created), each by someone new to it. */
  const react = (holders, count) => {
    for (let n = 0; n < count; n++) {
      const holder = holders[int(holders.length)];
      const created = Date.parse(holder.createdAt);
      const reaction = { by: person(), reaction: REACTIONS[int(REACTIONS.length)] };
      if (holder.reactions.some((r) => r.by === reaction.by && r.reaction === reaction.reaction)) {
        n--;
        continue;
      }
      reaction.at = iso(timeIn(created, Math.min(now, created + 7 * DAY)));
      holder.reactions.push(reaction);
      event(reaction.at, 'reaction', reaction.by);
    }
  };

  const posts = [];
  for (let i = 0; i < EVENTS.posts; i++) {
    const createdAt = iso(timeIn(start, now));
    const authorId = person();
    const tag = TAGS[int(TAGS.length)];
    posts.push({
      id: `post${i}`,
      channel: `channel${int(12)}`,
      authorId,
      text: `Post ${i} about #${tag}`,
      createdAt,
      comments: [],
      reactions: [],
    });
    event(createdAt, 'post', authorId);
  }
  const comments = [];
  for (let i = 0; i < EVENTS.comments; i++) {
    const post = posts[int(posts.length)];
    const created = Date.parse(post.createdAt);
    const comment = {
      id: `comment${i}`,
      authorId: person(),
      text: i % 10 ? `Comment ${i}` : `Comment ${i} #${TAGS[int(TAGS.length)]}`,
      createdAt: iso(timeIn(created, Math.min(now, created + 3 * DAY))),
      reactions: [],
    };
    post.comments.push(comment);
    comments.push(comment);
    event(comment.createdAt, 'comment', comment.authorId);
  }
  const kudos = [];
  for (let i = 0; i < EVENTS.kudos; i++) {
    const fromId = person();
    const toIds = [...new Set([person(), ...(i % 3 ? [] : [person(), person()])])].filter((id) => id !== fromId);
    if (toIds.length === 0) toIds.push(fromId === 'p1' ? 'p2' : 'p1');
    const createdAt = iso(timeIn(start, now));
    kudos.push({
      id: `kudos${i}`,
      fromId,
      toIds,
      valueId: 'v1',
      message: `Thanks! #thanks${i % 7}`,
      createdAt,
      reactions: [],
    });
    event(createdAt, 'kudos', fromId);
  }
  react(posts, EVENTS.reactions * 0.6);
  react(comments, EVENTS.reactions * 0.3);
  react(kudos, EVENTS.reactions * 0.1);

  const polls = Array.from({ length: POLLS }, (_, i) => {
    const createdAt = iso(timeIn(start, now - 14 * DAY));
    return {
      id: `poll${i}`,
      createdBy: person(),
      question: `Question ${i}?`,
      options: [
        { id: 'o1', label: 'Yes' },
        { id: 'o2', label: 'No' },
      ],
      kind: 'single',
      anonymous: i % 5 === 0,
      resultsVisibility: 'always',
      createdAt,
      votes: [],
    };
  });
  // Each poll gets a run of distinct voters, within two weeks of its creation.
  for (let n = 0; n < EVENTS.votes; n++) {
    const poll = polls[n % POLLS];
    const by = ids[(Math.floor(n / POLLS) + n * 7) % PEOPLE];
    const at = iso(timeIn(Date.parse(poll.createdAt), Date.parse(poll.createdAt) + 14 * DAY));
    poll.votes.push({ by, optionIds: [int(2) ? 'o1' : 'o2'], at });
    event(at, 'vote', poll.anonymous ? undefined : by);
  }

  // Onboarding: everyone enrolled in one of a few campaigns; ticks spread over their tasks.
  const campaigns = Array.from({ length: 5 }, (_, c) => ({
    id: `campaign${c}`,
    title: `Campaign ${c}`,
    description: '',
    phases: [
      {
        id: 'phase1',
        title: 'First weeks',
        tasks: Array.from({ length: TASKS }, (_, t) => ({
          id: `task${t}`,
          title: `Task ${t}`,
          owner: t % 5 === 0 ? 'manager' : 'new-hire',
          dueDay: t * 3,
        })),
      },
    ],
    target: { percent: 90, days: 60 },
    createdBy: 'p0',
    createdAt: iso(start - 30 * DAY),
  }));
  const enrolments = people.map((p, i) => ({
    campaignId: `campaign${i % campaigns.length}`,
    personId: p.id,
    startDate: p.startDate,
    enrolledAt: iso(Date.parse(p.startDate) - 14 * DAY),
  }));
  const ticks = [];
  for (let n = 0; n < EVENTS.ticks; n++) {
    const enrolment = enrolments[n % PEOPLE];
    const task = Math.floor(n / PEOPLE) % TASKS;
    if (Math.floor(n / PEOPLE) >= TASKS) break;
    const due = Date.parse(enrolment.startDate) + task * 3 * DAY;
    const at = Math.min(now - HOUR, due - DAY + int(3 * DAY));
    const manager = people[Number(enrolment.personId.slice(1))].managerId;
    const owner = task % 5 === 0 && manager ? manager : enrolment.personId;
    ticks.push({ campaignId: enrolment.campaignId, personId: enrolment.personId, taskId: `task${task}`, at: iso(at) });
    event(iso(at), 'tick', owner);
  }
  const data = {
    people,
    polls,
    posts,
    kudosValues: [{ id: 'v1', name: { en: 'Thanks' }, description: {}, emoji: '🙏', color: '#0f6cbd' }],
    kudos,
    campaigns,
    enrolments,
    ticks,
  };
  return { seed: data, plain, counts: countKinds(plain) };
}

function countKinds(events) {
  const counts = {};
  for (const { kind } of events) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** The baseline: count the events of `[from, to)` by kind, over plain objects. */
function bareLoop(events, from, to) {
  const counts = {};
  for (const event of events) {
    if (event.at >= from && event.at < to) counts[event.kind] = (counts[event.kind] ?? 0) + 1;
  }
  return counts;
}

/** KPIs that count one kind of plain event. */
const CHECKS = { posts: 'post', comments: 'comment', reactions: 'reaction', votes: 'vote', kudosGiven: 'kudos' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function time(run, runs) {
  for (let i = 0; i < 2; i++) await run(); // warm
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * @param {{ runs?: number, log?: (line: string) => void }} options
 */
export async function insightsBench({ runs = 9, log = () => {} } = {}) {
  const { MemoryDb, ManualClock } = await bundleStore();
  const clock = new ManualClock();
  const now = clock.now();
  log('bench: generating a year of activity');
  const { seed, plain, counts } = generate(now);
  const db = new MemoryDb({ clock });
  log(`bench: seeding ${plain.length.toLocaleString('en')} events`);
  const seeding = performance.now();
  await db.seed(seed);
  const seedMs = performance.now() - seeding;
  const store = db.storeFor('p0');
  await store.insights.targets(); // loads the insights chunk

  const periods = {
    month: { from: new Date(now - 30 * DAY).toISOString(), to: new Date(now).toISOString() },
    year: { from: new Date(now - 365 * DAY).toISOString(), to: new Date(now).toISOString() },
  };
  const results = {};
  for (const [name, query] of Object.entries(periods)) {
    log(`bench: ${name} report`);
    const report = await store.insights.report(query);
    const inPeriod = bareLoop(plain, query.from, query.to);
    results[name] = {
      report: await time(() => store.insights.report(query), runs),
      baseline: await time(() => bareLoop(plain, query.from, query.to), runs),
      events: Object.values(inPeriod).reduce((sum, n) => sum + n, 0),
      // The report's counts against the plain events' (a bench of wrong figures is no bench).
      check: Object.entries(CHECKS).map(([metric, kind]) => [
        metric,
        report.metrics.find((m) => m.metric === metric).value,
        inPeriod[kind] ?? 0,
      ]),
    };
  }
  db.dispose();
  return { runs, seedMs, total: plain.length, counts, people: PEOPLE, departments: DEPARTMENTS, results };
}

const ms = (value) => `${value.toFixed(1)} ms`;
const count = (value) => value.toLocaleString('en');

/** The BENCHMARKS.md section. */
export function insightsTable({ runs, seedMs, total, counts, people, departments, results }) {
  const names = {
    post: 'posts',
    comment: 'comments',
    reaction: 'reactions',
    vote: 'votes',
    kudos: 'kudos',
    tick: 'onboarding ticks',
  };
  const kinds = Object.entries(counts)
    .map(([kind, n]) => `${count(n)} ${names[kind]}`)
    .join(', ');
  const row = (name, label) => {
    const { report, baseline, events } = results[name];
    return `| ${label} (${count(events)} events in it) | ${ms(report)} | ${ms(baseline)} | ${(report / baseline).toFixed(1)}× |`;
  };
  return `\`store.insights.report()\` of the memory store (bundled as for the browser, run in Node) over
${count(total)} activity events spread over a year (${kinds}; kudos to one or three people), by
${count(people)} people in ${departments} departments, seeded in bulk as SeedData (which took
${count(Math.round(seedMs))} ms; not the point). The baseline, measured in the same run, is a bare loop over
${count(total)} plain \`{ at, kind, personId }\` objects that counts the events in the period by kind.
Median of ${runs} warm runs.

| report | insights | bare loop | ratio |
| --- | --- | --- | --- |
${row('month', 'last 30 days, by day')}
${row('year', 'last 365 days, by week')}

A report computes every KPI for the period and the one before, per bucket and per department,
plus channels, hashtags and the most-discussed posts, in one pass per kind of record.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await insightsBench({ log: console.log });
  for (const [name, { check }] of Object.entries(result.results)) {
    for (const [metric, value, expected] of check) {
      if (value !== expected) console.warn(`${name}: ${value} ${metric} counted, ${expected} expected`);
    }
  }
  console.log(`\n${insightsTable(result)}`);
}
