import { deepEqual, ok } from './assert.js';
import {
  KUDOS_VALUES as V,
  draft,
  eventually,
  insightsSuite,
  key,
  kudosDraft,
  mention,
  optionId,
  record,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function insightsLiveContract(context: SuiteContext): void {
  const { describe, test } = insightsSuite(context);

  describe('insights: live events', () => {
    test('the communications team hears posts, votes, kudos and target changes, never a notification; members nothing', async ({
      world,
      stores,
      cara,
    }) => {
      await world.seed({ people: [], kudosValues: [V.teamwork] });
      const { alice, bob, zoe } = stores;
      ok(alice.feed && alice.kudos, 'the store offers a feed and kudos');
      const poll = await zoe.polls.create(draft(), key());
      const seen = record(stores.cara, { kind: 'insights' });
      const told = record(stores.cara, { kind: 'notifications' });
      const member = record(stores.bob, { kind: 'insights' });
      const stopped = record(stores.ada, { kind: 'insights' });
      stopped.stop();

      // cara is mentioned in the post and receives the kudos: both notify her, on her notifications topic only.
      const post = await alice.feed.post('general', { text: `Look, ${mention(P.cara)}` }, key());
      await bob.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      const kudos = await alice.kudos.give(kudosDraft({ toIds: [P.cara.id] }), key());
      await cara.setTarget({ metric: 'active', per: 'month', value: 60 }, key());
      await cara.removeTarget('active', 'month', key());
      await eventually(
        world,
        () => seen.events.length >= 5 && told.events.length >= 2,
        'five events, two notifications',
      );
      deepEqual(
        seen.events.map((e) => [e.type, e.id]),
        [
          ['created', post.id],
          ['voted', poll.id],
          ['created', kudos.id],
          ['configured', 'active'],
          ['configured', 'active'],
        ],
      );
      ok(
        seen.events.every((e) => e.topic.kind === 'insights' && e.notification === undefined && e.type !== 'notified'),
        'insights events name their topic and carry no notification',
      );
      deepEqual(member.events, [], 'a member hears nothing on the insights topic');
      deepEqual(stopped.events, [], 'no events after unsubscribe');
      for (const recording of [seen, told, member]) recording.stop();
    });
  });
}
