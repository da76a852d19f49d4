/**
 * The size budgets from DESIGN.md, asserted on the built dist/ (run after `npm run build`;
 * `npm test` does). Sizes are deterministic, so this is not a timing test.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { squeezeCss } from '../rollup.config.js';
import { bundleReport, KB, readGraph } from './sizes.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

describe('bundle budgets (min+gzip)', () => {
  assert.ok(existsSync(join(dist, 'plein.js')), 'dist/plein.js is missing: run `npm run build` first');
  const report = bundleReport(dist);
  const rows = [report.firstLoad, ...report.elements, ...report.lazy];
  const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

  for (const row of rows) {
    it(`${row.name} is within ${kb(row.budget)}`, () => {
      assert.ok(row.size.gzip <= row.budget, `${row.name}: ${kb(row.size.gzip)} (${row.files.join(', ')})`);
    });
  }

  it('loads the QR code and the memory store lazily', () => {
    const lazy = report.lazy.map((row) => row.name).join(' ');
    assert.match(lazy, /lean-qr/);
    assert.match(lazy, /store-memory/);
  });

  it('loads Dutch strings (core error messages, poll) only where an element speaks Dutch', () => {
    const graph = readGraph(dist);
    const dutch = ['Deze peiling is gesloten.', 'Peiling laden'];
    for (const row of [report.firstLoad, ...report.elements]) {
      for (const file of row.files) {
        for (const text of dutch)
          assert.ok(!graph.get(file).code.includes(text), `${row.name} loads "${text}" in ${file}`);
      }
    }
    const lazy = report.lazy.flatMap((row) => row.files).map((file) => graph.get(file).code.toString());
    for (const text of dutch)
      assert.ok(
        lazy.some((code) => code.includes(text)),
        `"${text}" is in no lazy chunk`,
      );
  });

  it('ships lit without its development build', () => {
    for (const [file, { code }] of readGraph(dist)) {
      assert.ok(!code.includes('Lit is in dev mode'), `${file} carries lit's development build`);
    }
  });
});

describe('squeezeCss (the build squeezes our css`` templates)', () => {
  it('drops comments, indentation and spaces around punctuation, and keeps what has meaning', () => {
    const text = [
      '  ${tokens}',
      "  :host([theme='dark']) .a > .b,",
      '  .c:not(.d) {',
      '    /* why */',
      '    width: calc(1em + 2px);',
      '    margin: 0 auto;',
      '  }',
      '  @media (max-width: 24em) {',
      '    .a { gap: var(--x, 1px) 2px; }',
      '  }',
    ].join('\n');
    assert.equal(
      squeezeCss(text),
      "${tokens} :host([theme='dark']) .a > .b,.c:not(.d){width:calc(1em + 2px);margin:0 auto}" +
        '@media (max-width:24em){.a{gap:var(--x,1px) 2px}}',
    );
  });
});
