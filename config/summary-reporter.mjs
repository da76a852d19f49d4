/**
 * Web Test Runner reporter that ends the run with a plain "browser: N passed, N failed,
 * N skipped" line (CI reads it) and, when PLEIN_BROWSER_SUMMARY names a file, writes the counts
 * there for the overall summary. A test file that failed to load counts as one failure.
 */
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  const tally = (sessions) => {
    totals = { passed: 0, failed: 0, skipped: 0 };
    for (const session of sessions) {
      const before = totals.passed + totals.failed + totals.skipped;
      count(session.testResults, totals);
      const ran = totals.passed + totals.failed + totals.skipped - before;
      if (session.passed === false && (ran === 0 || session.errors.length > 0)) totals.failed++;
    }
  };
  return {
    onTestRunFinished({ sessions }) {
      tally(sessions);
    },
    getTestProgress({ sessions }) {
      if (!sessions.every((session) => session.status === 'FINISHED')) return [];
      tally(sessions);
      return [`browser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`];
    },
    stop() {
      if (process.env.PLEIN_BROWSER_SUMMARY) {
        writeFileSync(process.env.PLEIN_BROWSER_SUMMARY, JSON.stringify(totals));
      }
    },
  };
}
