/**
 * `npm run build`:
 * 1. per package, ES2022 JavaScript with .d.ts in packages/X/dist (tsc, in dependency order,
 *    since each package compiles against the declarations of the ones before it);
 * 2. browser bundles in dist/ (rollup.config.js): plein.js with chunks/, poll.js with poll/,
 *    provider.js with provider/;
 * 3. dist/custom-elements.json (custom elements manifest analyzer), which Storybook reads.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packages = ['core', 'store-memory', 'ui', 'poll', 'feed', 'kudos', 'onboarding', 'insights', 'embed'];

/** Parts that failed. Later parts still run (tsc emits despite type errors), so one error shows everything else. */
const failed = [];

function run(label, command, args) {
  console.log(`build: ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed.push(label);
}

async function bundle() {
  console.log('build: rollup → dist/');
  const { default: configs } = await import(join(root, 'rollup.config.js'));
  for (const config of configs) {
    const build = await rollup({ ...config, logLevel: 'warn' });
    try {
      const { output } = await build.write(config.output);
      for (const file of output) console.log(`  dist/${file.fileName}`);
    } finally {
      await build.close();
    }
  }
}

async function main() {
  process.chdir(root);
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  for (const name of packages) {
    rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
    run(`tsc ${name}`, process.execPath, [tsc, '-p', `packages/${name}/tsconfig.build.json`]);
  }
  try {
    await bundle();
  } catch (error) {
    console.error(error);
    failed.push('rollup');
  }
  const cem = join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
  run('custom elements manifest → dist/custom-elements.json', process.execPath, [
    cem,
    'analyze',
    '--config',
    'config/custom-elements-manifest.config.mjs',
    '--quiet',
  ]);
  if (failed.length) throw new Error(`failed: ${failed.join(', ')}`);
  console.log('build: done');
}

main().catch((error) => {
  console.error(`build: ${error.message}`);
  process.exitCode = 1;
});
