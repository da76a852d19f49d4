import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, parseCampaignDraft, type Checklist } from '@plein/core';
import { MemoryDb, type StorageLike } from './index.js';
import { DEMO_PEOPLE, DEMO_PERSONAS, createDemoDb, createDemoStore, demoSeed } from './demo.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 4, 6, 9, 0, 0);
const day = (days: number) => new Date(NOW + days * DAY).toISOString().slice(0, 10);
const states = (checklist: Checklist) => checklist.phases.flatMap((phase) => phase.tasks.map((task) => task.state));

function demo() {
  const clock = new ManualClock(NOW);
  const db = createDemoDb({ clock });
  return { clock, db, as: (id: string) => db.storeFor(id).onboarding! };
}

describe('demo seed: onboarding', () => {
  it('has one campaign in Dutch, a valid draft: three phases, about twelve tasks for all three owners, 90% in 30 days', () => {
    const { campaigns } = demoSeed(NOW);
    assert.equal(campaigns?.length, 1);
    const [campaign] = campaigns!;
    assert.equal(campaign!.title, 'Welkom bij Noordlicht');
    assert.deepEqual(
      campaign!.phases.map((phase) => phase.title),
      ['Voor je eerste dag', 'Eerste week', 'Eerste maand'],
    );
    const tasks = campaign!.phases.flatMap((phase) => phase.tasks);
    assert.ok(tasks.length >= 10 && tasks.length <= 14, `${tasks.length} tasks`);
    assert.deepEqual(new Set(tasks.map((task) => task.owner)), new Set(['new-hire', 'manager', 'buddy']));
    assert.ok(
      tasks.some((task) => task.dueDay < 0) && tasks.some((task) => task.dueDay >= 28),
      'before day one to a month',
    );
    assert.deepEqual(campaign!.target, { percent: 90, days: 30 });
    const { title, description, phases, audience, target } = campaign!;
    assert.deepEqual(parseCampaignDraft({ title, description, phases, audience, target }), {
      title,
      description,
      phases,
      audience,
      target,
    });
    assert.equal(
      DEMO_PEOPLE.find((person) => person.id === campaign!.createdBy)?.roles?.includes('communications'),
      true,
    );
  });

  it('the new hire started a few days ago, with a manager and a buddy, and ticked what was due', async () => {
    const { as } = demo();
    const [mine, ...others] = await as(DEMO_PERSONAS.newHire).mine();
    assert.equal(others.length, 0);
    const { enrolment, progress } = mine!;
    assert.ok(enrolment.startDate < day(0) && enrolment.startDate >= day(-7), `started ${enrolment.startDate}`);
    const people = new Set(DEMO_PEOPLE.map((person) => person.id));
    assert.ok(people.has(enrolment.managerId!) && people.has(enrolment.buddyId!), 'a manager and a buddy');
    assert.ok(progress.done >= 4 && progress.done < progress.total, `${progress.done} of ${progress.total} done`);
    assert.equal(progress.overdue, 0);
    assert.ok(states(mine!).includes('due-soon'), 'something is due soon');
    const lucas = await createDemoStore({ user: DEMO_PERSONAS.newHire, clock: new ManualClock(NOW) }).people.get(
      DEMO_PERSONAS.newHire,
    );
    assert.deepEqual([lucas.startDate, lucas.managerId], [enrolment.startDate, enrolment.managerId]);
  });

  it('gives the team a cohort that looks alive: done, behind, on track and starting soon', async () => {
    const { as } = demo();
    const emma = as(DEMO_PERSONAS.communications);
    const [campaign] = await emma.campaigns();
    const cohort = await emma.cohort(campaign!.id);
    assert.ok(cohort.enrolled >= 5 && cohort.enrolled <= 7, `${cohort.enrolled} enrolled`);
    const kinds = new Set(cohort.people.map((person) => person.state));
    assert.deepEqual(kinds, new Set(['done', 'behind', 'on-track']));
    assert.ok(
      cohort.people.some((person) => person.startDate > day(0) && person.startDate <= day(7)),
      'someone starts next week',
    );
    assert.ok(cohort.progress !== null && cohort.achieved !== null, 'figures to show');
    const { items } = await emma.enrolments(campaign!.id);
    assert.ok(
      items.some((e) => e.source === 'audience'),
      'the audience rule enrolled someone',
    );
  });

  it('lets the member and the moderator personas see the new hires they look after', async () => {
    const { as } = demo();
    const buddyOf = await as(DEMO_PERSONAS.member).assigned();
    const managerOf = await as(DEMO_PERSONAS.moderator).assigned();
    assert.equal(buddyOf.length, 1);
    assert.equal(buddyOf[0]!.enrolment.buddyId, DEMO_PERSONAS.member);
    assert.equal(managerOf.length, 1);
    assert.equal(managerOf[0]!.enrolment.managerId, DEMO_PERSONAS.moderator);
    assert.ok(
      managerOf[0]!.phases.some((phase) => phase.tasks.some((task) => task.canTick && !task.done)),
      'the moderator has something to tick',
    );
  });

  it('is dated relative to now and the same on every load', () => {
    const [a, b] = [demoSeed(NOW), demoSeed(NOW + DAY)];
    assert.deepEqual(a.enrolments, demoSeed(NOW).enrolments);
    a.enrolments!.forEach((enrolment, i) => {
      assert.equal(Date.parse(b.enrolments![i]!.startDate) - Date.parse(enrolment.startDate), DAY);
    });
    for (const tick of a.ticks!) assert.ok(Date.parse(tick.at) < NOW, `${tick.taskId} of ${tick.personId} is past`);
  });

  it('adds onboarding to demo data saved before it existed, keeping what people did', async () => {
    const data = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    const clock = new ManualClock(NOW);
    const old = new MemoryDb({ clock, persist: { key: 'plein-demo-old', storage } });
    const { people, polls, channels, posts, kudosValues, kudos } = demoSeed(NOW);
    await old.seed({ people: people.filter((p) => DEMO_PEOPLE.some((d) => d.id === p.id)), polls, channels, posts });
    await old.seed({ people: [], kudosValues, kudos });
    await old.storeFor(DEMO_PERSONAS.member).polls.vote('poll-friday-lunch', ['o2'], { idempotencyKey: 'k' });
    assert.equal(old.hasOnboarding, false);
    old.dispose();

    const store = createDemoStore({ user: DEMO_PERSONAS.newHire, persist: { key: 'plein-demo-old', storage }, clock });
    assert.equal((await store.polls.get('poll-friday-lunch')).voterCount > 0, true);
    assert.equal((await store.onboarding!.mine()).length, 1, 'the campaign arrived');
    assert.ok((await store.people.get(DEMO_PERSONAS.newHire)).startDate, 'with the start dates');
    const again = createDemoStore({ user: DEMO_PERSONAS.member, persist: { key: 'plein-demo-old', storage }, clock });
    assert.equal((await again.polls.get('poll-friday-lunch')).viewer.hasVoted, true, 'what people did stays');
    assert.equal((await again.onboarding!.assigned()).length, 1, 'added once');
  });
});
