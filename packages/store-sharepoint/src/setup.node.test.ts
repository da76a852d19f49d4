import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError } from '@plein/core';
import { COMMUNICATIONS, MODERATORS, PLEIN_SCHEMA, SETTINGS, type ListDef, type SiteSchema } from './schema.js';
import { groupIds, setUpSite, setUpStatus, siteVersion } from './setup.js';
import { drive, SITE, world } from './sp.fixtures.js';

const FULL_CONTROL = 1073741829;
const CONTRIBUTE = 1073741827;
const TITLES = PLEIN_SCHEMA.lists.map((l) => l.title);
const HIDDEN = PLEIN_SCHEMA.lists.find((l) => l.moderatorsOnly)!.title;
const path = (title: string) => `${SITE}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')`;
const MERGE = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };

/** A small schema of our own, so these tests do not move with Plein's lists. */
const HIDDEN_NOTES: ListDef = {
  title: 'T Hidden',
  fields: [{ name: 'Note', type: 'Note' }],
  moderatorsOnly: true,
};
const BALLOTS: ListDef = {
  title: 'T Ballots',
  fields: [
    { name: 'PollId', type: 'Integer', indexed: true, required: true },
    { name: 'Voter', type: 'User', indexed: true },
    { name: 'Mentions', type: 'UserMulti' },
  ],
  readSecurity: 2,
  writeSecurity: 2,
  indexedBuiltIns: ['Author', 'Created'],
};
const POLLS: ListDef = {
  title: 'T Polls',
  fields: [{ name: 'Question', type: 'Note' }],
  writeSecurity: 2,
  moderatorsManage: true,
};
const SCHEMA: SiteSchema = {
  version: 1,
  groups: [MODERATORS, COMMUNICATIONS],
  lists: [SETTINGS, BALLOTS, POLLS, HIDDEN_NOTES],
};

function fieldsOf(w: ReturnType<typeof world>, title: string): string[] {
  return [...(w.site.list(title)?.fields.values() ?? [])].filter((f) => !f.builtIn).map((f) => f.internalName);
}

const group = (w: ReturnType<typeof world>, title: string) =>
  [...w.site.groups.values()].find((g) => g.title === title)!;

/** A member who is also in the moderators group (added once the group exists). */
function moderator(w: ReturnType<typeof world>) {
  const mo = w.site.addUser({ title: 'Mo Moderator', groups: [w.site.members] });
  group(w, MODERATORS).members.add(mo.id);
  return mo;
}

/** Each principal with the role definition ids bound to it on a list, sorted. */
function assignments(w: ReturnType<typeof world>, title: string): [number, number[]][] | undefined {
  const roles = w.site.list(title)!.roles;
  const ids = { full: FULL_CONTROL, edit: 1073741830, contribute: CONTRIBUTE, read: 1073741826 };
  return (
    roles &&
    [...roles].map(([p, levels]): [number, number[]] => [p, [...levels].map((l) => ids[l])]).sort(([a], [b]) => a - b)
  );
}

describe('site set-up', () => {
  it('creates the lists, fields, indexes, security, groups and permissions, and reports it', async () => {
    const w = world();
    const sp = w.client(w.owner.id);
    const report = await setUpSite(sp, SCHEMA);
    assert.equal(report.previousVersion, undefined);
    for (const title of SCHEMA.lists.map((l) => l.title)) assert.ok(report.done.includes(`list ${title}`), title);
    for (const done of [
      `group ${MODERATORS}`,
      `group ${COMMUNICATIONS}`,
      'field T Ballots.PollId',
      'index T Ballots.Author',
      'index T Ballots.Created',
      'security T Ballots',
      'permissions T Hidden',
      'permissions T Polls',
      'version 1',
    ])
      assert.ok(report.done.includes(done), done);
    assert.deepEqual(report.manual, []);
    const ballots = w.site.list('T Ballots')!;
    assert.equal(ballots.field('PollId').indexed, true);
    assert.equal(ballots.field('Author').indexed, true);
    assert.equal(ballots.field('Created').indexed, true);
    assert.equal(ballots.field('Modified').indexed, false);
    assert.equal(ballots.field('Voter').type, 'User');
    assert.equal(ballots.field('Mentions').type, 'UserMulti');
    assert.deepEqual([ballots.readSecurity, ballots.writeSecurity], [2, 2]);
    assert.equal(await siteVersion(sp), SCHEMA.version);
  });

  it("Plein's own schema sets up, with the built-in fields it names indexed", async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), PLEIN_SCHEMA);
    assert.deepEqual([...w.site.lists.values()].map((l) => l.title).sort(), [...TITLES].sort());
    for (const list of PLEIN_SCHEMA.lists)
      for (const name of [...list.fields.filter((f) => f.indexed).map((f) => f.name), ...(list.indexedBuiltIns ?? [])])
        assert.equal(w.site.list(list.title)!.field(name).indexed, true, `${list.title}.${name}`);
    assert.equal((await setUpStatus(w.client(w.ann.id), PLEIN_SCHEMA)).state, 'ready');
  });

  it('run again, it does nothing and says so', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), SCHEMA);
    const writes = w.log.length;
    const again = await setUpSite(w.client(w.owner.id), SCHEMA);
    assert.deepEqual(again.done, []);
    assert.equal(again.previousVersion, SCHEMA.version);
    assert.equal(w.log.slice(writes).filter((r) => r.method !== 'GET').length, 0, 'no writes');
  });

  it('two set-ups at once leave one of each group, list, field and role assignment', async () => {
    const w = world();
    const [a, b] = await drive(
      w.clock,
      Promise.all([setUpSite(w.client(w.owner.id), SCHEMA), setUpSite(w.client(w.admin.id), SCHEMA)]),
    );
    assert.equal(a.version, b.version);
    assert.deepEqual([...w.site.lists.values()].map((l) => l.title).sort(), SCHEMA.lists.map((l) => l.title).sort());
    for (const list of SCHEMA.lists)
      assert.deepEqual(fieldsOf(w, list.title).sort(), list.fields.map((f) => f.name).sort(), list.title);
    for (const title of SCHEMA.groups)
      assert.equal([...w.site.groups.values()].filter((g) => g.title === title).length, 1);
    assert.equal((await groupIds(w.client(w.ann.id))).get(MODERATORS), group(w, MODERATORS).id);
    // Only the groups: neither runner stays assigned by name.
    assert.deepEqual(assignments(w, 'T Hidden'), [
      [w.site.owners.id, [FULL_CONTROL]],
      [group(w, MODERATORS).id, [CONTRIBUTE]],
    ]);
    assert.equal(await siteVersion(w.client(w.ann.id)), SCHEMA.version);
    assert.equal((await setUpStatus(w.client(w.owner.id), SCHEMA)).state, 'ready');
  });

  it('a member gets forbidden with a clear reason and writes nothing; once set up, a member runs it harmlessly', async () => {
    const w = world();
    await assert.rejects(
      setUpSite(w.client(w.ann.id), SCHEMA),
      (e) => isPleinError(e) && e.code === 'forbidden' && e.details.reason === 'site-setup-needs-owner',
    );
    assert.equal(w.log.filter((r) => r.method !== 'GET' && !r.url.endsWith('/contextinfo')).length, 0);
    await setUpSite(w.client(w.owner.id), SCHEMA);
    const before = w.log.length;
    const report = await setUpSite(w.client(w.ann.id), SCHEMA);
    assert.deepEqual(report.done, []);
    assert.equal(w.log.slice(before).filter((r) => r.method !== 'GET').length, 0);
  });

  it('a visitor gets forbidden too, and nothing is half-created', async () => {
    const w = world();
    await assert.rejects(setUpSite(w.client(w.vic.id), SCHEMA), (e) => isPleinError(e) && e.code === 'forbidden');
    assert.equal(w.site.lists.size, 0);
    assert.equal(
      [...w.site.groups.values()].some((g) => g.title === MODERATORS),
      false,
    );
  });

  it('upgrades: a new version adds only what is missing', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), SCHEMA);
    const next: SiteSchema = {
      ...SCHEMA,
      version: SCHEMA.version + 1,
      lists: SCHEMA.lists.map((l) =>
        l === POLLS ? { ...l, fields: [...l.fields, { name: 'Theme', type: 'Text' }] } : l,
      ),
    };
    assert.deepEqual(await setUpStatus(w.client(w.bob.id), next), {
      state: 'needs-upgrade',
      canSetUp: false,
      missing: ['field T Polls.Theme'],
    });
    const report = await setUpSite(w.client(w.owner.id), next);
    assert.deepEqual(report.done, ['field T Polls.Theme', `version ${next.version}`]);
    assert.equal(report.previousVersion, SCHEMA.version);
    assert.equal(await siteVersion(w.client(w.bob.id)), next.version);
  });

  it('read-own-items ballots: colleagues cannot read who voted what', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), SCHEMA);
    const items = "web/lists/getbytitle('T Ballots')/items";
    await w.client(w.ann.id).post(items, { PollId: 1, VoterId: w.ann.id });
    const { body } = await w.client(w.bob.id).get(`${items}?$filter=PollId eq 1`);
    assert.deepEqual((body as { value: unknown[] }).value, []);
  });

  it('moderators manage a moderators-managed list; members keep the list’s own rules', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), SCHEMA);
    const mo = moderator(w);
    const items = "web/lists/getbytitle('T Polls')/items";
    await w.client(w.ann.id).post(items, { Question: 'Lunch?' });
    assert.equal(((await w.client(w.bob.id).get(items)).body as { value: unknown[] }).value.length, 1, 'members read');
    await assert.rejects(
      w.client(w.bob.id).post(`${items}(1)`, { Question: 'x' }, MERGE),
      (e) => isPleinError(e) && e.code === 'forbidden',
    );
    await w.client(mo.id).post(`${items}(1)`, { Question: 'Closed' }, MERGE);
  });
});

describe('lists the communications team manages', () => {
  const VALUES: ListDef = {
    title: 'T Values',
    fields: [{ name: 'Name', type: 'Text' }],
    writeSecurity: 2,
    teamManage: true,
    readOnlyForMembers: true,
  };
  const schema: SiteSchema = { version: 1, groups: [MODERATORS, COMMUNICATIONS], lists: [SETTINGS, VALUES] };

  it('members and visitors only read; the team and owners write, over REST as in the UI', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), schema);
    const cara = w.site.addUser({ title: 'Cara Comms', groups: [w.site.members] });
    group(w, COMMUNICATIONS).members.add(cara.id);
    const items = "web/lists/getbytitle('T Values')/items";
    await w.client(cara.id).post(items, { Name: 'Courage' });
    await w.client(w.owner.id).post(items, { Name: 'Care' });
    for (const user of [w.ann, w.vic])
      await assert.rejects(
        w.client(user.id).post(items, { Name: 'Mine' }),
        (e) => isPleinError(e) && e.code === 'forbidden',
      );
    await assert.rejects(
      w.client(w.ann.id).post(`${items}(1)`, { Name: 'Renamed' }, MERGE),
      (e) => isPleinError(e) && e.code === 'forbidden',
    );
    await w.client(cara.id).post(`${items}(2)`, { Name: 'Care for each other' }, MERGE);
    const read = (await w.client(w.ann.id).get(items)).body as { value: { Name: string }[] };
    assert.deepEqual(
      read.value.map((v) => v.Name),
      ['Courage', 'Care for each other'],
    );
    assert.equal((await setUpStatus(w.client(w.owner.id), schema)).state, 'ready');
  });
});

describe('moderators-only lists are really hidden', () => {
  it('members and visitors cannot read it directly over REST; moderators, owners and admins can', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), PLEIN_SCHEMA);
    const mo = moderator(w);
    await w.client(mo.id).post(`web/lists/getbytitle('${encodeURIComponent(HIDDEN)}')/items`, { Title: 'hidden' });
    for (const user of [w.ann, w.bob, w.vic]) {
      const f = w.fetchAs(user.id);
      for (const url of [
        `${path(HIDDEN)}/items`,
        `${path(HIDDEN)}/items(1)`,
        path(HIDDEN),
        `${path(HIDDEN)}/getchanges`,
      ]) {
        const r = await f(url, { headers: { Accept: 'application/json;odata=nometadata' } });
        assert.equal(r.status, 404, `${user.title}: ${url}`);
        assert.match(await r.text(), /does not exist at site/);
      }
      const lists = await f(`${SITE}/_api/web/lists?$select=Title`, {
        headers: { Accept: 'application/json;odata=nometadata' },
      });
      assert.ok(!((await lists.json()) as { value: { Title: string }[] }).value.some((l) => l.Title === HIDDEN));
    }
    for (const user of [mo, w.owner, w.admin]) {
      const { body } = await w.client(user.id).get(`web/lists/getbytitle('${encodeURIComponent(HIDDEN)}')/items`);
      assert.equal((body as { value: unknown[] }).value.length, 1, user.title);
    }
    assert.deepEqual(assignments(w, HIDDEN), [
      [w.site.owners.id, [FULL_CONTROL]],
      [group(w, MODERATORS).id, [CONTRIBUTE]],
    ]);
  });
});

describe('set-up status', () => {
  it('a fresh site needs set-up; only those with the rights may do it; four reads in one round trip', async () => {
    const w = world();
    const before = w.log.length;
    const owner = await setUpStatus(w.client(w.owner.id), SCHEMA);
    assert.equal(owner.state, 'needs-set-up');
    assert.equal(owner.canSetUp, true);
    assert.ok(owner.missing.includes('list T Hidden') && owner.missing.includes(`group ${MODERATORS}`));
    assert.equal(w.log.length - before, 4);
    assert.ok(w.log.slice(before).every((r) => r.method === 'GET'));
    assert.equal((await setUpStatus(w.client(w.admin.id), SCHEMA)).canSetUp, true);
    for (const id of [w.ann.id, w.vic.id]) {
      const s = await setUpStatus(w.client(id), SCHEMA);
      assert.deepEqual([s.state, s.canSetUp], ['needs-set-up', false]);
      assert.ok(!s.missing.includes('list T Hidden'), 'a list they could never see is not theirs to miss');
    }
  });

  it('ready once set up, for owners and for members who cannot see the hidden list', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), SCHEMA);
    assert.deepEqual(await setUpStatus(w.client(w.owner.id), SCHEMA), { state: 'ready', canSetUp: true, missing: [] });
    assert.deepEqual(await setUpStatus(w.client(w.ann.id), SCHEMA), { state: 'ready', canSetUp: false, missing: [] });
  });

  it('a list or field deleted by hand, a dropped index or reset permissions need an upgrade; set-up repairs them', async () => {
    const w = world();
    const owner = w.client(w.owner.id);
    await setUpSite(owner, SCHEMA);
    w.site.lists.delete('t polls');
    w.site.list('T Ballots')!.fields.delete('Voter');
    w.site.list('T Ballots')!.field('Created').indexed = false;
    await owner.post("web/lists/getbytitle('T Hidden')/resetroleinheritance");
    const status = await setUpStatus(owner, SCHEMA);
    assert.equal(status.state, 'needs-upgrade');
    assert.deepEqual(status.missing.sort(), [
      'field T Ballots.Voter',
      'index T Ballots.Created',
      'list T Polls',
      'permissions T Hidden',
    ]);
    // Members see it too: the hidden list is readable to them now, which is exactly the problem.
    assert.equal((await setUpStatus(w.client(w.ann.id), SCHEMA)).state, 'needs-upgrade');
    const report = await setUpSite(owner, SCHEMA);
    for (const done of ['list T Polls', 'field T Ballots.Voter', 'index T Ballots.Created', 'permissions T Hidden'])
      assert.ok(report.done.includes(done), done);
    assert.deepEqual(await setUpStatus(owner, SCHEMA), { state: 'ready', canSetUp: true, missing: [] });
    assert.equal(
      (await w.fetchAs(w.ann.id)(`${path('T Hidden')}/items`, { headers: { Accept: 'application/json' } })).status,
      404,
    );
  });

  it('a renamed column keeps its internal name: still ready', async () => {
    const w = world();
    const owner = w.client(w.owner.id);
    await setUpSite(owner, SCHEMA);
    await owner.post(
      "web/lists/getbytitle('T Ballots')/fields/getbyinternalnameortitle('PollId')",
      { Title: 'Poll' },
      MERGE,
    );
    assert.equal(w.site.list('T Ballots')!.field('PollId').title, 'Poll');
    assert.equal((await setUpStatus(owner, SCHEMA)).state, 'ready');
  });

  it('a newer schema version needs an upgrade even with nothing missing', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), SCHEMA);
    const status = await setUpStatus(w.client(w.owner.id), { ...SCHEMA, version: SCHEMA.version + 1 });
    assert.deepEqual(status, { state: 'needs-upgrade', canSetUp: true, missing: [] });
  });
});
