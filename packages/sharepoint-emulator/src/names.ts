/** Names SharePoint derives from titles, and ids. */

/** `Team tasks` → `Team_x0020_tasks` (SHAREPOINT-REST.md §4.1: spaces encoded, not omitted). */
export function entityTypeName(title: string): string {
  return title.replace(/[^A-Za-z0-9_]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

export function guid(): string {
  return crypto.randomUUID();
}

/** `0x<128 hex>,15 Jul 2022 11:00:55 -0000`: the shape of a FormDigestValue. */
export function digestValue(at: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(64));
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  const d = new Date(at);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const time = d.toISOString().slice(11, 19);
  return `0x${hex},${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} -0000`;
}

/** SharePoint's UTC date format in JSON: `2013-09-03T17:50:30Z` (no milliseconds). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
