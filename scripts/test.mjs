/**
 * `npm test`: every check, in order, with each step's own output shown:
 *   setup (Chromium) → typecheck → eslint → prettier → lit-analyzer → node tests → build
 *   → bundle budgets → SharePoint package (.sppkg) and its content → storybook build → browser
 *   tests (the web parts' test loads the built .sppkg).
 * A failing step does not hide the results of later ones (only steps that cannot run without
 * it are skipped). The last line is `N passed, N failed`: node + browser tests, plus one
 * failure for each failed non-test step. The exit code is non-zero if anything failed.
 * Groups can be picked: `node scripts/test.mjs typecheck lint node build browser`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const temp = mkdtempSync(join(tmpdir(), 'plein-test-'));

const totals = { passed: 0, failed: 0 };
const report = [];

/** Files under `dir` (recursively, skipping node_modules and dist) whose path matches `pattern`. */
function findFiles(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .filter((path) => !/(^|\/)(node_modules|dist)\//.test(path) && pattern.test(path))
    .sort();
}

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

/** A non-test step: one failure if it fails. */
function step(title, command, args) {
  banner(title);
  const ok = run(command, args);
  if (!ok) totals.failed++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${title}`);
  return ok;
}

function skip(title, why) {
  banner(title);
  console.log(`skipped: ${why}`);
  report.push(`skip ${title} (${why})`);
}

/** Counts from node:test's TAP summary (`# pass N`, `# fail N`, `# cancelled N`). */
function tapCounts(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const read = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
  const counts = { passed: read('pass'), failed: read('fail') + read('cancelled') };
  return Number.isNaN(counts.passed + counts.failed) ? undefined : counts;
}

/** node:test over an explicit file list (with no files it would report 0 tests and pass). */
function nodeTests(title, files, { loader = true } = {}) {
  banner(title);
  if (files.length === 0) {
    console.log('no test files found');
    totals.failed++;
    report.push(`FAIL ${title} (no test files)`);
    return;
  }
  const tap = join(temp, `${title.replace(/\W+/g, '-')}.tap`);
  const ok = run(process.execPath, [
    '--conditions=source',
    ...(loader ? ['--import', 'tsx'] : []),
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  tally(title, tapCounts(tap), ok);
}

/** Adds a test step's counts; a runner that failed without reporting a failing test counts once. */
function tally(title, counts, ok) {
  if (!counts) {
    totals.failed++;
    report.push(`FAIL ${title} (no summary: the runner did not finish)`);
    return;
  }
  const failed = counts.failed + (!ok && counts.failed === 0 ? 1 : 0);
  totals.passed += counts.passed;
  totals.failed += failed;
  report.push(`${failed ? 'FAIL' : 'ok  '} ${title}: ${counts.passed} passed, ${failed} failed`);
}

function browserTests() {
  const title = 'browser tests (web test runner)';
  banner(title);
  const summary = join(temp, 'browser.json');
  const ok = run(bin('wtr'), ['--config', 'config/web-test-runner.config.mjs'], { PLEIN_BROWSER_SUMMARY: summary });
  const counts = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : undefined;
  tally(title, counts, ok);
}

/** `node scripts/test.mjs lint node` runs only those groups; no arguments runs everything. */
const groups = process.argv.slice(2);
const wanted = (group) => groups.length === 0 || groups.includes(group);

try {
  const setupOk = wanted('browser') ? step('setup: Chromium for browser tests', 'bash', ['scripts/setup.sh']) : false;
  if (wanted('typecheck')) step('typecheck: tsc --noEmit', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  if (wanted('lint')) {
    step('lint: eslint', bin('eslint'), ['.', '--max-warnings=0']);
    step('lint: prettier --check', bin('prettier'), ['--check', '.']);
    step('lint: lit-analyzer --strict', bin('lit-analyzer'), ['packages/*/src/**/*.element.ts', '--strict']);
  }
  if (wanted('node')) {
    nodeTests('node tests', findFiles(join(root, 'packages'), /^packages\/[^/]+\/src\/.*\.node\.test\.ts$/));
  }
  if (wanted('build')) {
    step('build', process.execPath, ['scripts/build.mjs']);
    // The build starts by removing dist/, so a plein.js there is this run's (bundled even when tsc found type errors).
    if (existsSync(join(root, 'dist', 'plein.js'))) {
      nodeTests('bundle budgets', ['scripts/bundle-size.node.test.mjs'], { loader: false });
    } else skip('bundle budgets', 'no dist/plein.js: the bundle failed');
    // The SharePoint package: its own toolchain (installed on first use), then what is inside it.
    if (step('sharepoint: build dist/plein.sppkg', process.execPath, ['scripts/build-sppkg.mjs'])) {
      nodeTests('sharepoint package content', ['scripts/sppkg.node.test.mjs'], { loader: false });
    } else skip('sharepoint package content', 'the .sppkg build failed');
    // Every story must still build (it reads dist/custom-elements.json, made by the build).
    step('stories: storybook build', bin('storybook'), [
      'build',
      '-c',
      'config/storybook',
      '-o',
      join(temp, 'storybook'),
      '--disable-telemetry',
      '--quiet',
    ]);
  }
  if (wanted('browser')) {
    if (setupOk) browserTests();
    else skip('browser tests', 'no Chromium (see setup)');
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

banner('summary');
for (const line of report) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
