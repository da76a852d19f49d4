import { html, type TemplateResult } from 'lit';

/** What `channelLabel` says, in the viewer's language (the moderation queue's strings have them). */
export interface ChannelStrings {
  /** The `general` channel's name. */
  general: string;
  /** Before the link to the page of a page's own conversation ("Comments on"). */
  commentsOn: string;
  /** "in General", "in #sales". */
  inChannel: (name: string) => string;
}

/** Longer addresses are shortened. */
const MAX_URL = 48;

/** The web address of a page's own channel (`page:URL`); undefined for other channels and for what is not http(s). */
export function pageOf(channel: string): string | undefined {
  if (!channel.startsWith('page:')) return undefined;
  try {
    const url = new URL(channel.slice(5));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `host/path` of a URL, without `www.` or a trailing slash. A long one keeps the host and the
 * last segment (the page's own name), then is cut at the end.
 */
export function shortUrl(url: string): string {
  const { host, pathname } = new URL(url);
  const site = host.replace(/^www\./, '');
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // malformed escapes: show them as they are
  }
  const parts = path.split('/').filter(Boolean);
  let text = [site, ...parts].join('/');
  if (text.length > MAX_URL && parts.length > 1) text = `${site}/…/${parts[parts.length - 1]}`;
  return text.length > MAX_URL ? `${text.slice(0, MAX_URL - 1)}…` : text;
}

/**
 * Where an entry was written, the way people say it: "in General", "Comments on
 * intranet.example.org/news" (a link to that page, or to `link(url)`: the entry's permalink
 * there), or "in #name". Never the raw channel id.
 */
export function channelLabel(channel: string, s: ChannelStrings, link = (url: string) => url): TemplateResult {
  const page = pageOf(channel);
  if (page) return html`${s.commentsOn} <a href=${link(page)} title=${page}>${shortUrl(page)}</a>`;
  // A page channel whose address is not a web page's (never linked), or any other name.
  const name = channel === 'general' ? s.general : channel.startsWith('page:') ? channel.slice(5) : `#${channel}`;
  return html`${s.inChannel(name)}`;
}
