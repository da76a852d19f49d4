import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { correction, generate } from 'lean-qr';
import { modulesPath } from '@plein/ui';
import { BOARD_EVERY, REFRESH_MS, RETRY_FIRST_MS } from './screen.js';
import {
  $,
  $$,
  MINUTE,
  PEOPLE,
  SECOND,
  VALUES,
  advance,
  calm,
  counted,
  has,
  kudos,
  many,
  renderWall,
  screen,
  seeded,
  spoken,
  textOf,
  until,
} from './screen.fixtures.js';
import type { PleinKudosLoadDetail } from './events.js';
import type { PleinKudosWall } from './kudos-wall.element.js';

const ROTATE = 10 * SECOND;
const GIVE_URL = 'https://intranet.example.org/kudos?from=screen#plein-kudos=give';

/** The message of the card on screen. */
const shown = (el: PleinKudosWall): string => textOf(el, '.screen-main .message');
const reconnecting = (el: PleinKudosWall): string => textOf(el, '.connection');
const elements = (el: PleinKudosWall): number => el.shadowRoot!.querySelectorAll('*').length;
const qrShown = (el: PleinKudosWall) => until(el, () => has(el, 'svg.qr path'), 'the QR code');

describe('<plein-kudos-wall mode="screen">', () => {
  it('shows the latest kudos one at a time, large, and rotates through them in order on the clock', async () => {
    const s = await seeded({
      kudos: [
        kudos('k1', 5, {
          toIds: [PEOPLE.alice.id, PEOPLE.zoe.id],
          message: 'Thanks for *staying late* with @[Zoë van Dijk](p-zoe) #release',
          reactions: [
            { by: PEOPLE.mo.id, reaction: 'celebrate' },
            { by: PEOPLE.cara.id, reaction: 'celebrate' },
            { by: PEOPLE.zoe.id, reaction: 'like' },
          ],
        }),
        kudos('k2', 60, { fromId: PEOPLE.cara.id, toIds: [PEOPLE.bob.id], valueId: VALUES.courage.id }),
        kudos('k3', 3 * 60, { valueId: VALUES.legacy.id }),
      ],
    });
    const loaded: string[] = [];
    const onLoad = (event: Event) => loaded.push((event as CustomEvent<PleinKudosLoadDetail>).detail.mode);
    document.addEventListener('plein-load', onLoad);
    const el = await renderWall(s, { mode: 'screen', rotate: 10 });
    await until(el, () => has(el, '.screen-main article'), 'the first card');
    await until(el, () => loaded.length, 'plein-load');
    document.removeEventListener('plein-load', onLoad);
    expect(loaded).to.deep.equal(['screen']);

    // One card: the value in its colour, giver → recipients with screen-faces, the message, time and reactions.
    expect($$(el, '.screen-main article')).to.have.length(1);
    const card = $(el, '.screen-main article')!;
    expect(textOf(card, '.value-badge')).to.equal('🤝Teamwork');
    expect(getComputedStyle($(el, '.value-badge')!).backgroundColor).to.equal('rgb(15, 108, 189)');
    expect(textOf(card, '.giver')).to.equal('BB Bob de Bruijn');
    expect(textOf(card, '.recipients')).to.equal('→to AA ZD Alice Andersen and Zoë van Dijk');
    expect(card.getAttribute('aria-label')).to.equal(
      'Kudos from Bob de Bruijn to Alice Andersen and Zoë van Dijk for Teamwork',
    );
    expect(shown(el)).to.equal('Thanks for staying late with @Zoë van Dijk #release');
    expect(card.querySelector('.message em')?.textContent).to.equal('staying late');
    expect(textOf(card, 'time')).to.equal('5 minutes ago');
    expect($$(el, '.reactions li').map((li) => textOf(li))).to.deep.equal(['👍Like 1', '🎉Celebrate 2']);
    // Nothing to press on a TV.
    expect($$(el, 'button, input, select, textarea, a, [tabindex]')).to.have.length(0);
    // Big type, relative to the element.
    expect(parseFloat(getComputedStyle($(el, '.message')!).fontSize)).to.be.at.least(
      1.75 * parseFloat(getComputedStyle(el).fontSize),
    );
    await qrShown(el);
    await expect(calm(el)).to.be.accessible();

    // Every 10 seconds the next one, newest first, wrapping around.
    const seen = [shown(el)];
    for (let i = 0; i < 4; i++) {
      await advance(el, s.world, ROTATE - 1);
      expect(shown(el), 'not before its time').to.equal(seen[seen.length - 1]);
      await advance(el, s.world, 1);
      seen.push(shown(el));
    }
    expect(seen.map((m) => m.slice(0, 9))).to.deep.equal([
      'Thanks fo',
      'Thanks k2',
      'Thanks k3',
      'Thanks fo',
      'Thanks k2',
    ]);
    expect(textOf(el, '.screen-main .value-badge')).to.equal('🦁Courage');
    expect(textOf(el, '.screen-main .giver')).to.equal('CJ Cara Jansen');
    expect(textOf(el, '.screen-main time')).to.equal('1 hour ago');
    expect(has(el, '.screen-main .reactions'), 'no reactions, no list').to.be.false;
    await advance(el, s.world, ROTATE);
    // An archived value still shows on the kudos given for it.
    expect(textOf(el, '.screen-main .value-badge')).to.equal('🏛️Legacy');
  });

  it('shows a kudos given by someone else next, with a short arrival, and says so politely', async () => {
    const s = await seeded({ kudos: many(3) });
    const el = await screen(s, { rotate: 10 });
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.equal('Thanks k2');
    await s.world
      .as(PEOPLE.mo.id)
      .kudos!.give(
        { toIds: [PEOPLE.zoe.id], valueId: VALUES.customer.id, message: 'You saved the demo!' },
        { idempotencyKey: 'mo-1' },
      );
    await until(el, () => spoken(el), 'the announcement');
    expect(spoken(el)).to.equal('New kudos from Mo Haddou to Zoë van Dijk for Customer first');
    expect(shown(el), 'the card on screen keeps its time').to.equal('Thanks k2');
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.equal('You saved the demo!');
    const card = $(el, '.screen-main article')!;
    expect(card.classList.contains('arrived')).to.be.true;
    expect(textOf(card, '.fresh')).to.equal('New');
    expect(card.getAnimations().length, 'an arrival animation').to.be.greaterThan(0);
    await expect(calm(el)).to.be.accessible();
    // Then the rotation goes on where it was.
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.equal('Thanks k3');
    expect(has(el, '.screen-main .arrived')).to.be.false;
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.equal('You saved the demo!');
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.equal('Thanks k1');
  });

  it('keeps still under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const s = await seeded({ kudos: many(2) });
      const el = await screen(s, { rotate: 10 });
      await s.world
        .as(PEOPLE.bob.id)
        .kudos!.give({ toIds: [PEOPLE.zoe.id], valueId: VALUES.teamwork.id, message: 'Calm' }, { idempotencyKey: 'b' });
      await until(el, () => spoken(el), 'the announcement');
      await advance(el, s.world, ROTATE);
      expect(shown(el)).to.equal('Calm');
      const running = $(el, '.screen-main article')!
        .getAnimations({ subtree: true })
        .filter((a) => (a.effect?.getComputedTiming().duration as number) > 1);
      expect(running).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps its DOM the same size after 300 rotations and several live arrivals', async () => {
    const s = await seeded({ kudos: many(5) });
    const { store, subscriptions } = counted(s.store);
    const el = await screen({ ...s, store }, { rotate: 10, pageSize: 5 });
    await qrShown(el);
    const before = elements(el);
    const timers = s.world.clock.pendingTimers;
    const giver = s.world.as(PEOPLE.zoe.id).kudos!;
    for (let turn = 1; turn <= 300; turn++) {
      if (turn % 50 === 25) {
        await giver.give(
          { toIds: [PEOPLE.alice.id], valueId: VALUES.teamwork.id, message: `Thanks n${turn}` },
          { idempotencyKey: `n${turn}` },
        );
      }
      await advance(el, s.world, ROTATE);
      expect(has(el, '.screen-main article'), `a card at turn ${turn}`).to.be.true;
    }
    await until(el, () => shown(el), 'a card');
    expect(elements(el)).to.equal(before);
    expect($$(el, 'article')).to.have.length(1);
    expect(subscriptions()).to.equal(1);
    expect(s.world.clock.pendingTimers, 'no timers pile up').to.be.at.most(timers);
    // The newest arrivals made it into the rotation, the oldest fell off the page.
    const messages = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await advance(el, s.world, ROTATE);
      messages.add(shown(el));
    }
    expect([...messages].sort()).to.deep.equal(
      ['Thanks n275', 'Thanks n225', 'Thanks n175', 'Thanks n125', 'Thanks n75'].sort(),
    );
  });

  it('releases its subscription and timers when it leaves the page, and follows again when back', async () => {
    const s = await seeded({ kudos: many(2) });
    const { store, subscriptions } = counted(s.store);
    const el = await screen({ ...s, store }, { rotate: 10 });
    expect(subscriptions()).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(subscriptions()).to.equal(0);
    expect(s.world.clock.pendingTimers).to.equal(0);
    s.world.clock.advance(REFRESH_MS * 3);
    parent.append(el);
    await until(el, () => subscriptions() === 1 && shown(el), 'following again');
    expect(subscriptions()).to.equal(1);
  });

  it('pauses the rotation while the page is hidden', async () => {
    const s = await seeded({ kudos: many(3) });
    const el = await screen(s, { rotate: 10 });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await advance(el, s.world, 5 * ROTATE);
      expect(shown(el)).to.equal('Thanks k1');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.equal('Thanks k2');
  });

  it('survives a store outage: keeps its cards, says "reconnecting…", backs off, and catches up', async () => {
    const s = await seeded({ kudos: many(3) });
    const { store, subscriptions } = counted(s.store);
    const el = await screen({ ...s, store }, { rotate: 10 });
    const errors: string[] = [];
    el.addEventListener('plein-error', (event) => errors.push(event.detail.error.code));
    expect(reconnecting(el)).to.equal('');

    // The network drops: the next refresh fails.
    s.world.faults.failNext('unavailable', { count: 1000 });
    await advance(el, s.world, REFRESH_MS - 20 * SECOND); // two rotations before it
    await advance(el, s.world, 20 * SECOND);
    await until(el, () => reconnecting(el), 'the indicator');
    expect(reconnecting(el)).to.equal('Reconnecting…');
    expect(errors).to.deep.equal(['unavailable']);
    expect(subscriptions(), 'live updates are followed anew once back').to.equal(0);
    expect(shown(el), 'the last cards stay').to.match(/^Thanks k\d$/);
    await expect(calm(el)).to.be.accessible();

    // It tries again after 5 s, then 10 s, then 20 s: not more often. The cards go on turning meanwhile.
    await advance(el, s.world, RETRY_FIRST_MS);
    await until(el, () => errors.length === 2, 'the second try');
    await advance(el, s.world, RETRY_FIRST_MS);
    expect(errors).to.have.length(2);
    await advance(el, s.world, RETRY_FIRST_MS);
    await until(el, () => errors.length === 3, 'the third try');
    const before = shown(el);
    await advance(el, s.world, 2 * RETRY_FIRST_MS);
    expect(errors).to.have.length(3);
    expect(shown(el)).to.not.equal(before);

    // Meanwhile the rest of the office goes on: a kudos is given and one is removed.
    s.world.faults.clear();
    await s.world
      .as(PEOPLE.mo.id)
      .kudos!.give(
        { toIds: [PEOPLE.bob.id], valueId: VALUES.courage.id, message: 'Given during the outage' },
        { idempotencyKey: 'outage' },
      );
    await s.world.as(PEOPLE.bob.id).kudos!.remove('k2', { idempotencyKey: 'rm' });
    expect(reconnecting(el), 'the screen has not tried yet').to.equal('Reconnecting…');

    // The fourth try, 20 s after the third, finds the store back.
    await advance(el, s.world, 2 * RETRY_FIRST_MS);
    await until(el, () => !reconnecting(el), 'the reconnection');
    expect(subscriptions()).to.equal(1);
    expect(spoken(el)).to.equal('New kudos from Mo Haddou to Bob de Bruijn for Courage');
    await expect(calm(el)).to.be.accessible();
    // The catch-up shows next (at once if the card on screen was the removed one); the removed one never again.
    const rotation = [shown(el)];
    for (let i = 0; i < 6; i++) {
      await advance(el, s.world, ROTATE);
      rotation.push(shown(el));
    }
    expect(rotation.indexOf('Given during the outage')).to.be.within(0, 1);
    expect(rotation).to.not.include('Thanks k2');
    expect(new Set(rotation)).to.deep.equal(new Set(['Given during the outage', 'Thanks k1', 'Thanks k3']));
  });

  it('treats a stalled store as down: after the timeout it reconnects and follows live changes again', async () => {
    const s = await seeded({ kudos: many(2) });
    const el = await screen(s, { rotate: 10 });
    s.world.faults.stall();
    await advance(el, s.world, REFRESH_MS);
    expect(reconnecting(el)).to.equal('');
    await advance(el, s.world, 15 * SECOND);
    await until(el, () => reconnecting(el), 'the indicator');
    s.world.faults.release();
    await advance(el, s.world, RETRY_FIRST_MS);
    await until(el, () => !reconnecting(el), 'the reconnection');
    await s.world
      .as(PEOPLE.zoe.id)
      .kudos!.give(
        { toIds: [PEOPLE.mo.id], valueId: VALUES.teamwork.id, message: 'Live again' },
        { idempotencyKey: 'z' },
      );
    await until(el, () => spoken(el).includes('Zoë van Dijk'), 'the live arrival');
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.equal('Live again');
  });

  it('shows the month’s values leaderboard every few turns with the leaderboard attribute', async () => {
    const s = await seeded({
      kudos: [...many(2), kudos('k3', 3, { valueId: VALUES.courage.id }), kudos('old', 40 * 24 * 60)],
    });
    const el = await screen(s, { rotate: 10, leaderboard: true });
    const seen: string[] = [];
    for (let turn = 1; turn <= BOARD_EVERY; turn++) {
      await advance(el, s.world, ROTATE);
      seen.push(has(el, '.board-card') ? 'board' : shown(el));
    }
    expect(seen.at(-1)).to.equal('board');
    expect(seen.slice(0, -1)).to.not.include('board');
    expect(textOf(el, '.board-title')).to.equal('Most recognised values this month');
    expect($$(el, '.board-card .rank-row').map((row) => textOf(row))).to.deep.equal([
      '1 🤝 Teamwork 2 kudos',
      '2 🦁 Courage 1 kudos',
    ]);
    await expect(calm(el)).to.be.accessible();
    await advance(el, s.world, ROTATE);
    expect(shown(el)).to.match(/^Thanks/);
  });

  it('removes a deleted kudos from the rotation at once', async () => {
    const s = await seeded({ kudos: many(3) });
    const el = await screen(s, { rotate: 10 });
    expect(shown(el)).to.equal('Thanks k1');
    await s.world.as(PEOPLE.bob.id).kudos!.remove('k1', { idempotencyKey: 'rm' });
    await until(el, () => shown(el) !== 'Thanks k1', 'the card to go');
    expect(shown(el)).to.equal('Thanks k2');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await advance(el, s.world, ROTATE);
      seen.push(shown(el));
    }
    expect(seen).to.deep.equal(['Thanks k3', 'Thanks k2', 'Thanks k3', 'Thanks k2']);
  });

  it('shows a QR code to the screen-give-url, with the address written out', async () => {
    const s = await seeded({ kudos: many(1) });
    const el = await screen(s, { giveUrl: GIVE_URL });
    await qrShown(el);
    const qr = $(el, 'svg.qr')!;
    expect(qr.getAttribute('aria-label')).to.equal(`QR code that opens ${GIVE_URL}`);
    const code = generate(GIVE_URL, { minCorrectionLevel: correction.M });
    expect(qr.querySelector('path')!.getAttribute('d')).to.equal(modulesPath(code.size, (x, y) => code.get(x, y)));
    expect(textOf(el, '.screen-give-title')).to.equal('Give kudos from your phone');
    expect(textOf(el, '.screen-give-url')).to.equal('Or go to intranet.example.org/kudos');
    expect($(el, 'svg.qr rect')!.getAttribute('fill'), 'a light quiet zone, also in dark').to.equal('#fff');
  });

  it('points the QR code at this page with the give form open by default', async () => {
    const s = await seeded({ kudos: many(1) });
    const el = await screen(s);
    await qrShown(el);
    const page = location.href.split('#')[0]!;
    const url = `${page}#plein-kudos=give`;
    expect($(el, 'svg.qr')!.getAttribute('aria-label')).to.equal(`QR code that opens ${url}`);
    const code = generate(url, { minCorrectionLevel: correction.M });
    expect($(el, 'svg.qr path')!.getAttribute('d')).to.equal(modulesPath(code.size, (x, y) => code.get(x, y)));
    expect(textOf(el, '.screen-give-url .address')).to.equal(location.host + location.pathname.replace(/^\/$/, ''));
  });

  it('invites the first kudos on an empty screen, and shows the first one as soon as it comes', async () => {
    const s = await seeded();
    const el = await screen(s, { rotate: 10 });
    expect(textOf(el, '.screen-empty')).to.equal(
      '🙌 Who made your day? No kudos here yet. Be the first to thank a colleague: scan the code and give kudos from your phone.',
    );
    await qrShown(el);
    await expect(calm(el)).to.be.accessible();
    await s.world
      .as(PEOPLE.alice.id)
      .kudos!.give({ toIds: [PEOPLE.bob.id], valueId: VALUES.teamwork.id, message: 'First!' }, { idempotencyKey: 'a' });
    await until(el, () => shown(el), 'the first kudos');
    expect(shown(el)).to.equal('First!');
    expect(has(el, '.screen-main .arrived')).to.be.true;
  });

  it('shows its loading state while the store is slow', async () => {
    const s = await seeded({ kudos: many(1) });
    s.world.faults.stall();
    const el = await renderWall(s, { mode: 'screen' });
    await until(el, () => has(el, '.screen .skeleton'), 'the skeleton');
    expect(textOf(el, '.screen .skeleton')).to.equal('Loading kudos…');
    await qrShown(el);
    await expect(calm(el)).to.be.accessible();
    s.world.faults.release();
    await until(el, () => shown(el), 'the card');
  });

  it('scales its type with the screen: 1920 and 1280 pixels wide look alike', async () => {
    const s = await seeded({ kudos: many(1) });
    const big = await screen(s, { width: 1920 });
    const small = await screen(s, { width: 1280 });
    const size = (el: PleinKudosWall) => parseFloat(getComputedStyle($(el, '.message')!).fontSize);
    expect(size(big)).to.be.at.least(48);
    expect(size(small) / size(big)).to.be.closeTo(1280 / 1920, 0.02);
    const box = (el: PleinKudosWall) => $(el, '.stage')!.getBoundingClientRect();
    expect(box(big).width / box(big).height).to.be.closeTo(16 / 9, 0.01);
  });

  it('speaks Dutch', async () => {
    const s = await seeded({ kudos: many(2) });
    const el = await screen(s, { lang: 'nl', giveUrl: GIVE_URL });
    await qrShown(el);
    expect(textOf(el, '.screen-main .value-badge')).to.equal('🤝Samenwerking');
    expect(textOf(el, '.screen-main time')).to.equal('1 minuut geleden');
    expect($(el, '.screen-main article')!.getAttribute('aria-label')).to.equal(
      'Kudos van Bob de Bruijn aan Alice Andersen voor Samenwerking',
    );
    expect(textOf(el, '.screen-give-title')).to.equal('Geef kudos vanaf je telefoon');
    expect(textOf(el, '.screen-give-url')).to.equal('Of ga naar intranet.example.org/kudos');
    expect($(el, 'svg.qr')!.getAttribute('aria-label')).to.equal(`QR-code die ${GIVE_URL} opent`);
    s.world.faults.failNext('unavailable', { count: 2 });
    await advance(el, s.world, REFRESH_MS);
    await until(el, () => reconnecting(el), 'the indicator');
    expect(reconnecting(el)).to.equal('Opnieuw verbinden…');
    await expect(calm(el)).to.be.accessible();
    await s.world
      .as(PEOPLE.mo.id)
      .kudos!.give({ toIds: [PEOPLE.zoe.id], valueId: VALUES.courage.id, message: 'Top' }, { idempotencyKey: 'm' });
    await advance(el, s.world, RETRY_FIRST_MS);
    await until(el, () => spoken(el), 'the announcement');
    expect(spoken(el)).to.equal('Nieuwe kudos van Mo Haddou aan Zoë van Dijk voor Moed');
    await advance(el, s.world, ROTATE);
    expect(textOf(el, '.screen-main .fresh')).to.equal('Nieuw');
  });

  it('shows a link, a mention and a hashtag in a message as text: nothing on a TV takes focus', async () => {
    const url = 'https://intranet.example.org/wiki/release-notes';
    const s = await seeded({
      kudos: [kudos('k1', 5, { message: `Notes at ${url} thanks to @[Zoë van Dijk](p-zoe) #release` })],
    });
    const el = await screen(s, { giveUrl: GIVE_URL });
    const card = $(el, '.screen-main article')!;
    expect(shown(el)).to.equal(`Notes at ${url} thanks to @Zoë van Dijk #release`);
    expect(textOf(card, '.rich-link')).to.equal(url);
    expect(card.querySelectorAll('a, [href]')).to.have.length(0);
    // Nothing anywhere on the screen is in the tab order.
    const focusable = $$(el, '*').filter((node) => node.tabIndex >= 0 && !(node as HTMLButtonElement).disabled);
    expect(focusable.map((node) => node.localName)).to.deep.equal([]);
    await qrShown(el);
    await expect(calm(el)).to.be.accessible();
  });

  it('keeps its times up to date on the clock, with nothing to focus', async () => {
    const s = await seeded({ kudos: [kudos('k1', 120)] });
    const el = await screen(s, { rotate: 10 });
    expect(textOf(el, '.screen-main time')).to.equal('2 hours ago');
    for (let i = 0; i < 6; i++) await advance(el, s.world, 10 * MINUTE);
    expect(textOf(el, '.screen-main time')).to.equal('3 hours ago');
    expect($$(el, 'button, input, select, textarea, a, [tabindex]')).to.have.length(0);
  });
});
