import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { body, get, SITE, START, V4, VERBOSE, world, write } from './emulator.fixtures.js';

const LIST = "web/lists/getbytitle('Plein Posts')";
const FULL = 1073741829;
const CONTRIBUTE = 1073741827;
const MANAGE_LISTS = 0x800;
const DENIED = {
  code: '-2147024891, System.UnauthorizedAccessException',
  message: {
    lang: 'en-US',
    value: 'Access denied. You do not have permission to perform this action or access this resource.',
  },
};

const low = async (r: Response) => Number((await body(r)).Low);
const principals = async (r: Response) =>
  ((await body(r)).value as { PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]).map((a) => [
    a.PrincipalId,
    a.RoleDefinitionBindings.map((d) => d.Id),
  ]);

/** The world with a moderators group (Mo is in it) and the posts list locked to it and the owners. */
async function locked() {
  const w = world();
  w.posts.add(w.ann.id, START, { Title: 'hidden' });
  const moderators = w.site.addGroup('Plein moderators');
  const mo = w.site.addUser({ title: 'Mo Moderator', groups: [w.site.members, moderators] });
  const owner = w.sp.fetchAs(w.owner.id);
  const broke = await write(
    owner,
    'POST',
    `${LIST}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`,
  );
  assert.equal(broke.status, 200);
  for (const [principal, role] of [
    [moderators.id, CONTRIBUTE],
    [w.site.owners.id, FULL],
  ])
    assert.equal(
      (
        await write(
          owner,
          'POST',
          `${LIST}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`,
        )
      ).status,
      200,
    );
  return { ...w, moderators, mo, asOwner: owner };
}

describe('role definitions and effective permissions', () => {
  it('web/roledefinitions holds SharePoint ids, names and masks as strings', async () => {
    const w = world();
    const defs = (await body(await get(w.sp.fetchAs(w.ann.id), 'web/roledefinitions'))).value as {
      Id: number;
      Name: string;
      BasePermissions: { High: string; Low: string };
    }[];
    const byName = Object.fromEntries(defs.map((d) => [d.Name, d]));
    assert.equal(byName['Full Control']?.Id, 1073741829);
    assert.equal(byName.Contribute?.Id, 1073741827);
    assert.equal(byName.Read?.Id, 1073741826);
    assert.equal(byName.Edit?.Id, 1073741830);
    assert.deepEqual(byName.Read?.BasePermissions, { High: '176', Low: '138612833' });
    assert.equal((await body(await get(w.sp.fetchAs(w.ann.id), `web/roledefinitions(${FULL})`))).Name, 'Full Control');
  });

  it('effectivebasepermissions says who may manage lists, add, edit and view', async () => {
    const w = world();
    const web = (id: number) => get(w.sp.fetchAs(id), 'web/effectivebasepermissions');
    const owner = await body(await web(w.owner.id));
    assert.deepEqual(owner, { High: '2147483647', Low: '4294967295' });
    assert.deepEqual(await body(await web(w.admin.id)), owner);
    const member = await low(await web(w.ann.id));
    assert.equal(member & MANAGE_LISTS, 0, 'members cannot manage lists');
    assert.equal(member & 0x7, 0x7, 'members view, add and edit items');
    const visitor = await low(await web(w.vic.id));
    assert.equal(visitor & 0x7, 0x1, 'visitors only view');
    const verbose = await body(await get(w.sp.fetchAs(w.ann.id), `${LIST}/effectivebasepermissions`, VERBOSE));
    assert.deepEqual(verbose.d.EffectiveBasePermissions.__metadata, { type: 'SP.BasePermissions' });
    assert.equal(Number(verbose.d.EffectiveBasePermissions.Low), member);
    const v4 = await body(await get(w.sp.fetchAs(w.ann.id), 'web/effectivebasepermissions', V4));
    assert.equal(v4.Low, String(member));
  });
});

describe('a list with its own permissions', () => {
  it('only users who manage permissions break inheritance or assign roles, in SharePoint’s error shape', async () => {
    const w = world();
    const ann = w.sp.fetchAs(w.ann.id);
    const r = await write(ann, 'POST', `${LIST}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
    assert.equal(r.status, 403);
    assert.deepEqual((await body(r))['odata.error'], DENIED);
    assert.equal((await get(ann, `${LIST}/roleassignments`)).status, 403);
    assert.equal((await body(await get(ann, `${LIST}/hasuniqueroleassignments`))).value, false);
    const inherits = await write(
      w.sp.fetchAs(w.owner.id),
      'POST',
      `${LIST}/roleassignments/addroleassignment(principalid=${w.ann.id},roledefid=${FULL})`,
    );
    assert.equal(inherits.status, 500, 'an inheriting list takes no assignments');
    assert.match((await body(inherits))['odata.error'].message.value, /inherits permissions/);
  });

  it('breaking without copying leaves the caller alone with Full Control; again it changes nothing', async () => {
    const w = world();
    const owner = w.sp.fetchAs(w.owner.id);
    const before = await principals(await get(owner, `${LIST}/roleassignments?$expand=Member,RoleDefinitionBindings`));
    assert.deepEqual(before, [
      [w.site.owners.id, [FULL]],
      [w.site.members.id, [CONTRIBUTE]],
      [w.site.visitors.id, [1073741826]],
    ]);
    const path = `${LIST}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`;
    assert.equal((await write(owner, 'POST', path)).status, 200);
    assert.equal((await body(await get(owner, `${LIST}/hasuniqueroleassignments`))).value, true);
    const after = `${LIST}/roleassignments?$expand=Member,RoleDefinitionBindings`;
    assert.deepEqual(await principals(await get(owner, after)), [[w.owner.id, [FULL]]]);
    assert.equal((await write(w.sp.fetchAs(w.admin.id), 'POST', path)).status, 200);
    assert.deepEqual(await principals(await get(owner, after)), [[w.owner.id, [FULL]]], 'a second break is a no-op');
    const member = (await body(await get(owner, after))).value[0].Member;
    assert.equal(member.LoginName, w.owner.loginName);
  });

  it('members and visitors cannot read it by REST at all: the list does not exist for them', async () => {
    const w = await locked();
    for (const id of [w.ann.id, w.vic.id]) {
      const f = w.sp.fetchAs(id);
      for (const path of [`${LIST}/items`, `${LIST}/items(1)`, LIST, `${LIST}/fields`, `${LIST}/roleassignments`]) {
        const r = await get(f, path);
        assert.equal(r.status, 404, path);
        assert.equal(
          (await body(r))['odata.error'].message.value,
          `List 'Plein Posts' does not exist at site with URL '${SITE}'.`,
        );
      }
      const titles = (await body(await get(f, 'web/lists?$select=Title'))).value.map((l: { Title: string }) => l.Title);
      assert.ok(!titles.includes('Plein Posts'));
    }
    for (const id of [w.mo.id, w.owner.id, w.admin.id])
      assert.equal((await body(await get(w.sp.fetchAs(id), `${LIST}/items`))).value.length, 1);
    assert.equal((await write(w.sp.fetchAs(w.mo.id), 'POST', `${LIST}/items`, { Title: 'mod' })).status, 201);
  });

  it('removing the caller’s own assignment keeps access through the owners group; unknown principals are refused', async () => {
    const w = await locked();
    const remove = `${LIST}/roleassignments/removeroleassignment(principalid=${w.owner.id},roledefid=${FULL})`;
    assert.equal((await write(w.asOwner, 'POST', remove)).status, 200);
    const rows = await principals(await get(w.asOwner, `${LIST}/roleassignments?$expand=RoleDefinitionBindings`));
    assert.deepEqual(rows, [
      [w.site.owners.id, [FULL]],
      [w.moderators.id, [CONTRIBUTE]],
    ]);
    assert.equal((await get(w.asOwner, `${LIST}/items`)).status, 200);
    const unknown = `${LIST}/roleassignments/addroleassignment(principalid=999,roledefid=${FULL})`;
    assert.equal((await write(w.asOwner, 'POST', unknown)).status, 400);
    const v = await body(
      await get(w.asOwner, `${LIST}/roleassignments?$expand=Member,RoleDefinitionBindings`, VERBOSE),
    );
    assert.equal(v.d.results[0].RoleDefinitionBindings.results[0].Name, 'Full Control');
    assert.equal(v.d.results[1].Member.Title, 'Plein moderators');
  });
});

describe('indexing an existing field', () => {
  it('an owner indexes built-in Author and Created by MERGE, JSON light or verbose SP.Field', async () => {
    const w = world();
    const owner = w.sp.fetchAs(w.owner.id);
    const merge = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
    const author = `${LIST}/fields/getbyinternalnameortitle('Author')`;
    assert.equal((await write(owner, 'POST', author, { Indexed: true }, merge)).status, 204);
    const verbose = { ...VERBOSE, 'Content-Type': 'application/json;odata=verbose', ...merge };
    const created = `${LIST}/fields/getbyinternalnameortitle('Created')`;
    const r = await write(owner, 'POST', created, { __metadata: { type: 'SP.Field' }, Indexed: true }, verbose);
    assert.equal(r.status, 204);
    assert.equal(w.posts.field('Author').indexed, true);
    assert.equal(w.posts.field('Created').indexed, true);
    assert.equal((await body(await get(owner, `${author}?$select=InternalName,Indexed`))).Indexed, true);
  });

  it('needs ManageLists; cannot index a Note; a missing field is a 404', async () => {
    const w = world();
    const merge = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
    const at = (name: string) => `${LIST}/fields/getbyinternalnameortitle('${name}')`;
    const r = await write(w.sp.fetchAs(w.ann.id), 'POST', at('Author'), { Indexed: true }, merge);
    assert.equal(r.status, 403);
    assert.deepEqual((await body(r))['odata.error'], DENIED);
    const owner = w.sp.fetchAs(w.owner.id);
    assert.equal((await write(owner, 'POST', at('Body'), { Indexed: true }, merge)).status, 400);
    const missing = await write(owner, 'POST', at('Nope'), { Indexed: true }, merge);
    assert.equal(missing.status, 404);
    assert.match((await body(missing))['odata.error'].message.value, /^Column 'Nope' does not exist/);
  });

  it('a renamed column keeps its internal name', async () => {
    const w = world();
    const merge = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
    const owner = w.sp.fetchAs(w.owner.id);
    assert.equal(
      (await write(owner, 'POST', `${LIST}/fields/getbyinternalnameortitle('Channel')`, { Title: 'Kanaal' }, merge))
        .status,
      204,
    );
    const f = await body(await get(owner, `${LIST}/fields/getbyinternalnameortitle('Kanaal')`));
    assert.deepEqual([f.InternalName, f.Title], ['Channel', 'Kanaal']);
  });
});

describe('site groups and lists with their fields', () => {
  it('a group name already taken is refused, whatever its case', async () => {
    const w = world();
    const owner = w.sp.fetchAs(w.owner.id);
    assert.equal((await write(owner, 'POST', 'web/sitegroups', { Title: 'Plein moderators' })).status, 201);
    const again = await write(owner, 'POST', 'web/sitegroups', { Title: 'plein MODERATORS' });
    assert.equal(again.status, 500);
    assert.equal((await body(again))['odata.error'].message.value, 'The specified name is already in use.');
    assert.equal([...w.site.groups.values()].filter((g) => /plein moderators/i.test(g.title)).length, 1);
    const ownerGroup = await body(await get(w.sp.fetchAs(w.ann.id), 'web/associatedownergroup?$select=Id,Title'));
    assert.deepEqual(ownerGroup, { Id: w.site.owners.id, Title: 'Intranet Owners' });
  });

  it('one request reads every list with its fields ($expand=Fields, OData 3.0 syntax)', async () => {
    const w = world();
    w.site.addList({ title: 'Other', fields: [{ name: 'Code', type: 'Text' }] });
    const ann = w.sp.fetchAs(w.ann.id);
    const path = 'web/lists?$select=Title,HasUniqueRoleAssignments,Fields/InternalName,Fields/Indexed&$expand=Fields';
    const lists = (await body(await get(ann, path))).value as {
      Title: string;
      HasUniqueRoleAssignments: boolean;
      Fields: { InternalName: string; Indexed: boolean }[];
    }[];
    assert.deepEqual(
      lists.map((l) => [l.Title, l.HasUniqueRoleAssignments]),
      [
        ['Plein Posts', false],
        ['Other', false],
      ],
    );
    const other = lists[1]!.Fields;
    assert.deepEqual(Object.keys(other[0]!), ['InternalName', 'Indexed']);
    assert.ok(other.some((f) => f.InternalName === 'Code' && !f.Indexed));
    const verbose = await body(await get(ann, 'web/lists?$select=Title,Fields/InternalName&$expand=Fields', VERBOSE));
    assert.ok(Array.isArray(verbose.d.results[0].Fields.results));
    assert.equal((await get(ann, 'web/lists?$expand=Fields($select=InternalName)')).status, 400);
    assert.equal((await get(ann, 'web/lists?$select=Title,Fields/InternalName')).status, 400);
  });
});
