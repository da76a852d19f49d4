import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinReactDetail } from './events.js';
import type { PleinFeed } from './feed.element.js';
import {
  PEOPLE,
  button,
  calm,
  clearDrafts,
  entry,
  post,
  ready,
  seeded,
  textOf,
  toast,
  until,
} from './feed.fixtures.js';

const reaction = (el: PleinFeed, id: string, kind: string) =>
  entry(el, id).querySelector<HTMLButtonElement>(`[data-reaction="${kind}"]`)!;

describe('<plein-feed> reactions', () => {
  afterEach(clearDrafts);

  it('shows the fixed set as toggle buttons with names and counts, the viewer’s own pressed', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Celebrate!', 5, {
        reactions: [
          { by: PEOPLE.alice.id, reaction: 'celebrate' },
          { by: PEOPLE.bob.id, reaction: 'celebrate' },
          { by: PEOPLE.zoe.id, reaction: 'like' },
        ],
      }),
    ]);
    const el = await ready(s);
    const group = entry(el, 'p').querySelector('.reactions [role="toolbar"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Reactions');
    const buttons = [...group.querySelectorAll<HTMLButtonElement>('.reaction')];
    expect(buttons.map((b) => textOf(b))).to.deep.equal([
      '👍Like1',
      '🎉Celebrate2',
      '❤️Love',
      '💡Insightful',
      '😄Funny',
    ]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'true',
      'false',
      'false',
      'false',
    ]);
    expect(textOf(entry(el, 'p'), '.who')).to.equal('3');
    expect(entry(el, 'p').querySelector('.who')!.getAttribute('aria-label')).to.equal('3 reactions: see who reacted');
    await expect(calm(el)).to.be.accessible();
  });

  it('is one Tab stop: arrows, Home and End move between the reactions, Space toggles', async () => {
    const s = await seeded(createMemoryWorld(), [post('p', 'Keyboard', 5)]);
    const el = await ready(s);
    const buttons = [...entry(el, 'p').querySelectorAll<HTMLButtonElement>('.reaction')];
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    buttons[0]!.focus();
    const label = () => (el.shadowRoot!.activeElement as HTMLElement).getAttribute('title');
    await sendKeys({ press: 'ArrowRight' });
    expect(label()).to.equal('Celebrate');
    await sendKeys({ press: 'End' });
    expect(label()).to.equal('Funny');
    await sendKeys({ press: 'ArrowRight' });
    expect(label()).to.equal('Like');
    await sendKeys({ press: 'ArrowLeft' });
    expect(label()).to.equal('Funny');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    const reacted = oneEvent(el, 'plein-react');
    await sendKeys({ press: 'Space' });
    expect(((await reacted) as CustomEvent<PleinReactDetail>).detail.reaction).to.equal('celebrate');
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement).classList.contains('reaction')).to.be.false;
  });

  it('toggles a reaction at once, and the store keeps it', async () => {
    const s = await seeded(createMemoryWorld(), [post('p', 'React to me', 5)]);
    const el = await ready(s);
    const reacted = oneEvent(el, 'plein-react');
    reaction(el, 'p', 'love').click();
    await el.updateComplete;
    // Optimistic: pressed before the store answered.
    expect(reaction(el, 'p', 'love').getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(reaction(el, 'p', 'love'), '.count')).to.equal('1');
    expect(((await reacted) as CustomEvent<PleinReactDetail>).detail).to.deep.equal({
      id: 'p',
      reaction: 'love',
      on: true,
    });
    expect((await s.store.feed!.get('p')).reactions).to.deep.equal({ counts: { love: 1 }, mine: ['love'] });
    await until(el, () => true, 'the update');
    const off = oneEvent(el, 'plein-react');
    reaction(el, 'p', 'love').click();
    expect(((await off) as CustomEvent<PleinReactDetail>).detail.on).to.equal(false);
    await until(el, () => reaction(el, 'p', 'love').getAttribute('aria-pressed') === 'false', 'unpressed');
    expect(reaction(el, 'p', 'love').querySelector('.count')).to.equal(null);
    expect((await s.store.feed!.get('p')).reactions).to.deep.equal({ counts: {}, mine: [] });
  });

  it('rolls back visibly when the store refuses (a post deleted meanwhile)', async () => {
    const s = await seeded(createMemoryWorld(), [post('p', 'Soon gone', 5, { authorId: PEOPLE.zoe.id })]);
    const el = await ready(s);
    await s.world.as(PEOPLE.zoe.id).feed!.remove('p', { idempotencyKey: 'remove-p' });
    reaction(el, 'p', 'like').click();
    await el.updateComplete;
    await until(el, () => toast(el) !== '', 'the toast');
    expect(toast(el)).to.equal("Your reaction was not saved. We can't find this. It may have been removed.");
    expect(el.shadowRoot!.querySelector('.toast')!.classList.contains('error')).to.be.true;
  });

  it('rolls back the count when a reaction fails', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Flaky', 5, { reactions: [{ by: PEOPLE.bob.id, reaction: 'funny' }] }),
    ]);
    const el = await ready(s);
    s.world.faults.failNext('unavailable');
    reaction(el, 'p', 'funny').click();
    await el.updateComplete;
    expect(textOf(reaction(el, 'p', 'funny'), '.count')).to.equal('2');
    await until(el, () => toast(el) !== '', 'the toast');
    expect(textOf(reaction(el, 'p', 'funny'), '.count')).to.equal('1');
    expect(reaction(el, 'p', 'funny').getAttribute('aria-pressed')).to.equal('false');
    expect(toast(el)).to.contain('Your reaction was not saved.');
  });

  it('lists who reacted, per reaction, on request', async () => {
    const s = await seeded(createMemoryWorld(), [
      post('p', 'Popular', 5, {
        reactions: [
          { by: PEOPLE.bob.id, reaction: 'like' },
          { by: PEOPLE.zoe.id, reaction: 'like' },
          { by: PEOPLE.mo.id, reaction: 'insightful' },
        ],
      }),
    ]);
    const el = await ready(s);
    const who = entry(el, 'p').querySelector<HTMLButtonElement>('.who')!;
    who.click();
    await until(el, () => entry(el, 'p').querySelectorAll('.reactors li').length === 3, 'the reactors');
    expect(who.getAttribute('aria-expanded')).to.equal('true');
    const groups = [...entry(el, 'p').querySelectorAll('.reactor-group')].map((g) => [
      textOf(g, '.reactor-kind'),
      [...g.querySelectorAll('li')].map((li) => textOf(li)),
    ]);
    expect(groups).to.deep.equal([
      // Newest first; each with avatar initials (hidden from screen readers) and name.
      ['👍 Like: 2 people', ['ZD Zoë van Dijk', 'BB Bob de Bruijn']],
      ['💡 Insightful: 1 person', ['MH Mo Haddou']],
    ]);
    await expect(calm(el)).to.be.accessible();
    button(el, 'Close', entry(el, 'p')).click();
    await until(el, () => !entry(el, 'p').querySelector('.reactors'), 'the list to close');
    expect(who.getAttribute('aria-expanded')).to.equal('false');
  });
});
