/**
 * The wall itself: cards newest first, user text never HTML, its states (loading, empty, error,
 * a chunk that fails), paging, Dutch, a phone's width and the parts for editors.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  PEOPLE,
  VALUES,
  $,
  $$,
  button,
  calm,
  card,
  has,
  kudos,
  many,
  messages,
  nextTask,
  openGive,
  renderWall,
  seeded,
  textOf,
  until,
  wall,
  clearDrafts,
} from './wall.fixtures.js';
import { PleinKudosWall, type KudosMode, type KudosModePart } from './kudos-wall.element.js';

describe('<plein-kudos-wall> wall', () => {
  afterEach(clearDrafts);

  it('shows kudos newest first: who thanked whom, the value, the message', async () => {
    const s = await seeded({
      kudos: [
        kudos('k2', 60, { message: 'Second', toIds: [PEOPLE.alice.id, PEOPLE.mo.id], valueId: VALUES.courage.id }),
        kudos('k1', 1, { message: 'First' }),
      ],
    });
    const el = await renderWall(s);
    const loaded = await oneEvent(el, 'plein-load');
    expect(loaded.detail).to.deep.equal({ mode: 'wall' });
    await until(el, () => has(el, '[role="feed"]'), 'the cards');
    expect(messages(el)).to.deep.equal(['First', 'Second']);
    const second = card(el, 'k2');
    expect(textOf(second, '.kudos-title')).to.equal(
      `${PEOPLE.bob.displayName} gave kudos to ${PEOPLE.alice.displayName} and ${PEOPLE.mo.displayName}`,
    );
    expect(textOf(second, '.value-badge')).to.equal('🦁Courage');
    expect(second.getAttribute('aria-label')).to.equal(
      `${PEOPLE.bob.displayName} to ${PEOPLE.alice.displayName} and ${PEOPLE.mo.displayName}: Courage`,
    );
    expect(textOf(second, '.time')).to.equal('1 hour ago');
    expect(second.querySelector('a.time')!.getAttribute('href')).to.match(/#plein-kudos=k2$/);
    // The value's colour marks the card and its badge, with readable text on it.
    expect(getComputedStyle(second).borderTopColor).to.equal('rgb(197, 15, 31)');
    expect(getComputedStyle(second.querySelector('.value-badge')!).color).to.equal('rgb(255, 255, 255)');
    await expect(calm(el)).to.be.accessible();
  });

  it('never treats a message as HTML; mentions and links are rendered as such', async () => {
    const s = await seeded({
      kudos: [
        kudos('k1', 1, {
          message: '<img src=x onerror="alert(1)"> thanks @[Zoë van Dijk](p-zoe), see https://example.org #ship',
        }),
      ],
    });
    const el = await wall(s);
    const text = card(el, 'k1').querySelector('.text')!;
    expect(text.querySelector('img')).to.equal(null);
    expect(text.textContent).to.include('<img src=x onerror="alert(1)">');
    expect(text.querySelector('.rich-mention')!.textContent).to.equal('@Zoë van Dijk');
    expect(text.querySelector('a.rich-link')!.getAttribute('href')).to.equal('https://example.org');
    expect(text.querySelector('.rich-tag')!.textContent).to.equal('#ship');
  });

  it('shows a skeleton while loading, then an empty state that invites the first kudos', async () => {
    const s = await seeded();
    s.world.faults.stall();
    const el = await renderWall(s);
    await until(el, () => has(el, '.skeleton'), 'the skeleton');
    expect(textOf(el, '.skeleton')).to.equal('Loading kudos…');
    await expect(calm(el)).to.be.accessible();
    s.world.faults.release();
    await until(el, () => has(el, '.empty-state'), 'the empty state');
    expect(textOf(el, '.empty-state')).to.include('No kudos yet');
    expect(textOf(el, '.empty-state')).to.include('Be the first to thank a colleague');
    await expect(calm(el)).to.be.accessible();
    button(el, 'Give kudos', $(el, '.empty-state')!).click();
    await until(el, () => has(el, 'form.give'), 'the give form');
  });

  it('shows an error with a retry when the store fails', async () => {
    const s = await seeded({ kudos: [kudos('k1', 1)] });
    s.world.faults.failNext('unavailable');
    const el = await renderWall(s);
    await until(el, () => has(el, '.error-state'), 'the error');
    expect(textOf(el, '.error-state')).to.include('Try again');
    await expect(calm(el)).to.be.accessible();
    button(el, 'Try again').click();
    await until(el, () => has(el, '[role="feed"]'), 'the cards after the retry');
    expect(messages(el)).to.deep.equal(['Thanks k1']);
  });

  it('loads more kudos, a page at a time, to the end', async () => {
    const s = await seeded({ kudos: many(15) });
    const el = await wall(s, { pageSize: 6 });
    expect(messages(el)).to.have.length(6);
    expect($(el, '[role="feed"] > article')!.getAttribute('aria-setsize')).to.equal('-1');
    button(el, 'Load more kudos').click();
    await until(el, () => messages(el).length === 12, 'the second page');
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'k7'));
    button(el, 'Load more kudos').click();
    await until(el, () => messages(el).length === 15, 'the last page');
    expect(messages(el)[14]).to.equal('Thanks k15');
    expect(textOf(el, '.end')).to.equal("That's all the kudos.");
    expect(has(el, '.load-more')).to.equal(false);
    expect($$(el, '[role="feed"] > article').at(-1)!.getAttribute('aria-setsize')).to.equal('15');
  });

  it('moves between cards with PageDown and PageUp (the feed pattern)', async () => {
    const el = await wall(await seeded({ kudos: many(3) }));
    card(el, 'k1').querySelector<HTMLButtonElement>('.reaction')!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'k2'));
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageUp' });
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'k2'));
  });

  it('shows an error with a retry when its code cannot be loaded', async () => {
    let failures = 1;
    class FlakyWall extends PleinKudosWall {
      protected override loadMode(mode: KudosMode): Promise<KudosModePart> {
        if (failures-- > 0) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        return super.loadMode(mode);
      }
    }
    customElements.define('flaky-kudos-wall', FlakyWall);
    const s = await seeded({ kudos: [kudos('k1', 1)] });
    const el = document.createElement('flaky-kudos-wall') as FlakyWall;
    el.lang = 'en';
    el.store = s.store;
    el.clock = s.world.clock;
    const failed = oneEvent(el, 'plein-error');
    document.body.append(el);
    try {
      expect((await failed).detail.error.code).to.equal('unavailable');
      await until(el, () => has(el, '.error-state'), 'the error');
      expect(textOf(el, '.error-state')).to.include("The kudos wall couldn't be loaded.");
      await expect(calm(el)).to.be.accessible();
      button(el, 'Try again').click();
      await until(el, () => has(el, '[role="feed"]'), 'the wall after the retry');
    } finally {
      el.remove();
    }
  });

  it('speaks Dutch', async () => {
    const s = await seeded({ kudos: [kudos('k1', 60 * 24 * 2)] });
    const el = await wall(s, { lang: 'nl' });
    expect(textOf(el, '.give-button')).to.equal('Kudos geven');
    expect(textOf(card(el, 'k1'), '.kudos-title')).to.equal(
      `${PEOPLE.bob.displayName} gaf kudos aan ${PEOPLE.alice.displayName}`,
    );
    expect(textOf(card(el, 'k1'), '.value-badge')).to.equal('🤝Samenwerking');
    expect(textOf(card(el, 'k1'), '.time')).to.equal('eergisteren');
    expect(textOf(el, '.end')).to.equal('Dat waren alle kudos.');
    expect(card(el, 'k1').querySelector('.reaction')!.getAttribute('title')).to.equal('Leuk');
    expect($(el, '.reaction-bar')!.getAttribute('aria-label')).to.equal('Reacties met een emoji');
    await expect(calm(el)).to.be.accessible();
  });

  it('fits a phone: one column, no sideways scrolling, filters behind a button', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const s = await seeded({
        kudos: many(4, { toIds: [PEOPLE.alice.id, PEOPLE.mo.id, PEOPLE.zoe.id, PEOPLE.ada.id] }),
      });
      const el = await wall(s);
      const lefts = new Set($$(el, '[role="feed"] > article').map((a) => Math.round(a.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const toggle = $<HTMLButtonElement>(el, '.filter-toggle')!;
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(getComputedStyle($(el, '.filters')!).display).to.equal('none');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle($(el, '.filters')!).display).to.not.equal('none');
      await openGive(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(calm(el)).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lays cards out in columns on a desktop, the filters always shown', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const s = await seeded({ kudos: many(6) });
      const el = await wall(s);
      const lefts = new Set($$(el, '[role="feed"] > article').map((a) => Math.round(a.getBoundingClientRect().left)));
      expect(lefts.size).to.be.within(2, 3);
      expect(getComputedStyle($(el, '.filter-toggle')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.filters')!).display).to.not.equal('none');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('offers "Manage values" to editors only, opening the values editor', async () => {
    const member = await wall(await seeded());
    expect(member.shadowRoot!.textContent).to.not.include('Manage values');
    member.remove();

    const s = await seeded({}, 'cara');
    const el = await wall(s);
    const manage = button(el, 'Manage values');
    manage.click();
    await until(el, () => manage.getAttribute('aria-expanded') === 'true' && !has(el, '.skeleton'), 'the editor');
    await nextTask();
    expect(textOf(el)).to.include(VALUES.teamwork.name.en);
    manage.click();
    await until(el, () => manage.getAttribute('aria-expanded') === 'false', 'the editor closed');
    expect(el.shadowRoot!.activeElement).to.equal(manage);
  });

  it('shows the leaderboard beside the wall when asked', async () => {
    const s = await seeded({ kudos: many(3) });
    const el = await wall(s, { leaderboard: true });
    await until(el, () => $(el, 'aside.board')?.textContent?.trim(), 'the leaderboard');
    expect($(el, 'aside.board')!.getAttribute('part')).to.equal('leaderboard');
    await expect(calm(el)).to.be.accessible();
  });
});
