/**
 * Builds `dist/plein.sppkg`, the SharePoint solution, from a clean or a warm checkout:
 *   1. the element library the web parts load (`node scripts/build-spfx-library.mjs`);
 *   2. `npm ci` in packages/spfx when its node_modules are missing or older than its lockfile
 *      (the SPFx toolchain lives outside the root workspaces, with its own lockfile);
 *   3. `heft build --clean --production && heft package-solution --production` there;
 *   4. a copy of packages/spfx/sharepoint/solution/plein.sppkg to dist/plein.sppkg.
 * Run it after `npm run build` (which empties dist/). Exit code non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spfx = join(root, 'packages', 'spfx');
const built = join(spfx, 'sharepoint', 'solution', 'plein.sppkg');
const target = join(root, 'dist', 'plein.sppkg');
const started = performance.now();

function fail(message) {
  console.error(`build-sppkg: FAILED: ${message}`);
  process.exit(1);
}

function run(title, command, args, cwd) {
  console.log(`\nbuild-sppkg: ${title} (${[relative(root, cwd) || '.', '$', command, ...args].join(' ')})`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) fail(`${title}: ${result.error.message}`);
  if (result.status !== 0) fail(`${title} exited with ${result.status ?? result.signal} (see its output above)`);
}

/** npm writes node_modules/.package-lock.json on every install: older than the lockfile means stale. */
function needsInstall() {
  const marker = join(spfx, 'node_modules', '.package-lock.json');
  if (!existsSync(join(spfx, 'node_modules', '.bin', 'heft')) || !existsSync(marker)) return true;
  return statSync(marker).mtimeMs < statSync(join(spfx, 'package-lock.json')).mtimeMs;
}

if (!existsSync(join(root, 'node_modules', 'rollup'))) {
  fail('the root dependencies are missing: run `npm ci` at the repository root first');
}
run('building the element library', process.execPath, ['scripts/build-spfx-library.mjs'], root);
if (needsInstall()) {
  run('installing the SPFx toolchain', 'npm', ['ci', '--no-audit', '--no-fund'], spfx);
} else console.log('\nbuild-sppkg: the SPFx toolchain is installed and up to date');
const heft = join(spfx, 'node_modules', '.bin', 'heft');
run('building the web parts', heft, ['build', '--clean', '--production'], spfx);
run('packaging the solution', heft, ['package-solution', '--production'], spfx);

if (!existsSync(built)) fail(`heft reported success but wrote no ${relative(root, built)}`);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(built, target);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const kb = (statSync(target).size / 1000).toFixed(1);
console.log(`\nbuild-sppkg: wrote ${relative(root, target)} (${kb} KB) in ${seconds} s`);
