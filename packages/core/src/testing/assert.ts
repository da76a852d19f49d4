import { isPleinError, type ErrorCode, type PleinError } from '../errors.js';

/**
 * Tiny assertions for the contract suite. It runs under node:test and in the browser runner,
 * so it cannot use node:assert or chai.
 */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Structural equality for plain data; key order does not matter and undefined properties count as absent. */
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!same(actual, expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Awaits `promise`, expecting a PleinError with `code` (and `reason` when given); returns it. */
export async function rejectsWith(promise: Promise<unknown>, code: ErrorCode, reason?: string): Promise<PleinError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    if (!isPleinError(error)) throw new AssertionError(`expected a PleinError ${code}, got ${show(error)}`);
    equal(error.code, code, 'error code');
    if (reason !== undefined) equal(error.details.reason, reason, `reason of ${code}`);
    return error;
  }
  throw new AssertionError(
    `expected a PleinError ${code}${reason ? ` (${reason})` : ''}, but it resolved with ${show(outcome)}`,
  );
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  }
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
