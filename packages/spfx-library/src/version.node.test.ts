import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { tagSuffix, version } from './version.js';

describe('version', () => {
  it('is the package version, and the tag suffix is made of it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(version, pkg.version);
    assert.equal(tagSuffix, pkg.version.replace(/\./g, '-'));
    assert.match(`plein-feed-${tagSuffix}`, /^[a-z][a-z0-9-]*-[a-z0-9-]+$/);
  });
});
