/**
 * `POST /_api/$batch` (SHAREPOINT-REST.md §8): a multipart/mixed body of reads (top-level parts)
 * and changesets of writes. Every request gets one flat `--batchresponse_` part, in order, even
 * inside a changeset; a failed part carries its own status while the batch answers 200.
 * Changesets are not transactional: earlier successes stay, later parts still run. The outer
 * request carries the digest; parts carry none.
 */
import type { Ctx } from './context.js';
import { errors, SpError } from './errors.js';
import { errorResponse, negotiate, type Format } from './format.js';
import { guid } from './names.js';

/** 100 requests [I10]; of the two reported byte caps, the stricter 1 MiB [I10]. */
export const BATCH_LIMITS = { requests: 100, bytes: 1_048_576 };

interface PartRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

type Part = PartRequest | SpError;

export async function batch(c: Ctx, run: (r: Request) => Promise<Response>): Promise<Response> {
  if (c.method !== 'POST') throw errors.methodNotAllowed();
  const boundary = boundaryOf(c.request.headers.get('Content-Type'));
  if (!boundary) throw errors.badQuery('A batch must be multipart/mixed with a boundary.');
  const bytes = new Uint8Array(await c.request.arrayBuffer());
  if (bytes.length > BATCH_LIMITS.bytes) throw errors.streamTooLong(bytes.length, BATCH_LIMITS.bytes);
  const parts = parseBatch(new TextDecoder().decode(bytes), boundary, `${c.site.url}/_api/`);
  if (parts.length > BATCH_LIMITS.requests) throw errors.tooManyBatchRequests(parts.length, BATCH_LIMITS.requests);
  const out = `batchresponse_${guid()}`;
  let text = '';
  for (const p of parts) {
    const response = p instanceof SpError ? errorResponse('nometadata', p) : await run(toRequest(p));
    text += await serialize(response, out);
  }
  text += `--${out}--\r\n`;
  return new Response(text, { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${out}` } });
}

function boundaryOf(contentType: string | null): string | undefined {
  if (!/^\s*multipart\/mixed\s*;/i.test(contentType ?? '')) return undefined;
  return /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i
    .exec(contentType ?? '')
    ?.slice(1)
    .find(Boolean);
}

/** The bodies between `--boundary` lines; the closing `--boundary--` is required. */
function split(text: string, boundary: string): string[] {
  const lines = text.split(/\r?\n/);
  const parts: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.trimEnd() === `--${boundary}--`) {
      if (current) parts.push(current);
      return parts.map((p) => p.join('\r\n'));
    }
    if (line.trimEnd() === `--${boundary}`) {
      if (current) parts.push(current);
      current = [];
    } else current?.push(line);
  }
  throw errors.badQuery(`The batch is missing its closing boundary '--${boundary}--'.`);
}

/** `Name: value` lines up to the first blank line, and what follows. */
function headed(text: string): { head: string[]; rest: string } {
  const lines = text.split('\r\n');
  const blank = lines.indexOf('');
  const end = blank < 0 ? lines.length : blank;
  return { head: lines.slice(0, end), rest: lines.slice(end + 1).join('\r\n') };
}

function headersOf(lines: readonly string[]): Headers {
  const h = new Headers();
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at > 0) h.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return h;
}

function parseBatch(text: string, boundary: string, api: string): Part[] {
  const out: Part[] = [];
  for (const raw of split(text, boundary)) {
    const { head, rest } = headed(raw);
    const inner = boundaryOf(headersOf(head).get('Content-Type'));
    if (!inner) {
      out.push(parseRequest(head, rest, api, false));
      continue;
    }
    for (const change of split(rest, inner)) {
      const p = headed(change);
      out.push(parseRequest(p.head, p.rest, api, true));
    }
  }
  return out;
}

/** One `application/http` part; rule breaks become that part's 400 (their wording is the emulator's). */
function parseRequest(partHead: string[], text: string, api: string, inChangeset: boolean): Part {
  if (!/^application\/http\b/i.test(headersOf(partHead).get('Content-Type') ?? ''))
    return errors.badQuery('A batch part must be Content-Type: application/http.');
  const { head, rest } = headed(text.replace(/^(\r\n)+/, ''));
  const [line = '', ...headerLines] = head;
  const m = /^([A-Z]+) (\S+) HTTP\/1\.1$/i.exec(line.trim());
  if (!m) return errors.badQuery(`The batch part's request line '${line}' is not valid.`);
  const method = m[1]!.toUpperCase();
  const url = m[2]!;
  // Absolute, same site, compared case-sensitively [L5].
  if (!url.startsWith(api)) return errors.badQuery(`The batch request URL '${url}' must be absolute and under ${api}.`);
  const reads = method === 'GET';
  if (reads && inChangeset) return errors.badQuery('A changeset may hold only writes; send reads as top-level parts.');
  if (!reads && !inChangeset) return errors.badQuery('Writes in a batch must be inside a changeset.');
  return { method, url, headers: headersOf(headerLines), body: rest.replace(/(\r\n)+$/, '') };
}

function toRequest(p: PartRequest): Request {
  const hasBody = p.method !== 'GET' && p.body !== '';
  return new Request(p.url, { method: p.method, headers: p.headers, ...(hasBody ? { body: p.body } : {}) });
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** One response part, headers upper-cased as SPO writes them [C1]. */
async function serialize(r: Response, boundary: string): Promise<string> {
  // pnpjs's parser needs a reason phrase after the code [P1].
  const head = [`HTTP/1.1 ${r.status} ${REASONS[r.status] ?? 'Unknown'}`];
  r.headers.forEach((value, name) => head.push(`${name.toUpperCase()}: ${value}`));
  const body = await r.text();
  return `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n${head.join('\r\n')}\r\n\r\n${body}\r\n`;
}

/** The negotiated format, or nometadata when the Accept header names none (for batch envelopes). */
export function partFormat(headers: Headers): Format {
  try {
    return negotiate(headers);
  } catch {
    return 'nometadata';
  }
}
