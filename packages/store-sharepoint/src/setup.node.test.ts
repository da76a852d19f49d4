import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError } from '@plein/core';
import { PLEIN_SCHEMA, type SiteSchema } from './schema.js';
import { groupIds, setUpSite, siteVersion } from './setup.js';
import { drive, world } from './sp.fixtures.js';

const TITLES = PLEIN_SCHEMA.lists.map((l) => l.title);

function fieldsOf(w: ReturnType<typeof world>, title: string): string[] {
  return [...(w.site.list(title)?.fields.values() ?? [])].filter((f) => !f.builtIn).map((f) => f.internalName);
}

describe('site set-up', () => {
  it('creates the lists, indexed fields, security and groups, and reports it', async () => {
    const w = world();
    const sp = w.client(w.owner.id);
    const report = await setUpSite(sp, PLEIN_SCHEMA);
    assert.equal(report.previousVersion, undefined);
    for (const title of TITLES) assert.ok(report.done.includes(`list ${title}`), title);
    assert.ok(report.done.includes('group Plein moderators'));
    assert.ok(report.done.includes('group Plein communications'));
    assert.ok(report.done.includes('field Plein Votes.PollId'));
    assert.deepEqual(report.manual, ['moderators-only Plein Hidden Posts']);
    const votes = w.site.list('Plein Votes')!;
    assert.equal(votes.field('PollId').indexed, true);
    assert.equal(votes.field('Voter').type, 'User');
    assert.equal(w.site.list('Plein Posts')!.field('Mentions').type, 'UserMulti');
    assert.equal(w.site.list('Plein Private Votes')!.readSecurity, 2);
    assert.equal(votes.readSecurity, 1);
    assert.equal(votes.writeSecurity, 2);
    assert.equal(await siteVersion(sp), PLEIN_SCHEMA.version);
  });

  it('run again, it does nothing and says so', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), PLEIN_SCHEMA);
    const writes = w.log.length;
    const again = await setUpSite(w.client(w.owner.id), PLEIN_SCHEMA);
    assert.deepEqual(again.done, []);
    assert.equal(again.previousVersion, PLEIN_SCHEMA.version);
    assert.equal(w.log.slice(writes).filter((r) => r.method !== 'GET').length, 0, 'no writes');
  });

  it('two set-ups at once leave one of each list and field', async () => {
    const w = world();
    const [a, b] = await drive(
      w.clock,
      Promise.all([setUpSite(w.client(w.owner.id), PLEIN_SCHEMA), setUpSite(w.client(w.admin.id), PLEIN_SCHEMA)]),
    );
    assert.equal(a.version, b.version);
    const lists = [...w.site.lists.values()].map((l) => l.title).sort();
    assert.deepEqual(lists, [...TITLES].sort());
    for (const list of PLEIN_SCHEMA.lists)
      assert.deepEqual(fieldsOf(w, list.title).sort(), list.fields.map((f) => f.name).sort(), list.title);
    assert.equal(await siteVersion(w.client(w.ann.id)), PLEIN_SCHEMA.version);
    // Everyone agrees on one group per title, even where the emulator let the race create two.
    const ids = await groupIds(w.client(w.ann.id));
    const moderators = [...w.site.groups.values()].filter((g) => g.title === 'Plein moderators');
    assert.ok(moderators.length >= 1);
    assert.equal(ids.get('Plein moderators'), Math.min(...moderators.map((g) => g.id)));
  });

  it('a member gets forbidden with a clear reason; once set up, a member runs it harmlessly', async () => {
    const w = world();
    await assert.rejects(
      setUpSite(w.client(w.ann.id), PLEIN_SCHEMA),
      (e) => isPleinError(e) && e.code === 'forbidden' && e.details.reason === 'site-setup-needs-owner',
    );
    await setUpSite(w.client(w.owner.id), PLEIN_SCHEMA);
    const report = await setUpSite(w.client(w.ann.id), PLEIN_SCHEMA);
    assert.deepEqual(report.done, []);
  });

  it('a visitor gets forbidden too, and nothing is half-created', async () => {
    const w = world();
    await assert.rejects(setUpSite(w.client(w.vic.id), PLEIN_SCHEMA), (e) => isPleinError(e) && e.code === 'forbidden');
    assert.equal(w.site.lists.size, 0);
  });

  it('upgrades: a new version adds only what is missing', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), PLEIN_SCHEMA);
    const next: SiteSchema = {
      ...PLEIN_SCHEMA,
      version: PLEIN_SCHEMA.version + 1,
      lists: PLEIN_SCHEMA.lists.map((l) =>
        l.title === 'Plein Polls' ? { ...l, fields: [...l.fields, { name: 'Theme', type: 'Text' }] } : l,
      ),
    };
    const report = await setUpSite(w.client(w.owner.id), next);
    assert.deepEqual(report.done, ['field Plein Polls.Theme', `version ${next.version}`]);
    assert.equal(report.previousVersion, PLEIN_SCHEMA.version);
    assert.equal(await siteVersion(w.client(w.bob.id)), next.version);
  });

  it('private votes: colleagues cannot read who voted what', async () => {
    const w = world();
    await setUpSite(w.client(w.owner.id), PLEIN_SCHEMA);
    const path = "web/lists/getbytitle('Plein Private Votes')/items";
    await w.client(w.ann.id).post(path, { PollId: 1, OptionId: 2, VoterId: w.ann.id });
    const { body } = await w.client(w.bob.id).get(`${path}?$filter=PollId eq 1`);
    assert.deepEqual((body as { value: unknown[] }).value, []);
  });
});
