import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { body, get, V4, VERBOSE, world, write } from './emulator.fixtures.js';

describe('users and groups', () => {
  it('currentuser is the acting user as SP.User', async () => {
    const w = world();
    const me = await body(await get(w.sp.fetchAs(w.ann.id), 'web/currentuser'));
    assert.equal(me.Id, w.ann.id);
    assert.equal(me.Title, 'Ann Member');
    assert.equal(me.LoginName, 'i:0#.f|membership|ann.member@contoso.com');
    assert.equal(me.PrincipalType, 1);
    assert.equal(me.IsSiteAdmin, false);
    const v4 = await body(await get(w.sp.fetchAs(w.owner.id), 'web/currentuser', V4));
    assert.equal(v4['@odata.type'], '#SP.User');
  });

  it('sitegroups lists the groups; owners create groups and add members, members cannot', async () => {
    const w = world();
    const owner = w.sp.fetchAs(w.owner.id);
    const titles = (await body(await get(owner, 'web/sitegroups'))).value.map((g: { Title: string }) => g.Title);
    assert.deepEqual(titles, ['Intranet Owners', 'Intranet Members', 'Intranet Visitors']);
    assert.equal((await write(w.sp.fetchAs(w.ann.id), 'POST', 'web/sitegroups', { Title: 'Nope' })).status, 403);
    const created = await write(owner, 'POST', 'web/sitegroups', { Title: 'Moderators' });
    assert.equal(created.status, 201);
    const group = await body(created);
    assert.equal(group.PrincipalType, 8);
    const added = await write(owner, 'POST', `web/sitegroups(${group.Id})/users`, {
      LoginName: 'i:0#.f|membership|bob.member@contoso.com',
    });
    assert.equal(added.status, 201);
    const members = (await body(await get(owner, `web/sitegroups/getbyid(${group.Id})/users`))).value.map(
      (u: { Id: number }) => u.Id,
    );
    assert.deepEqual(members, [w.bob.id]);
  });
});

describe('lists and fields', () => {
  it('an owner creates a list (verbose, SP.List); a second one with the title is a 500; members cannot', async () => {
    const w = world();
    const owner = w.sp.fetchAs(w.owner.id);
    const headers = { ...VERBOSE, 'Content-Type': 'application/json;odata=verbose' };
    const r = await write(
      owner,
      'POST',
      'web/lists',
      {
        __metadata: { type: 'SP.List' },
        AllowContentTypes: true,
        BaseTemplate: 100,
        ContentTypesEnabled: true,
        Description: 'd',
        Title: 'Team tasks',
      },
      headers,
    );
    assert.equal(r.status, 201);
    assert.equal((await body(r)).d.ListItemEntityTypeFullName, 'SP.Data.Team_x0020_tasksListItem');
    const again = await write(owner, 'POST', 'web/lists', { Title: 'team tasks', BaseTemplate: 100 });
    assert.equal(again.status, 500);
    assert.equal((await body(again))['odata.error'].code, '-2130575342, Microsoft.SharePoint.SPException');
    assert.equal(
      (await write(w.sp.fetchAs(w.ann.id), 'POST', 'web/lists', { Title: 'Mine', BaseTemplate: 100 })).status,
      403,
    );
  });

  it('fields: POST …/fields with SP.FieldText in verbose, and addfield; the new field is usable', async () => {
    const w = world();
    const owner = w.sp.fetchAs(w.owner.id);
    const fields = "web/lists/getbytitle('Plein Posts')/fields";
    const headers = { ...VERBOSE, 'Content-Type': 'application/json;odata=verbose' };
    const text = await write(
      owner,
      'POST',
      fields,
      { __metadata: { type: 'SP.FieldText' }, FieldTypeKind: 2, Title: 'Code', MaxLength: '22', Indexed: true },
      headers,
    );
    assert.equal(text.status, 201);
    assert.deepEqual(
      (({ InternalName, FieldTypeKind, Indexed }) => ({ InternalName, FieldTypeKind, Indexed }))((await body(text)).d),
      { InternalName: 'Code', FieldTypeKind: 2, Indexed: true },
    );
    const user = await write(owner, 'POST', `${fields}/addfield`, {
      parameters: { Title: 'Project Lead', FieldTypeKind: 20 },
    });
    assert.equal(user.status, 201);
    assert.equal((await body(user)).InternalName, 'Project_x0020_Lead');
    const item = await write(owner, 'POST', "web/lists/getbytitle('Plein Posts')/items", {
      Code: 'A1',
      Project_x0020_LeadId: w.ann.id,
    });
    assert.equal(item.status, 201);
    const list = (await body(await get(owner, fields))).value.map((f: { InternalName: string }) => f.InternalName);
    assert.ok(list.includes('Code') && list.includes('Project_x0020_Lead'));
    assert.equal((await write(w.sp.fetchAs(w.ann.id), 'POST', fields, { FieldTypeKind: 2, Title: 'X' })).status, 403);
  });
});

describe('list stamps', () => {
  it('LastItemModifiedDate moves on create and update, LastItemDeletedDate on delete', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const list = "web/lists/getbytitle('Plein Posts')";
    const stamps = async () => body(await get(f, `${list}?$select=LastItemModifiedDate,LastItemDeletedDate,ItemCount`));
    assert.deepEqual(await stamps(), {
      LastItemModifiedDate: '2026-01-12T09:00:00Z',
      LastItemDeletedDate: '2026-01-12T09:00:00Z',
      ItemCount: 0,
    });
    w.clock.t += 60_000;
    await write(f, 'POST', `${list}/items`, { Title: 'a' });
    assert.equal((await stamps()).LastItemModifiedDate, '2026-01-12T09:01:00Z');
    w.clock.t += 60_000;
    await write(f, 'MERGE', `${list}/items(1)`, { Title: 'b' }, { 'IF-MATCH': '*' });
    assert.equal((await stamps()).LastItemModifiedDate, '2026-01-12T09:02:00Z');
    w.clock.t += 60_000;
    await write(f, 'DELETE', `${list}/items(1)`, undefined, { 'IF-MATCH': '*' });
    assert.deepEqual(await stamps(), {
      LastItemModifiedDate: '2026-01-12T09:02:00Z',
      LastItemDeletedDate: '2026-01-12T09:03:00Z',
      ItemCount: 0,
    });
    assert.equal((await get(f, `${list}?$select=Nope`)).status, 400);
  });
});
