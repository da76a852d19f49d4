/**
 * What a SharePoint page with Plein costs SharePoint, for `npm run bench` (or on its own:
 * `node scripts/bench-sharepoint.mjs` prints the table without writing BENCHMARKS.md).
 *
 * The SharePoint store is bundled from source and run in Node against the SharePoint REST
 * emulator, signed in as one member of a seeded site. A page with three web parts (a poll, a
 * feed and a kudos wall) starts: each asks the store for what its element asks on first render.
 * Counted: HTTP requests until every part has its first data (a `$batch` is one request), and
 * round trips: each response takes the same simulated latency, so a request that could only
 * leave after an earlier answer arrived is one trip further. The page's own request digest is
 * used (every SharePoint page carries one), so writes and batches need no extra trip. Then the three parts listen for
 * live changes while nothing happens for ten minutes on the store's clock, and the requests per
 * minute are counted. Every figure is a count, the same on every machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { bundleConfig } from '../rollup.config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle() {
  const dir = join(root, 'node_modules', '.cache', 'plein-bench', 'sharepoint');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.js');
  const src = join(root, 'packages', 'store-sharepoint', 'src');
  writeFileSync(
    entry,
    `export { createSharePointWorld } from ${JSON.stringify(join(src, 'world.fixtures.ts'))};
export { createSharePointStore, FetchHttp } from '@plein/store-sharepoint';
export { SITE } from ${JSON.stringify(join(src, 'sp.fixtures.ts'))};
export { CONTRACT_PEOPLE } from '@plein/core/testing';
`,
  );
  const config = bundleConfig({ input: { entry }, dir: join(dir, 'out'), licenses: false });
  const built = await rollup({ ...config, logLevel: 'silent' });
  await built.write(config.output);
  await built.close();
  return import(pathToFileURL(join(dir, 'out', 'entry.js')).href);
}

const DAY = 86_400_000;
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = async (turns = 40) => {
  for (let i = 0; i < turns; i++) await turn();
};

/** A site with a poll, a busy channel and a kudos wall, as a few months of use leave it. */
function seedData(CONTRACT_PEOPLE, now) {
  const people = [
    ...Object.values(CONTRACT_PEOPLE),
    ...Array.from({ length: 40 }, (_, i) => ({
      id: `p-${i}`,
      displayName: `Colleague ${i}`,
      department: `Team ${i % 6}`,
    })),
  ];
  const ids = people.map((p) => p.id);
  const iso = (t) => new Date(t).toISOString();
  const poll = {
    id: 'poll-townhall',
    createdBy: ids[0],
    question: 'Which topic for the next town hall?',
    options: ['Strategy', 'Hybrid work', 'Tools'].map((label, i) => ({ id: `o${i + 1}`, label })),
    kind: 'single',
    anonymous: false,
    resultsVisibility: 'always',
    createdAt: iso(now - DAY),
    votes: ids.slice(0, 30).map((by, i) => ({ by, optionIds: [`o${(i % 3) + 1}`] })),
  };
  const posts = Array.from({ length: 60 }, (_, i) => ({
    id: `post-${i}`,
    channel: 'general',
    authorId: ids[i % ids.length],
    text: `Update ${i} from the team #news`,
    createdAt: iso(now - (60 - i) * 3_600_000),
    reactions: [{ by: ids[(i + 1) % ids.length], reaction: 'like' }],
    comments: [
      {
        id: `c-${i}`,
        authorId: ids[(i + 2) % ids.length],
        text: 'Thanks!',
        createdAt: iso(now - (59 - i) * 3_600_000),
      },
    ],
  }));
  const kudosValues = [
    {
      id: 'v-team',
      name: { en: 'Team player', nl: 'Teamspeler' },
      description: { en: '', nl: '' },
      emoji: '🤝',
      color: '#0f6cbd',
    },
  ];
  const kudos = Array.from({ length: 40 }, (_, i) => ({
    id: `k-${i}`,
    fromId: ids[i % ids.length],
    toIds: [ids[(i + 3) % ids.length]],
    valueId: 'v-team',
    message: `Thank you for the help with release ${i}`,
    createdAt: iso(now - (40 - i) * 3_600_000),
  }));
  return { people, polls: [poll], posts, kudosValues, kudos };
}

/** One web part's first render, as its element asks for it. */
const parts = {
  poll: (store) => Promise.all([store.me(), store.polls.get('poll-townhall'), store.polls.results('poll-townhall')]),
  feed: (store) =>
    Promise.all([
      store.feed.list({ channel: 'general' }, { limit: 20 }),
      store.feed.pinned('general'),
      store.me(),
      store.feed.channel('general'),
    ]),
  kudos: async (store) => {
    const [page] = await Promise.all([
      store.kudos.list({}, { limit: 20 }),
      store.kudos.values(),
      store.me(),
      store.people.departments(),
    ]);
    await store.people.getMany([...new Set(page.items.flatMap((k) => [k.fromId, ...k.toIds]))]);
  },
};

export async function sharePointBench({ log = () => {} } = {}) {
  const { createSharePointWorld, createSharePointStore, FetchHttp, SITE, CONTRACT_PEOPLE } = await bundle();
  const world = await createSharePointWorld();
  const data = seedData(CONTRACT_PEOPLE, world.clock.now());
  await world.seed(data);
  // The member whose page it is, over fetch, each answer after the same simulated latency.
  const asBob = world.emulator.fetchAs(world.userOf(CONTRACT_PEOPLE.bob.id).id);
  const requests = [];
  let answeredTrip = 0;
  const fetch = async (input, init) => {
    const parts = typeof init?.body === 'string' ? [...init.body.matchAll(/^GET (\S+)/gm)].map((m) => m[1]) : [];
    const request = { url: String(input), method: init?.method ?? 'GET', trip: answeredTrip + 1, parts };
    requests.push(request);
    const response = await asBob(input, init);
    await settle(3); // the latency: every answer takes as long
    answeredTrip = Math.max(answeredTrip, request.trip);
    return response;
  };
  // The page carries a request digest (_spPageContextInfo), as every SharePoint page does.
  const info = await (
    await asBob(`${SITE}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })
  ).json();
  const pageDigest = { value: info.FormDigestValue, timeoutSeconds: info.FormDigestTimeoutSeconds };
  const http = new FetchHttp(SITE, fetch, world.clock, pageDigest);
  const store = createSharePointStore({ http, clock: world.clock });

  const offered = Object.keys(parts).filter((name) =>
    store.capabilities.features.includes(name === 'poll' ? 'polls' : name),
  );
  log(`sharepoint: a page with ${offered.join(', ')}`);
  // The web parts' code is loaded already (a returning visitor's cache): what is counted are the
  // requests to SharePoint. On a first visit the feed's and kudos' code also loads, side by side
  // with the first batch (the web parts start it as they mount).
  await Promise.all(offered.filter((name) => name !== 'poll').map((name) => store.preload(name)));
  await Promise.all(offered.map((name) => parts[name](store)));
  if (process.env.PLEIN_BENCH_TRACE)
    for (const r of requests)
      for (const url of [r.url, ...r.parts])
        log(`  ${r.trip} ${r.method} ${decodeURIComponent(url.replace(SITE, '')).slice(0, 140)}`);
  const first = { requests: requests.length, trips: Math.max(...requests.map((r) => r.trip)), parts: offered };

  const topics = {
    poll: { kind: 'poll', id: 'poll-townhall' },
    feed: { kind: 'feed', channel: 'general' },
    kudos: { kind: 'kudos' },
  };
  const stops = offered.map((name) => store.subscribe(topics[name], () => {}));
  await settle();
  const before = requests.length;
  const MINUTES = 10;
  for (let minute = 0; minute < MINUTES; minute++) {
    world.clock.advance(60_000);
    await settle();
  }
  const idle = (requests.length - before) / MINUTES;
  stops.forEach((stop) => stop());
  log(`sharepoint: first data ${first.requests} requests in ${first.trips} round trips; idle ${idle} requests/min`);
  return { first, idle };
}

/** The web parts' library, built as the .sppkg takes it: its sizes as its build reports them. */
export function librarySizes() {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-spfx-library.mjs')], { encoding: 'utf8' });
  if (built.status !== 0) return 'The library did not build in this run.';
  return built.stdout
    .split('\n')
    .filter((line) => /^(packages\/spfx-library\/dist| {2})/.test(line))
    .map((line) => `- ${line.trim()}`)
    .join('\n');
}

export function sharePointTable({ first, idle }) {
  return `A page with ${first.parts.length} web parts (${first.parts.join(', ')}), signed in as a member, over \`fetch\` against the SharePoint REST emulator, with the web parts' code already loaded (counts, not times: the same on every machine).

| what | figure | goal |
| --- | --- | --- |
| requests until every part shows its first data | ${first.requests} | |
| round trips until then | ${first.trips} | 2, batched |
| requests per minute while idle (live updates on) | ${idle} | 1 |

The web parts' code: \`packages/spfx-library\` (every element, the SharePoint store and the theme
mapping, pre-built as ES2022 and bundled into the .sppkg), min+gzip:

${librarySizes()}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(sharePointTable(await sharePointBench({ log: console.log })));
}
