import { PleinError, type ErrorCode } from '../errors.js';
import type { PleinStore } from '../types.js';
import type { Faults } from './world.js';

/** Faults plus the gate a world puts in front of every API call. */
export interface FaultInjector extends Faults {
  /** Waits while stalled, then throws the next pending failure, if any. */
  gate(): Promise<void>;
}

export function createFaults(): FaultInjector {
  const pending: { code: ErrorCode; left: number; retryAfter?: number }[] = [];
  let stalled: { promise: Promise<void>; release: () => void } | undefined;

  const release = () => {
    stalled?.release();
    stalled = undefined;
  };
  return {
    failNext(code, options = {}) {
      pending.push({ code, left: options.count ?? 1, retryAfter: options.retryAfter });
    },
    stall() {
      if (stalled) return;
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      stalled = { promise, release: resolve };
    },
    release,
    clear() {
      pending.length = 0;
      release();
    },
    async gate() {
      while (stalled) await stalled.promise;
      const next = pending[0];
      if (!next) return;
      if (--next.left <= 0) pending.shift();
      throw new PleinError(next.code, { reason: 'injected' }, next.retryAfter);
    },
  };
}

const APIS = new Set<PropertyKey>(['people', 'polls', 'feed', 'kudos', 'onboarding', 'insights']);

/** The same store, with every API call (`me()`, `people.*`, `polls.*`, ...) passing `gate` first. */
export function withFaults(store: PleinStore, gate: () => Promise<void>): PleinStore {
  const guard = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key, object);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => gate().then(() => (value as (...a: unknown[]) => unknown).apply(object, args));
      },
    });
  const apis = new Map<PropertyKey, object>();
  return new Proxy(store, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key, object);
      if (key === 'me') return () => gate().then(() => (value as () => unknown).call(object));
      if (APIS.has(key) && typeof value === 'object' && value !== null) {
        if (!apis.has(key)) apis.set(key, guard(value));
        return apis.get(key);
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
