/**
 * JSON over SpHttp for the layers above: answers parsed, failures thrown as PleinError
 * (errors.ts). Paths are relative to the site's `/_api/`.
 */
import type { Clock } from '@plein/core';
import { errorFromResponse } from './errors.js';
import { apiUrl, jsonBody, type SpHttp } from './http.js';
import { readJson } from './odata.js';

export interface Answer {
  body: unknown;
  /** The `ETag` response header, when there is one. */
  etag: string | undefined;
}

export class SpClient {
  constructor(
    readonly http: SpHttp,
    readonly clock: Clock,
  ) {}

  /** `path` relative to `/_api/`, or an absolute URL (a next-page link). */
  url(path: string): string {
    return /^https?:/i.test(path) ? path : apiUrl(this.http, path);
  }

  async get(path: string): Promise<Answer> {
    return this.answer(await this.http.get(this.url(path)));
  }

  /** A POST with a JSON body (or none); `headers` for `X-HTTP-Method` and `IF-MATCH`. */
  async post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const init = body === undefined ? { headers } : jsonBody(body, headers);
    return this.answer(await this.http.post(this.url(path), init));
  }

  private async answer(response: Response): Promise<Answer> {
    if (!response.ok) throw await errorFromResponse(response, this.clock.now());
    return { body: await readJson(response), etag: response.headers.get('ETag') ?? undefined };
  }
}
