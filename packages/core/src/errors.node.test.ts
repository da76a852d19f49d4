import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES, PleinError, isPleinError, toPleinError } from './errors.js';

describe('PleinError', () => {
  it('is an Error with a code, details and retryAfter', () => {
    const error = new PleinError('rate-limited', { reason: 'throttled' }, 30);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'PleinError');
    assert.equal(error.code, 'rate-limited');
    assert.deepEqual(error.details, { reason: 'throttled' });
    assert.equal(error.retryAfter, 30);
    assert.equal(new PleinError('forbidden').retryAfter, undefined);
    assert.deepEqual(new PleinError('forbidden').details, {});
  });

  it('builds a developer message from code, reason and field unless given one', () => {
    assert.equal(
      new PleinError('invalid', { reason: 'required', field: 'question' }).message,
      'invalid: required (question)',
    );
    assert.equal(new PleinError('not-found').message, 'not-found');
    assert.equal(new PleinError('conflict', {}, undefined, 'custom').message, 'custom');
  });

  it('serializes to plain data, with retryAfter only when known', () => {
    const details = { field: 'option', limit: 120, reason: 'too-long', index: 2 };
    assert.deepEqual(new PleinError('too-large', details).toJSON(), { code: 'too-large', details });
    assert.deepEqual(JSON.parse(JSON.stringify(new PleinError('rate-limited', {}, 5))), {
      code: 'rate-limited',
      details: {},
      retryAfter: 5,
    });
    assert.equal('retryAfter' in new PleinError('unavailable').toJSON(), false);
  });
});

describe('isPleinError', () => {
  it('recognizes instances and copies from another bundle by name and code', () => {
    assert.equal(isPleinError(new PleinError('forbidden')), true);
    class OtherCopy extends Error {
      override name = 'PleinError';
      code = 'conflict';
      details = {};
    }
    assert.equal(isPleinError(new OtherCopy()), true);
    assert.equal(isPleinError({ name: 'PleinError', code: 'not-found', details: {} }), true);
    for (const code of ERROR_CODES) assert.equal(isPleinError({ name: 'PleinError', code }), true, code);
  });

  it('rejects everything else', () => {
    const others: unknown[] = [
      new Error('boom'),
      { name: 'PleinError', code: 'teapot' },
      { name: 'PleinError' },
      { name: 'Error', code: 'forbidden' },
      { code: 'forbidden', details: {} },
      JSON.parse(JSON.stringify(new PleinError('forbidden'))),
      'PleinError',
      null,
      undefined,
      42,
    ];
    for (const value of others) assert.equal(isPleinError(value), false, JSON.stringify(value));
  });
});

describe('toPleinError', () => {
  it('passes PleinErrors and copies through unchanged', () => {
    const error = new PleinError('conflict', { reason: 'has-votes' });
    assert.equal(toPleinError(error), error);
    const copy = { name: 'PleinError', code: 'forbidden', details: {} };
    assert.equal(toPleinError(copy), copy);
  });

  it('turns anything else into unavailable/unexpected without keeping its text', () => {
    for (const value of [new TypeError('secret'), 'secret', null, { message: 'secret' }]) {
      const error = toPleinError(value);
      assert.ok(error instanceof PleinError);
      assert.equal(error.code, 'unavailable');
      assert.deepEqual(error.details, { reason: 'unexpected' });
      assert.doesNotMatch(error.message, /secret/);
    }
  });
});
