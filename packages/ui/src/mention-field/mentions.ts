import { mentionMarkup } from '@plein/core';

/**
 * What people see in a text field and what the store keeps differ only in mentions: the field
 * shows a readable `@Anna de Vries`, the store gets `@[Anna de Vries](p-anna)`. A map from the
 * names picked (or found in an edited text) to ids converts one into the other. A name edited
 * by hand stops matching and stays plain text.
 */
export type MentionMap = Map<string, string>;

const WORD = /[\p{L}\p{N}_]/u;

/** Readable text with the picked names turned into mention markup. */
export function toMarkup(text: string, mentions: MentionMap): string {
  if (!mentions.size) return text;
  const names = [...mentions.keys()].sort((a, b) => b.length - a.length);
  let out = '';
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const name = names.find((n) => text.startsWith(n, at + 1) && !WORD.test(text.charAt(at + 1 + n.length)));
    if (!name) continue;
    out += text.slice(from, at) + mentionMarkup({ id: mentions.get(name)!, displayName: name });
    from = at + 1 + name.length;
    at = from - 1;
  }
  return out + text.slice(from);
}

/** Bounded, so a hostile text stays linear. */
const MARKUP = /@\[([^\]\n]{1,200})\]\(([^()\s]{1,256})\)/g;

/** Stored text as people read it in a field, with the names it mentions. */
export function fromMarkup(markup: string): { text: string; mentions: MentionMap } {
  const mentions: MentionMap = new Map();
  const text = markup.replace(MARKUP, (_, name: string, raw: string) => {
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      // a stray % typed by hand: keep the id as written
    }
    mentions.set(name.trim(), id);
    return `@${name.trim()}`;
  });
  return { text, mentions };
}

/** The `@query` being typed right before the caret, if any. */
export function mentionQuery(text: string, caret: number): { at: number; query: string } | undefined {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || caret - at > 41) return undefined;
  if (at > 0 && !/[\s([{"'“‘]/u.test(before.charAt(at - 1))) return undefined;
  const query = before.slice(at + 1);
  if (/^[\s[]|\n|\s{2}/.test(query)) return undefined;
  return { at, query };
}
