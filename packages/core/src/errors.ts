/** Every failure a store reports. Elements map `code` (and `details`) to localized text. */
export type ErrorCode =
  'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'invalid' | 'too-large' | 'rate-limited' | 'unavailable';

export const ERROR_CODES: readonly ErrorCode[] = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'invalid',
  'too-large',
  'rate-limited',
  'unavailable',
];

/**
 * What went wrong, in machine terms. `field` names the input at fault, `limit` the bound it
 * broke, `reason` a stable slug elements can translate (for example `poll-closed`).
 */
export interface ErrorDetails {
  field?: string;
  limit?: number;
  reason?: string;
  [key: string]: string | number | boolean | undefined;
}

export class PleinError extends Error {
  override readonly name = 'PleinError';
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  /** Seconds to wait before retrying, where the backend said so. */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, details: ErrorDetails = {}, retryAfter?: number, message?: string) {
    super(
      message ?? `${code}${details.reason ? `: ${details.reason}` : ''}${details.field ? ` (${details.field})` : ''}`,
    );
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }

  /** Plain-data form, for JSON transport between a server and a REST store. */
  toJSON(): { code: ErrorCode; details: ErrorDetails; retryAfter?: number } {
    return this.retryAfter === undefined
      ? { code: this.code, details: this.details }
      : { code: this.code, details: this.details, retryAfter: this.retryAfter };
  }
}

/** Works across two copies of Plein on one page, where `instanceof` would not. */
export function isPleinError(error: unknown): error is PleinError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'PleinError' &&
    ERROR_CODES.includes((error as { code?: unknown }).code as ErrorCode)
  );
}

/** Any thrown value as a PleinError: unknown failures become `unavailable`. */
export function toPleinError(error: unknown): PleinError {
  if (isPleinError(error)) return error;
  return new PleinError('unavailable', { reason: 'unexpected' });
}
