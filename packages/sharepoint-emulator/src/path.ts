/**
 * Splits the part of a URL after `/_api/` into segments: `web/lists/getbytitle('Bob''s list')`
 * → web, lists, getbytitle with the argument "Bob's list". Names compare case-insensitively.
 * Named parameters, `addroleassignment(principalid=7,roledefid=1073741827)`, land in `params`
 * with lower-case names and their literal values.
 */
export interface Segment {
  name: string;
  arg?: string | number;
  params?: Record<string, string>;
}

export function parsePath(rest: string): Segment[] {
  const out: Segment[] = [];
  const re =
    /([A-Za-z_$][\w.$]*)(?:\((?:(?:guid)?'((?:[^']|'')*)'|(\d+)|(\w+=[\w.'-]*(?:,\w+=[\w.'-]*)*))\))?(?:\/|$)/y;
  let at = 0;
  while (at < rest.length) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) return [{ name: '?' }];
    at = re.lastIndex;
    const [, name = '', str, num, named] = m;
    out.push({
      name: name.toLowerCase(),
      ...(str !== undefined ? { arg: str.replace(/''/g, "'") } : num !== undefined ? { arg: Number(num) } : {}),
      ...(named !== undefined ? { params: namedParams(named) } : {}),
    });
  }
  return out;
}

function namedParams(text: string): Record<string, string> {
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const [k = '', v = ''] = pair.split('=');
      return [k.toLowerCase(), v];
    }),
  );
}
