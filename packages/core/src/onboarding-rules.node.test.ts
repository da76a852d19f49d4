import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDaysTo, dueDateOf, matchesAudience, taskStateOf, utcDayOf } from './onboarding-rules.js';

describe('onboarding rules', () => {
  it('days are UTC calendar days', () => {
    assert.equal(utcDayOf(Date.parse('2026-01-12T23:59:59.999Z')), '2026-01-12');
    assert.equal(addDaysTo('2026-01-30', 3), '2026-02-02');
    assert.equal(addDaysTo('2026-03-01', -1), '2026-02-28');
  });

  it('a due date is the start date plus dueDay, never earlier than 3 days after enrolment', () => {
    const enrolment = { startDate: '2026-01-26', enrolledAt: '2026-01-23T15:00:00.000Z' };
    assert.equal(dueDateOf(enrolment, { dueDay: -2 }), '2026-01-26', 'moved to the enrolment day + 3');
    assert.equal(dueDateOf(enrolment, { dueDay: 1 }), '2026-01-27');
  });

  it('states: upcoming, due soon from 3 days before, overdue the day after; done wins', () => {
    assert.equal(taskStateOf('2026-01-17', false, '2026-01-13'), 'upcoming');
    assert.equal(taskStateOf('2026-01-17', false, '2026-01-14'), 'due-soon');
    assert.equal(taskStateOf('2026-01-17', false, '2026-01-17'), 'due-soon');
    assert.equal(taskStateOf('2026-01-17', false, '2026-01-18'), 'overdue');
    assert.equal(taskStateOf('2026-01-17', true, '2026-01-18'), 'done');
  });

  it('an audience matches ignoring case, every part given, never without a start date', () => {
    const person = { department: 'Sales', location: 'Amsterdam', startDate: '2026-03-02' };
    assert.equal(matchesAudience({ departments: ['sales'], locations: ['AMSTERDAM'] }, person), true);
    assert.equal(matchesAudience({ departments: ['Sales'], startTo: '2026-03-01' }, person), false);
    assert.equal(matchesAudience({ startFrom: '2026-03-02', startTo: '2026-03-02' }, person), true, 'inclusive');
    assert.equal(matchesAudience({ departments: ['Sales'] }, { department: 'Sales' }), false);
  });
});
