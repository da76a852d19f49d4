/**
 * Builds `@plein/spfx-library` for the SharePoint web parts: packages/spfx-library/src/index.ts
 * → packages/spfx-library/dist/index.js (ES2022, minified, lazy chunks in dist/chunks) with the
 * shared rollup settings (rollup.config.js), and the hand-written declarations
 * (src/public-api.d.ts) as dist/index.d.ts, which the package's top-level `types` names (SPFx's
 * TypeScript resolves with `moduleResolution: node` and ignores `exports`). Writes only into
 * packages/spfx-library/dist. Prints the sizes, min+gzip.
 *
 * `node scripts/build-spfx-library.mjs [--allow-missing]`: an import that a dependency does not
 * export fails the build; with `--allow-missing` it is shimmed as undefined (the bundle is written
 * and the build passes with a warning), for work that goes on while a dependency is being written.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { bundleConfig } from '../rollup.config.js';
import { lazyChunks, measure, readGraph, staticClosure } from './sizes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'packages', 'spfx-library');
const dist = join(pkg, 'dist');

const allowMissing = process.argv.includes('--allow-missing');
/** Exports the library imports that its dependencies do not (yet) have. */
const missing = [];

async function main() {
  process.chdir(root); // bundleConfig's esbuild reads tsconfig.json from here
  rmSync(dist, { recursive: true, force: true });
  const config = bundleConfig({ input: { index: 'packages/spfx-library/src/index.ts' }, dir: dist });
  // The chunk with the library's own code (and, shared with the lazy chunks, everything it
  // imports) is named after it, not after the highest layer rollup.config.js knows.
  const chunkFileNames = config.output.chunkFileNames;
  config.output.chunkFileNames = (chunk) =>
    chunk.moduleIds.some((id) => id.endsWith(join('packages', 'spfx-library', 'src', 'mount.ts')))
      ? 'chunks/spfx-library-[hash].js'
      : chunkFileNames(chunk);
  const build = await rollup({
    ...config,
    logLevel: 'warn',
    // Shimmed always, so every missing export is listed at once (rollup stops at the first).
    shimMissingExports: true,
    onwarn(warning, warn) {
      if (warning.code === 'SHIMMED_EXPORT') missing.push(warning.message);
      else config.onwarn(warning, warn);
    },
  });
  let output;
  try {
    ({ output } = await build.write(config.output));
  } finally {
    await build.close();
  }
  mkdirSync(dist, { recursive: true });
  copyFileSync(join(pkg, 'src', 'public-api.d.ts'), join(dist, 'index.d.ts'));
  report(output);
  if (missing.length) {
    const list = `${missing.length} missing export(s), shimmed as undefined:\n  ${missing.join('\n  ')}`;
    if (allowMissing) console.warn(`build-spfx-library: WARNING: ${list}`);
    else {
      console.error(`build-spfx-library: FAILED: ${list}\n(pass --allow-missing to accept this bundle anyway)`);
      process.exitCode = 1;
    }
  }
}

/** Each web part kind's element (src/register.ts loads it); every kind also loads the shared parts. */
const ELEMENTS = {
  feed: 'feed/src/feed/feed.element.ts',
  poll: 'poll/src/poll/poll.element.ts',
  kudos: 'kudos/src/kudos/kudos-wall.element.ts',
  onboarding: 'onboarding/src/onboarding/onboarding.element.ts',
  insights: 'insights/src/insights/insights.element.ts',
  trending: 'feed/src/trending/trending.element.ts',
};
const SHARED_PARTS = 'spfx-library/src/shared-parts.ts';

/** Sizes, min+gzip: the entry, each web part kind's first load (entry, its element, the shared parts), everything. */
function report(output) {
  const graph = readGraph(dist);
  const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
  // The chunk that holds a module's code (not one that merely re-exports it).
  const chunkOf = (path) =>
    output.find((chunk) =>
      Object.entries(chunk.modules ?? {}).some(([id, m]) => id.endsWith(join('packages', path)) && m.renderedLength),
    )?.fileName;
  const entry = staticClosure(graph, 'index.js');
  const first = measure(graph, entry);
  const all = measure(graph, [...graph.keys()]);
  console.log(`packages/spfx-library/dist: ${graph.size} files (min+gzip)`);
  console.log(`  index.js with its static imports: ${kb(first.gzip)} (${kb(first.raw)} min)`);
  for (const [kind, element] of Object.entries(ELEMENTS)) {
    const files = new Set(entry);
    for (const chunk of [chunkOf(element), chunkOf(SHARED_PARTS)]) {
      if (!chunk) throw new Error(`no chunk for the ${kind} web part`);
      staticClosure(graph, chunk).forEach((file) => files.add(file));
    }
    console.log(`  first load of a ${kind} web part: ${kb(measure(graph, files).gzip)}`);
  }
  console.log(`  lazy chunks: ${lazyChunks(graph).length}; every file together: ${kb(all.gzip)} (${kb(all.raw)} min)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
