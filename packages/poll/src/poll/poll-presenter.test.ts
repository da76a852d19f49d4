import { expect } from '@open-wc/testing';
import { correction, generate } from 'lean-qr';
import type { PleinPoll } from './poll.element.js';
import { modulesPath } from '@plein/ui';
import {
  $,
  $$,
  HOUR,
  has,
  PEOPLE,
  START,
  iso,
  lunchPoll,
  renderPoll,
  seeded,
  textOf,
  until,
  calm,
  type Name,
} from './poll.fixtures.js';
import { createMemoryWorld } from '@plein/store-memory';
import type { SeedPoll } from '@plein/core/testing';
import type { PleinStore, Topic } from '@plein/core';

const setup = (polls?: SeedPoll[], as?: Name) => seeded(createMemoryWorld(), polls, as);

const VOTE_URL = 'https://intranet.example.org/townhall';
const PERMALINK = `${VOTE_URL}#plein-poll=poll-lunch`;
const qrShown = (el: PleinPoll) => until(el, () => $(el, 'svg.qr path'), 'the QR code');

describe('<plein-poll mode="presenter">', () => {
  it('shows big live results, the voter count, the countdown and a QR code to the vote URL', async () => {
    const s = await setup([
      lunchPoll({
        closesAt: iso(START + 5 * 60_000),
        votes: [
          { by: PEOPLE.bob.id, optionIds: ['o-pizza'] },
          { by: PEOPLE.zoe.id, optionIds: ['o-pizza'] },
          { by: PEOPLE.mo.id, optionIds: ['o-sushi'] },
        ],
      }),
    ]);
    const el = await renderPoll(s, { pollId: 'poll-lunch', mode: 'presenter', voteUrl: VOTE_URL });
    await qrShown(el);
    expect(textOf(el, '.presenter .question')).to.equal('Where shall we have lunch on Friday?');
    expect($$(el, '.results.large .result-text').map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Pizza 2 votes 67%',
      'Sushi 1 vote 33%',
      'Salad 0 votes 0%',
    ]);
    expect(textOf(el, '.presenter-count')).to.equal('3 people voted');
    expect(textOf(el, '.presenter-status')).to.equal('Closes in 5 minutes');
    // No voting here: the room votes on their phones.
    expect(has(el, 'form'), 'form').to.be.false;

    // The QR code is the vote permalink, drawn by lit as an SVG path, named for screen readers.
    const qr = $(el, 'svg.qr')!;
    expect(qr.getAttribute('part')).to.equal('qr');
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal(`QR code that opens ${PERMALINK}`);
    const code = generate(PERMALINK, { minCorrectionLevel: correction.M });
    expect(qr.querySelector('path')!.getAttribute('d')).to.equal(modulesPath(code.size, (x, y) => code.get(x, y)));
    expect($<HTMLAnchorElement>(el, 'a.vote-url')!.href).to.equal(PERMALINK);
    expect(textOf(el, 'a.vote-url')).to.equal(PERMALINK);
    expect(textOf(el, '.scan')).to.equal('Scan to vote');
    await expect(calm(el)).to.be.accessible();
  });

  it('stays readable in the dark theme', async () => {
    const s = await setup([lunchPoll({ votes: [{ by: PEOPLE.bob.id, optionIds: ['o-pizza'] }] })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch', mode: 'presenter', voteUrl: VOTE_URL });
    el.theme = 'dark';
    await qrShown(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(41, 41, 41)');
    // The QR code keeps its light quiet zone, so phones can read it on a dark page.
    expect($(el, 'svg.qr rect')!.getAttribute('fill')).to.equal('#fff');
    await expect(calm(el)).to.be.accessible();
  });

  it('uses big type that reads from the back of a room', async () => {
    const s = await setup([lunchPoll({ votes: [{ by: PEOPLE.bob.id, optionIds: ['o-pizza'] }] })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch', mode: 'presenter', voteUrl: VOTE_URL });
    await qrShown(el);
    const base = parseFloat(getComputedStyle(el).fontSize);
    const question = parseFloat(getComputedStyle($(el, '.presenter .question')!).fontSize);
    const figures = parseFloat(getComputedStyle($(el, '.results.large .result-share')!).fontSize);
    expect(question).to.be.at.least(base * 2);
    expect(figures).to.be.at.least(base * 1.5);
    expect($(el, '.results.large .bar')!.getBoundingClientRect().height).to.be.at.least(base);
  });

  it('updates live as the room votes', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch', mode: 'presenter', voteUrl: VOTE_URL });
    await qrShown(el);
    expect(textOf(el, '.presenter-count')).to.equal('Nobody has voted yet');
    await s.world.as(PEOPLE.bob.id).polls.vote('poll-lunch', ['o-salad'], { idempotencyKey: 'b' });
    await until(el, () => textOf(el, '.presenter-count') === '1 person voted', 'the new vote');
    expect(textOf(el, '.results.large li:nth-child(3) .result-text')).to.equal('Salad 1 vote 100%');
  });

  it('asks a polling store for urgent updates while it shows, and stops when it no longer does', async () => {
    const s = await setup([lunchPoll()]);
    const urgent: { topic: Topic; open: boolean }[] = [];
    const store: PleinStore = {
      ...s.store,
      people: s.store.people,
      polls: s.store.polls,
      me: () => s.store.me(),
      subscribe: (topic, onChange, options) => {
        const stop = s.store.subscribe(topic, onChange);
        if (!options?.urgent) return stop;
        const entry = { topic, open: true };
        urgent.push(entry);
        return () => {
          entry.open = false;
          stop();
        };
      },
    };
    const el = await renderPoll({ ...s, store }, { pollId: 'poll-lunch', mode: 'presenter', voteUrl: VOTE_URL });
    await qrShown(el);
    expect(urgent.map((u) => [u.topic, u.open])).to.deep.equal([[{ kind: 'poll', id: 'poll-lunch' }, true]]);
    el.mode = 'vote';
    await until(el, () => $(el, '.options'), 'the vote view');
    expect(urgent.map((u) => u.open)).to.deep.equal([false]);
  });

  it('keeps sealed results sealed, showing only the count', async () => {
    const s = await setup([
      lunchPoll({
        resultsVisibility: 'after-close',
        closesAt: iso(START + HOUR),
        votes: [{ by: PEOPLE.bob.id, optionIds: ['o-pizza'] }],
      }),
    ]);
    const el = await renderPoll(s, { pollId: 'poll-lunch', mode: 'presenter', voteUrl: VOTE_URL, lang: 'nl' });
    await qrShown(el);
    expect(textOf(el, '.hidden-results')).to.equal('De resultaten verschijnen als de peiling sluit.');
    expect(textOf(el, '.presenter-count')).to.equal('1 persoon heeft gestemd');
    expect(textOf(el, '.scan')).to.equal('Scan om te stemmen');
    expect(has(el, '.results'), '.results').to.be.false;
    await expect(calm(el)).to.be.accessible();

    s.world.clock.advance(HOUR);
    await until(el, () => $(el, '.results.large'), 'the results at closing');
    expect(textOf(el, '.presenter-status')).to.equal('Zojuist gesloten');
  });
});
