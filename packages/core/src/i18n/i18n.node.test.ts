import { afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES, PleinError, type ErrorCode } from '../errors.js';
import { formatters } from './format.js';
import { LOCALES, matchLocale, resolveLocale } from './locale.js';
import { coreStrings } from './core-strings.js';
import { ERROR_FIELDS, ERROR_REASONS, coreCatalog, errorMessage } from './strings.js';

describe('matchLocale', () => {
  it('takes the primary language of a tag, in any case or separator', () => {
    assert.equal(matchLocale('nl'), 'nl');
    assert.equal(matchLocale('nl-BE'), 'nl');
    assert.equal(matchLocale('NL_nl'), 'nl');
    assert.equal(matchLocale(' en-GB '), 'en');
  });

  it('returns undefined for unsupported or empty tags', () => {
    for (const tag of ['fr', 'de-DE', '', null, undefined, 'nld', 'english'])
      assert.equal(matchLocale(tag), undefined, String(tag));
  });
});

describe('resolveLocale without a DOM', () => {
  const global = globalThis as Record<string, unknown>;
  const saved = {
    navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator'),
    sp: Object.getOwnPropertyDescriptor(globalThis, '_spPageContextInfo'),
  };
  const setNavigator = (language: string | undefined) =>
    Object.defineProperty(globalThis, 'navigator', {
      value: language === undefined ? undefined : { language },
      configurable: true,
      writable: true,
    });

  afterEach(() => {
    if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator);
    else delete global.navigator;
    if (saved.sp) Object.defineProperty(globalThis, '_spPageContextInfo', saved.sp);
    else delete global._spPageContextInfo;
  });

  it('uses the browser language', () => {
    setNavigator('nl-NL');
    assert.equal(resolveLocale(), 'nl');
    assert.equal(resolveLocale(null), 'nl');
  });

  it('falls back to English for an unsupported or missing browser language', () => {
    setNavigator('fr-FR');
    assert.equal(resolveLocale(), 'en');
    setNavigator(undefined);
    assert.equal(resolveLocale(), 'en');
  });

  it("prefers SharePoint's page context over the browser", () => {
    setNavigator('en-US');
    global._spPageContextInfo = { currentUICultureName: 'nl-NL', currentCultureName: 'en-US' };
    assert.equal(resolveLocale(), 'nl');
    global._spPageContextInfo = { currentCultureName: 'nl-BE' };
    assert.equal(resolveLocale(), 'nl');
  });
});

describe('formatters', () => {
  const now = Date.UTC(2026, 0, 12, 9, 0, 0);
  const en = formatters('en');
  const nl = formatters('nl');

  it('caches one set per locale', () => {
    assert.equal(formatters('en'), en);
    assert.notEqual(en, nl);
  });

  it('formats numbers and percentages', () => {
    assert.equal(en.number(1234.5), '1,234.5');
    assert.equal(nl.number(1234.5), '1.234,5');
    assert.equal(en.percent(0.424), '42%');
    assert.equal(nl.percent(0.426), '43%');
  });

  it('formats dates', () => {
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    assert.equal(en.date(now, options), 'January 12, 2026');
    assert.equal(nl.date(now, options), '12 januari 2026');
    assert.equal(nl.date(new Date(now).toISOString(), options), '12 januari 2026');
  });

  it('formats relative time in both directions', () => {
    const minute = 60_000;
    const day = 24 * 60 * minute;
    assert.equal(en.relative(now + 3 * minute, now), 'in 3 minutes');
    assert.equal(nl.relative(now + 3 * minute, now), 'over 3 minuten');
    assert.equal(en.relative(now - 5 * day, now), '5 days ago');
    assert.equal(nl.relative(now - 5 * day, now), '5 dagen geleden');
    assert.equal(en.relative(now - day, now), 'yesterday');
    assert.equal(nl.relative(now - day, now), 'gisteren');
    assert.equal(en.relative(now + 30_000, now), 'in 30 seconds');
    assert.equal(en.relative(now, now), 'now');
    assert.equal(nl.relative(now + 2 * 7 * day, now), 'over 2 weken');
  });

  it('joins lists', () => {
    assert.equal(en.list(['Anna', 'Bram', 'Chris']), 'Anna, Bram, and Chris');
    assert.equal(nl.list(['Anna', 'Bram', 'Chris']), 'Anna, Bram en Chris');
  });

  it('picks plural categories', () => {
    for (const format of [en, nl]) {
      assert.equal(format.plural(1), 'one');
      assert.equal(format.plural(0), 'other');
      assert.equal(format.plural(2), 'other');
    }
  });
});

describe('core strings', () => {
  /** Paths of every leaf, with its kind, so the two locales can be compared. */
  function shape(value: unknown, path = ''): string[] {
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value).flatMap(([key, child]) => shape(child, `${path}.${key}`));
    }
    return [`${path}: ${typeof value}`];
  }

  it('English and Dutch have exactly the same keys, of the same kind', () => {
    assert.deepEqual(shape(coreStrings.nl).sort(), shape(coreStrings.en).sort());
    assert.deepEqual(Object.keys(coreStrings).sort(), [...LOCALES].sort());
  });

  it('has every common word, translated', () => {
    for (const key of ['retry', 'tryAgain', 'loading', 'close', 'cancel', 'save', 'somethingWentWrong'] as const) {
      assert.ok(coreStrings.en[key].length > 0, key);
      assert.notEqual(coreStrings.nl[key], coreStrings.en[key], key);
    }
    assert.equal(coreStrings.nl.tryAgain, 'Probeer het opnieuw');
  });
});

describe('errorMessage', () => {
  before(() => coreCatalog.load('nl'));

  const codes: ErrorCode[] = [...ERROR_CODES];

  it('has a distinct, translated message for every code', () => {
    for (const locale of LOCALES) {
      const seen = new Set<string>();
      for (const code of codes) {
        const message = errorMessage(locale, new PleinError(code));
        assert.ok(message.length > 0 && !message.includes(code), `${locale} ${code}: ${message}`);
        seen.add(message);
      }
      assert.equal(seen.size, codes.length, `${locale}: one message per code`);
    }
    for (const code of codes)
      assert.notEqual(errorMessage('nl', new PleinError(code)), errorMessage('en', new PleinError(code)), code);
  });

  it('has its own message for every reason, whatever the code', () => {
    for (const locale of LOCALES) {
      for (const reason of ERROR_REASONS) {
        const message = errorMessage(locale, new PleinError('conflict', { reason }));
        assert.notEqual(message, errorMessage(locale, new PleinError('conflict')), `${locale} ${reason}`);
        assert.doesNotMatch(message, /undefined|NaN|\[object/, `${locale} ${reason}`);
      }
    }
  });

  it('says what went wrong with a poll in plain words', () => {
    assert.equal(errorMessage('en', new PleinError('conflict', { reason: 'poll-closed' })), 'This poll is closed.');
    assert.equal(
      errorMessage('nl', new PleinError('conflict', { reason: 'poll-closed' })),
      'Deze peiling is gesloten.',
    );
    assert.equal(
      errorMessage('nl', new PleinError('conflict', { reason: 'already-voted' })),
      'Je hebt al gestemd in deze peiling.',
    );
    assert.equal(
      errorMessage('en', new PleinError('conflict', { reason: 'has-votes' })),
      "This poll can't be changed anymore, because people have already voted.",
    );
    assert.equal(
      errorMessage('nl', new PleinError('forbidden', { reason: 'not-creator' })),
      'Alleen wie deze peiling heeft gemaakt, kan dat doen.',
    );
  });

  it('uses the limit for too-many-choices, with plurals', () => {
    assert.equal(
      errorMessage('en', new PleinError('invalid', { reason: 'too-many-choices', limit: 3 })),
      'You can choose up to 3 answers.',
    );
    assert.equal(
      errorMessage('en', new PleinError('invalid', { reason: 'too-many-choices', limit: 1 })),
      'You can choose up to 1 answer.',
    );
    assert.equal(
      errorMessage('nl', new PleinError('invalid', { reason: 'too-many-choices', limit: 1 })),
      'Je kunt maximaal 1 antwoord kiezen.',
    );
    assert.equal(
      errorMessage('nl', new PleinError('invalid', { reason: 'too-many-choices' })),
      'Je hebt te veel antwoorden gekozen.',
    );
  });

  it('has field messages for invalid and too-large, using the limit', () => {
    for (const locale of LOCALES) {
      for (const code of ['invalid', 'too-large'] as const) {
        const generic = errorMessage(locale, new PleinError(code));
        for (const field of ERROR_FIELDS) {
          const message = errorMessage(locale, new PleinError(code, { field, limit: 42 }));
          assert.notEqual(message, generic, `${locale} ${code} ${field}`);
          assert.doesNotMatch(message, /undefined|NaN/, `${locale} ${code} ${field}`);
          const unlimited = errorMessage(locale, new PleinError(code, { field }));
          assert.doesNotMatch(unlimited, /undefined|NaN/, `${locale} ${code} ${field} without limit`);
        }
      }
    }
    assert.equal(
      errorMessage('en', new PleinError('too-large', { field: 'question', limit: 300, reason: 'too-long' })),
      'The question can be at most 300 characters long.',
    );
    assert.equal(
      errorMessage('nl', new PleinError('too-large', { field: 'option', limit: 1200 })),
      'Elk antwoord mag maximaal 1.200 tekens lang zijn.',
    );
    assert.equal(
      errorMessage('nl', new PleinError('invalid', { field: 'question', reason: 'required' })),
      'Typ een vraag.',
    );
  });

  it('lets a known reason win over the field', () => {
    const error = new PleinError('invalid', { field: 'closesAt', reason: 'closes-in-past' });
    assert.equal(errorMessage('en', error), 'The closing time has to be in the future.');
  });

  it('falls back to the code for unknown reasons and fields, even prototype names', () => {
    const generic = errorMessage('en', new PleinError('invalid'));
    for (const details of [
      { reason: 'brand-new-reason' },
      { field: 'colour' },
      { reason: 'constructor' },
      { field: '__proto__' },
      { reason: 'toString' },
    ]) {
      assert.equal(errorMessage('en', new PleinError('invalid', details)), generic, JSON.stringify(details));
    }
  });

  it('mentions the wait for rate-limited when it is known', () => {
    assert.equal(
      errorMessage('en', new PleinError('rate-limited', {}, 30)),
      "It's busy right now. Please try again in 30 seconds.",
    );
    assert.equal(
      errorMessage('nl', new PleinError('rate-limited', {}, 30)),
      'Het is nu erg druk. Probeer het over 30 seconden opnieuw.',
    );
    assert.equal(
      errorMessage('en', new PleinError('rate-limited', {}, 0.2)),
      "It's busy right now. Please try again in 1 second.",
    );
    assert.equal(
      errorMessage('nl', new PleinError('rate-limited', {}, 120)),
      'Het is nu erg druk. Probeer het over 2 minuten opnieuw.',
    );
    for (const locale of LOCALES) {
      const unknown = errorMessage(locale, new PleinError('rate-limited'));
      assert.doesNotMatch(unknown, /\d/, locale);
      assert.equal(errorMessage(locale, new PleinError('rate-limited', {}, Number.NaN)), unknown);
    }
  });

  it('never shows raw server text', () => {
    const secret = 'SQLSTATE 42P01 at /srv/app/db.js:12';
    const errors = [
      new PleinError('unavailable', {}, undefined, secret),
      new Error(secret),
      secret,
      { name: 'PleinError', code: 'forbidden', details: {}, message: secret },
      { message: secret, status: 500 },
      undefined,
    ];
    for (const locale of LOCALES) {
      for (const error of errors) assert.doesNotMatch(errorMessage(locale, error), /SQLSTATE|srv|42P01/);
    }
  });

  it('reads PleinErrors from another copy of Plein and anything else as "something went wrong"', () => {
    const copy = { name: 'PleinError', code: 'not-found', details: {} };
    assert.equal(errorMessage('en', copy), errorMessage('en', new PleinError('not-found')));
    assert.equal(
      errorMessage('en', { name: 'PleinError', code: 'forbidden' }),
      errorMessage('en', new PleinError('forbidden')),
    );
    assert.equal(errorMessage('en', new TypeError('x is undefined')), 'Something went wrong. Please try again.');
    assert.equal(errorMessage('nl', null), 'Er ging iets mis. Probeer het opnieuw.');
  });
});
