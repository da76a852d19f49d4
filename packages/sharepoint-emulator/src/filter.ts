/**
 * A parser for the `$filter` subset SharePoint's `/_api` supports (SHAREPOINT-REST.md §2):
 * eq ne lt le gt ge, and/or, parentheses, startswith(Col,'x'), substringof('x',Col). Anything
 * else (endswith, not, arithmetic, day()…, unquoted dates) is a 400, so a store cannot depend on
 * what real SharePoint rejects or silently mis-answers.
 */
import { errors } from './errors.js';

export type Op = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type Literal =
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'datetime'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'null' };

export type Expr =
  | { k: 'and'; a: Expr; b: Expr }
  | { k: 'or'; a: Expr; b: Expr }
  | { k: 'cmp'; op: Op; column: string; value: Literal }
  | { k: 'startswith'; column: string; value: string }
  | { k: 'substringof'; column: string; value: string };

const OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
type Token = { t: 'id'; v: string } | { t: 'lit'; v: Literal } | { t: '(' | ')' | ',' };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(datetime)?'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)(?![\w:-])|([A-Za-z_][\w/]*)|([(),]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw errors.badQuery(`The expression "${text}" is not valid at position ${at}.`);
    at = re.lastIndex;
    const [, dt, str, num, id, punct] = m;
    if (str !== undefined) {
      const v = str.replace(/''/g, "'");
      if (dt) {
        const ms = Date.parse(v);
        if (Number.isNaN(ms)) throw errors.badQuery(`The datetime literal '${v}' is not valid.`);
        out.push({ t: 'lit', v: { t: 'datetime', v: ms } });
      } else out.push({ t: 'lit', v: { t: 'string', v } });
    } else if (num !== undefined) out.push({ t: 'lit', v: { t: 'number', v: Number(num) } });
    else if (id === 'true' || id === 'false') out.push({ t: 'lit', v: { t: 'bool', v: id === 'true' } });
    else if (id === 'null') out.push({ t: 'lit', v: { t: 'null' } });
    else if (id !== undefined) out.push({ t: 'id', v: id });
    else out.push({ t: punct as '(' | ')' | ',' });
  }
  return out;
}

export function parseFilter(text: string): Expr {
  const tokens = tokenize(text);
  let i = 0;
  const fail = (): never => {
    throw errors.badQuery(`The expression "${text}" is not supported.`);
  };
  const peek = () => tokens[i];
  const take = () => tokens[i++] ?? fail();
  const expect = (t: '(' | ')' | ',') => (take().t === t ? undefined : fail());
  const column = (): string => {
    const tok = take();
    return tok.t === 'id' ? tok.v : fail();
  };
  const literal = (): Literal => {
    const tok = take();
    return tok.t === 'lit' ? tok.v : fail();
  };
  const string = (): string => {
    const l = literal();
    return l.t === 'string' ? l.v : fail();
  };

  const primary = (): Expr => {
    const tok = take();
    if (tok.t === '(') {
      const e = or();
      expect(')');
      return e;
    }
    if (tok.t !== 'id') return fail();
    if (tok.v === 'startswith' && peek()?.t === '(') {
      expect('(');
      const c = column();
      expect(',');
      const v = string();
      expect(')');
      return { k: 'startswith', column: c, value: v };
    }
    if (tok.v === 'substringof' && peek()?.t === '(') {
      expect('(');
      const v = string();
      expect(',');
      const c = column();
      expect(')');
      return { k: 'substringof', column: c, value: v };
    }
    if (peek()?.t === '(') fail();
    const op = take();
    if (op.t !== 'id' || !OPS.has(op.v)) return fail();
    return { k: 'cmp', op: op.v as Op, column: tok.v, value: literal() };
  };
  const chain = (k: 'and' | 'or', next: () => Expr) => (): Expr => {
    let e = next();
    for (let t = peek(); t?.t === 'id' && t.v === k; t = peek()) {
      i++;
      e = k === 'and' ? { k, a: e, b: next() } : { k, a: e, b: next() };
    }
    return e;
  };
  const and = chain('and', primary);
  const or = chain('or', and);
  const e = or();
  if (i !== tokens.length) fail();
  return e;
}

/** Every column a filter touches, in order. */
export function columnsOf(e: Expr): string[] {
  return e.k === 'and' || e.k === 'or' ? [...columnsOf(e.a), ...columnsOf(e.b)] : [e.column];
}

/** The clause SharePoint narrows with first: the leftmost one of a top-level `and` chain. */
export function firstClause(e: Expr): Expr {
  return e.k === 'and' ? firstClause(e.a) : e;
}
