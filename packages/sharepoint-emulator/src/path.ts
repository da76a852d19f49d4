/**
 * Splits the part of a URL after `/_api/` into segments: `web/lists/getbytitle('Bob''s list')`
 * → web, lists, getbytitle with the argument "Bob's list". Names compare case-insensitively.
 */
export interface Segment {
  name: string;
  arg?: string | number;
}

export function parsePath(rest: string): Segment[] {
  const out: Segment[] = [];
  const re = /([A-Za-z_$][\w.$]*)(?:\((?:(?:guid)?'((?:[^']|'')*)'|(\d+))\))?(?:\/|$)/y;
  let at = 0;
  while (at < rest.length) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) return [{ name: '?' }];
    at = re.lastIndex;
    const [, name = '', str, num] = m;
    out.push({
      name: name.toLowerCase(),
      ...(str !== undefined ? { arg: str.replace(/''/g, "'") } : num !== undefined ? { arg: Number(num) } : {}),
    });
  }
  return out;
}
