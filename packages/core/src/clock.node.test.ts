import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, systemClock, type Clock } from './clock.js';

describe('ManualClock', () => {
  it('starts at a fixed default or the given time and stands still', () => {
    assert.equal(new ManualClock().now(), Date.UTC(2026, 0, 12, 9, 0, 0));
    const clock = new ManualClock('2026-03-01T12:00:00.000Z');
    assert.equal(clock.now(), Date.parse('2026-03-01T12:00:00.000Z'));
    assert.equal(new ManualClock(new Date(5_000)).now(), 5_000);
    assert.equal(clock.now(), Date.parse('2026-03-01T12:00:00.000Z'));
  });

  it('fires timers in order of due time, ties in the order they were set, at their own time', () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    const log = (name: string) => () => fired.push(`${name}@${clock.now()}`);
    clock.setTimeout(log('c'), 300);
    clock.setTimeout(log('a'), 100);
    clock.setTimeout(log('b1'), 200);
    clock.setTimeout(log('b2'), 200);
    clock.setTimeout(log('late'), 1_000);
    clock.advance(500);
    assert.deepEqual(fired, ['a@100', 'b1@200', 'b2@200', 'c@300']);
    assert.equal(clock.now(), 500);
    assert.equal(clock.pendingTimers, 1);
  });

  it('does not fire a timer before it is due', () => {
    const clock = new ManualClock(0);
    let fired = 0;
    clock.setTimeout(() => fired++, 1_000);
    clock.advance(999);
    assert.equal(fired, 0);
    clock.advance(1);
    assert.equal(fired, 1);
  });

  it('treats negative delays as zero', () => {
    const clock = new ManualClock(0);
    let fired = 0;
    clock.setTimeout(() => fired++, -50);
    clock.advance(0);
    assert.equal(fired, 1);
  });

  it('runs timers set by timers within the same advance, and leaves later ones waiting', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    const tick = () => {
      fired.push(clock.now());
      clock.setTimeout(tick, 100);
    };
    clock.setTimeout(tick, 100);
    clock.advance(350);
    assert.deepEqual(fired, [100, 200, 300]);
    assert.equal(clock.pendingTimers, 1);
    clock.advance(50);
    assert.deepEqual(fired, [100, 200, 300, 400]);
  });

  it('runs a zero-delay timer set inside a timer before later timers', () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => {
      fired.push('outer');
      clock.setTimeout(() => fired.push(`inner@${clock.now()}`), 0);
    }, 100);
    clock.setTimeout(() => fired.push('later'), 150);
    clock.advance(200);
    assert.deepEqual(fired, ['outer', 'inner@100', 'later']);
  });

  it('clearTimeout cancels a timer, also from inside another timer, and ignores unknown handles', () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    const doomed = clock.setTimeout(() => fired.push('doomed'), 200);
    clock.setTimeout(() => {
      fired.push('first');
      clock.clearTimeout(doomed);
    }, 100);
    const cancelled = clock.setTimeout(() => fired.push('cancelled'), 50);
    clock.clearTimeout(cancelled);
    clock.clearTimeout('no such handle');
    clock.clearTimeout(undefined);
    assert.equal(clock.pendingTimers, 2);
    clock.advance(1_000);
    assert.deepEqual(fired, ['first']);
    assert.equal(clock.pendingTimers, 0);
  });

  it('gives every timer its own handle', () => {
    const clock = new ManualClock(0);
    const handles = new Set([
      clock.setTimeout(() => {}, 1),
      clock.setTimeout(() => {}, 1),
      clock.setTimeout(() => {}, 1),
    ]);
    assert.equal(handles.size, 3);
  });

  it('set() moves forward through due timers, and backward without firing any', () => {
    const clock = new ManualClock('2026-01-12T09:00:00.000Z');
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 60_000);
    clock.set('2026-01-12T09:05:00.000Z');
    assert.deepEqual(fired, [Date.parse('2026-01-12T09:01:00.000Z')]);
    assert.equal(clock.now(), Date.parse('2026-01-12T09:05:00.000Z'));
    clock.setTimeout(() => fired.push(-1), 1_000);
    clock.set('2026-01-12T08:00:00.000Z');
    assert.equal(clock.now(), Date.parse('2026-01-12T08:00:00.000Z'));
    assert.equal(fired.length, 1);
    assert.equal(clock.pendingTimers, 1);
  });

  it('satisfies the Clock interface', () => {
    const clock: Clock = new ManualClock(0);
    let fired = false;
    clock.setTimeout(() => (fired = true), 10);
    (clock as ManualClock).advance(10);
    assert.equal(fired, true);
  });
});

describe('systemClock', () => {
  it('reads the real time and cancels real timers', () => {
    const before = Date.now();
    const now = systemClock.now();
    assert.ok(now >= before && now <= Date.now());
    const handle = systemClock.setTimeout(() => assert.fail('cancelled timer fired'), 0);
    systemClock.clearTimeout(handle);
  });
});
