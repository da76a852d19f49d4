import { LIMITS } from '../limits.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import { HOUR, after, feedSuite, idsOf, key, nowIso, type SuiteContext } from './helpers.js';

const DAY = 24 * HOUR;

export function feedSearchContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: tags, search and trending', () => {
    test('the tag filter ignores case and a leading #, and matches whole tags', async ({ world, alice, bob }) => {
      const lunch = await alice.post('general', { text: 'Who joins? #Lunch at noon' }, key());
      world.clock.advance(1000);
      await alice.post('general', { text: 'Skipping #lunchbreak today' }, key());
      await alice.post('general', { text: 'Lunch without a tag' }, key());
      await alice.post('other', { text: '#lunch elsewhere' }, key());
      for (const tag of ['#Lunch', 'lunch', 'LUNCH']) {
        deepEqual(idsOf((await bob.list({ channel: 'general', tag })).items), [lunch.id], `tag ${tag}`);
      }
      deepEqual((await bob.list({ channel: 'general', tag: 'dinner' })).items, []);
    });

    test('search needs every word, ignoring case', async ({ world, alice, bob }) => {
      const friday = await alice.post('general', { text: 'Pizza on Friday' }, key());
      world.clock.advance(1000);
      const monday = await alice.post('general', { text: 'Pizza on Monday' }, key());
      await alice.post('general', { text: 'Sushi on Friday' }, key());
      deepEqual(idsOf((await bob.list({ channel: 'general', search: 'friday PIZZA' })).items), [friday.id]);
      deepEqual(idsOf((await bob.list({ channel: 'general', search: 'pizza' })).items), [monday.id, friday.id]);
      deepEqual((await bob.list({ channel: 'general', search: 'pizza tuesday' })).items, []);
    });

    test('search ignores accents both ways', async ({ world, alice, bob }) => {
      const accented = await alice.post('general', { text: 'Koffie in het café' }, key());
      world.clock.advance(1000);
      const plain = await alice.post('general', { text: 'The cafe is closed' }, key());
      await alice.post('general', { text: 'Tea at home' }, key());
      deepEqual(idsOf((await bob.list({ channel: 'general', search: 'cafe' })).items), [plain.id, accented.id]);
      deepEqual(idsOf((await bob.list({ channel: 'general', search: 'CAFÉ' })).items), [plain.id, accented.id]);
    });

    test('search finds a post by a word in one of its comments', async ({ alice, bob, zoe }) => {
      const post = await alice.post('general', { text: 'Plans for the weekend' }, key());
      await alice.post('general', { text: 'Nothing to see' }, key());
      await zoe.comment(post.id, { text: 'Maybe karaoke?' }, key());
      deepEqual(idsOf((await bob.list({ channel: 'general', search: 'Karaoke' })).items), [post.id]);
    });

    test('tag and search combine, and page', async ({ world, alice, bob }) => {
      const made: string[] = [];
      for (let i = 0; i < 5; i++) {
        made.push((await alice.post('general', { text: `Release ${i} #ship` }, key())).id);
        await alice.post('general', { text: `Release ${i} without tag` }, key());
        world.clock.advance(1000);
      }
      const first = await bob.list({ channel: 'general', tag: 'ship', search: 'release' }, { limit: 3 });
      deepEqual(idsOf(first.items), made.slice(2).reverse());
      const second = await bob.list(
        { channel: 'general', tag: 'ship', search: 'release' },
        { cursor: first.next, limit: 3 },
      );
      deepEqual(idsOf(second.items), made.slice(0, 2).reverse());
      equal(second.next, undefined);
    });

    test('trending counts tags in [from, to) against the period before', async ({ world, alice, bob, zoe }) => {
      const start = world.clock.now();
      const at = (ms: number) => world.clock.set(start + ms);
      // The period before: [start, start + DAY).
      at(HOUR);
      await alice.post('general', { text: '#retro and #lunch' }, key());
      await bob.post('general', { text: '#retro' }, key());
      await zoe.post('general', { text: '#Retro' }, key());
      await alice.post('general', { text: 'again #retro' }, key());
      // The period asked for: [start + DAY, start + 2 * DAY).
      at(DAY);
      const from = nowIso(world);
      await alice.post('general', { text: 'Right at the start #lunch' }, key());
      at(DAY + HOUR);
      const townhall = await bob.post('general', { text: '#lunch before the #townhall' }, key());
      await zoe.comment(townhall.id, { text: 'See you at the #TownHall' }, key());
      await zoe.post('general', { text: '#lunch' }, key());
      await zoe.post('hr', { text: '#payroll closes' }, key());
      at(2 * DAY);
      const to = nowIso(world);
      await alice.post('general', { text: 'Right at the end, left out #retro #lunch' }, key());

      deepEqual(await bob.trending({ channel: 'general', from, to }), [
        { tag: 'lunch', count: 3, previous: 1 },
        { tag: 'townhall', count: 2, previous: 0 },
      ]);
      deepEqual(await bob.trending({ from, to }), [
        { tag: 'lunch', count: 3, previous: 1 },
        { tag: 'townhall', count: 2, previous: 0 },
        { tag: 'payroll', count: 1, previous: 0 },
      ]);
      deepEqual(await bob.trending({ from, to, limit: 1 }), [{ tag: 'lunch', count: 3, previous: 1 }]);
      deepEqual(await bob.trending({ channel: 'hr', from, to }), [{ tag: 'payroll', count: 1, previous: 0 }]);
      deepEqual(await bob.trending({ channel: 'general', from: after(world, DAY), to: after(world, 2 * DAY) }), []);
    });

    test('trending refuses an end before its start', async ({ world, bob }) => {
      const error = await rejectsWith(bob.trending({ from: after(world, HOUR), to: nowIso(world) }), 'invalid');
      equal(error.details.field, 'to');
      await rejectsWith(bob.trending({ from: nowIso(world), to: nowIso(world) }), 'invalid');
      await rejectsWith(bob.trending({ from: 'yesterday', to: nowIso(world) }), 'invalid');
    });

    test('filters over their limits are refused', async ({ bob }) => {
      await rejectsWith(bob.list({ channel: 'general', search: 'w'.repeat(LIMITS.feedSearch + 1) }), 'too-large');
      await rejectsWith(bob.list({ channel: 'general', tag: 't'.repeat(LIMITS.hashtag + 1) }), 'too-large');
    });
  });
}
