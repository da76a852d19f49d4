import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { INSIGHTS_LIMITS, ManualClock } from '@plein/core';
import { DEMO_PEOPLE, DEMO_PERSONAS, createDemoDb, demoSeed } from './demo.js';
import { demoReaders } from './demo-readers.js';

const DAY = 86_400_000;
/** 16 April, as in the insights stories: "this month" is 1–16 April. */
const NOW = Date.UTC(2026, 3, 16, 9);

describe('demo seed: colleagues who only read', () => {
  it('adds 30 to 45 complete people, unique in the directory, to the departments there are', () => {
    const readers = demoReaders();
    const { people } = demoSeed(NOW);
    assert.ok(readers.length >= 30 && readers.length <= 45, `${readers.length} readers`);
    for (const field of ['id', 'email', 'displayName'] as const) {
      assert.equal(new Set(people!.map((p) => p[field])).size, people!.length, `every ${field} is unique`);
    }
    const departments = new Set(DEMO_PEOPLE.map((p) => p.department));
    const managers = new Set(people!.filter((p) => !readers.some((r) => r.id === p.id)).map((p) => p.managerId));
    for (const reader of readers) {
      assert.ok(
        people!.some((p) => p.id === reader.id && p.displayName === reader.displayName),
        `${reader.id} is seeded`,
      );
      assert.ok(
        reader.jobTitle && departments.has(reader.department),
        `${reader.id} has a title and a known department`,
      );
      assert.match(reader.email!, /^[a-z.]+@noordlicht\.example$/);
      assert.ok(['Utrecht', 'Amsterdam', 'Rotterdam', 'Remote'].includes(reader.location!));
      assert.deepEqual(reader.roles, ['member']);
      if (reader.managerId) assert.ok(managers.has(reader.managerId), `${reader.id} reports to an existing manager`);
    }
    assert.ok(readers.filter((r) => r.managerId).length >= 10, 'many report to a manager');
  });

  it('never post, comment, react, vote, give or receive kudos, or take part in onboarding', () => {
    const { people: _people, ...everythingElse } = demoSeed(NOW);
    const text = JSON.stringify(everythingElse);
    for (const reader of demoReaders()) assert.ok(!text.includes(reader.id), `${reader.id} stays quiet`);
  });

  it('make the insights realistic: about half active this month, departments that differ, small ones withheld', async () => {
    const db = createDemoDb({ clock: new ManualClock(NOW) });
    const emma = db.storeFor(DEMO_PERSONAS.communications).insights!;
    const to = Date.UTC(2026, 3, 17);
    for (const from of [Date.UTC(2026, 3, 1), to - 30 * DAY]) {
      const report = await emma.report({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
      const active = report.metrics.find((m) => m.metric === 'active')!;
      assert.equal(active.of, report.people);
      assert.ok(active.value! >= 40 && active.value! <= 65, `${active.value}% active`);
      assert.ok(active.target! > active.value!, 'the monthly target is not reached yet');
      const shown = report.departments.filter((d) => !d.withheld);
      const shares = new Set(shown.map((d) => Math.round(d.figures.active!)));
      assert.ok(shares.size >= 4, `departments differ: ${[...shares].join()}`);
      assert.ok(Math.min(...shares) < 45 && Math.max(...shares) > 55, `from low to high: ${[...shares].join()}`);
      const withheld = report.departments.filter((d) => d.withheld);
      assert.ok(withheld.length > 0 && withheld.every((d) => d.people < INSIGHTS_LIMITS.privacyMin));
    }
    db.dispose();
  });

  it('keep the people search pleasant: the demo people still come up for their names', async () => {
    const db = createDemoDb({ clock: new ManualClock(NOW) });
    const store = db.storeFor(DEMO_PERSONAS.member);
    for (const [query, first] of [
      ['Daa', 'Daan Bakker'],
      ['Emm', 'Emma Visser'],
      ['Fat', 'Fatima El Amrani'],
    ] as const) {
      assert.equal((await store.people.search(query, { limit: 8 }))[0]?.displayName, first);
    }
    for (const query of ['de', 'van']) {
      const found = (await store.people.search(query, { limit: 8 })).map((p) => p.id);
      const ours = DEMO_PEOPLE.filter((p) => p.displayName.includes(` ${query} `));
      assert.ok(ours.length > 0);
      for (const person of ours) assert.ok(found.includes(person.id), `"${query}" finds ${person.displayName}`);
    }
    db.dispose();
  });
});
