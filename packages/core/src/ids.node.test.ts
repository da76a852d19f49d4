import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newId, newIdempotencyKey } from './ids.js';

describe('ids', () => {
  it('makes idempotency keys that are version 4 UUIDs, all different', () => {
    const keys = Array.from({ length: 1000 }, newIdempotencyKey);
    for (const key of keys) assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('does not need crypto.randomUUID, which insecure (http) pages lack', () => {
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      assert.match(newIdempotencyKey(), /^[0-9a-f-]{36}$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('makes record ids with their prefix', () => {
    assert.match(newId('post'), /^post_[0-9a-z]{18}$/);
  });
});
