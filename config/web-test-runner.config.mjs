import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter } from './summary-reporter.mjs';
import { chromiumPath, chromiumArgs } from '../scripts/chromium.mjs';
import { sppkgMiddleware } from '../scripts/sppkg.mjs';

/**
 * Browser tests: every `*.test.ts` under packages/ (node-only tests are `*.node.test.ts`), and the
 * SharePoint web part tests in packages/spfx/test, which load the built bundle out of
 * dist/plein.sppkg (served at /__sppkg/; run `node scripts/build-sppkg.mjs` first).
 */
export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts', '!packages/*/src/**/*.node.test.ts', 'packages/spfx/test/**/*.test.ts'],
  middleware: [sppkgMiddleware('/__sppkg/')],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // The plugin hands the file's raw text to esbuild, which ignores `extends`: point it at the
  // base config, where experimentalDecorators and useDefineForClassFields are set.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, headless: true } })],
  // One page at a time: tests that focus, type (sendKeys) or resize the viewport failed or crashed
  // the browser when two pages shared it, and two pages were no faster on a 2-CPU machine.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter()],
};
