import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BATCH_LIMITS } from './batch.js';
import { API, digestFor, SITE, world } from './emulator.fixtures.js';
import type { Fetch } from './emulator.js';

const CRLF = '\r\n';
const list = `${API}web/lists/getbytitle('Plein%20Posts')`;

const read = (url: string, accept = 'application/json;odata=nometadata') =>
  [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `GET ${url} HTTP/1.1`,
    `Accept: ${accept}`,
    '',
  ].join(CRLF);

const change = (method: string, url: string, body?: unknown, headers: string[] = []) =>
  [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `${method} ${url} HTTP/1.1`,
    'Accept: application/json;odata=nometadata',
    'Content-Type: application/json;charset=utf-8',
    ...headers,
    '',
    body === undefined ? '' : JSON.stringify(body),
  ].join(CRLF);

const changeset = (id: string, parts: string[]) =>
  [
    `Content-Type: multipart/mixed; boundary="${id}"`,
    '',
    ...parts.map((p) => `--${id}${CRLF}${p}`),
    `--${id}--`,
    '',
  ].join(CRLF);

const batchBody = (parts: string[]) => [...parts.map((p) => `--batch_1${CRLF}${p}`), '--batch_1--', ''].join(CRLF);

async function send(f: Fetch, parts: string[], digest?: string) {
  return f(`${API}$batch`, {
    method: 'POST',
    headers: {
      'Content-Type': 'multipart/mixed; boundary=batch_1',
      'X-RequestDigest': digest ?? (await digestFor(f)),
    },
    body: batchBody(parts),
  });
}

/** The response parts: status, upper-cased headers, body. */
async function parse(r: Response) {
  const boundary = /boundary=(\S+)/.exec(r.headers.get('Content-Type') ?? '')?.[1] ?? '';
  const text = await r.text();
  assert.ok(text.endsWith(`--${boundary}--${CRLF}`));
  return text
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const [outer = '', inner = '', ...body] = chunk.split(CRLF + CRLF);
      assert.match(outer, /Content-Type: application\/http\r\nContent-Transfer-Encoding: binary/);
      const [status = '', ...headers] = inner.split(CRLF);
      const text = body.join(CRLF + CRLF).replace(/\r\n$/, '');
      return {
        status: Number(status.split(' ')[1]),
        line: status,
        headers: Object.fromEntries(headers.map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 2)])),
        json: text ? JSON.parse(text) : undefined,
      };
    });
}

describe('$batch', () => {
  it('answers reads and a changeset with one flat part per request, in order', async () => {
    const w = world();
    w.posts.add(w.ann.id, w.clock.t, { Title: 'one' });
    const f = w.sp.fetchAs(w.ann.id);
    const r = await send(f, [
      read(`${list}/items?$select=Title`),
      changeset('changeset_a', [
        change('POST', `${list}/items`, { Title: 'two' }),
        change('MERGE', `${list}/items(1)`, { Title: 'uno' }, ['IF-Match: *']),
      ]),
      read(`${list}/items?$select=Title&$orderby=ID`, 'application/json;odata=verbose'),
    ]);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('Content-Type') ?? '', /^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/);
    const [first, created, merged, last, ...none] = await parse(r);
    assert.equal(none.length, 0);
    assert.equal(first?.line, 'HTTP/1.1 200 OK');
    assert.deepEqual(first?.json, { value: [{ Title: 'one' }] });
    assert.equal(created?.line, 'HTTP/1.1 201 Created');
    assert.equal(created?.json.Title, 'two');
    assert.match(created?.headers.ETAG ?? '', /,1"$/);
    assert.equal(created?.headers.LOCATION, `${API}Web/Lists(guid'${w.posts.id}')/Items(2)`);
    assert.match(created?.headers['CONTENT-TYPE'] ?? '', /odata=nometadata/);
    assert.equal(merged?.line, 'HTTP/1.1 204 No Content');
    assert.match(merged?.headers.ETAG ?? '', /,2"$/);
    assert.deepEqual(
      last?.json.d.results.map((i: { Title: string }) => i.Title),
      ['uno', 'two'],
    );
    assert.equal(w.posts.items.get(2)?.authorId, w.ann.id);
  });

  it('a failed part inside a changeset keeps its own error; the others stay committed', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const r = await send(f, [
      changeset('changeset_b', [
        change('POST', `${list}/items`, { Title: 'kept' }),
        change('DELETE', `${list}/items(99)`, undefined, ['IF-Match: *']),
        change('POST', `${list}/items`, { Nope: 1 }),
        change('POST', `${list}/items`, { Title: 'after' }),
      ]),
    ]);
    assert.equal(r.status, 200);
    const parts = await parse(r);
    assert.deepEqual(
      parts.map((p) => p.status),
      [201, 404, 400, 201],
    );
    assert.equal(parts[1]?.json['odata.error'].code, '-2130575338, System.ArgumentException');
    assert.equal(parts[2]?.line, 'HTTP/1.1 400 Bad Request');
    assert.deepEqual(
      [...w.posts.items.values()].map((i) => i.values.Title),
      ['kept', 'after'],
    );
  });

  it('the outer request needs the digest; parts need none and their own digests do not matter', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const refused = await send(f, [changeset('cs', [change('POST', `${list}/items`, { Title: 'x' })])], 'bogus');
    assert.equal(refused.status, 403);
    assert.equal(w.posts.items.size, 0);
    const ok = await send(f, [
      changeset('cs', [change('POST', `${list}/items`, { Title: 'x' }, ['X-RequestDigest: bogus'])]),
    ]);
    assert.deepEqual(
      (await parse(ok)).map((p) => p.status),
      [201],
    );
    // The digest is the batch user's: a part acts as that user (Vic may not write).
    const vic = w.sp.fetchAs(w.vic.id);
    const denied = await parse(await send(vic, [changeset('cs', [change('POST', `${list}/items`, { Title: 'v' })])]));
    assert.equal(denied[0]?.status, 403);
  });

  it('refuses writes outside changesets, reads inside them, relative or foreign URLs, nested batches', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const parts = await parse(
      await send(f, [
        change('POST', `${list}/items`, { Title: 'loose' }),
        changeset('cs', [read(`${list}/items`)]),
        read(`/sites/intranet/_api/web/currentuser`),
        read(`${SITE.toUpperCase()}/_api/web/currentuser`),
        read('https://contoso.sharepoint.com/sites/other/_api/web/currentuser'),
        read(`${API}web/currentuser`),
      ]),
    );
    assert.deepEqual(
      parts.map((p) => p.status),
      [400, 400, 400, 400, 400, 200],
    );
    assert.equal(w.posts.items.size, 0);
    const nested = await parse(await send(f, [changeset('cs', [change('POST', `${API}$batch`, {})])]));
    assert.equal(nested[0]?.status, 400);
  });

  it('limits: 100 requests, 1 MiB, a closing boundary, multipart/mixed', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const hundred = Array.from({ length: BATCH_LIMITS.requests }, () => read(`${API}web/currentuser`));
    assert.equal((await parse(await send(f, hundred))).length, 100);
    const tooMany = await send(f, [...hundred, read(`${API}web/currentuser`)]);
    assert.equal(tooMany.status, 400);
    const big = await send(f, [
      changeset('cs', [change('POST', `${list}/items`, { Title: 'x'.repeat(BATCH_LIMITS.bytes) })]),
    ]);
    assert.equal(big.status, 400);
    assert.match(
      (await big.json())['odata.error'].message.value,
      /^The maximum number of bytes allowed to be read from the stream has been exceeded/,
    );
    const digest = await digestFor(f);
    const post = (body: string, type: string) =>
      f(`${API}$batch`, { method: 'POST', headers: { 'Content-Type': type, 'X-RequestDigest': digest }, body });
    const unclosed = await post(
      `--batch_1${CRLF}${read(`${API}web/currentuser`)}`,
      'multipart/mixed; boundary=batch_1',
    );
    assert.equal(unclosed.status, 400);
    assert.equal((await post('{}', 'application/json')).status, 400);
    assert.equal(w.posts.items.size, 0);
  });

  it("reads pnpjs's LF-separated body: a changeset closed by the next read, lower-case headers", async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const http = 'Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n';
    const headers = 'accept: application/json;odata=nometadata\ncontent-type: application/json;charset=utf-8\n';
    const text = [
      '--batch_p\n',
      'Content-Type: multipart/mixed; boundary="changeset_q"\n\n',
      `--changeset_q\n${http}POST ${list}/items HTTP/1.1\n${headers}\n${JSON.stringify({ Title: 'p' })}\n\n`,
      `--changeset_q\n${http}DELETE ${list}/items(1) HTTP/1.1\n${headers}if-match: *\n\n`,
      '--changeset_q--\n\n',
      `--batch_p\n${http}GET ${list}/items?$select=Title HTTP/1.1\n${headers}\n`,
      '--batch_p--\n',
    ].join('');
    const r = await f(`${API}$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_p', 'X-RequestDigest': await digestFor(f) },
      body: text,
    });
    const parts = await parse(r);
    assert.deepEqual(
      parts.map((p) => p.line),
      ['HTTP/1.1 201 Created', 'HTTP/1.1 200 OK', 'HTTP/1.1 200 OK'],
    );
    assert.deepEqual(parts[2]?.json, { value: [] });
    assert.equal(w.posts.items.size, 0);
  });

  it('throttling evaluates each request in the batch', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const digest = await digestFor(f);
    w.sp.faults.throttle({ retryAfter: 5, after: 1, times: 1 });
    const parts = await parse(
      await send(
        f,
        [read(`${API}web/currentuser`), read(`${API}web/currentuser`), read(`${API}web/currentuser`)],
        digest,
      ),
    );
    // The batch itself passes; its first part is refused, the others pass.
    assert.deepEqual(
      parts.map((p) => p.status),
      [429, 200, 200],
    );
    assert.equal(parts[0]?.headers['RETRY-AFTER'], '5');
  });
});
