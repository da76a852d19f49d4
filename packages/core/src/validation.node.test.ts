import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PleinError } from './errors.js';
import { LIMITS } from './limits.js';
import { parsePageRequest, parsePollDraft, parseSearchQuery, parseVote, parseWriteOptions } from './validation.js';

const NOW = Date.UTC(2026, 0, 12, 9, 0, 0);
const inAnHour = new Date(NOW + 3_600_000).toISOString();

const draft = (patch: Record<string, unknown> = {}) => ({
  question: 'Lunch?',
  options: ['Pizza', 'Sushi'],
  kind: 'single',
  anonymous: false,
  resultsVisibility: 'always',
  ...patch,
});

/** Runs `fn`, expecting a PleinError with exactly this code and these details. */
function throwsPlein(fn: () => unknown, code: string, details: Record<string, unknown>): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof PleinError, `expected a PleinError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.deepEqual({ ...error.details }, details);
    return true;
  });
}

describe('parsePollDraft', () => {
  it('trims text, fills defaults and normalizes the deadline', () => {
    const parsed = parsePollDraft(
      { question: '  Lunch?  ', options: [' Pizza ', 'Sushi'], closesAt: '2026-01-12T11:00:00+01:00' },
      NOW,
    );
    assert.deepEqual(parsed, {
      question: 'Lunch?',
      options: ['Pizza', 'Sushi'],
      kind: 'single',
      maxChoices: 1,
      anonymous: false,
      resultsVisibility: 'always',
      closesAt: '2026-01-12T10:00:00.000Z',
    });
  });

  it('multiple choice defaults maxChoices to every option and keeps a valid one', () => {
    assert.equal(parsePollDraft(draft({ kind: 'multiple', options: ['a', 'b', 'c'] }), NOW).maxChoices, 3);
    assert.equal(
      parsePollDraft(draft({ kind: 'multiple', options: ['a', 'b', 'c'], maxChoices: 2 }), NOW).maxChoices,
      2,
    );
  });

  it('drops unknown fields', () => {
    assert.equal('evil' in parsePollDraft(draft({ evil: '<script>' }), NOW), false);
  });

  it('refuses an empty or blank question', () => {
    throwsPlein(() => parsePollDraft(draft({ question: '' }), NOW), 'invalid', {
      field: 'question',
      reason: 'required',
    });
    throwsPlein(() => parsePollDraft(draft({ question: ' \n\t ' }), NOW), 'invalid', {
      field: 'question',
      reason: 'required',
    });
    throwsPlein(() => parsePollDraft(draft({ question: undefined }), NOW), 'invalid', {
      field: 'question',
      reason: 'required',
    });
  });

  it('refuses a question over the limit, counting after the trim', () => {
    assert.ok(parsePollDraft(draft({ question: ` ${'q'.repeat(LIMITS.pollQuestion)} ` }), NOW));
    throwsPlein(() => parsePollDraft(draft({ question: 'q'.repeat(LIMITS.pollQuestion + 1) }), NOW), 'too-large', {
      field: 'question',
      limit: LIMITS.pollQuestion,
      reason: 'too-long',
    });
  });

  it('needs 2 to 10 options', () => {
    throwsPlein(() => parsePollDraft(draft({ options: ['only'] }), NOW), 'invalid', {
      field: 'options',
      limit: 2,
      reason: 'too-few-options',
    });
    const eleven = Array.from({ length: 11 }, (_, i) => `Option ${i + 1}`);
    throwsPlein(() => parsePollDraft(draft({ options: eleven }), NOW), 'invalid', {
      field: 'options',
      limit: 10,
      reason: 'too-many-options',
    });
    assert.equal(parsePollDraft(draft({ options: eleven.slice(0, 10) }), NOW).options.length, 10);
  });

  it('names the option at fault: empty, too long, wrong type, duplicate', () => {
    throwsPlein(() => parsePollDraft(draft({ options: ['a', '  '] }), NOW), 'invalid', {
      field: 'option',
      index: 1,
      reason: 'required',
    });
    throwsPlein(() => parsePollDraft(draft({ options: ['a', 'b', 'x'.repeat(10_000)] }), NOW), 'too-large', {
      field: 'option',
      index: 2,
      limit: LIMITS.pollOption,
      reason: 'too-long',
    });
    throwsPlein(() => parsePollDraft(draft({ options: ['a', 7] }), NOW), 'invalid', {
      field: 'option',
      index: 1,
      reason: 'wrong-type',
    });
    throwsPlein(() => parsePollDraft(draft({ options: ['Pizza', 'Sushi', ' pizza '] }), NOW), 'invalid', {
      field: 'option',
      index: 2,
      reason: 'duplicate-option',
    });
  });

  it('checks maxChoices against the options', () => {
    throwsPlein(() => parsePollDraft(draft({ kind: 'multiple', maxChoices: 3 }), NOW), 'invalid', {
      field: 'maxChoices',
      limit: 2,
      reason: 'out-of-range',
    });
    throwsPlein(() => parsePollDraft(draft({ kind: 'multiple', maxChoices: 0 }), NOW), 'invalid', {
      field: 'maxChoices',
      limit: 1,
      reason: 'out-of-range',
    });
    throwsPlein(() => parsePollDraft(draft({ kind: 'multiple', maxChoices: 1.5 }), NOW), 'invalid', {
      field: 'maxChoices',
      reason: 'out-of-range',
    });
    assert.equal(parsePollDraft(draft({ kind: 'single', maxChoices: 2 }), NOW).maxChoices, 1);
  });

  it('refuses unknown kinds and visibilities', () => {
    throwsPlein(() => parsePollDraft(draft({ kind: 'ranked' }), NOW), 'invalid', {
      field: 'kind',
      reason: 'unknown-value',
    });
    throwsPlein(() => parsePollDraft(draft({ resultsVisibility: 'never' }), NOW), 'invalid', {
      field: 'resultsVisibility',
      reason: 'unknown-value',
    });
    throwsPlein(() => parsePollDraft(draft({ anonymous: 'yes' }), NOW), 'invalid', {
      field: 'anonymous',
      reason: 'wrong-type',
    });
  });

  it('wants a real deadline in the future', () => {
    assert.equal(parsePollDraft(draft({ closesAt: inAnHour }), NOW).closesAt, inAnHour);
    throwsPlein(() => parsePollDraft(draft({ closesAt: new Date(NOW).toISOString() }), NOW), 'invalid', {
      field: 'closesAt',
      reason: 'closes-in-past',
    });
    throwsPlein(() => parsePollDraft(draft({ closesAt: '2025-12-01T00:00:00Z' }), NOW), 'invalid', {
      field: 'closesAt',
      reason: 'closes-in-past',
    });
    for (const bad of ['tomorrow', '2026-02-30T10:00:00Z', '2026-01-13', '2026-13-01T00:00:00Z']) {
      throwsPlein(() => parsePollDraft(draft({ closesAt: bad }), NOW), 'invalid', {
        field: 'closesAt',
        reason: 'invalid-date',
      });
    }
  });

  it('refuses something that is not a draft', () => {
    throwsPlein(() => parsePollDraft(null, NOW), 'invalid', { field: 'draft', reason: 'wrong-type' });
    throwsPlein(() => parsePollDraft('poll', NOW), 'invalid', { field: 'draft', reason: 'wrong-type' });
  });
});

describe('parseVote', () => {
  it('accepts distinct option ids and returns a copy', () => {
    const ids = ['o1', 'o2'];
    const parsed = parseVote(ids);
    assert.deepEqual(parsed, ids);
    assert.notEqual(parsed, ids);
  });

  it('refuses empty, malformed and repeated choices', () => {
    throwsPlein(() => parseVote([]), 'invalid', { field: 'optionIds', reason: 'required' });
    throwsPlein(() => parseVote('o1'), 'invalid', { field: 'optionIds', reason: 'wrong-type' });
    throwsPlein(() => parseVote(['o1', 2]), 'invalid', { field: 'optionIds', index: 1, reason: 'wrong-type' });
    throwsPlein(() => parseVote(['o1', '']), 'invalid', { field: 'optionIds', index: 1, reason: 'required' });
    throwsPlein(() => parseVote(['o1', 'o2', 'o1']), 'invalid', {
      field: 'optionIds',
      index: 2,
      reason: 'duplicate-option',
    });
    throwsPlein(() => parseVote(Array.from({ length: 11 }, (_, i) => `o${i}`)), 'invalid', {
      field: 'optionIds',
      limit: 10,
      reason: 'too-many-choices',
    });
  });
});

describe('parsePageRequest', () => {
  it('defaults and clamps the limit', () => {
    assert.deepEqual(parsePageRequest(undefined), { limit: LIMITS.pageSize });
    assert.deepEqual(parsePageRequest({ limit: 500 }, 100), { limit: 100 });
    assert.deepEqual(parsePageRequest({ cursor: 'abc', limit: 5 }), { cursor: 'abc', limit: 5 });
    assert.deepEqual(parsePageRequest({}, 20), { limit: 20 });
  });

  it('refuses nonsense limits and cursors', () => {
    throwsPlein(() => parsePageRequest({ limit: 0 }), 'invalid', { field: 'limit', limit: 1, reason: 'out-of-range' });
    throwsPlein(() => parsePageRequest({ limit: '10' }), 'invalid', { field: 'limit', reason: 'wrong-type' });
    throwsPlein(() => parsePageRequest({ cursor: 'x'.repeat(1000) }), 'invalid', {
      field: 'cursor',
      limit: 200,
      reason: 'bad-cursor',
    });
  });
});

describe('parseSearchQuery', () => {
  it('trims the query and bounds the limit', () => {
    assert.deepEqual(parseSearchQuery('  ann '), { query: 'ann', limit: 10 });
    assert.deepEqual(parseSearchQuery('ann', { limit: 100 }), { query: 'ann', limit: LIMITS.peopleSearch });
    assert.deepEqual(parseSearchQuery('', { limit: 3 }), { query: '', limit: 3 });
  });

  it('refuses long or malformed queries', () => {
    throwsPlein(() => parseSearchQuery('a'.repeat(101)), 'too-large', {
      field: 'query',
      limit: 100,
      reason: 'too-long',
    });
    throwsPlein(() => parseSearchQuery(42), 'invalid', { field: 'query', reason: 'wrong-type' });
    throwsPlein(() => parseSearchQuery('a', { limit: -1 }), 'invalid', {
      field: 'limit',
      limit: 1,
      reason: 'out-of-range',
    });
  });
});

describe('parseWriteOptions', () => {
  it('wants an idempotency key', () => {
    assert.deepEqual(parseWriteOptions({ idempotencyKey: 'k1' }), { idempotencyKey: 'k1' });
    throwsPlein(() => parseWriteOptions({}), 'invalid', { field: 'idempotencyKey', reason: 'required' });
    throwsPlein(() => parseWriteOptions(undefined), 'invalid', { field: 'options', reason: 'required' });
    throwsPlein(() => parseWriteOptions({ idempotencyKey: '' }), 'invalid', {
      field: 'idempotencyKey',
      reason: 'required',
    });
  });
});
