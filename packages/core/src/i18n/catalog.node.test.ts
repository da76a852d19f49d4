import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PleinError } from '../errors.js';
import { Catalog } from './catalog.js';
import { coreCatalog, errorMessage } from './strings.js';

describe('Catalog', () => {
  it('gives English until a language has loaded, then that language; loads once', async () => {
    let calls = 0;
    const catalog = new Catalog({ hello: 'Hello' }, { nl: async () => (calls++, { hello: 'Hallo' }) });
    assert.equal(catalog.has('en'), true);
    assert.equal(catalog.has('nl'), false);
    assert.equal(catalog.get('nl').hello, 'Hello');
    await Promise.all([catalog.load('nl'), catalog.load('nl')]);
    assert.equal(catalog.get('nl').hello, 'Hallo');
    assert.equal(catalog.has('nl'), true);
    await catalog.load('nl');
    assert.equal(calls, 1);
  });

  it('settles on English when a language cannot be loaded, without rejecting', async () => {
    const catalog = new Catalog({ hello: 'Hello' }, { nl: () => Promise.reject(new Error('offline')) });
    await catalog.load('nl');
    assert.equal(catalog.has('nl'), true);
    assert.equal(catalog.get('nl').hello, 'Hello');
  });
});

describe('core strings per language', () => {
  it('loads the Dutch error messages lazily; until then errorMessage falls back to English', async () => {
    const error = new PleinError('conflict', { reason: 'poll-closed' });
    assert.equal(coreCatalog.has('nl'), false);
    assert.equal(errorMessage('nl', error), 'This poll is closed.');
    await coreCatalog.load('nl');
    assert.equal(errorMessage('nl', error), 'Deze peiling is gesloten.');
  });
});
