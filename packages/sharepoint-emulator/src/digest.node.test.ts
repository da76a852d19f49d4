import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, body, digestFor, get, NOMETA, SITE, V4, VERBOSE, world } from './emulator.fixtures.js';

const ITEMS = "web/lists/getbytitle('Plein Posts')/items";
const post = (f: ReturnType<ReturnType<typeof world>['sp']['fetchAs']>, headers: Record<string, string>) =>
  f(`${API}${ITEMS}`, {
    method: 'POST',
    headers: { ...NOMETA, 'Content-Type': 'application/json', ...headers },
    body: '{"Title":"x"}',
  });

describe('request digest', () => {
  it('contextinfo in JSON light: digest at top level, 1800 s, plain schema array', async () => {
    const w = world();
    const b = await body(await w.sp.fetchAs(w.ann.id)(`${API}contextinfo`, { method: 'POST', headers: NOMETA }));
    assert.match(b.FormDigestValue, /^0x[0-9A-F]{128},12 Jan 2026 09:00:00 -0000$/);
    assert.equal(b.FormDigestTimeoutSeconds, 1800);
    assert.deepEqual(b.SupportedSchemaVersions, ['14.0.0.0', '15.0.0.0']);
    assert.equal(b.WebFullUrl, SITE);
  });

  it('contextinfo in verbose is wrapped under GetContextWebInformation', async () => {
    const w = world();
    const b = await body(await w.sp.fetchAs(w.ann.id)(`${API}contextinfo`, { method: 'POST', headers: VERBOSE }));
    const info = b.d.GetContextWebInformation;
    assert.deepEqual(info.__metadata, { type: 'SP.ContextWebInformation' });
    assert.deepEqual(info.SupportedSchemaVersions, {
      __metadata: { type: 'Collection(Edm.String)' },
      results: ['14.0.0.0', '15.0.0.0'],
    });
    assert.equal(typeof info.FormDigestValue, 'string');
  });

  it('a write without a digest is a 403 with SharePoint code and text; GET needs none', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const r = await post(f, {});
    assert.equal(r.status, 403);
    const e = (await body(r))['odata.error'];
    assert.equal(e.code, '-2130575251, Microsoft.SharePoint.SPException');
    assert.match(e.message.value, /^The security validation for this page is invalid/);
    assert.equal(w.posts.items.size, 0);
    assert.equal((await get(f, ITEMS)).status, 200);
    assert.equal((await post(f, { 'X-RequestDigest': 'forged' })).status, 403);
  });

  it('a valid digest works for 30 minutes, then fails with the expired code', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const digest = await digestFor(f);
    assert.equal((await post(f, { 'X-RequestDigest': digest })).status, 201);
    w.clock.t += 1799_000;
    assert.equal((await post(f, { 'X-RequestDigest': digest })).status, 201);
    w.clock.t += 1000;
    const r = await post(f, { 'X-RequestDigest': digest });
    assert.equal(r.status, 403);
    assert.equal((await body(r))['odata.error'].code, '-2130575252, Microsoft.SharePoint.SPException');
  });

  it("another user's or another site's digest is refused", async () => {
    const w = world();
    const other = w.sp.addSite('https://contoso.sharepoint.com/sites/hr');
    const otherAnn = other.addUser({ title: 'Ann', groups: [other.members] });
    const foreign = await w.sp.fetchAs(otherAnn.id)('https://contoso.sharepoint.com/sites/hr/_api/contextinfo', {
      method: 'POST',
      headers: NOMETA,
    });
    const hrDigest = (await body(foreign)).FormDigestValue;
    const bobDigest = await digestFor(w.sp.fetchAs(w.bob.id));
    const f = w.sp.fetchAs(w.ann.id);
    assert.equal((await post(f, { 'X-RequestDigest': hrDigest })).status, 403);
    assert.equal((await post(f, { 'X-RequestDigest': bobDigest })).status, 403);
  });

  it('an OAuth bearer request needs no digest', async () => {
    const w = world();
    assert.equal((await post(w.sp.fetchAs(w.ann.id), { Authorization: 'Bearer token' })).status, 201);
  });

  it('the 403 follows the requested format (4.0 here)', async () => {
    const w = world();
    const r = await w.sp.fetchAs(w.ann.id)(`${API}${ITEMS}`, {
      method: 'POST',
      headers: { ...V4, 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(r.status, 403);
    assert.equal((await body(r)).error.code, '-2130575251, Microsoft.SharePoint.SPException');
  });
});
