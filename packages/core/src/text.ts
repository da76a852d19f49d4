import type { Person } from './types.js';

/**
 * User text as tokens. Elements render tokens with templates; nothing here produces HTML, so
 * text typed by people can never become markup. The scanner is a single left-to-right pass
 * with bounded look-ahead (no backtracking regular expressions), so long or hostile input
 * costs linear time.
 */
export type Token = TextToken | LinkToken | MentionToken | HashtagToken | BreakToken | EmphasisToken;

/** What may appear inside emphasis: no line breaks and no nested emphasis. */
export type InlineToken = TextToken | LinkToken | MentionToken | HashtagToken;

export interface TextToken {
  type: 'text';
  text: string;
}

export interface LinkToken {
  type: 'link';
  /** Always an `http:` or `https:` URL (`www.` hosts get `https://`). */
  href: string;
  /** The link as it was typed. */
  text: string;
}

export interface MentionToken {
  type: 'mention';
  id: string;
  /** The name at the time of writing; elements may show the person's current name. */
  name: string;
}

export interface HashtagToken {
  type: 'hashtag';
  /** As typed, without `#`; compare tags with `normalizeTag`. */
  tag: string;
}

export interface BreakToken {
  type: 'break';
}

export interface EmphasisToken {
  type: 'emphasis';
  children: InlineToken[];
}

// ---------------------------------------------------------------------------- mentions

const MENTION_NAME_MAX = 200;
const MENTION_ID_MAX = 256;

/** Characters that would end or break the `(id)` part, percent-encoded in stored markup. */
const ID_UNSAFE = /[%()[\]\s]/gu;

/** Stored markup for a mention: `@[Display Name](person-id)`. */
export function mentionMarkup(person: Pick<Person, 'id' | 'displayName'>): string {
  const name = clip(
    (person.displayName.trim() || person.id).replace(/\[/g, '(').replace(/\]/g, ')').replace(/\s+/g, ' ').trim(),
    MENTION_NAME_MAX,
  );
  const id = person.id.replace(ID_UNSAFE, (c) =>
    c === '(' || c === ')' ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(c),
  );
  return `@[${name}](${id})`;
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max).trim();
}

/** Ids of the people mentioned in a text, each once, in order of first mention. */
export function mentionedIds(text: string): string[] {
  const ids = new Set<string>();
  walk(tokenize(text), (token) => {
    if (token.type === 'mention') ids.add(token.id);
  });
  return [...ids];
}

/** Reads `@[Name](id)` at `start`; bounded look-ahead, so a text full of `@[` stays linear. */
function readMention(text: string, start: number): { token: MentionToken; end: number } | undefined {
  if (text.charCodeAt(start + 1) !== 0x5b /* [ */) return undefined;
  const close = boundedIndexOf(text, ']', start + 2, MENTION_NAME_MAX);
  if (close < 0 || text.charCodeAt(close + 1) !== 0x28 /* ( */) return undefined;
  const name = text.slice(start + 2, close).trim();
  if (!name) return undefined;
  const end = boundedIndexOf(text, ')', close + 2, MENTION_ID_MAX);
  if (end < 0) return undefined;
  const raw = text.slice(close + 2, end);
  if (!raw || /[\s(]/.test(raw)) return undefined;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A stray `%` typed by hand: keep the id as written.
  }
  return { token: { type: 'mention', id, name }, end: end + 1 };
}

/** `indexOf` that looks at most `max` characters ahead, so failed mentions cost O(1) each. */
function boundedIndexOf(text: string, char: string, from: number, max: number): number {
  const found = text.slice(from, from + max + 1).indexOf(char);
  return found < 0 ? -1 : from + found;
}

// ---------------------------------------------------------------------------- hashtags

const TAG_CHARS = /[\p{L}\p{N}\p{M}_-]+/uy;
/** A `#` right after one of these is part of a word, an entity or a path, not a hashtag. */
const BEFORE_TAG_BLOCKED = /[\p{L}\p{N}\p{M}_&#/]/u;

/** The form in which tags are compared and stored: NFC, lower case. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

/** The distinct hashtags in a text, normalized, in order of first use. */
export function hashtags(text: string): string[] {
  const tags = new Set<string>();
  walk(tokenize(text), (token) => {
    if (token.type === 'hashtag') tags.add(normalizeTag(token.tag));
  });
  return [...tags];
}

/** Reads `#tag` at `start`; returns the end of the `#` run it looked at even when it is not a tag. */
function readHashtag(text: string, start: number): { token?: HashtagToken; end: number } {
  TAG_CHARS.lastIndex = start + 1;
  const match = TAG_CHARS.exec(text);
  if (!match) return { end: start + 1 };
  const end = start + 1 + match[0].length;
  const tag = match[0].replace(/-+$/, '');
  if (!/^[\p{L}\p{N}_]/u.test(tag) || /^\p{N}+$/u.test(tag)) return { end };
  return { token: { type: 'hashtag', tag }, end: start + 1 + tag.length };
}

// ---------------------------------------------------------------------------- links

/** Where a URL stops, whatever follows. */
const URL_STOP = /[\s<>"`]/u;
/** Trailing characters that belong to the sentence rather than the URL. */
const TRAILING = new Set([...'.,;:!?\'"*_~…', '\u3001', '\u3002', '\uff0c', '\uff01', '\uff1f']);
const PAIRS: Record<string, string> = { ')': '(', ']': '[' };

/** Reads an `http(s)://` or `www.` link at `start`; `end` is where scanning resumes either way. */
function readLink(text: string, start: number): { token?: LinkToken; end: number } | undefined {
  const rest = text.slice(start, start + 8).toLowerCase();
  const www = rest.startsWith('www.');
  if (!www && !rest.startsWith('http://') && !rest.startsWith('https://')) return undefined;
  let end = start;
  while (end < text.length && !URL_STOP.test(text[end]!)) end++;
  end = trimTrailing(text, start, end);
  const typed = text.slice(start, end);
  const href = www ? `https://${typed}` : typed;
  return isWebUrl(href, www) ? { token: { type: 'link', href, text: typed }, end } : { end };
}

/** Drops trailing punctuation; a closing bracket stays only when it closes one in the URL. */
function trimTrailing(text: string, start: number, end: number): number {
  const open: Record<string, number> = { '(': 0, '[': 0 };
  const close: Record<string, number> = { ')': 0, ']': 0 };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c in open) open[c]!++;
    else if (c in close) close[c]!++;
  }
  while (end > start) {
    const c = text[end - 1]!;
    if (TRAILING.has(c)) end--;
    else if (c in PAIRS && close[c]! > open[PAIRS[c]!]!) {
      close[c]!--;
      end--;
    } else break;
  }
  return end;
}

function isWebUrl(href: string, www: boolean): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // `www.` alone is a word, not a host: ask for a name and a top-level domain after it.
  return www ? /^www\.[^.]+\.[^.]/i.test(url.hostname) : url.hostname.length > 0;
}

// ---------------------------------------------------------------------------- tokenizer

/** A run of one or two `*` that may open or close emphasis. */
interface Star {
  type: 'star';
  text: string;
  canOpen: boolean;
  canClose: boolean;
}

type Atom = InlineToken | Star;

const WORD = /[\p{L}\p{N}\p{M}_]/u;
/** A link starts a word: not `xhttps://`, `foo.www.` or `me@www.`. */
const BEFORE_LINK_BLOCKED = /[\p{L}\p{N}\p{M}_.@/]/u;

/** Turns user text into tokens: text, links, mentions, hashtags, line breaks and `*emphasis*`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) tokens.push({ type: 'break' });
    for (const token of pairStars(scanLine(line))) tokens.push(token);
  });
  return tokens;
}

/** One line into atoms: inline tokens plus the `*` runs that might become emphasis. */
function scanLine(line: string): Atom[] {
  const atoms: Atom[] = [];
  let textStart = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > textStart) atoms.push({ type: 'text', text: line.slice(textStart, to) });
  };
  const emit = (atom: Atom, from: number, to: number) => {
    flush(from);
    atoms.push(atom);
    textStart = i = to;
  };

  while (i < line.length) {
    const c = line[i]!;
    const before = codePointBefore(line, i);
    if (c === '@') {
      const mention = readMention(line, i);
      if (mention) {
        emit(mention.token, i, mention.end);
        continue;
      }
    } else if ((c === 'h' || c === 'H' || c === 'w' || c === 'W') && !(before && BEFORE_LINK_BLOCKED.test(before))) {
      const link = readLink(line, i);
      if (link?.token) {
        emit(link.token, i, link.end);
        continue;
      }
      if (link) {
        i = Math.max(link.end, i + 1); // a failed candidate is plain text: never rescan it
        continue;
      }
    } else if (c === '#' && !(before && BEFORE_TAG_BLOCKED.test(before))) {
      const tag = readHashtag(line, i);
      if (tag.token) emit(tag.token, i, tag.end);
      else i = tag.end;
      continue;
    } else if (c === '*') {
      let end = i + 1;
      while (line[end] === '*') end++;
      if (end - i <= 2) {
        const after = codePointAt(line, end);
        emit(
          {
            type: 'star',
            text: line.slice(i, end),
            canOpen: after !== undefined && !/\s/u.test(after) && !(before && WORD.test(before)),
            canClose: before !== undefined && !/\s/u.test(before) && !(after && WORD.test(after)),
          },
          i,
          end,
        );
      } else i = end;
      continue;
    }
    i++;
  }
  flush(line.length);
  return atoms;
}

/**
 * Pairs `*` runs into emphasis, one level deep: an opener waits for the next closer of the
 * same length; anything unpaired stays text. Each atom is moved at most once, so it is linear.
 */
function pairStars(atoms: Atom[]): Token[] {
  const out: (Token | Star)[] = [];
  let opener = -1;
  for (const atom of atoms) {
    if (atom.type !== 'star') {
      out.push(atom);
      continue;
    }
    const open = opener >= 0 ? (out[opener] as Star) : undefined;
    if (open && atom.canClose && atom.text === open.text) {
      const children = merge(out.splice(opener + 1) as InlineToken[]) as InlineToken[];
      out[opener] = { type: 'emphasis', children };
      opener = -1;
    } else if (atom.canOpen) {
      if (open) out[opener] = { type: 'text', text: open.text };
      opener = out.length;
      out.push(atom);
    } else out.push({ type: 'text', text: atom.text });
  }
  if (opener >= 0) out[opener] = { type: 'text', text: (out[opener] as Star).text };
  return merge(out as Token[]);
}

/** Joins neighbouring text tokens. */
function merge(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (token.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { type: 'text', text: last.text + token.text };
    else if (token.type !== 'text' || token.text) out.push(token);
  }
  return out;
}

function codePointBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

function codePointAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'emphasis') walk(token.children, visit);
  }
}

/** Readable text again: mentions as `@Name`, emphasis without its stars, breaks as `\n`. */
export function plainText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'link':
        out += token.text;
        break;
      case 'mention':
        out += `@${token.name}`;
        break;
      case 'hashtag':
        out += `#${token.tag}`;
        break;
      case 'break':
        out += '\n';
        break;
      case 'emphasis':
        out += plainText(token.children);
        break;
    }
  }
  return out;
}
