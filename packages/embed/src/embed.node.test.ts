import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { version } from './version.js';
import { parseDescriptor } from './descriptor.js';

describe('Plein.version', () => {
  it('equals the version in @plein/embed package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(version, pkg.version);
  });
});

describe('parseDescriptor', () => {
  it('accepts every documented memory descriptor', () => {
    for (const descriptor of [
      { kind: 'memory' },
      { kind: 'memory', user: 'p-ada', persist: true, seed: 'demo' },
      { kind: 'memory', persist: { key: 'intranet' }, seed: 'none' },
    ]) {
      assert.deepEqual(parseDescriptor(descriptor), descriptor);
    }
  });

  it('says what is wrong with a malformed one', () => {
    const cases: [unknown, RegExp][] = [
      [null, /must be an object/],
      [['memory'], /must be an object/],
      [{}, /unknown store kind undefined/],
      [{ kind: 'rest' }, /unknown store kind "rest"/],
      [{ kind: 'memory', user: 42 }, /"user"/],
      [{ kind: 'memory', user: '' }, /"user"/],
      [{ kind: 'memory', persist: 'yes' }, /"persist"/],
      [{ kind: 'memory', persist: { key: '' } }, /"persist"/],
      [{ kind: 'memory', seed: 'lots' }, /"seed"/],
    ];
    for (const [value, message] of cases) assert.throws(() => parseDescriptor(value), { name: 'TypeError', message });
  });
});
