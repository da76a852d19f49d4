/**
 * What the contract suite cannot see of onboarding on SharePoint: colleagues calling the REST
 * API directly (creating campaigns, enrolling, ticking someone else's task) and a campaign with
 * more ticks than the list view threshold.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError, type Campaign, type CampaignDraft, type Checklist, type OnboardingApi } from '@plein/core';
import { CONTRACT_PEOPLE as P, type SeedPerson } from '@plein/core/testing';
import { SpClient } from './client.js';
import { FetchHttp } from './fetch-http.js';
import { addItem, itemPath } from './lists.js';
import { pairOf } from './onboarding-records.js';
import { readPage } from './paging.js';
import { ONBOARDING_LISTS as L } from './schema-onboarding.js';
import { SITE } from './sp.fixtures.js';
import { createSharePointWorld } from './world.fixtures.js';

type World = Awaited<ReturnType<typeof createSharePointWorld>>;

const H = {
  nina: { id: 'p-nina', displayName: 'Nina Bakker', startDate: '2026-01-19', managerId: P.bob.id },
} satisfies Record<string, SeedPerson>;

/** One task per owner: contract and laptop (the new hire), talk (the manager), lunch (the buddy). */
const campaignDraft = (): CampaignDraft => ({
  title: 'Welcome',
  description: '',
  phases: [
    {
      title: 'First weeks',
      tasks: [
        { title: 'Sign your contract', owner: 'new-hire', dueDay: -2 },
        { title: 'Welcome talk', owner: 'manager', dueDay: 1 },
        { title: 'Set up your laptop', owner: 'new-hire', dueDay: 5 },
        { title: 'Lunch with your buddy', owner: 'buddy', dueDay: 12 },
      ],
    },
  ],
  target: { percent: 60, days: 10 },
});
const taskIds = (c: Campaign): string[] => c.phases.flatMap((p) => p.tasks.map((t) => t.id));
const tasksOf = (c: Checklist) => c.phases.flatMap((p) => p.tasks);

const key = (k: string) => ({ idempotencyKey: k });

async function world(): Promise<World> {
  const w = await createSharePointWorld();
  await w.seed({ people: [...Object.values(P), ...Object.values(H)] });
  return w;
}

const onboarding = (w: World, personId: string): OnboardingApi => w.as(personId).onboarding!;

/** The REST API as a seeded person, as a colleague with a script would call it. */
const rest = (w: World, personId: string): SpClient =>
  new SpClient(new FetchHttp(SITE, w.emulator.fetchAs(w.userOf(personId).id), w.clock), w.clock);

async function refused(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => isPleinError(e) && e.code === code);
}

/** The standard campaign with nina enrolled (bob manages her, alice is her buddy). */
async function ninaEnrolled(w: World) {
  const cara = onboarding(w, P.cara.id);
  const campaign = await cara.createCampaign(campaignDraft(), key('create'));
  await cara.enrol(campaign.id, { personId: H.nina.id, buddyId: P.alice.id }, key('enrol'));
  const [contract, talk, laptop, lunch] = taskIds(campaign) as [string, string, string, string];
  return { campaign, contract, talk, laptop, lunch };
}

describe('sharepoint onboarding: direct REST', () => {
  it('a member cannot create a campaign or enrol anyone over REST: the lists are the team’s', async () => {
    const w = await world();
    const { campaign } = await ninaEnrolled(w);
    const zoe = rest(w, P.zoe.id);
    await refused(
      addItem(zoe, L.campaigns, { Title: 'Mine', PleinId: 'campaign-zoe', Content: '{"phases":[],"target":{}}' }),
      'forbidden',
    );
    await refused(
      addItem(zoe, L.enrolments, {
        Title: P.zoe.id,
        CampaignId: campaign.id,
        Enrolment: pairOf(campaign.id, P.zoe.id),
        PersonId: P.zoe.id,
        StartDate: '2026-02-02',
        Active: true,
      }),
      'forbidden',
    );
    const ninas = rest(w, H.nina.id);
    await refused(
      ninas.post(itemPath(L.campaigns, 1), { Title: 'Renamed' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
      'forbidden',
    );
    const cara = onboarding(w, P.cara.id);
    assert.deepEqual(
      (await cara.campaigns()).map((c) => [c.id, c.title]),
      [[campaign.id, campaign.title]],
    );
    assert.deepEqual(
      (await cara.enrolments(campaign.id)).items.map((e) => e.personId),
      [H.nina.id],
    );
    assert.deepEqual(await onboarding(w, P.zoe.id).mine(), [], 'zoe is in no campaign');
  });

  it('ticks added over REST by someone who does not own the task are ignored', async () => {
    const w = await world();
    const { campaign, contract, talk, lunch } = await ninaEnrolled(w);
    const tick = (personId: string, taskId: string, done = true) =>
      addItem(rest(w, personId), L.ticks, {
        Title: taskId,
        CampaignId: campaign.id,
        Enrolment: pairOf(campaign.id, H.nina.id),
        TaskId: taskId,
        Done: done,
      });
    await tick(P.zoe.id, contract); // a colleague ticks nina's task
    await tick(H.nina.id, talk); // nina ticks her manager's task
    await tick(P.bob.id, lunch); // the manager ticks the buddy's task
    await tick(P.cara.id, contract); // the communications team ticks for her
    const checklist = await onboarding(w, H.nina.id).checklist(campaign.id, H.nina.id);
    assert.deepEqual(checklist.progress, { done: 0, total: 4, overdue: 0 }, 'nothing counts');
    assert.equal(
      (await onboarding(w, P.cara.id).cohort(campaign.id)).tasks.every((t) => t.done === 0),
      true,
    );

    // Nina's own tick counts; a colleague cannot change or remove her item.
    const ticked = await onboarding(w, H.nina.id).tick(campaign.id, H.nina.id, contract, true, key('tick'));
    assert.equal(ticked.doneBy, H.nina.id);
    const last = await readPage(rest(w, H.nina.id), L.ticks, {
      select: ['ID'],
      orderBy: { field: 'ID', desc: true },
      top: 1,
    });
    const id = Number(last.items[0]!.ID);
    await refused(
      rest(w, P.zoe.id).post(itemPath(L.ticks, id), { Done: false }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
      'forbidden',
    );
    await tick(P.zoe.id, contract, false); // an untick by a colleague is ignored too
    const after = await onboarding(w, P.bob.id).checklist(campaign.id, H.nina.id);
    assert.deepEqual(
      tasksOf(after).map((t) => [t.id, t.done]),
      [
        [contract, true],
        [talk, false],
        [taskIds(campaign)[2], false],
        [lunch, false],
      ],
    );
  });
});

describe('sharepoint onboarding: owners change', () => {
  it('a new manager ticks from now on; the former manager’s tick still counts, later ones do not', async () => {
    const w = await world();
    const { campaign, talk, lunch } = await ninaEnrolled(w);
    const bob = onboarding(w, P.bob.id);
    await bob.tick(campaign.id, H.nina.id, talk, true, key('talk'));
    w.clock.advance(60_000);
    await onboarding(w, P.cara.id).enrol(campaign.id, { personId: H.nina.id, managerId: P.mo.id }, key('mo'));
    w.clock.advance(60_000);
    const checklist = await onboarding(w, P.mo.id).checklist(campaign.id, H.nina.id);
    assert.deepEqual(
      [tasksOf(checklist)[1]?.done, tasksOf(checklist)[1]?.doneBy, tasksOf(checklist)[1]?.canTick],
      [true, P.bob.id, true],
    );
    // Bob, no longer her manager, unticks over REST: ignored. So is alice's lunch, she is no buddy now.
    for (const [personId, taskId, done] of [
      [P.bob.id, talk, false],
      [P.alice.id, lunch, true],
    ] as const)
      await addItem(rest(w, personId), L.ticks, {
        Title: taskId,
        CampaignId: campaign.id,
        Enrolment: pairOf(campaign.id, H.nina.id),
        TaskId: taskId,
        Done: done,
      });
    const after = await onboarding(w, P.cara.id).checklist(campaign.id, H.nina.id);
    assert.deepEqual(
      tasksOf(after).map((t) => t.done),
      [false, true, false, false],
    );
  });
});

describe('sharepoint onboarding: past the list view threshold', () => {
  it('a cohort with more than 5,000 ticks is counted exactly', async () => {
    const w = await createSharePointWorld();
    const hires: SeedPerson[] = Array.from({ length: 51 }, (_, i) => ({
      id: `p-hire-${i}`,
      displayName: `Hire ${i}`,
      startDate: '2026-01-19',
    }));
    await w.seed({ people: [...Object.values(P), ...hires] });
    const tasks = Array.from({ length: 100 }, (_, i) => ({
      id: `t-${i}`,
      title: `Task ${i}`,
      owner: 'new-hire' as const,
      dueDay: i % 10,
    }));
    const at = new Date(w.clock.now()).toISOString();
    await w.seed({
      people: [],
      campaigns: [
        {
          id: 'c-big',
          title: 'Big',
          description: '',
          phases: [{ id: 'ph-1', title: 'All', tasks }],
          target: { percent: 80, days: 30 },
          createdBy: P.cara.id,
          createdAt: at,
        },
      ],
      enrolments: hires.map((h) => ({ campaignId: 'c-big', personId: h.id, startDate: '2026-01-19', enrolledAt: at })),
    });
    // 100 ticks by each of 51 new hires: 5,100 items in one campaign, seeded fast.
    const list = w.site.list(L.ticks.title)!;
    for (const h of hires)
      list.addMany(100, w.userOf(h.id).id, w.clock.now(), (i) => ({
        Title: `t-${i}`,
        CampaignId: 'c-big',
        Enrolment: pairOf('c-big', h.id),
        TaskId: `t-${i}`,
        Done: true,
      }));
    assert.ok(list.items.size > 5000);
    const report = await onboarding(w, P.cara.id).cohort('c-big');
    assert.equal(report.enrolled, 51);
    assert.ok(report.people.every((p) => p.done === 100 && p.state === 'done'));
    assert.ok(report.tasks.every((t) => t.done === 51));
    const hire = hires[7]!.id;
    const undone = await onboarding(w, hire).tick('c-big', hire, 't-3', false, key('untick'));
    assert.equal(undone.done, false);
    assert.equal((await onboarding(w, hire).mine())[0]?.progress.done, 99);
    assert.equal((await onboarding(w, P.cara.id).cohort('c-big')).tasks[3]?.done, 50);
  });
});
