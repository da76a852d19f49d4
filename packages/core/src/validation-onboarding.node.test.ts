import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PleinError } from './errors.js';
import { LIMITS } from './limits.js';
import type { CampaignDraft } from './types.js';
import { parseCampaignDraft, parseEnrolmentInput, parseImportRows, parseIsoDate } from './validation-onboarding.js';

/** Runs `fn`, expecting a PleinError with exactly this code and these details. */
function throwsPlein(fn: () => unknown, code: string, details: Record<string, unknown>): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof PleinError, `expected a PleinError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.deepEqual({ ...error.details }, details);
    return true;
  });
}

const draft = (patch: Partial<CampaignDraft> = {}): CampaignDraft => ({
  title: 'Welkom',
  description: 'Je eerste maand',
  phases: [
    { title: 'Voor je eerste dag', tasks: [{ title: 'Contract', owner: 'new-hire', dueDay: -7 }] },
    {
      title: 'Eerste week',
      tasks: [
        { title: 'Welkomstgesprek', owner: 'manager', dueDay: 1 },
        { title: 'Rondleiding', owner: 'buddy', dueDay: 1 },
      ],
    },
  ],
  target: { percent: 90, days: 30 },
  ...patch,
});

/** The draft with one task of the second phase patched. */
const withTask = (patch: Record<string, unknown>): CampaignDraft => {
  const changed = draft();
  changed.phases[1]!.tasks[1] = { ...changed.phases[1]!.tasks[1]!, ...patch };
  return changed;
};

describe('parseCampaignDraft', () => {
  it('trims text, keeps ids, drops empty texts and links and unknown fields', () => {
    const input = draft({ title: '  Welkom  ', description: ' ' });
    input.phases[0]!.id = 'phase-1';
    input.phases[0]!.tasks[0] = {
      id: 'task-1',
      title: ' Contract ',
      text: '  ',
      link: ' https://intranet.example.org/hr ',
      owner: 'new-hire',
      dueDay: -7,
      evil: '<script>',
    } as CampaignDraft['phases'][0]['tasks'][0];
    input.phases[1]!.tasks[0]!.link = '';
    const parsed = parseCampaignDraft(input);
    assert.equal(parsed.title, 'Welkom');
    assert.equal(parsed.description, '');
    assert.deepEqual(parsed.phases[0], {
      id: 'phase-1',
      title: 'Voor je eerste dag',
      tasks: [
        { id: 'task-1', title: 'Contract', link: 'https://intranet.example.org/hr', owner: 'new-hire', dueDay: -7 },
      ],
    });
    assert.deepEqual(parsed.phases[1]!.tasks[0], { title: 'Welkomstgesprek', owner: 'manager', dueDay: 1 });
    assert.equal('audience' in parsed, false);
  });

  it('defaults a missing description to empty text', () => {
    const { description: _description, ...input } = draft();
    assert.equal(parseCampaignDraft(input).description, '');
  });

  it('cleans the audience: names trimmed and deduplicated ignoring case, blanks dropped, empty means none', () => {
    const parsed = parseCampaignDraft(
      draft({
        audience: {
          departments: [' Sales ', 'sales', '', 'IT'],
          locations: [],
          startFrom: '2026-03-01',
          startTo: '2026-03-01',
        },
      }),
    );
    assert.deepEqual(parsed.audience, { departments: ['Sales', 'IT'], startFrom: '2026-03-01', startTo: '2026-03-01' });
    const empty = parseCampaignDraft(draft({ audience: { departments: [' '], startFrom: '', startTo: '' } }));
    assert.equal('audience' in empty, false, 'an audience with nothing in it is no audience');
  });

  it('names the field, and the phase and task index inside a phase', () => {
    throwsPlein(() => parseCampaignDraft(draft({ title: ' ' })), 'invalid', { field: 'title', reason: 'required' });
    throwsPlein(() => parseCampaignDraft(withTask({ title: '' })), 'invalid', {
      field: 'title',
      phase: 1,
      index: 1,
      reason: 'required',
    });
    throwsPlein(() => parseCampaignDraft(withTask({ dueDay: LIMITS.dueDayMax + 1 })), 'invalid', {
      field: 'dueDay',
      phase: 1,
      index: 1,
      limit: LIMITS.dueDayMax,
      reason: 'out-of-range',
    });
    throwsPlein(() => parseCampaignDraft(withTask({ dueDay: LIMITS.dueDayMin - 1 })), 'invalid', {
      field: 'dueDay',
      phase: 1,
      index: 1,
      limit: LIMITS.dueDayMin,
      reason: 'out-of-range',
    });
    throwsPlein(() => parseCampaignDraft(withTask({ owner: 'ceo' })), 'invalid', {
      field: 'owner',
      phase: 1,
      index: 1,
      reason: 'unknown-value',
    });
    throwsPlein(() => parseCampaignDraft(withTask({ text: 'x'.repeat(LIMITS.taskText + 1) })), 'too-large', {
      field: 'text',
      phase: 1,
      index: 1,
      limit: LIMITS.taskText,
      reason: 'too-long',
    });
    const badPhase = draft();
    badPhase.phases[1]!.title = 'p'.repeat(LIMITS.phaseTitle + 1);
    throwsPlein(() => parseCampaignDraft(badPhase), 'too-large', {
      field: 'title',
      phase: 1,
      limit: LIMITS.phaseTitle,
      reason: 'too-long',
    });
    throwsPlein(() => parseCampaignDraft(draft({ target: { percent: 0, days: 30 } })), 'invalid', {
      field: 'percent',
      limit: 1,
      reason: 'out-of-range',
    });
    throwsPlein(() => parseCampaignDraft(draft({ target: { percent: 90, days: 366 } })), 'invalid', {
      field: 'days',
      limit: LIMITS.targetDaysMax,
      reason: 'out-of-range',
    });
  });

  it('accepts http and https links only', () => {
    for (const link of ['https://kompas.example.org/a?b=c#d', 'HTTP://intranet/contract']) {
      assert.equal(parseCampaignDraft(withTask({ link })).phases[1]!.tasks[1]!.link, link);
    }
    for (const link of [
      'javascript:alert(1)',
      'ftp://files.example.org',
      'intranet/contract',
      'https://',
      'mailto:a@b.c',
    ]) {
      throwsPlein(() => parseCampaignDraft(withTask({ link })), 'invalid', {
        field: 'link',
        phase: 1,
        index: 1,
        reason: 'bad-link',
      });
    }
  });

  it('needs one to ten phases and one to a hundred tasks in all; a phase may be empty', () => {
    throwsPlein(() => parseCampaignDraft(draft({ phases: [] })), 'invalid', { field: 'phases', reason: 'required' });
    throwsPlein(() => parseCampaignDraft(draft({ phases: [{ title: 'Leeg', tasks: [] }] })), 'invalid', {
      field: 'tasks',
      reason: 'required',
    });
    const phases = Array.from({ length: LIMITS.phasesMax + 1 }, (_, i) => ({ title: `Fase ${i}`, tasks: [] }));
    throwsPlein(() => parseCampaignDraft(draft({ phases })), 'invalid', {
      field: 'phases',
      limit: LIMITS.phasesMax,
      reason: 'too-many',
    });
    const task = { title: 'Taak', owner: 'new-hire' as const, dueDay: 0 };
    const full = draft({
      phases: [
        { title: 'Een', tasks: Array.from({ length: 60 }, () => task) },
        { title: 'Twee', tasks: [] },
        { title: 'Drie', tasks: Array.from({ length: 40 }, () => task) },
      ],
    });
    assert.equal(parseCampaignDraft(full).phases.length, 3);
    full.phases[1]!.tasks.push(task);
    throwsPlein(() => parseCampaignDraft(full), 'invalid', {
      field: 'tasks',
      limit: LIMITS.campaignTasksMax,
      reason: 'too-many',
    });
  });

  it('refuses an id used twice, and a start range that ends before it starts', () => {
    const twice = draft();
    twice.phases[0]!.tasks[0]!.id = 'same';
    twice.phases[1]!.tasks[1]!.id = 'same';
    throwsPlein(() => parseCampaignDraft(twice), 'invalid', {
      field: 'id',
      phase: 1,
      index: 1,
      reason: 'duplicate-id',
    });
    throwsPlein(
      () => parseCampaignDraft(draft({ audience: { startFrom: '2026-03-02', startTo: '2026-03-01' } })),
      'invalid',
      { field: 'startTo', reason: 'end-before-start' },
    );
    throwsPlein(() => parseCampaignDraft(draft({ audience: { startFrom: '2026-02-29' } })), 'invalid', {
      field: 'startFrom',
      reason: 'invalid-date',
    });
  });

  it('refuses what is not a draft', () => {
    throwsPlein(() => parseCampaignDraft(null), 'invalid', { field: 'draft', reason: 'wrong-type' });
    throwsPlein(() => parseCampaignDraft({ ...draft(), target: undefined }), 'invalid', {
      field: 'target',
      reason: 'required',
    });
    throwsPlein(() => parseCampaignDraft({ ...draft(), phases: [null] }), 'invalid', {
      field: 'phases',
      index: 0,
      reason: 'wrong-type',
    });
  });
});

describe('parseIsoDate', () => {
  it('takes calendar dates that exist, trimmed', () => {
    assert.equal(parseIsoDate(' 2028-02-29 '), '2028-02-29');
    throwsPlein(() => parseIsoDate('2026-02-29', 'startDate'), 'invalid', {
      field: 'startDate',
      reason: 'invalid-date',
    });
    for (const bad of ['2026-1-5', '05-01-2026', '2026-01-05T10:00:00Z', '2026-13-01']) {
      throwsPlein(() => parseIsoDate(bad), 'invalid', { field: 'date', reason: 'invalid-date' });
    }
    throwsPlein(() => parseIsoDate(''), 'invalid', { field: 'date', reason: 'required' });
    throwsPlein(() => parseIsoDate(20260105), 'invalid', { field: 'date', reason: 'wrong-type' });
  });
});

describe('parseEnrolmentInput', () => {
  it('keeps what is given and drops empty optional fields', () => {
    assert.deepEqual(parseEnrolmentInput({ personId: 'p-nina', startDate: '', managerId: ' ', buddyId: 'p-bob' }), {
      personId: 'p-nina',
      buddyId: 'p-bob',
    });
    assert.deepEqual(parseEnrolmentInput({ personId: 'p-nina', startDate: '2026-01-19', managerId: 'p-ada' }), {
      personId: 'p-nina',
      startDate: '2026-01-19',
      managerId: 'p-ada',
    });
  });

  it('refuses a missing person, a bad date, and someone as their own manager or buddy', () => {
    throwsPlein(() => parseEnrolmentInput({}), 'invalid', { field: 'personId', reason: 'required' });
    throwsPlein(() => parseEnrolmentInput({ personId: 'p-nina', startDate: '2026-02-30' }), 'invalid', {
      field: 'startDate',
      reason: 'invalid-date',
    });
    throwsPlein(() => parseEnrolmentInput({ personId: 'p-nina', buddyId: 'p-nina' }), 'invalid', {
      field: 'buddyId',
      reason: 'self',
    });
    throwsPlein(() => parseEnrolmentInput({ personId: 'p-nina', managerId: 'p-nina' }), 'invalid', {
      field: 'managerId',
      reason: 'self',
    });
  });
});

describe('parseImportRows', () => {
  it('reports each row on its own: the row as saved, or the first field at fault', () => {
    const parsed = parseImportRows([
      { name: '  Lisa   Kok ', email: ' Lisa.Kok@Example.org ', startDate: '2026-03-02', department: ' Support ' },
      { name: 'Joep', email: 'joep@example.org', startDate: '2026-03-09', department: '' },
      { name: '', email: 'not-an-email', startDate: 'soon' },
      { name: 'Sem', email: 'sem@example', startDate: '2026-03-02' },
      { name: 'Sem', email: 'sem@example.org', startDate: '2026-02-30' },
      { name: 'n'.repeat(LIMITS.personName + 1), email: 'long@example.org', startDate: '2026-03-02' },
      null,
      { name: 'Lisa again', email: 'LISA.KOK@example.org', startDate: '2026-03-09' },
    ]);
    assert.deepEqual(parsed, [
      {
        email: 'lisa.kok@example.org',
        row: { name: 'Lisa Kok', email: 'lisa.kok@example.org', startDate: '2026-03-02', department: 'Support' },
      },
      { email: 'joep@example.org', row: { name: 'Joep', email: 'joep@example.org', startDate: '2026-03-09' } },
      { email: 'not-an-email', error: { field: 'name', reason: 'required' } },
      { email: 'sem@example', error: { field: 'email', reason: 'invalid-email' } },
      { email: 'sem@example.org', error: { field: 'startDate', reason: 'invalid-date' } },
      { email: 'long@example.org', error: { field: 'name', reason: 'too-long' } },
      { email: '', error: { field: 'name', reason: 'wrong-type' } },
      { email: 'lisa.kok@example.org', error: { field: 'email', reason: 'duplicate-email' } },
    ]);
  });

  it('counts a row’s e-mail for duplicates even when another field of that row is wrong', () => {
    const parsed = parseImportRows([
      { name: '', email: 'a@example.org', startDate: '2026-03-02' },
      { name: 'A', email: 'a@example.org', startDate: '2026-03-02' },
    ]);
    assert.deepEqual(
      parsed.map((row) => row.error),
      [
        { field: 'name', reason: 'required' },
        { field: 'email', reason: 'duplicate-email' },
      ],
    );
  });

  it(`takes up to ${LIMITS.importRows} rows; more, or no list, is refused as a whole`, () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        name: `P ${i}`,
        email: `p${i}@example.org`,
        startDate: '2026-03-02',
      }));
    assert.equal(parseImportRows(rows(LIMITS.importRows)).length, LIMITS.importRows);
    throwsPlein(() => parseImportRows(rows(LIMITS.importRows + 1)), 'too-large', {
      field: 'rows',
      limit: LIMITS.importRows,
      reason: 'too-many-rows',
    });
    throwsPlein(() => parseImportRows('name,email'), 'invalid', { field: 'rows', reason: 'wrong-type' });
    assert.deepEqual(parseImportRows([]), []);
  });
});
