import { deepEqual, equal, rejectsWith } from './assert.js';
import { HOUR, after, feedSuite, idsOf, key, nowIso, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function feedPinsContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: pins and announcements', () => {
    test('a moderator pins a post; everyone sees the pin', async ({ world, alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Pin me' }, key());
      const pinned = await mo.pin(post.id, { announcement: false }, key());
      deepEqual(pinned.pin, { announcement: false, by: P.mo.id, at: nowIso(world) });
      deepEqual((await bob.get(post.id)).pin, { announcement: false, by: P.mo.id, at: nowIso(world) });
      deepEqual(idsOf(await bob.pinned('general')), [post.id]);
      deepEqual(await bob.pinned('other-channel'), [], 'pins belong to their channel');
    });

    test('communications pins announcements; members may not pin', async ({ world, alice, bob, cara }) => {
      const post = await alice.post('general', { text: 'Big news' }, key());
      await rejectsWith(alice.pin(post.id, { announcement: true }, key()), 'forbidden');
      await rejectsWith(bob.pin(post.id, { announcement: false }, key()), 'forbidden');
      equal((await bob.get(post.id)).pin, undefined, 'a refused pin changes nothing');
      const until = after(world, 24 * HOUR);
      const pinned = await cara.pin(post.id, { announcement: true, until }, key());
      deepEqual(pinned.pin, { announcement: true, until, by: P.cara.id, at: nowIso(world) });
    });

    test('pinned lists announcements first, then newest pin first', async ({ world, alice, mo, cara, zoe }) => {
      const plainOld = await alice.post('general', { text: 'Plain, pinned first' }, key());
      const annOld = await alice.post('general', { text: 'Announcement, pinned second' }, key());
      const plainNew = await alice.post('general', { text: 'Plain, pinned third' }, key());
      const annNew = await alice.post('general', { text: 'Announcement, pinned last' }, key());
      await alice.post('general', { text: 'Not pinned' }, key());
      await mo.pin(plainOld.id, { announcement: false }, key());
      world.clock.advance(1000);
      await cara.pin(annOld.id, { announcement: true }, key());
      world.clock.advance(1000);
      await mo.pin(plainNew.id, { announcement: false }, key());
      world.clock.advance(1000);
      await cara.pin(annNew.id, { announcement: true }, key());
      deepEqual(idsOf(await zoe.pinned('general')), [annNew.id, annOld.id, plainNew.id, plainOld.id]);
    });

    test('a pin ends when the clock passes its until', async ({ world, alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'For one hour' }, key());
      await mo.pin(post.id, { announcement: true, until: after(world, HOUR) }, key());
      world.clock.advance(HOUR - 1);
      deepEqual(idsOf(await bob.pinned('general')), [post.id], 'still active a moment before');
      world.clock.advance(1);
      deepEqual(await bob.pinned('general'), [], 'until is exclusive');
      equal((await bob.get(post.id)).pin, undefined, 'an expired pin is no pin');
      deepEqual(idsOf((await bob.list({ channel: 'general' })).items), [post.id], 'the post itself stays');
    });

    test('until in the past is refused', async ({ world, alice, mo }) => {
      const post = await alice.post('general', { text: 'Too late' }, key());
      const error = await rejectsWith(
        mo.pin(post.id, { announcement: false, until: after(world, -HOUR) }, key()),
        'invalid',
      );
      equal(error.details.field, 'until');
      await rejectsWith(mo.pin(post.id, { announcement: false, until: nowIso(world) }, key()), 'invalid');
      await rejectsWith(mo.pin(post.id, { announcement: false, until: 'next week' }, key()), 'invalid');
      deepEqual(await mo.pinned('general'), []);
    });

    test('pin(null) unpins; re-pinning replaces the pin', async ({ world, alice, bob, mo, cara }) => {
      const post = await alice.post('general', { text: 'On and off' }, key());
      await mo.pin(post.id, { announcement: false }, key());
      world.clock.advance(1000);
      const replaced = await cara.pin(post.id, { announcement: true }, key());
      deepEqual(replaced.pin, { announcement: true, by: P.cara.id, at: nowIso(world) });
      deepEqual(idsOf(await bob.pinned('general')), [post.id], 'one post, pinned once');
      const unpinned = await mo.pin(post.id, null, key());
      equal(unpinned.pin, undefined);
      deepEqual(await bob.pinned('general'), []);
      await rejectsWith(bob.pin(post.id, null, key()), 'forbidden');
    });
  });
}
