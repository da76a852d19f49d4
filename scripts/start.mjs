/**
 * `npm start`: builds dist/plein.js, then serves the demo intranet under a strict CSP.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { banner, serve, stopOnSignals } from './serve.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

console.log('Building dist/plein.js …');
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) {
  console.error(
    `\nThe build failed (${build.error?.message ?? `exit code ${build.status}`}); the demo was not started.`,
  );
  process.exit(build.status || 1);
}

const running = await serve();
console.log(banner(running.url));
stopOnSignals(running);
