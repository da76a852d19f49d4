import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetPageStore } from '@plein/core';
import type { PleinPoll } from './poll.element.js';
import type { PleinVoteDetail } from './events.js';
import {
  $,
  $$,
  HOUR,
  MINUTE,
  PEOPLE,
  START,
  answer,
  button,
  focused,
  has,
  nodeName,
  iso,
  keyRecorder,
  lunchPoll,
  nextTask,
  renderPoll,
  seeded,
  spoken,
  textOf,
  toast,
  until,
  variant,
  calm,
  type Name,
} from './poll.fixtures.js';
import { createMemoryWorld } from '@plein/store-memory';
import type { SeedPoll } from '@plein/core/testing';

const setup = (polls?: SeedPoll[], as?: Name) => seeded(createMemoryWorld(), polls, as);

const formShown = (el: PleinPoll) => until(el, () => $(el, 'form.vote-form'), 'the vote form');
const outcomeShown = (el: PleinPoll) => until(el, () => $(el, '.outcome'), 'the results');

/** "Pizza 2 votes 67%": one result row's visible text. */
const resultRow = (el: PleinPoll, label: string) =>
  textOf(el, `.result-list li:nth-child(${['Pizza', 'Sushi', 'Salad', 'Soup'].indexOf(label) + 1})`);

describe('<plein-poll> voting', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('votes for one answer with the keyboard and shows the results in text', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    await expect(calm(el)).to.be.accessible();

    // A fieldset whose legend is the question, native radios, nothing ticked yet.
    expect(textOf(el, 'fieldset legend')).to.equal('Where shall we have lunch on Friday?');
    expect($$<HTMLInputElement>(el, 'fieldset input[type="radio"]').map((i) => i.checked)).to.deep.equal([
      false,
      false,
      false,
    ]);
    expect(textOf(el, '#choice-hint')).to.equal('Choose one answer.');

    answer(el, 'Pizza').focus();
    await sendKeys({ press: 'ArrowDown' }); // moves to Sushi and ticks it
    await el.updateComplete;
    expect(answer(el, 'Sushi').checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(nodeName(button(el, 'Vote')));
    const voted = oneEvent(el, 'plein-vote');
    await sendKeys({ press: 'Enter' });
    const event = (await voted) as CustomEvent<PleinVoteDetail>;
    expect(event.detail).to.deep.equal({ pollId: 'poll-lunch', optionIds: ['o-sushi'] });
    await outcomeShown(el);

    expect(textOf(el, '.voted-note')).to.equal('You chose Sushi.');
    expect(resultRow(el, 'Sushi')).to.equal('Sushi your choice 1 vote 100%');
    expect(resultRow(el, 'Pizza')).to.equal('Pizza 0 votes 0%');
    expect(textOf(el, '.footer .voters')).to.equal('1 person voted');
    expect(toast(el)).to.equal('Thank you, your vote is recorded.');
    // Focus follows the form's replacement, so keyboard users are not dropped on the page.
    expect(focused(el)).to.equal(nodeName($(el, '.outcome')));

    // The store, not the UI, holds the vote.
    const results = await s.store.polls.results('poll-lunch');
    expect(results.visible && results.options.find((o) => o.optionId === 'o-sushi')?.votes).to.equal(1);
    await expect(calm(el)).to.be.accessible();
  });

  it('offers screen readers one table with caption and headers, and keeps the bars decorative', async () => {
    const s = await setup([
      lunchPoll({
        votes: [
          { by: PEOPLE.bob.id, optionIds: ['o-pizza'] },
          { by: PEOPLE.zoe.id, optionIds: ['o-pizza'] },
          { by: PEOPLE.mo.id, optionIds: ['o-salad'] },
        ],
        closedAt: iso(START - MINUTE),
      }),
    ]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await outcomeShown(el);
    const table = $(el, '.visually-hidden > table')!;
    expect(textOf(el, 'table caption')).to.equal('Results: Where shall we have lunch on Friday? (3 people voted)');
    expect($$(el, 'table thead th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal([
      'Answer',
      'Votes',
      'Share of voters',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Pizza 2 67%', 'Sushi 0 0%', 'Salad 1 33%']);
    expect($(el, '.result-list')!.getAttribute('aria-hidden')).to.equal('true');
    for (const bar of $$(el, '[part="bar"]')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
    // Bar lengths are SVG attributes, not inline styles, so a strict CSP cannot flatten them.
    expect($$(el, '.bar-fill').map((rect) => Math.round(Number(rect.getAttribute('width'))))).to.deep.equal([
      67, 0, 33,
    ]);
    expect(textOf(el, '.closed-at')).to.equal('Closed 1 minute ago');
    expect(has(el, 'form.vote-form'), 'form.vote-form').to.be.false;
    await expect(calm(el)).to.be.accessible();
  });

  it('changes a vote until the poll closes, counting the person once', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    answer(el, 'Sushi').click();
    button(el, 'Vote').click();
    await outcomeShown(el);

    button(el, 'Change vote').click();
    await formShown(el);
    // The stored choice is ticked, and focus is on it.
    expect(answer(el, 'Sushi').checked).to.be.true;
    expect(focused(el)).to.equal(nodeName(answer(el, 'Sushi')));
    answer(el, 'Pizza').click();
    const voted = oneEvent(el, 'plein-vote');
    button(el, 'Update vote').click();
    expect(((await voted) as CustomEvent<PleinVoteDetail>).detail.optionIds).to.deep.equal(['o-pizza']);
    await outcomeShown(el);
    expect(textOf(el, '.voted-note')).to.equal('You chose Pizza.');
    expect(resultRow(el, 'Pizza')).to.equal('Pizza your choice 1 vote 100%');
    expect(resultRow(el, 'Sushi')).to.equal('Sushi 0 votes 0%');
    expect(textOf(el, '.footer .voters')).to.equal('1 person voted');
    expect(toast(el)).to.equal('Your vote is changed.');

    // Cancel keeps the vote as it was.
    button(el, 'Change vote').click();
    await formShown(el);
    answer(el, 'Salad').click();
    button(el, 'Cancel').click();
    await outcomeShown(el);
    expect(textOf(el, '.voted-note')).to.equal('You chose Pizza.');
    expect(focused(el)).to.equal(nodeName(button(el, 'Change vote')));
  });

  it('lets people choose several answers, up to the maximum', async () => {
    const s = await setup([
      lunchPoll({
        kind: 'multiple',
        maxChoices: 2,
        options: [...lunchPoll().options, { id: 'o-soup', label: 'Soup' }],
      }),
    ]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    expect($$<HTMLInputElement>(el, 'fieldset input').every((i) => i.type === 'checkbox')).to.be.true;
    expect(textOf(el, '#choice-hint')).to.equal('Choose up to 2 answers.');

    answer(el, 'Pizza').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(answer(el, 'Pizza').checked && answer(el, 'Sushi').checked).to.be.true;
    // At the maximum the others cannot be ticked, and the hint says why.
    expect(answer(el, 'Salad').disabled && answer(el, 'Soup').disabled).to.be.true;
    expect(textOf(el, '#choice-hint')).to.contain('You chose the most you can (2).');
    await expect(calm(el)).to.be.accessible();

    // Clearing one frees the others.
    answer(el, 'Sushi').click();
    await el.updateComplete;
    expect(answer(el, 'Soup').disabled).to.be.false;
    answer(el, 'Soup').click();
    const voted = oneEvent(el, 'plein-vote');
    button(el, 'Vote').click();
    expect(((await voted) as CustomEvent<PleinVoteDetail>).detail.optionIds).to.deep.equal(['o-pizza', 'o-soup']);
    await outcomeShown(el);
    expect(textOf(el, '.voted-note')).to.equal('You chose Pizza and Soup.');
    expect(resultRow(el, 'Soup')).to.equal('Soup your choice 1 vote 100%');
  });

  it('says plainly that an anonymous poll is anonymous and final, and never shows the choice', async () => {
    const s = await setup([lunchPoll({ anonymous: true })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    expect(textOf(el, '#anonymous-note')).to.equal(
      "Anonymous: nobody can see what you chose. Votes are final: you can't change your vote afterwards.",
    );
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('anonymous-note');
    await expect(calm(el)).to.be.accessible();

    answer(el, 'Salad').click();
    button(el, 'Vote').click();
    await outcomeShown(el);
    expect(textOf(el, '.voted-note')).to.equal('You voted. Your choice is not stored with your name.');
    expect(textOf(el, '.outcome')).to.contain('Anonymous: nobody can see what you chose.');
    // No trace of the choice: no marker, no "(your choice)", no way to change it.
    expect(has(el, '.result.mine'), '.result.mine').to.be.false;
    expect(textOf(el)).not.to.contain('your choice');
    expect(textOf(el)).not.to.contain('You chose');
    expect($$(el, 'button').map((b) => b.textContent!.trim())).not.to.include('Change vote');
    expect(resultRow(el, 'Salad')).to.equal('Salad 1 vote 100%');
    await expect(calm(el)).to.be.accessible();

    // Reloading shows the same: the store never links the vote to the person.
    const again = await renderPoll(s, { pollId: 'poll-lunch' });
    await until(again, () => $(again, '.outcome'), 'the results');
    expect(has(again, 'input:checked'), 'input:checked').to.be.false;
    expect(textOf(again, '.voted-note')).to.equal('You voted. Your choice is not stored with your name.');
  });

  it('shows results only after voting when the poll says so', async () => {
    const s = await setup([
      lunchPoll({ resultsVisibility: 'after-vote', votes: [{ by: PEOPLE.bob.id, optionIds: ['o-pizza'] }] }),
    ]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    expect(has(el, '.see-results'), '.see-results').to.be.false;
    expect(has(el, '.results'), '.results').to.be.false;
    expect(textOf(el, '.footer .voters')).to.equal('1 person voted');
    answer(el, 'Sushi').click();
    button(el, 'Vote').click();
    await outcomeShown(el);
    expect(resultRow(el, 'Pizza')).to.equal('Pizza 1 vote 50%');
    expect(resultRow(el, 'Sushi')).to.equal('Sushi your choice 1 vote 50%');
  });

  it('lets people peek at results that are always visible, and go back to voting', async () => {
    const s = await setup([lunchPoll({ votes: [{ by: PEOPLE.bob.id, optionIds: ['o-pizza'] }] })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    button(el, 'See results').click();
    await outcomeShown(el);
    expect(resultRow(el, 'Pizza')).to.equal('Pizza 1 vote 100%');
    button(el, 'Back to voting').click();
    await formShown(el);
    expect(focused(el)).to.equal(nodeName(answer(el, 'Pizza')));
  });

  it('keeps results hidden until the poll closes, with the number of voters', async () => {
    const s = await setup([lunchPoll({ resultsVisibility: 'after-close', closesAt: iso(START + HOUR) })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    answer(el, 'Pizza').click();
    button(el, 'Vote').click();
    await outcomeShown(el);
    expect(textOf(el, '.hidden-results')).to.equal('Results appear when the poll closes.');
    expect(textOf(el, '.footer .voters')).to.equal('1 person voted');
    expect(has(el, '.results'), '.results').to.be.false;
    await expect(calm(el)).to.be.accessible();

    // Someone else votes: the count follows, the figures stay sealed.
    await s.world.as(PEOPLE.bob.id).polls.vote('poll-lunch', ['o-sushi'], { idempotencyKey: 'bob-1' });
    await until(el, () => textOf(el, '.footer .voters') === '2 people voted', 'the new count');
    expect(has(el, '.results'), '.results').to.be.false;

    // The deadline passes: the results appear by themselves.
    s.world.clock.advance(HOUR);
    await until(el, () => $(el, '.results'), 'the results after closing');
    expect(resultRow(el, 'Pizza')).to.equal('Pizza your choice 1 vote 50%');
    expect(textOf(el, '.closed-at')).to.equal('Closed just now');
    expect(has(el, 'button.change-vote'), 'button.change-vote').to.be.false;
  });

  it('counts down to the deadline on the clock and closes by itself, leaving no timers behind', async () => {
    const s = await setup([lunchPoll({ closesAt: iso(START + 2 * HOUR) })]);
    const clock = s.world.clock;
    const storeTimers = clock.pendingTimers; // the store's own deadline timer
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    const countdown = () => textOf(el, '.countdown');
    expect(countdown()).to.equal('Closes in 2 hours');
    expect($(el, '.countdown')!.getAttribute('datetime')).to.equal(iso(START + 2 * HOUR));

    clock.advance(HOUR + 30 * MINUTE);
    await el.updateComplete;
    expect(countdown()).to.equal('Closes in 30 minutes');

    clock.advance(29 * MINUTE);
    await el.updateComplete;
    expect(countdown()).to.equal('Closes in 1 minute');

    clock.advance(30_000);
    await el.updateComplete;
    expect(countdown()).to.equal('Closes in 30 seconds');
    clock.advance(1000);
    await el.updateComplete;
    expect(countdown()).to.equal('Closes in 29 seconds');
    expect(clock.pendingTimers).to.be.greaterThan(storeTimers);

    clock.advance(29_000);
    await until(el, () => $(el, '.closed-at'), 'the closed state');
    expect(has(el, 'form.vote-form'), 'form.vote-form').to.be.false;
    expect(has(el, '.countdown'), '.countdown').to.be.false;
    expect(textOf(el, '.closed-at')).to.equal('Closed just now');
    expect(spoken(el)).to.equal('The poll has closed.');
    await expect(calm(el)).to.be.accessible();

    el.remove();
    expect(clock.pendingTimers).to.equal(0);
  });

  it('clears its countdown timer when it leaves the page', async () => {
    const s = await setup([lunchPoll({ closesAt: iso(START + 2 * HOUR) })]);
    const before = s.world.clock.pendingTimers;
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    expect(s.world.clock.pendingTimers).to.equal(before + 1);
    el.remove();
    expect(s.world.clock.pendingTimers).to.equal(before);
  });

  it('lets the creator close the poll after confirming, with the keyboard', async () => {
    const s = await setup([lunchPoll({ votes: [{ by: PEOPLE.bob.id, optionIds: ['o-sushi'] }] })], 'cara');
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);

    button(el, 'Close poll').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textOf(el, '.confirm p')).to.equal('Close this poll now? Nobody can vote after this.');
    expect(focused(el)).to.equal(nodeName(button(el, 'Yes, close the poll')));
    await expect(calm(el)).to.be.accessible();

    // Cancelling changes nothing and returns focus.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(has(el, '.confirm'), '.confirm').to.be.false;
    expect(focused(el)).to.equal(nodeName(button(el, 'Close poll')));
    expect((await s.store.polls.get('poll-lunch')).status).to.equal('open');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const closed = oneEvent(el, 'plein-poll-closed');
    await sendKeys({ press: 'Enter' });
    expect((await closed).detail).to.deep.equal({ pollId: 'poll-lunch' });
    await until(el, () => $(el, '.closed-at'), 'the closed state');
    expect((await s.store.polls.get('poll-lunch')).status).to.equal('closed');
    expect(toast(el)).to.equal('The poll is closed.');
    expect(has(el, 'button.close-poll'), 'button.close-poll').to.be.false;
    expect(resultRow(el, 'Sushi')).to.equal('Sushi 1 vote 100%');
  });

  it('lets a moderator close someone else’s poll', async () => {
    const s = await setup([lunchPoll()], 'mo');
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    button(el, 'Close poll').click();
    await el.updateComplete;
    button(el, 'Yes, close the poll').click();
    await until(el, () => $(el, '.closed-at'), 'the closed state');
    expect((await s.store.polls.get('poll-lunch')).status).to.equal('closed');
  });

  it('offers no close button to people who may not close the poll', async () => {
    const s = await setup([lunchPoll()], 'bob');
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    expect(has(el, 'button.close-poll'), 'button.close-poll').to.be.false;
  });

  it('follows live results when other people vote, announcing politely and not on every vote', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    button(el, 'See results').click();
    await outcomeShown(el);
    const vote = (name: keyof typeof PEOPLE, option: string) =>
      s.world.as(PEOPLE[name].id).polls.vote('poll-lunch', [option], { idempotencyKey: `${name}-${option}` });

    await vote('bob', 'o-pizza');
    await until(el, () => resultRow(el, 'Pizza') === 'Pizza 1 vote 100%', 'Bob’s vote');
    expect(spoken(el)).to.equal('Results updated. 1 person voted.');

    // Within the quiet interval: shown at once, spoken later.
    await vote('zoe', 'o-sushi');
    await until(el, () => resultRow(el, 'Sushi') === 'Sushi 1 vote 50%', 'Zoë’s vote');
    await vote('mo', 'o-sushi');
    await until(el, () => textOf(el, '.footer .voters') === '3 people voted', 'Mo’s vote');
    expect(spoken(el)).to.equal('Results updated. 1 person voted.');
    s.world.clock.advance(10_000);
    await el.updateComplete;
    expect(spoken(el)).to.equal('Results updated. 3 people voted.');
  });

  it('stops following a poll when it leaves the page or shows another poll', async () => {
    const s = await setup([lunchPoll(), lunchPoll({ id: 'poll-other', question: 'Coffee or tea?' })]);
    let live = 0;
    const counting = {
      ...variant(s.store),
      subscribe: (
        topic: Parameters<typeof s.store.subscribe>[0],
        onChange: Parameters<typeof s.store.subscribe>[1],
      ) => {
        live++;
        const stop = s.store.subscribe(topic, onChange);
        return () => {
          live--;
          stop();
        };
      },
    };
    const el = await renderPoll({ world: s.world, store: counting }, { pollId: 'poll-lunch' });
    await formShown(el);
    expect(live).to.equal(1);
    el.pollId = 'poll-other';
    await until(el, () => textOf(el, 'legend') === 'Coffee or tea?', 'the other poll');
    expect(live).to.equal(1);
    // Another store: the old subscription goes, a new one comes.
    el.store = variant(s.world.as(PEOPLE.bob.id));
    await until(el, () => live === 0, 'the old subscription to end');
    el.store = counting;
    await until(el, () => live === 1, 'the subscription again');
    el.remove();
    expect(live).to.equal(0);
  });

  it('shows the store’s refusal in words and changes nothing', async () => {
    // A store whose live updates have not arrived yet: the element still shows the poll open.
    const s = await setup([lunchPoll()]);
    const slow = variant(s.store, { live: false });
    const el = await renderPoll({ world: s.world, store: slow }, { pollId: 'poll-lunch' });
    await formShown(el);
    await s.world.as(PEOPLE.cara.id).polls.close('poll-lunch', { idempotencyKey: 'cara-close' });

    answer(el, 'Pizza').click();
    const failed = oneEvent(el, 'plein-error');
    button(el, 'Vote').click();
    expect((await failed).detail.error.code).to.equal('conflict');
    await el.updateComplete;
    expect(toast(el)).to.equal('This poll is closed.');
    expect(has(el, 'form.vote-form'), 'form.vote-form').to.be.true;
    expect(answer(el, 'Pizza').checked).to.be.true;
    await expect(calm(el)).to.be.accessible();
  });

  it('says so when an answer was changed meanwhile, and keeps the choice', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll({ world: s.world, store: variant(s.store, { live: false }) }, { pollId: 'poll-lunch' });
    await formShown(el);
    // The creator rewrites the answers before anyone voted: the old ids are gone.
    await s.world.as(PEOPLE.cara.id).polls.update(
      'poll-lunch',
      {
        question: 'Lunch?',
        options: ['Pasta', 'Soup'],
        kind: 'single',
        anonymous: false,
        resultsVisibility: 'always',
      },
      { idempotencyKey: 'cara-edit' },
    );
    answer(el, 'Pizza').click();
    button(el, 'Vote').click();
    await until(el, () => toast(el), 'the error');
    expect(toast(el)).to.equal('That answer is no longer there. Please reload the poll and choose again.');
    expect(answer(el, 'Pizza').checked).to.be.true;
    expect((await s.store.polls.get('poll-lunch')).voterCount).to.equal(0);
  });

  it('refuses a second vote in an anonymous poll with a clear message', async () => {
    const s = await setup([lunchPoll({ anonymous: true })]);
    const el = await renderPoll({ world: s.world, store: variant(s.store, { live: false }) }, { pollId: 'poll-lunch' });
    await formShown(el);
    // The same person voted meanwhile in another tab.
    await s.store.polls.vote('poll-lunch', ['o-sushi'], { idempotencyKey: 'other-tab' });
    answer(el, 'Pizza').click();
    button(el, 'Vote').click();
    await until(el, () => toast(el), 'the error');
    expect(toast(el)).to.equal('You have already voted in this poll.');
    expect(answer(el, 'Pizza').checked).to.be.true;
    const results = await s.store.polls.results('poll-lunch');
    expect(results.visible && results.options.map((o) => o.votes)).to.deep.equal([0, 1, 0]);
  });

  it('asks for a choice before sending an empty vote', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    button(el, 'Vote').click();
    await el.updateComplete;
    expect(textOf(el, '#vote-error')).to.equal('Please choose an answer first.');
    expect(focused(el)).to.equal(nodeName(answer(el, 'Pizza')));
    expect((await s.store.polls.get('poll-lunch')).voterCount).to.equal(0);
    await expect(calm(el)).to.be.accessible();
  });

  it('keeps the choice when a vote fails, and a retry sends the same vote once', async () => {
    const s = await setup([lunchPoll()]);
    const recorder = keyRecorder(s.store);
    const el = await renderPoll({ world: s.world, store: recorder.store }, { pollId: 'poll-lunch' });
    await formShown(el);
    answer(el, 'Sushi').click();
    s.world.faults.failNext('unavailable');
    let votes = 0;
    el.addEventListener('plein-vote', () => votes++);
    button(el, 'Vote').click();
    await until(el, () => toast(el), 'the error toast');
    expect(toast(el)).to.equal("We can't reach the service right now. Please try again in a moment.");
    expect(answer(el, 'Sushi').checked).to.be.true;
    expect(has(el, 'form.vote-form'), 'form.vote-form').to.be.true;
    expect(votes).to.equal(0);

    button(el, 'Vote').click();
    await outcomeShown(el);
    expect(votes).to.equal(1);
    expect(recorder.keys.vote).to.have.length(2);
    expect(recorder.keys.vote[0]).to.equal(recorder.keys.vote[1]);
    expect((await s.store.polls.get('poll-lunch')).voterCount).to.equal(1);
  });

  it('gives up on a vote that hangs after 15 seconds, keeps the choice, and the retry does not duplicate', async () => {
    // Anonymous, so a second vote with a new key would be refused: only the same key can succeed.
    const s = await setup([lunchPoll({ anonymous: true, kind: 'multiple' })]);
    const recorder = keyRecorder(variant(s.store, { live: false }));
    const el = await renderPoll({ world: s.world, store: recorder.store }, { pollId: 'poll-lunch' });
    await formShown(el);
    answer(el, 'Pizza').click();
    answer(el, 'Salad').click();
    s.world.faults.stall();
    button(el, 'Vote').click();
    await el.updateComplete;
    expect(button(el, 'Sending…').getAttribute('aria-disabled')).to.equal('true');
    s.world.clock.advance(14_999);
    await nextTask();
    expect(toast(el)).to.equal('');
    s.world.clock.advance(1);
    await until(el, () => toast(el), 'the timeout');
    expect(toast(el)).to.equal("We can't reach the service right now. Please try again in a moment.");
    expect(answer(el, 'Pizza').checked && answer(el, 'Salad').checked).to.be.true;
    expect(button(el, 'Vote').getAttribute('aria-disabled')).to.equal('false');

    // The hung call goes through after all; the retry carries the same key and is not counted twice.
    s.world.faults.release();
    await nextTask();
    button(el, 'Vote').click();
    await until(el, () => $(el, '.voted-note'), 'the vote');
    expect(recorder.keys.vote).to.have.length(2);
    expect(recorder.keys.vote[0]).to.equal(recorder.keys.vote[1]);
    const results = await s.store.polls.results('poll-lunch');
    expect(results.visible && results.voterCount).to.equal(1);
    expect(results.visible && results.options.map((o) => o.votes)).to.deep.equal([1, 0, 1]);
  });

  it('does not carry a vote still under way over to the next poll it is told to show', async () => {
    const s = await setup([lunchPoll(), lunchPoll({ id: 'poll-coffee', question: 'Coffee or tea?' })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    answer(el, 'Pizza').click();
    s.world.faults.stall();
    button(el, 'Vote').click();
    await el.updateComplete;
    expect(button(el, 'Sending…').getAttribute('aria-disabled')).to.equal('true');
    el.pollId = 'poll-coffee';
    await el.updateComplete;
    s.world.faults.release();
    await until(el, () => textOf(el, 'legend').includes('Coffee or tea?'), 'the next poll');
    await formShown(el);
    expect(button(el, 'Vote').getAttribute('aria-disabled')).to.equal('false');
    expect(answer(el, 'Pizza').checked).to.be.false;
  });
});

describe('<plein-poll> states', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    resetPageStore();
  });

  it('shows a loading skeleton while no store is available', async () => {
    resetPageStore();
    const el = await fixture<PleinPoll>(html`<plein-poll poll-id="poll-lunch" lang="en"></plein-poll>`);
    expect($(el, '.skeleton')!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el, '.skeleton [role="status"]')).to.equal('Loading poll…');
    await expect(calm(el)).to.be.accessible();
  });

  it('shows an error with retry when the store hangs for 15 seconds, then recovers', async () => {
    const s = await setup([lunchPoll()]);
    s.world.faults.stall();
    const errors: unknown[] = [];
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    el.addEventListener('plein-error', (event) => errors.push(event.detail.error));
    expect(has(el, '.skeleton'), '.skeleton').to.be.true;
    s.world.clock.advance(15_000);
    await until(el, () => $(el, '.error-state'), 'the error state');
    expect($(el, '.error-state')!.getAttribute('role')).to.equal('alert');
    expect(textOf(el, '.error-state p')).to.equal(
      "We can't reach the service right now. Please try again in a moment.",
    );
    expect(errors).to.have.length(1);
    await expect(calm(el)).to.be.accessible();

    s.world.faults.release();
    button(el, 'Try again').click();
    await formShown(el);
    expect(textOf(el, 'legend')).to.equal('Where shall we have lunch on Friday?');
  });

  it('shows an error with retry when the store fails to load the poll', async () => {
    const s = await setup([lunchPoll()]);
    s.world.faults.failNext('rate-limited', { retryAfter: 30 });
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await until(el, () => $(el, '.error-state'), 'the error state');
    expect(textOf(el, '.error-state p')).to.equal("It's busy right now. Please try again in 30 seconds.");
    button(el, 'Try again').click();
    await formShown(el);
  });

  it('keeps what it shows, and the selection, when a live refetch fails', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    answer(el, 'Salad').click();
    // Bob's vote passes; the element's refetches that follow fail.
    const voting = s.world.as(PEOPLE.bob.id).polls.vote('poll-lunch', ['o-pizza'], { idempotencyKey: 'b' });
    s.world.faults.failNext('unavailable', { count: 2 });
    await voting;
    for (let i = 0; i < 5; i++) await nextTask();
    await el.updateComplete;
    expect(has(el, 'form.vote-form'), 'form.vote-form').to.be.true;
    expect(has(el, '.error-state'), '.error-state').to.be.false;
    expect(answer(el, 'Salad').checked).to.be.true;
    expect(textOf(el, '.footer .voters')).to.equal('Nobody has voted yet');
  });

  it('fires plein-load once the poll is shown', async () => {
    const s = await setup([lunchPoll()]);
    const el = document.createElement('plein-poll');
    el.setAttribute('lang', 'en');
    el.pollId = 'poll-lunch';
    el.store = s.store;
    el.clock = s.world.clock;
    const loaded = oneEvent(el, 'plein-load');
    document.body.append(el);
    expect((await loaded).detail).to.deep.equal({ pollId: 'poll-lunch' });
    el.remove();
  });

  it('says when a poll cannot be found', async () => {
    const s = await setup([]);
    const el = await renderPoll(s, { pollId: 'poll-gone' });
    await until(el, () => $(el, '.empty-state'), 'the not-found state');
    expect(textOf(el, '.empty-state')).to.equal('Poll not found It may have been removed, or the link is incomplete.');
    await expect(calm(el)).to.be.accessible();
  });

  it('invites people to create a poll when there is none, and opens the form', async () => {
    const s = await setup([]);
    const el = await renderPoll(s);
    await until(el, () => $(el, '.empty-state button'), 'the invitation');
    expect(textOf(el, '.state-heading')).to.equal('No poll here yet');
    await expect(calm(el)).to.be.accessible();
    button(el, 'Create a poll').click();
    await until(el, () => $(el, 'form.poll-form'), 'the form');
    expect(focused(el)).to.equal(nodeName($(el, '#pf-question')));
    button(el, 'Cancel').click();
    await until(el, () => $(el, '.empty-state'), 'the empty state again');
    expect(focused(el)).to.equal(nodeName(button(el, 'Create a poll')));
  });

  it('does not invite people who may not create polls', async () => {
    const s = await setup([]);
    const el = await renderPoll({
      world: s.world,
      store: variant(s.store, {
        me: { can: { createPolls: false, manageKudos: false, manageOnboarding: false, viewInsights: false } },
      }),
    });
    await until(el, () => $(el, '.empty-state'), 'the empty state');
    await nextTask();
    await el.updateComplete;
    expect(has(el, '.empty-state button'), '.empty-state button').to.be.false;
    expect(textOf(el, '.state-message')).to.equal('When someone shares a poll on this page, you can vote here.');
  });

  it('shows the poll named by the page URL, scrolls to it and highlights it briefly', async () => {
    const s = await setup([lunchPoll()]);
    history.replaceState(null, '', '#plein-poll=poll-lunch');
    const el = await renderPoll(s);
    await formShown(el);
    expect($(el, '.poll')!.classList.contains('highlight')).to.be.true;
    s.world.clock.advance(2500);
    await el.updateComplete;
    expect($(el, '.poll')!.classList.contains('highlight')).to.be.false;
  });

  it('follows the page URL when it names another poll', async () => {
    const s = await setup([lunchPoll(), lunchPoll({ id: 'poll-coffee', question: 'Coffee or tea?' })]);
    history.replaceState(null, '', '#plein-poll=poll-lunch');
    const el = await renderPoll(s);
    await formShown(el);
    location.hash = '#plein-poll=poll-coffee';
    await until(el, () => textOf(el, 'legend') === 'Coffee or tea?', 'the other poll');
  });

  it('links to the poll and copies the link', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch', voteUrl: 'https://intranet.example.org/news?page=2#top' });
    await formShown(el);
    const url = 'https://intranet.example.org/news?page=2#plein-poll=poll-lunch';
    expect($<HTMLAnchorElement>(el, 'a.permalink')!.href).to.equal(url);
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      button(el, 'Copy link').click();
      await until(el, () => toast(el), 'the confirmation');
      expect(copied).to.deep.equal([url]);
      expect(toast(el)).to.equal('Link copied.');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('speaks Dutch when lang="nl"', async () => {
    const s = await setup([lunchPoll({ closesAt: iso(START + 3 * HOUR) })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch', lang: 'nl' });
    await formShown(el);
    expect(textOf(el, '#choice-hint')).to.equal('Kies één antwoord.');
    expect(textOf(el, '.countdown')).to.equal('Sluit over 3 uur');
    expect(textOf(el, '.footer .voters')).to.equal('Er is nog niet gestemd');
    button(el, 'Stemmen').click();
    await el.updateComplete;
    expect(textOf(el, '#vote-error')).to.equal('Kies eerst een antwoord.');
    answer(el, 'Sushi').click();
    button(el, 'Stemmen').click();
    await outcomeShown(el);
    expect(textOf(el, '.voted-note')).to.equal('Je koos Sushi.');
    expect(resultRow(el, 'Sushi')).to.equal('Sushi jouw keuze 1 stem 100%');
    expect(textOf(el, '.footer .voters')).to.equal('1 persoon heeft gestemd');
    expect(toast(el)).to.equal('Bedankt, je stem is opgeslagen.');
    expect(textOf(el, 'table caption')).to.equal(
      'Resultaten: Where shall we have lunch on Friday? (1 persoon heeft gestemd)',
    );
    await expect(calm(el)).to.be.accessible();

    // Switching the language re-renders in place.
    el.setAttribute('lang', 'en');
    await until(el, () => textOf(el, '.voted-note') === 'You chose Sushi.', 'English again');
  });

  it('fits a 320 px wide phone with 44 px answer targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const s = await setup([
      lunchPoll({
        question: 'Which of these very long suggestions for the Friday lunch would you like best of all?',
        options: [
          { id: 'o-pizza', label: 'Pizza from the Italian place around the corner' },
          { id: 'o-sushi', label: 'Sushi' },
        ],
        closesAt: iso(START + 2 * HOUR),
      }),
    ]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const option of $$(el, 'label.option')) expect(option.getBoundingClientRect().height).to.be.at.least(44);
    const card = $(el, '.poll')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
  });

  it('follows the theme attribute for light and dark', async () => {
    const s = await setup([lunchPoll()]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await formShown(el);
    el.theme = 'light';
    await el.updateComplete;
    // The host paints the surface (the card's own colour fades, so read it on the host).
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    const dark = getComputedStyle(el).backgroundColor;
    expect(getComputedStyle(el).color).to.equal('rgb(255, 255, 255)');
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.equal('rgb(41, 41, 41)');
    await expect(calm(el)).to.be.accessible();
  });
});
