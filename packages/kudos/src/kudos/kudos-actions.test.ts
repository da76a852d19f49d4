/** Reactions on kudos (optimistic, rolled back visibly) and deleting with a confirmation. */
import { expect, oneEvent } from '@open-wc/testing';
import {
  PEOPLE,
  $,
  button,
  calm,
  card,
  has,
  kudos,
  nextTask,
  seeded,
  textOf,
  toast,
  until,
  wall,
} from './wall.fixtures.js';
import type { PleinKudosWall } from './kudos-wall.element.js';

const reaction = (el: PleinKudosWall, id: string, name: string) =>
  card(el, id).querySelector<HTMLButtonElement>(`.reaction[data-reaction="${name}"]`)!;

describe('<plein-kudos-wall> reactions and delete', () => {
  it('shows exact counts and marks the viewer own reactions', async () => {
    const s = await seeded({
      kudos: [
        kudos('k1', 1, {
          reactions: [
            { by: PEOPLE.mo.id, reaction: 'celebrate' },
            { by: PEOPLE.zoe.id, reaction: 'celebrate' },
            { by: PEOPLE.alice.id, reaction: 'love' },
          ],
        }),
      ],
    });
    const el = await wall(s);
    expect(textOf(reaction(el, 'k1', 'celebrate'))).to.equal('🎉Celebrate2');
    expect(reaction(el, 'k1', 'celebrate').getAttribute('aria-pressed')).to.equal('false');
    expect(reaction(el, 'k1', 'love').getAttribute('aria-pressed')).to.equal('true');
    expect(reaction(el, 'k1', 'love').classList.contains('mine')).to.equal(true);
  });

  it('reacts at once, then confirms with the store', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1)] });
    const el = await wall(s);
    s.world.faults.stall();
    const reacted = oneEvent(el, 'plein-kudos-react');
    reaction(el, 'k1', 'like').click();
    await el.updateComplete;
    expect(reaction(el, 'k1', 'like').getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(reaction(el, 'k1', 'like'), '.count')).to.equal('1');
    s.world.faults.release();
    expect((await reacted).detail).to.deep.equal({ id: 'k1', reaction: 'like', on: true });
    const stored = await s.store.kudos!.get('k1');
    expect(stored.reactions).to.deep.equal({ counts: { like: 1 }, mine: ['like'] });
  });

  it('rolls a reaction back, visibly, when the store refuses it', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1)] });
    const el = await wall(s);
    s.world.faults.stall();
    s.world.faults.failNext('unavailable');
    reaction(el, 'k1', 'funny').click();
    await el.updateComplete;
    expect(reaction(el, 'k1', 'funny').getAttribute('aria-pressed')).to.equal('true');
    s.world.faults.release();
    await until(el, () => toast(el), 'the toast');
    expect(toast(el)).to.match(/^Your reaction was not saved\. /);
    expect(reaction(el, 'k1', 'funny').getAttribute('aria-pressed')).to.equal('false');
    expect(reaction(el, 'k1', 'funny').querySelector('.count')).to.equal(null);
    expect((await s.store.kudos!.get('k1')).reactions.counts).to.deep.equal({});
  });

  it('lets the giver delete, after confirming; others see no delete button', async () => {
    const s = await seeded({
      kudos: [kudos('mine', 1, { fromId: PEOPLE.alice.id, toIds: [PEOPLE.bob.id] }), kudos('theirs', 2)],
    });
    const el = await wall(s);
    expect(card(el, 'theirs').querySelector('.delete')).to.equal(null);
    const remove = card(el, 'mine').querySelector<HTMLButtonElement>('.delete')!;
    expect(remove.getAttribute('aria-label')).to.equal(`Delete the kudos from ${PEOPLE.alice.displayName}`);

    remove.click();
    await until(el, () => el.shadowRoot!.activeElement?.classList.contains('confirm-delete'), 'the confirmation');
    expect(textOf(card(el, 'mine'), '.confirm')).to.include('Delete these kudos for everyone?');
    await expect(calm(el)).to.be.accessible();
    button(el, 'Cancel', card(el, 'mine')).click();
    await until(el, () => el.shadowRoot!.activeElement === remove, 'focus back on delete');
    expect(has(el, '.confirm')).to.equal(false);

    remove.click();
    await until(el, () => has(el, '.confirm-delete'), 'the confirmation');
    $<HTMLButtonElement>(el, '.confirm-delete')!.click();
    await until(el, () => !has(el, '[data-id="mine"]'), 'the card gone');
    expect(toast(el)).to.equal('Kudos deleted.');
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'theirs'));
    await nextTask();
    const left = await s.store.kudos!.list({});
    expect(left.items.map((k) => k.id)).to.deep.equal(['theirs']);
  });

  it('lets the communications team delete anyone kudos', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1)] }, 'cara');
    const el = await wall(s);
    expect(card(el, 'k1').querySelector('.delete')).to.not.equal(null);
  });
});
