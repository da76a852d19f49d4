/** Small helpers that keep the demo data the same on every load. */

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** `Chloë Jacobs` → `chloe.jacobs`. */
export const mailbox = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');

export const iso = (time: number): string => new Date(time).toISOString();

/** A stable number for a text (FNV-1a), so "random" demo choices repeat on every load. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One id, picked by weight. */
export function pick<T extends string>(seed: string, options: [id: T, weight: number][]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = hash(seed) % total;
  for (const [id, weight] of options) {
    if (roll < weight) return id;
    roll -= weight;
  }
  return options[0]![0];
}
