import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, body, digestFor, VERBOSE, world, write } from './emulator.fixtures.js';
import type { Fetch } from './emulator.js';

const PICKER = `${API}SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser`;

function withDirectory() {
  const w = world();
  w.sp.addPerson({ title: 'Jan de Vries', email: 'jan@contoso.com', department: 'Sales', jobTitle: 'Account manager' });
  w.sp.addPerson({ title: 'Janneke Bos', email: 'janneke@contoso.com', department: 'HR' });
  w.sp.addPerson({ title: 'Ann Member', email: 'ann.member@contoso.com', department: 'Comms' });
  return w;
}

async function search(f: Fetch, queryParams: Record<string, unknown>, headers: Record<string, string> = {}) {
  return f(PICKER, {
    method: 'POST',
    headers: {
      Accept: 'application/json;odata=nometadata',
      'Content-Type': 'application/json;charset=utf-8',
      'X-RequestDigest': await digestFor(f),
      ...headers,
    },
    body: JSON.stringify({ queryParams }),
  });
}

const query = (QueryString: string, extra: Record<string, unknown> = {}) => ({
  QueryString,
  MaximumEntitySuggestions: 10,
  AllowEmailAddresses: true,
  AllowMultipleEntities: false,
  PrincipalType: 1,
  PrincipalSource: 15,
  ...extra,
});

describe('people picker', () => {
  it('returns a JSON string holding the array of entities (double-encoded)', async () => {
    const w = withDirectory();
    const r = await search(w.sp.fetchAs(w.ann.id), query('jan'));
    assert.equal(r.status, 200);
    const { value } = await body(r);
    assert.equal(typeof value, 'string');
    const people = JSON.parse(value);
    assert.deepEqual(
      people.map((p: { DisplayText: string }) => p.DisplayText),
      ['Jan de Vries', 'Janneke Bos'],
    );
    const [jan] = people;
    assert.equal(jan.Key, 'i:0#.f|membership|jan@contoso.com');
    assert.equal(jan.EntityType, 'User');
    assert.equal(jan.IsResolved, true);
    assert.deepEqual(jan.MultipleMatches, []);
    assert.equal(jan.EntityData.Email, 'jan@contoso.com');
    assert.equal(jan.EntityData.Department, 'Sales');
    assert.equal(jan.EntityData.Title, 'Account manager');
    assert.equal(jan.EntityData.SPUserID, '');
  });

  it('verbose wraps the string under the function name; site users carry SPUserID', async () => {
    const w = withDirectory();
    const f = w.sp.fetchAs(w.ann.id);
    const r = await search(
      f,
      { __metadata: { type: 'SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters' }, ...query('ann') },
      { ...VERBOSE, 'Content-Type': 'application/json;odata=verbose' },
    );
    const text = (await body(r)).d.ClientPeoplePickerSearchUser;
    const [ann, ...rest] = JSON.parse(text);
    assert.equal(rest.length, 0);
    assert.equal(ann.EntityData.SPUserID, String(w.ann.id));
    assert.equal(ann.EntityData.Department, 'Comms');
    const untyped = await search(f, query('ann'), { ...VERBOSE, 'Content-Type': 'application/json;odata=verbose' });
    assert.equal(untyped.status, 400);
  });

  it('honours MaximumEntitySuggestions, PrincipalSource and PrincipalType; needs POST and a digest', async () => {
    const w = withDirectory();
    const f = w.sp.fetchAs(w.ann.id);
    const first = JSON.parse((await body(await search(f, query('jan', { MaximumEntitySuggestions: 1 })))).value);
    assert.equal(first.length, 1);
    // UserInfoList only: directory people who are not site users are not found.
    assert.equal(JSON.parse((await body(await search(f, query('jan', { PrincipalSource: 1 })))).value).length, 0);
    assert.equal(JSON.parse((await body(await search(f, query('bob', { PrincipalSource: 1 })))).value).length, 1);
    // SharePoint groups only: no users.
    assert.equal(JSON.parse((await body(await search(f, query('jan', { PrincipalType: 8 })))).value).length, 0);
    assert.equal(JSON.parse((await body(await search(f, query('')))).value).length, 0);
    const noDigest = await f(PICKER, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata' },
      body: JSON.stringify({ queryParams: query('jan') }),
    });
    assert.equal(noDigest.status, 403);
    assert.equal((await f(PICKER, { headers: { Accept: 'application/json' } })).status, 405);
  });

  it('clientPeoplePickerResolveUser returns one entity as a string', async () => {
    const w = withDirectory();
    const f = w.sp.fetchAs(w.ann.id);
    const r = await f(PICKER.replace('SearchUser', 'ResolveUser'), {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-RequestDigest': await digestFor(f) },
      body: JSON.stringify({ queryParams: query('jan@contoso.com') }),
    });
    const one = JSON.parse((await body(r)).value);
    assert.equal(one.Key, 'i:0#.f|membership|jan@contoso.com');
  });
});

describe('ensureuser', () => {
  it('returns a site user as SP.User, adds a directory person to the site once', async () => {
    const w = withDirectory();
    const f = w.sp.fetchAs(w.ann.id);
    const bob = await write(f, 'POST', 'web/ensureuser', { logonName: 'i:0#.f|membership|bob.member@contoso.com' });
    assert.equal(bob.status, 200);
    assert.equal((await body(bob)).Id, w.bob.id);
    const before = w.site.users.size;
    const jan = await body(
      await write(f, 'POST', 'web/ensureuser', { logonName: 'i:0#.f|membership|jan@contoso.com' }),
    );
    assert.equal(jan.Title, 'Jan de Vries');
    assert.equal(jan.LoginName, 'i:0#.f|membership|jan@contoso.com');
    assert.equal(w.site.users.size, before + 1);
    const again = await body(await write(f, 'POST', 'web/ensureuser', { logonName: 'jan@contoso.com' }));
    assert.equal(again.Id, jan.Id);
    assert.equal(w.site.users.size, before + 1);
    // Now a site user: the picker gives the SPUserID and the user can be written to person fields.
    const picked = JSON.parse((await body(await search(f, query('jan', { PrincipalSource: 1 })))).value);
    assert.equal(picked[0].EntityData.SPUserID, String(jan.Id));
    assert.equal(
      (await write(f, 'POST', "web/lists/getbytitle('Plein Posts')/items", { ReviewerId: jan.Id })).status,
      201,
    );
  });

  it('unknown people are a 500; visitors cannot add people; GET and missing digests are refused', async () => {
    const w = withDirectory();
    const f = w.sp.fetchAs(w.ann.id);
    const unknown = await write(f, 'POST', 'web/ensureuser', { logonName: 'i:0#.f|membership|ghost@contoso.com' });
    assert.equal(unknown.status, 500);
    assert.equal(
      (await body(unknown))['odata.error'].message.value,
      'The specified user i:0#.f|membership|ghost@contoso.com could not be found.',
    );
    const vic = w.sp.fetchAs(w.vic.id);
    assert.equal((await write(vic, 'POST', 'web/ensureuser', { logonName: 'jan@contoso.com' })).status, 403);
    assert.equal((await write(vic, 'POST', 'web/ensureuser', { logonName: 'bob.member@contoso.com' })).status, 200);
    assert.equal((await f(`${API}web/ensureuser`, { headers: { Accept: 'application/json' } })).status, 405);
    const noDigest = await f(`${API}web/ensureuser`, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body: JSON.stringify({ logonName: 'jan@contoso.com' }),
    });
    assert.equal(noDigest.status, 403);
  });
});
