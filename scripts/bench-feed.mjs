/**
 * Timed feed benchmarks for `npm run bench`, run in headless Chromium (scripts/bench/feed-page.js):
 * - first render of 50 posts by `<plein-feed>` against a bare lit `repeat` list of the same
 *   posts from the same store, alternating, median of many runs;
 * - reading through 100,000 posts (a page at a time, scrolling to the end after each) with
 *   the feed against the same lit list, with the long tasks and the page's element count.
 * Times are reported as ratios against the baseline measured in the same run; the absolute
 * figures are for this machine only. Nothing here is asserted by a test.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { bundleConfig } from '../rollup.config.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundlePage() {
  const dir = join(root, 'node_modules', '.cache', 'plein-bench', 'feed');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const config = bundleConfig({ input: { page: join(root, 'scripts/bench/feed-page.js') }, dir, licenses: false });
  const bundle = await rollup({ ...config, logLevel: 'silent' });
  // One file, so the page can be injected without a server (lazy chunks are inlined).
  await bundle.write({ ...config.output, inlineDynamicImports: true });
  await bundle.close();
  return readFileSync(join(dir, 'page.js'), 'utf8');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * @param {{ runs?: number, total?: number, step?: number, log?: (line: string) => void }} options
 */
export async function feedBench({ runs = 21, total = 100_000, step = 100, log = () => {} } = {}) {
  const script = await bundlePage();
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
    // Reading 100,000 posts takes minutes in one evaluate() call.
    protocolTimeout: 0,
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.setContent('<!doctype html><html lang="en"><body><div id="host"></div></body></html>');
    await page.addScriptTag({ content: script, type: 'module' });
    await page.waitForFunction(() => 'feedBench' in window);

    log('bench: first render of 50 posts');
    await page.evaluate(() => window.feedBench.seed(2_000));
    const times = { feed: [], baseline: [] };
    for (let run = 0; run < runs + 2; run++) {
      // Alternate, so both see the same machine noise; the first two runs only warm up.
      for (const kind of run % 2 ? ['feed', 'baseline'] : ['baseline', 'feed']) {
        const ms = await page.evaluate((k) => window.feedBench.firstRender(k), kind);
        if (run >= 2) times[kind].push(ms);
      }
    }
    const first = { feed: median(times.feed), baseline: median(times.baseline) };

    log(`bench: reading through ${total} posts, ${step} at a time`);
    await page.evaluate((n) => window.feedBench.seed(n), total);
    const feed = await page.evaluate((t, s) => window.feedBench.scroll('feed', t, s), total, step);
    // The plain list slows down as it grows: it gets as much time as the feed took, then stops.
    const baseline = await page.evaluate(
      (t, s, max) => window.feedBench.scroll('baseline', t, s, max),
      total,
      step,
      Math.max(feed.ms, 5_000),
    );
    return { runs, first, scroll: { total, step, feed, baseline } };
  } finally {
    await browser.close();
  }
}
