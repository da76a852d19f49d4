import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import type { SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

const ids = (people: { id: string }[]) => people.map((p) => p.id).sort();

export function peopleContract({ describe, test }: SuiteContext): void {
  describe('me() and people', () => {
    test('me() is the signed-in person with the roles the backend grants', async ({ alice, mo, cara, ada }) => {
      const me = await alice.me();
      equal(me.id, P.alice.id);
      equal(me.displayName, P.alice.displayName);
      equal(me.department, P.alice.department);
      deepEqual(me.roles, ['member']);
      equal(typeof me.can.createPolls, 'boolean', 'me().can says whether polls may be created');
      ok((await mo.me()).roles.includes('moderator'), 'mo is a moderator');
      ok((await cara.me()).roles.includes('communications'), 'cara is in communications');
      ok((await ada.me()).roles.includes('admin'), 'ada is an admin');
      equal((await mo.me()).roles.includes('admin'), false, 'mo is no admin');
    });

    test('people.get returns one person and not-found for an unknown id', async ({ alice }) => {
      const bob = await alice.people.get(P.bob.id);
      equal(bob.displayName, P.bob.displayName);
      equal(bob.email, P.bob.email);
      equal(bob.jobTitle, P.bob.jobTitle);
      equal(bob.location, P.bob.location);
      await rejectsWith(alice.people.get('p-nobody'), 'not-found');
    });

    test('people.getMany leaves unknown ids out', async ({ alice }) => {
      deepEqual(ids(await alice.people.getMany([P.bob.id, 'p-nobody', P.cara.id])), [P.bob.id, P.cara.id]);
      deepEqual(await alice.people.getMany([]), []);
    });

    test('people.search matches name parts, e-mail and department, ignoring case', async ({ alice }) => {
      deepEqual(ids(await alice.people.search('alice')), [P.alice.id]);
      deepEqual(ids(await alice.people.search('BRUIJN')), [P.bob.id]);
      deepEqual(ids(await alice.people.search('mo.haddou@')), [P.mo.id]);
      deepEqual(ids(await alice.people.search('Zoë')), [P.zoe.id]);
      const it = ids(await alice.people.search('IT'));
      ok(it.includes(P.bob.id) && it.includes(P.ada.id), `the IT department finds bob and ada, got ${it.join(', ')}`);
      deepEqual(await alice.people.search('nobody-has-this-name'), []);
    });

    test('people.search honours its limit and finds nobody for blank text', async ({ alice }) => {
      equal((await alice.people.search('IT', { limit: 1 })).length, 1);
      ok((await alice.people.search('example')).length >= 5, 'the default limit allows at least 5');
      deepEqual(await alice.people.search('   '), []);
    });

    test('people.search refuses text over the limit', async ({ alice }) => {
      await rejectsWith(alice.people.search('x'.repeat(1000)), 'too-large');
    });

    test('people.departments lists every department once, sorted', async ({ world, alice }) => {
      deepEqual(await alice.people.departments(), ['Communicatie', 'Finance', 'HR', 'IT', 'Sales']);
      await world.seed({
        people: [
          { id: 'p-new-it', displayName: 'New in IT', department: 'IT' },
          { id: 'p-no-department', displayName: 'Nowhere Yet' },
          { id: 'p-legal', displayName: 'Lou Legal', department: 'Juridische Zaken' },
        ],
      });
      deepEqual(
        await alice.people.departments(),
        ['Communicatie', 'Finance', 'HR', 'IT', 'Juridische Zaken', 'Sales'],
        'no duplicates, no blanks',
      );
    });

    test('returned people are copies', async ({ alice }) => {
      const bob = await alice.people.get(P.bob.id);
      bob.displayName = 'Mallory';
      equal((await alice.people.get(P.bob.id)).displayName, P.bob.displayName);
    });
  });
}
