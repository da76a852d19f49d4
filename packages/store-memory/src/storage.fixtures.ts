import type { StorageLike } from './persistence.js';

/**
 * localStorage's behaviour, in memory, for tests. Two handles may share one backing map, like
 * two tabs; `quota` (in UTF-16 units, as browsers count) makes `setItem` throw as a full
 * localStorage does.
 */
export class MemoryStorage implements StorageLike {
  writes = 0;
  quota = Infinity;
  constructor(readonly data = new Map<string, string>()) {}
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [other, stored] of this.data) if (other !== key) used += other.length + stored.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.data.set(key, value);
  }
}
