/**
 * Reads sent together (SHAREPOINT-REST.md §8): GETs asked for in the same turn of the event
 * loop (three web parts starting on one page, a view reading a poll and its ballots) leave as
 * one `$batch` request, and each caller gets its own Response back. Writes go straight through:
 * changesets are not transactional, so batching them would only hide partial failures.
 */
import { withHeaders, type SpHttp } from './http.js';

/** SharePoint's limit of requests per batch. */
export const BATCH_MAX = 100;

/** Each part asks for JSON light without metadata: a part is its own request, whatever the transport. */
const PART_ACCEPT = 'application/json;odata=nometadata';

interface Pending {
  url: string;
  resolve(response: Response): void;
  reject(error: unknown): void;
}

/** Runs `flush` after the current macrotask, so callers starting in the same turn share a batch. */
export type Scheduler = (flush: () => void) => void;
const nextTurn: Scheduler = (flush) => void globalThis.setTimeout(flush, 0);

let boundaries = 0;

export class BatchingHttp implements SpHttp {
  readonly siteUrl: string;
  private queue: Pending[] = [];

  constructor(
    private readonly http: SpHttp,
    private readonly schedule: Scheduler = nextTurn,
  ) {
    this.siteUrl = http.siteUrl;
  }

  get(url: string, init?: RequestInit): Promise<Response> {
    // A caller's own headers or signal would be lost in a batch: send those alone.
    if (init?.headers || init?.signal) return this.http.get(url, init);
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) this.schedule(() => void this.flush());
      this.queue.push({ url, resolve, reject });
    });
  }

  post(url: string, init?: RequestInit): Promise<Response> {
    return this.http.post(url, init);
  }

  private async flush(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    for (let i = 0; i < queue.length; i += BATCH_MAX) {
      const chunk = queue.slice(i, i + BATCH_MAX);
      if (new Set(chunk.map((p) => p.url)).size === 1) {
        const answer = this.http.get(chunk[0]!.url);
        chunk.forEach((p) => answer.then((r) => p.resolve(r.clone()), p.reject));
        continue;
      }
      this.send(chunk).catch((e: unknown) => chunk.forEach((p) => p.reject(e)));
    }
  }

  private async send(waiting: Pending[]): Promise<void> {
    // The same URL asked twice in one turn (two web parts, or get and results) is read once.
    const urls = [...new Set(waiting.map((p) => p.url))];
    const chunk = urls.map((url) => ({ url }));
    const boundary = `batch_${(++boundaries).toString(36)}_${Math.random().toString(36).slice(2)}`;
    const body =
      chunk
        .map(
          (p) =>
            `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n` +
            `GET ${p.url} HTTP/1.1\r\nAccept: ${PART_ACCEPT}\r\n\r\n`,
        )
        .join('') + `--${boundary}--\r\n`;
    const response = await this.http.post(
      `${this.siteUrl}/_api/$batch`,
      withHeaders({ body }, { 'Content-Type': `multipart/mixed; boundary=${boundary}` }),
    );
    // The batch itself failed (throttled, digest, down): every caller gets that answer.
    if (!response.ok) {
      const text = await response.text();
      waiting.forEach((p) => p.resolve(new Response(text, { status: response.status, headers: response.headers })));
      return;
    }
    const parts = parseBatchResponse(await response.text(), response.headers.get('Content-Type') ?? '');
    if (parts.length !== chunk.length) throw new Error(`$batch answered ${parts.length} parts for ${chunk.length}`);
    const byUrl = new Map(urls.map((url, i) => [url, parts[i]!]));
    // Each caller reads its own body.
    waiting.forEach((p) => p.resolve(byUrl.get(p.url)!.clone()));
  }
}

/** The flat run of `application/http` parts SharePoint answers, as Responses, in order. */
export function parseBatchResponse(text: string, contentType: string): Response[] {
  const boundary = /boundary\s*=\s*"?([^";\s]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw new Error('$batch answer without a boundary');
  const out: Response[] = [];
  for (const chunk of text.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    // Part headers, a blank line, the status line and headers, a blank line, the body.
    const [, http = ''] = splitOnce(chunk.replace(/^\r?\n/, ''));
    const [head, body] = splitOnce(http);
    const [statusLine = '', ...headerLines] = head.split(/\r?\n/);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1]);
    if (!status) throw new Error(`$batch part without a status: ${statusLine}`);
    const headers = new Headers();
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    const content = body.replace(/\r?\n$/, '');
    out.push(new Response(status === 204 || status === 304 ? null : content, { status, headers }));
  }
  return out;
}

function splitOnce(text: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + m[0].length)] : [text, ''];
}
