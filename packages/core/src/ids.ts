/**
 * A fresh client-generated idempotency key: a retry with the same key never duplicates a write.
 * A version 4 UUID from `getRandomValues`, not `randomUUID`, which browsers offer only in secure
 * contexts: many intranet pages are still served over plain http.
 */
export function newIdempotencyKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A short random id for new records. */
export function newId(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(9));
  let id = '';
  for (const byte of bytes) id += byte.toString(36).padStart(2, '0');
  return `${prefix}_${id}`;
}
