/**
 * `npm run bench`: bundle sizes against the budgets in DESIGN.md, written to BENCHMARKS.md.
 * Builds first when dist/plein.js is missing (or with `--build`). A lit-only baseline (one tiny
 * element) is bundled in the same run with the same rollup settings, so the table shows what
 * Plein adds on top of lit. Sizes are deterministic. Then the feed is timed in Chromium
 * (scripts/bench-feed.mjs) against a bare lit list in the same run, and the memory store's
 * insights over a million events in Node (scripts/bench-insights.mjs) against a bare loop over
 * the same events; `--sizes` skips both. Last, what a SharePoint page with three web parts costs
 * SharePoint in requests (scripts/bench-sharepoint.mjs): counts, so always measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { bundleConfig } from '../rollup.config.js';
import { bundleReport, KB } from './sizes.mjs';
import { feedBench } from './bench-feed.mjs';
import { insightsBench, insightsTable } from './bench-insights.mjs';
import { sharePointBench, sharePointTable } from './bench-sharepoint.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function build() {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

/** The lit-only baseline: LitElement, html and css, one element, same rollup settings. */
async function baseline() {
  // Inside the repo, so `lit` resolves from node_modules exactly as it does for Plein. Plain
  // JavaScript: the esbuild plugin transpiles nothing under node_modules (it still minifies).
  const dir = join(root, 'node_modules', '.cache', 'plein-bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'baseline.js');
  writeFileSync(
    entry,
    `import { LitElement, html, css } from 'lit';
class BaselineElement extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p>Hello, \${this.localName}</p>\`; }
}
customElements.define('baseline-element', BaselineElement);
`,
  );
  const config = bundleConfig({ input: { baseline: entry }, dir: join(dir, 'out') });
  const bundle = await rollup({ ...config, logLevel: 'silent' });
  await bundle.write(config.output);
  await bundle.close();
  return bundleReport(join(dir, 'out'), { main: 'baseline.js', elements: [] }).firstLoad;
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const delta = (bytes) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;

function table(rows, lit, { compare = true } = {}) {
  const head = ['what', 'files', 'raw', 'min+gzip', 'brotli', ...(compare ? ['over lit'] : []), 'budget', 'status'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const cells = [
      `\`${row.name}\``,
      String(row.files.length),
      kb(row.size.raw),
      kb(row.size.gzip),
      kb(row.size.brotli),
      ...(compare ? [delta(row.size.gzip - lit.size.gzip)] : []),
      row.budget ? kb(row.budget) : '–',
      row.budget ? (row.pass ? 'PASS' : '**OVER**') : '–',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
const count = (value) => value.toLocaleString('en');

/** The feed against the bare lit list, as ratios (the absolute figures only describe this machine). */
function timingTables({ runs, first, scroll }) {
  const { feed, baseline, total, step } = scroll;
  const perPost = (run) => run.ms / run.loaded;
  const dom = (run) => `${count(run.domSizes[0])} → ${count(run.domSizes.at(-1))}`;
  return `Headless Chromium, 1280×900, both in the same page, fed by the same memory store.

| what | \`<plein-feed>\` | lit \`repeat\` list | ratio | budget |
| --- | --- | --- | --- | --- |
| first render of 50 posts (median of ${runs} alternating runs) | ${ms(first.feed)} | ${ms(first.baseline)} | ${ratio(first.feed, first.baseline)} | within 1.5× |

Reading through ${count(total)} posts, ${step} per step, scrolling to the end after each step
(the plain list was given as much time as the feed took, then stopped):

| what | \`<plein-feed>\` | lit \`repeat\` list | ratio |
| --- | --- | --- | --- |
| posts loaded | ${count(feed.loaded)} | ${count(baseline.loaded)} | – |
| time per post loaded | ${ms(perPost(feed))} | ${ms(perPost(baseline))} | ${ratio(perPost(feed), perPost(baseline))} |
| long tasks (over 50 ms) while loading | ${feed.longTasks} in ${count(feed.loaded / step)} steps (longest ${ms(feed.longestTask)}) | ${baseline.longTasks} in ${count(baseline.loaded / step)} steps (longest ${ms(baseline.longestTask)}) | – |
| elements on the page, first step → last | ${dom(feed)} | ${dom(baseline)} | – |

Then reading what was loaded: 300 screens of scrolling (800 px each, one frame apart) from the middle:

| what | \`<plein-feed>\` | lit \`repeat\` list | ratio |
| --- | --- | --- | --- |
| median frame | ${ms(feed.reading.medianFrame)} | ${ms(baseline.reading.medianFrame)} | ${ratio(feed.reading.medianFrame, baseline.reading.medianFrame)} |
| slowest frame | ${ms(feed.reading.slowestFrame)} | ${ms(baseline.reading.slowestFrame)} | – |
| long tasks (over 50 ms) | ${feed.reading.longTasks} | ${baseline.reading.longTasks} | – |

The feed keeps its DOM size constant through virtualization; the plain list grows with every post.`;
}

async function main() {
  if (process.argv.includes('--build') || !existsSync(join(dist, 'plein.js'))) build();
  const report = bundleReport(dist);
  const lit = await baseline();
  const rows = [report.firstLoad, ...report.elements, ...report.lazy];
  const over = rows.filter((row) => !row.pass);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown';
  const timings = process.argv.includes('--sizes') ? undefined : await feedBench({ log: console.log });
  const insights = process.argv.includes('--sizes') ? undefined : await insightsBench({ log: console.log });
  // Counts, not times: measured even with `--sizes`.
  const sharePoint = await sharePointBench({ log: console.log });

  const markdown = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs); do not edit by hand.
Date: ${new Date().toISOString().slice(0, 10)}. Machine: Node ${process.version}, ${availableParallelism()} CPUs (${cpu}), ${process.platform}/${process.arch}.

Sizes are of the minified rollup output in \`dist/\` (KB = 1,000 bytes; gzip level 9, brotli
quality 11), summed per file as a browser fetches them. A first load counts the entry and every
chunk it imports statically; a lazy chunk counts what it adds to the first load of its
build's entry (\`plein.js\` for \`chunks/\`, \`poll.js\` for \`poll/\`, …) and to the code that
imports it (the kudos give form after the wall). Budgets (DESIGN.md)
apply to min+gzip. "over lit" compares with a lit-only baseline (LitElement, html, css and one
element) bundled in the same run with the same settings.

## First load

${table([report.firstLoad, ...report.elements], lit)}

## Lazy chunks (loaded on first use)

${report.lazy.length ? table(report.lazy, lit, { compare: false }) : 'None.'}

## Baseline

${table([{ ...lit, name: 'lit only (one element)', budget: 0 }], lit, { compare: false })}

## Feed timings

${timings ? timingTables(timings) : 'Not measured in this run (`--sizes`).'}

## Insights timings

${insights ? insightsTable(insights) : 'Not measured in this run (`--sizes`).'}

## SharePoint: requests

${sharePointTable(sharePoint)}
## Files

${rows.map((row) => `- \`${row.name}\`: ${row.files.map((file) => `\`${file}\``).join(', ')}`).join('\n')}

**${over.length === 0 ? 'All sizes are within budget.' : `Over budget: ${over.map((row) => row.name).join(', ')}.`}**
`;
  writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
  console.log(markdown);
  // A report, not a gate: `npm test` asserts the budgets (scripts/bundle-size.node.test.mjs).
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
