/** A fresh client-generated idempotency key: a retry with the same key never duplicates a write. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** A short random id for new records. */
export function newId(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(9));
  let id = '';
  for (const byte of bytes) id += byte.toString(36).padStart(2, '0');
  return `${prefix}_${id}`;
}
