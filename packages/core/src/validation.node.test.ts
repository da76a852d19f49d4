import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PleinError } from './errors.js';
import { LIMITS } from './limits.js';
import {
  parseKudosDraft,
  parseKudosQuery,
  parseKudosSettings,
  parseKudosValueDraft,
  parseLeaderboardQuery,
  parsePageRequest,
  parsePollDraft,
  parseSearchQuery,
  parseVote,
  parseWriteOptions,
} from './validation.js';

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

describe('parseKudosDraft', () => {
  const kudos = (patch: Record<string, unknown> = {}) => ({
    toIds: ['p-bob'],
    valueId: 'v-teamwork',
    message: 'Thanks!',
    ...patch,
  });

  it('trims and normalizes the message, drops unknown fields and deduplicates recipients in order', () => {
    assert.deepEqual(
      parseKudosDraft(kudos({ toIds: ['p-zoe', 'p-bob', 'p-zoe'], message: '  Cafe\u0301 <b>\n', evil: 1 })),
      { toIds: ['p-zoe', 'p-bob'], valueId: 'v-teamwork', message: 'Caf\u00e9 <b>' },
    );
  });

  it('counts recipients after removing duplicates', () => {
    const ten = Array.from({ length: LIMITS.kudosRecipients }, (_, i) => `p-${i}`);
    assert.deepEqual(parseKudosDraft(kudos({ toIds: [...ten, ...ten] })).toIds, ten);
    throwsPlein(() => parseKudosDraft(kudos({ toIds: [...ten, 'p-one-more'] })), 'invalid', {
      field: 'toIds',
      limit: LIMITS.kudosRecipients,
      reason: 'too-many',
    });
  });

  it('refuses missing, empty and malformed recipients', () => {
    throwsPlein(() => parseKudosDraft(kudos({ toIds: [] })), 'invalid', {
      field: 'toIds',
      limit: 1,
      reason: 'required',
    });
    throwsPlein(() => parseKudosDraft(kudos({ toIds: undefined })), 'invalid', { field: 'toIds', reason: 'required' });
    throwsPlein(() => parseKudosDraft(kudos({ toIds: 'p-bob' })), 'invalid', { field: 'toIds', reason: 'wrong-type' });
    throwsPlein(() => parseKudosDraft(kudos({ toIds: ['p-bob', ''] })), 'invalid', {
      field: 'toIds',
      index: 1,
      reason: 'required',
    });
    throwsPlein(() => parseKudosDraft(kudos({ toIds: ['p-bob', 7] })), 'invalid', {
      field: 'toIds',
      index: 1,
      reason: 'wrong-type',
    });
  });

  it('refuses a missing value and an empty, blank or long message', () => {
    throwsPlein(() => parseKudosDraft(kudos({ valueId: '' })), 'invalid', { field: 'valueId', reason: 'required' });
    throwsPlein(() => parseKudosDraft(kudos({ valueId: undefined })), 'invalid', {
      field: 'valueId',
      reason: 'required',
    });
    throwsPlein(() => parseKudosDraft(kudos({ message: '' })), 'invalid', { field: 'message', reason: 'required' });
    throwsPlein(() => parseKudosDraft(kudos({ message: ' \n\t ' })), 'invalid', {
      field: 'message',
      reason: 'required',
    });
    throwsPlein(() => parseKudosDraft(kudos({ message: 'm'.repeat(5_000) })), 'too-large', {
      field: 'message',
      limit: LIMITS.kudosMessage,
      reason: 'too-long',
    });
    assert.equal(parseKudosDraft(kudos({ message: ` ${'m'.repeat(LIMITS.kudosMessage)} ` })).message.length, 1000);
    throwsPlein(() => parseKudosDraft(null), 'invalid', { field: 'draft', reason: 'wrong-type' });
  });
});

describe('parseKudosQuery', () => {
  it('drops empty filters and defaults the direction only when a person is named', () => {
    assert.deepEqual(parseKudosQuery(undefined), {});
    assert.deepEqual(parseKudosQuery({}), {});
    assert.deepEqual(parseKudosQuery({ department: '   ', direction: 'given' }), {}, 'no direction without a person');
    assert.deepEqual(parseKudosQuery({ personId: 'p-bob' }), { personId: 'p-bob', direction: 'received' });
    assert.deepEqual(
      parseKudosQuery({ valueId: 'v-1', personId: 'p-bob', direction: 'given', department: ' IT ', evil: 1 }),
      { valueId: 'v-1', personId: 'p-bob', direction: 'given', department: 'IT' },
    );
  });

  it('refuses a bad direction and long filters', () => {
    throwsPlein(() => parseKudosQuery({ personId: 'p-bob', direction: 'sideways' }), 'invalid', {
      field: 'direction',
      reason: 'unknown-value',
    });
    throwsPlein(() => parseKudosQuery({ department: 'd'.repeat(201) }), 'too-large', {
      field: 'department',
      limit: 200,
      reason: 'too-long',
    });
    throwsPlein(() => parseKudosQuery({ valueId: 'v'.repeat(201) }), 'too-large', {
      field: 'valueId',
      limit: 200,
      reason: 'too-long',
    });
    throwsPlein(() => parseKudosQuery({ personId: 7 }), 'invalid', { field: 'personId', reason: 'wrong-type' });
  });
});

describe('parseKudosValueDraft', () => {
  const value = (patch: Record<string, unknown> = {}) => ({
    name: { en: 'Teamwork', nl: 'Samenwerking' },
    description: { en: 'Better together' },
    emoji: '🤝',
    color: '#0F6CBD',
    ...patch,
  });

  it('trims, drops empty languages and unknown ones, and lower-cases the colour', () => {
    assert.deepEqual(
      parseKudosValueDraft(
        value({ name: { en: ' Teamwork ', nl: '  ', de: 'Teamarbeit' }, description: { nl: '' }, emoji: ' 🤝 ' }),
      ),
      { name: { en: 'Teamwork' }, description: {}, emoji: '🤝', color: '#0f6cbd' },
    );
    assert.deepEqual(
      parseKudosValueDraft(value({ description: undefined })).description,
      {},
      'description is optional',
    );
  });

  it('wants a name in at least one language, each at most 40 characters', () => {
    throwsPlein(() => parseKudosValueDraft(value({ name: {} })), 'invalid', { field: 'name', reason: 'required' });
    throwsPlein(() => parseKudosValueDraft(value({ name: { en: ' ', nl: '' } })), 'invalid', {
      field: 'name',
      reason: 'required',
    });
    throwsPlein(() => parseKudosValueDraft(value({ name: undefined })), 'invalid', {
      field: 'name',
      reason: 'required',
    });
    throwsPlein(() => parseKudosValueDraft(value({ name: { nl: 'n'.repeat(41) } })), 'too-large', {
      field: 'name',
      limit: LIMITS.kudosValueName,
      reason: 'too-long',
    });
    assert.equal(parseKudosValueDraft(value({ name: { nl: 'n'.repeat(40) } })).name.nl?.length, 40);
    throwsPlein(() => parseKudosValueDraft(value({ name: { en: 7 } })), 'invalid', {
      field: 'name',
      reason: 'wrong-type',
    });
  });

  it('allows descriptions up to 200 characters per language', () => {
    assert.equal(parseKudosValueDraft(value({ description: { en: 'd'.repeat(200) } })).description.en?.length, 200);
    throwsPlein(() => parseKudosValueDraft(value({ description: { en: 'd'.repeat(201) } })), 'too-large', {
      field: 'description',
      limit: LIMITS.kudosValueDescription,
      reason: 'too-long',
    });
  });

  it('takes one emoji: a single grapheme, however many code points', () => {
    for (const emoji of ['🤝', '👩🏽‍🚀', '🇳🇱', '❤️', '👍🏿', '★']) {
      assert.equal(parseKudosValueDraft(value({ emoji })).emoji, emoji, emoji);
    }
    throwsPlein(() => parseKudosValueDraft(value({ emoji: '' })), 'invalid', { field: 'emoji', reason: 'required' });
    throwsPlein(() => parseKudosValueDraft(value({ emoji: '  ' })), 'invalid', { field: 'emoji', reason: 'required' });
    for (const emoji of ['ok', 'A', '7', 'é', '🤝🤝', '🤝 🙌', '<b>', '🤝'.repeat(20)]) {
      throwsPlein(() => parseKudosValueDraft(value({ emoji })), 'invalid', { field: 'emoji', reason: 'not-an-emoji' });
    }
  });

  it('takes a colour as #rrggbb only', () => {
    for (const color of ['red', '#fff', '#12345g', '0f6cbd', '#0f6cbd0', 'rgb(0, 0, 0)', '']) {
      throwsPlein(() => parseKudosValueDraft(value({ color })), 'invalid', { field: 'color', reason: 'bad-color' });
    }
    assert.equal(parseKudosValueDraft(value({ color: ' #A1B2C3 ' })).color, '#a1b2c3');
  });
});

describe('parseLeaderboardQuery', () => {
  const from = '2026-01-01T00:00:00.000Z';
  const to = '2026-02-01T00:00:00+01:00';

  it('parses the period to milliseconds, defaults the limit to 10 and clamps it to 20', () => {
    assert.deepEqual(parseLeaderboardQuery({ by: 'value', from, to }), {
      by: 'value',
      from: Date.UTC(2026, 0, 1),
      to: Date.UTC(2026, 0, 31, 23),
      limit: 10,
    });
    assert.equal(parseLeaderboardQuery({ by: 'person', from, to, limit: 500 }).limit, LIMITS.leaderboard);
    assert.equal(parseLeaderboardQuery({ by: 'person', from, to, limit: 3 }).limit, 3);
  });

  it('refuses an end before or at the start, bad dates, kinds and limits', () => {
    throwsPlein(() => parseLeaderboardQuery({ by: 'value', from: to, to: from }), 'invalid', {
      field: 'to',
      reason: 'end-before-start',
    });
    throwsPlein(() => parseLeaderboardQuery({ by: 'value', from, to: from }), 'invalid', {
      field: 'to',
      reason: 'end-before-start',
    });
    throwsPlein(() => parseLeaderboardQuery({ by: 'value', from: 'last week', to }), 'invalid', {
      field: 'from',
      reason: 'invalid-date',
    });
    throwsPlein(() => parseLeaderboardQuery({ by: 'value', from, to: '2026-02-30T00:00:00Z' }), 'invalid', {
      field: 'to',
      reason: 'invalid-date',
    });
    throwsPlein(() => parseLeaderboardQuery({ by: 'team', from, to }), 'invalid', {
      field: 'by',
      reason: 'unknown-value',
    });
    throwsPlein(() => parseLeaderboardQuery({ from, to }), 'invalid', { field: 'by', reason: 'required' });
    throwsPlein(() => parseLeaderboardQuery({ by: 'value', from, to, limit: 0 }), 'invalid', {
      field: 'limit',
      limit: 1,
      reason: 'out-of-range',
    });
    throwsPlein(() => parseLeaderboardQuery({ by: 'value', from, to, limit: 2.5 }), 'invalid', {
      field: 'limit',
      reason: 'out-of-range',
    });
  });
});

describe('parseKudosSettings', () => {
  it('takes the people leaderboard switch and nothing else', () => {
    assert.deepEqual(parseKudosSettings({ peopleLeaderboard: true, evil: 1 }), { peopleLeaderboard: true });
    assert.deepEqual(parseKudosSettings({ peopleLeaderboard: false }), { peopleLeaderboard: false });
    throwsPlein(() => parseKudosSettings({}), 'invalid', { field: 'peopleLeaderboard', reason: 'required' });
    throwsPlein(() => parseKudosSettings({ peopleLeaderboard: 'yes' }), 'invalid', {
      field: 'peopleLeaderboard',
      reason: 'wrong-type',
    });
    throwsPlein(() => parseKudosSettings(null), 'invalid', { field: 'settings', reason: 'wrong-type' });
  });
});
