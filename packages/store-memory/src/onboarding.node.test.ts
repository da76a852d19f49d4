import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ManualClock,
  newIdempotencyKey,
  type CampaignDraft,
  type ChangeEvent,
  type Notification,
  type OnboardingApi,
} from '@plein/core';
import { CONTRACT_PEOPLE as P, macrotask, type SeedData } from '@plein/core/testing';
import { storeBundle } from './bundle.fixtures.js';
import { MemoryDb, STORAGE_VERSION } from './index.js';
import { checksum } from './stored.js';
import { MemoryStorage } from './storage.fixtures.js';

const KEY = 'plein-onboarding-test';
const key = () => ({ idempotencyKey: newIdempotencyKey() });
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Waits for `check` over macrotasks (loading a chunk takes a few), bounded by rounds, as the contract's `eventually`. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 500 && !check(); round++) await macrotask();
  assert.ok(check(), `gave up waiting for ${what}`);
}
const onboarding = (db: MemoryDb, personId: string): OnboardingApi => db.storeFor(personId).onboarding!;

/** Starts Monday 2026-02-02; the clock starts Monday 2026-01-12, 09:00 UTC. */
const NEW_HIRE = {
  id: 'p-nina',
  displayName: 'Nina Bakker',
  email: 'nina.bakker@example.org',
  department: 'Sales',
  startDate: '2026-02-02',
  managerId: P.bob.id,
};

/** Two tasks: nina's, due 2026-02-02 (day one), and her manager's, due 2026-02-06. */
const DRAFT: CampaignDraft = {
  title: 'Welcome',
  description: '',
  phases: [
    {
      title: 'First week',
      tasks: [
        { title: 'Set up your laptop', owner: 'new-hire', dueDay: 0 },
        { title: 'Welcome talk', owner: 'manager', dueDay: 4 },
      ],
    },
  ],
  target: { percent: 90, days: 30 },
};

function open(storage: MemoryStorage, clock: ManualClock, watch?: (onChange: () => void) => () => void) {
  return new MemoryDb({ clock, persist: { key: KEY, storage, ...(watch ? { watch } : {}) } });
}

/** A db with the cast and nina, a campaign, and nina enrolled (on 2026-01-12). */
async function enrolled(db: MemoryDb) {
  await db.seed({ people: [...Object.values(P), NEW_HIRE] });
  const cara = onboarding(db, P.cara.id);
  const campaign = await cara.createCampaign(DRAFT, key());
  await cara.enrol(campaign.id, { personId: NEW_HIRE.id }, key());
  const [laptop, talk] = campaign.phases[0]!.tasks.map((task) => task.id) as [string, string];
  return { campaign, laptop, talk };
}

/** Onboarding reminders among events, as `kind entryId personId`. */
const reminders = (events: ChangeEvent[]) =>
  events.flatMap((e) =>
    e.notification?.kind.startsWith('task-')
      ? [[e.notification.kind, e.notification.entryId, e.notification.personId]]
      : [],
  );

/** Counts the times `db` asks for its onboarding rules (each first ask loads the chunk). */
function countLoads(db: MemoryDb): { count: number } {
  const counter = { count: 0 };
  const load = db.onboarding.bind(db);
  db.onboarding = () => {
    counter.count++;
    return load();
  };
  return counter;
}

describe('memory store onboarding: loaded on first use', () => {
  it('a db that never meets onboarding never loads its rules; the first onboarding call does', async () => {
    const db = new MemoryDb({ clock: new ManualClock() });
    const loads = countLoads(db);
    await db.seed({ people: Object.values(P), kudosValues: [] });
    const alice = db.storeFor(P.alice.id);
    alice.subscribe({ kind: 'notifications' }, () => {});
    db.onNotification(() => {});
    await alice.polls.listMine();
    await alice.feed!.list({ channel: 'general' });
    await alice.kudos!.values();
    assert.equal(loads.count, 0, 'the onboarding rules were never asked for');
    assert.equal(db.remind, undefined);
    assert.equal(typeof alice.onboarding!.mine, 'function', 'the API is there before its rules are');
    assert.equal(loads.count, 0);
    assert.deepEqual(await alice.onboarding!.mine(), []);
    assert.equal(loads.count, 1, 'the first onboarding call loads them');
    assert.equal(typeof db.remind, 'function', 'and they keep the reminders');
    db.dispose();
  });

  it('a reloaded db with campaigns loads the rules when someone listens for notifications', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = open(storage, clock);
    await enrolled(first);
    first.dispose();

    const reloaded = open(storage, clock);
    const loads = countLoads(reloaded);
    const nina = reloaded.storeFor(NEW_HIRE.id);
    await nina.me();
    nina.subscribe({ kind: 'polls' }, () => {});
    assert.equal(loads.count, 0, 'nobody listens for notifications: not loaded');
    const heard: ChangeEvent[] = [];
    nina.subscribe({ kind: 'notifications' }, (event) => heard.push(event));
    assert.equal(loads.count, 1, 'loaded for the reminders');
    await until(() => reloaded.remind !== undefined, 'the rules to load');
    clock.set('2026-01-30T00:00:00.000Z');
    await turn();
    assert.equal(reminders(heard).length, 1, 'the laptop is due soon');
    reloaded.dispose();
  });

  it('bundles onboarding and seeding as chunks the store loads with import(), never up front', async () => {
    const { upFront, lazy } = await storeBundle();
    lazy(/store-memory\/src\/onboarding\.ts$/);
    lazy(/core\/src\/validation-onboarding\.ts$/);
    lazy(/store-memory\/src\/seeding\.ts$/);
    lazy(/store-memory\/src\/feed-seed\.ts$/);
    for (const chunk of upFront) {
      const modules = chunk.moduleIds.filter((id) => /onboarding-|seed\.ts$/.test(id));
      assert.deepEqual(modules, [], `nothing of onboarding or seeding in ${chunk.fileName}`);
    }
  });
});

describe('memory store onboarding: persistence', () => {
  it('campaigns, enrolments, ticks, reminders sent and keys survive a reload', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = open(storage, clock);
    const { campaign, laptop } = await enrolled(first);
    const once = key();
    const ticked = await onboarding(first, NEW_HIRE.id).tick(campaign.id, NEW_HIRE.id, laptop, true, once);
    const before = {
      campaign: await onboarding(first, P.cara.id).campaign(campaign.id),
      checklist: await onboarding(first, NEW_HIRE.id).checklist(campaign.id, NEW_HIRE.id),
    };
    const heard: ChangeEvent[] = [];
    first.storeFor(P.bob.id).subscribe({ kind: 'notifications' }, (event) => heard.push(event));
    clock.set('2026-02-03T09:00:00.000Z');
    await turn();
    assert.equal(reminders(heard).length, 1, 'bob heard the talk is due soon');
    first.dispose();

    assert.equal(JSON.parse(storage.getItem(KEY)!).version, STORAGE_VERSION);
    const reloaded = open(storage, clock);
    assert.equal(reloaded.hasOnboarding, true);
    assert.deepEqual(await onboarding(reloaded, P.cara.id).campaign(campaign.id), before.campaign);
    const nina = onboarding(reloaded, NEW_HIRE.id);
    assert.deepEqual(
      (await nina.checklist(campaign.id, NEW_HIRE.id)).phases,
      before.checklist.phases.map((phase) => ({
        ...phase,
        tasks: phase.tasks.map((task) => ({ ...task, state: task.done ? 'done' : 'due-soon' })),
      })),
    );
    assert.deepEqual(await nina.tick(campaign.id, NEW_HIRE.id, laptop, true, once), {
      ...ticked,
      state: 'done',
    });
    const again: ChangeEvent[] = [];
    reloaded.storeFor(P.bob.id).subscribe({ kind: 'notifications' }, (event) => again.push(event));
    await turn();
    clock.set('2026-02-06T09:00:00.000Z');
    await turn();
    assert.deepEqual(reminders(again), [], 'the due-soon reminder is not sent again after a reload');
    clock.set('2026-02-07T09:00:00.000Z');
    await turn();
    assert.equal(reminders(again).length, 1, 'the overdue one comes on its day');
    reloaded.dispose();
  });

  it('version 3 data (no onboarding) is read as it is: everything stays, onboarding starts empty', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const old = open(storage, clock);
    await old.seed({ people: Object.values(P) });
    const poll = await old.storeFor(P.alice.id).polls.create(
      {
        question: 'Lunch?',
        options: ['Pizza', 'Sushi'],
        kind: 'single',
        anonymous: false,
        resultsVisibility: 'always',
      },
      key(),
    );
    old.dispose();
    // The same save as version 3 wrote it: no campaigns, and its own checksum.
    const saved = storage.getItem(KEY)!;
    const { checksum: _checksum, campaigns, ...rest } = JSON.parse(saved) as Record<string, unknown>;
    assert.deepEqual(campaigns, []);
    const v3 = JSON.stringify({ ...rest, version: 3 });
    storage.setItem(KEY, `${v3.slice(0, -1)},"checksum":"${checksum(v3)}"}`);

    const db = open(storage, clock);
    assert.equal(db.isEmpty, false, 'version 3 data is read');
    assert.equal(db.hasOnboarding, false);
    assert.equal((await db.storeFor(P.bob.id).polls.get(poll.id)).question, 'Lunch?');
    const cara = onboarding(db, P.cara.id);
    assert.deepEqual(await cara.campaigns(), []);
    const campaign = await cara.createCampaign(DRAFT, key());
    assert.equal(JSON.parse(storage.getItem(KEY)!).version, STORAGE_VERSION, 'the next write saves version 4');
    db.dispose();
    const reloaded = open(storage, clock);
    assert.equal((await onboarding(reloaded, P.ada.id).campaign(campaign.id)).title, 'Welcome');
    reloaded.dispose();

    storage.setItem(KEY, `${v3.slice(0, -1)},"checksum":"${checksum(v3)}x"}`);
    assert.equal(open(storage, clock).isEmpty, true, 'a version 3 save changed by hand is ignored too');
  });
});

describe('memory store onboarding: reminders', () => {
  it('are sent once across two tabs on one storage, to the listeners of both and to hooks once', async () => {
    const shared = new Map<string, string>();
    const clock = new ManualClock();
    let notifyOther = () => {};
    const tab = open(new MemoryStorage(shared), clock);
    const { campaign } = await enrolled(tab);
    const other = open(new MemoryStorage(shared), clock, (onChange) => {
      notifyOther = onChange;
      return () => (notifyOther = () => {});
    });
    const here: ChangeEvent[] = [];
    const there: ChangeEvent[] = [];
    const hooked: Notification[] = [];
    tab.storeFor(NEW_HIRE.id).subscribe({ kind: 'notifications' }, (event) => here.push(event));
    other.storeFor(NEW_HIRE.id).subscribe({ kind: 'notifications' }, (event) => there.push(event));
    tab.onNotification((note) => hooked.push(note));
    await onboarding(other, P.cara.id).campaign(campaign.id); // the other tab loads the rules too
    clock.set('2026-01-30T09:00:00.000Z');
    notifyOther();
    await turn();
    notifyOther();
    await turn();
    assert.equal(reminders(here).length, 1);
    assert.deepEqual(reminders(there), reminders(here), 'the other tab tells its listeners the same, once');
    assert.equal(hooked.length, 1);
    tab.dispose();
    other.dispose();
  });

  it('catch up once the rules load: a due-soon reminder past its due date gives way to the overdue one', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = open(storage, clock);
    await enrolled(first);
    first.dispose();
    clock.set('2026-02-04T09:00:00.000Z'); // the laptop was due 02-02: overdue; the talk (02-06) is due soon
    const reloaded = open(storage, clock);
    const heard: ChangeEvent[] = [];
    reloaded.storeFor(NEW_HIRE.id).subscribe({ kind: 'notifications' }, (event) => heard.push(event));
    reloaded.storeFor(P.bob.id).subscribe({ kind: 'notifications' }, (event) => heard.push(event));
    await until(() => reminders(heard).length >= 2, 'the reminders due meanwhile');
    await turn();
    const [laptop, talk] = (await onboarding(reloaded, P.cara.id).campaigns())[0]!.phases[0]!.tasks.map((t) => t.id);
    assert.deepEqual(reminders(heard), [
      ['task-overdue', laptop, NEW_HIRE.id],
      ['task-due-soon', talk, P.bob.id],
    ]);
    reloaded.dispose();
  });

  it('a buddy task is reminded once a buddy is named; nothing is left waiting after dispose', async () => {
    const clock = new ManualClock();
    const db = new MemoryDb({ clock });
    await db.seed({ people: [...Object.values(P), NEW_HIRE] });
    const cara = onboarding(db, P.cara.id);
    const campaign = await cara.createCampaign(
      { ...DRAFT, phases: [{ title: 'Week', tasks: [{ title: 'Lunch', owner: 'buddy', dueDay: 1 }] }] },
      key(),
    );
    await cara.enrol(campaign.id, { personId: NEW_HIRE.id }, key());
    const heard: ChangeEvent[] = [];
    db.storeFor(P.zoe.id).subscribe({ kind: 'notifications' }, (event) => heard.push(event));
    clock.set('2026-02-01T09:00:00.000Z'); // due soon since 01-31, but there is no buddy
    await turn();
    assert.deepEqual(reminders(heard), []);
    await cara.enrol(campaign.id, { personId: NEW_HIRE.id, buddyId: P.zoe.id }, key());
    await turn();
    assert.deepEqual(reminders(heard), [['task-due-soon', campaign.phases[0]!.tasks[0]!.id, P.zoe.id]]);
    assert.equal(clock.pendingTimers, 1, 'one timer waits for the next reminder');
    db.dispose();
    assert.equal(clock.pendingTimers, 0);
  });
});

describe('memory store onboarding: seeding', () => {
  it('seeds campaigns, enrolments and ticks as they stand; reminders already due count as sent', async () => {
    const clock = new ManualClock('2026-02-04T09:00:00.000Z');
    const db = new MemoryDb({ clock });
    const heard: ChangeEvent[] = [];
    db.storeFor(NEW_HIRE.id).subscribe({ kind: 'notifications' }, (event) => heard.push(event));
    const data: SeedData = {
      people: [...Object.values(P), NEW_HIRE],
      campaigns: [
        {
          id: 'c-1',
          title: 'Welcome',
          description: '',
          phases: [
            {
              id: 'ph-1',
              title: 'Week',
              tasks: [
                { id: 't-laptop', title: 'Laptop', owner: 'new-hire', dueDay: 0 },
                { id: 't-talk', title: 'Talk', owner: 'manager', dueDay: 1 },
                { id: 't-profile', title: 'Profile', owner: 'new-hire', dueDay: 9 },
              ],
            },
          ],
          target: { percent: 80, days: 10 },
          createdBy: P.cara.id,
          createdAt: '2026-01-01T09:00:00.000Z',
        },
      ],
      enrolments: [
        { campaignId: 'c-1', personId: NEW_HIRE.id, startDate: '2026-02-02', enrolledAt: '2026-01-10T09:00:00.000Z' },
      ],
      ticks: [{ campaignId: 'c-1', personId: NEW_HIRE.id, taskId: 't-talk', at: '2026-02-03T10:00:00Z' }],
    };
    await db.seed(data);
    const checklist = await onboarding(db, NEW_HIRE.id).checklist('c-1', NEW_HIRE.id);
    assert.deepEqual(
      checklist.phases[0]!.tasks.map((t) => [t.id, t.dueDate, t.state, t.doneBy]),
      [
        ['t-laptop', '2026-02-02', 'overdue', undefined],
        ['t-talk', '2026-02-03', 'done', P.bob.id],
        ['t-profile', '2026-02-11', 'upcoming', undefined],
      ],
    );
    assert.deepEqual(checklist.enrolment, {
      campaignId: 'c-1',
      personId: NEW_HIRE.id,
      startDate: '2026-02-02',
      managerId: P.bob.id,
      source: 'hand',
      enrolledAt: '2026-01-10T09:00:00.000Z',
    });
    const campaign = await onboarding(db, P.cara.id).campaign('c-1');
    assert.deepEqual([campaign.status, campaign.updatedAt, campaign.enrolled], ['active', campaign.createdAt, 1]);
    await turn();
    assert.deepEqual(reminders(heard), [], 'what was due before the seed is not announced');
    clock.set('2026-02-08T00:00:00.000Z');
    await turn();
    assert.deepEqual(reminders(heard), [['task-due-soon', 't-profile', NEW_HIRE.id]]);
    db.dispose();
  });

  it('people seeded later arrive as new people do: the audience rules enrol them', async () => {
    const db = new MemoryDb({ clock: new ManualClock() });
    await db.seed({ people: Object.values(P) });
    const cara = onboarding(db, P.cara.id);
    const campaign = await cara.createCampaign({ ...DRAFT, audience: { departments: ['sales'] } }, key());
    assert.equal(campaign.enrolled, 0, 'zoe is in Sales, without a start date');
    await db.seed({ people: [NEW_HIRE] });
    const { items } = await cara.enrolments(campaign.id);
    assert.deepEqual(
      items.map((e) => [e.personId, e.source, e.startDate, e.managerId]),
      [[NEW_HIRE.id, 'audience', NEW_HIRE.startDate, P.bob.id]],
    );
    db.dispose();
  });
});
