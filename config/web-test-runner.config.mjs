import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter } from './summary-reporter.mjs';
import { chromiumPath, chromiumArgs } from '../scripts/chromium.mjs';

/** Browser tests: every `*.test.ts` under packages/ (node-only tests are `*.node.test.ts`). */
export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts', '!packages/*/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, headless: true } })],
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter()],
};
