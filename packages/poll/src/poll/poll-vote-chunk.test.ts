/**
 * The vote card is a chunk of its own (`vote.ts`), fetched with the poll's data. This file runs
 * in a page of its own, so the page's resource entries show every module fetched since it opened.
 */
import { expect } from '@open-wc/testing';
import { createMemoryWorld } from '@plein/store-memory';
import { $, lunchPoll, renderPoll, seeded, until } from './poll.fixtures.js';

/** Whether this page has fetched the vote card's code. */
function fetchedVoteCard(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /\/poll\/src\/poll\/(vote|vote-view|results)\.ts$/.test(new URL(entry.name).pathname));
}

describe('<plein-poll> vote card chunk', () => {
  it('the creation form alone does not fetch the vote card; showing a poll does', async () => {
    const s = await seeded(createMemoryWorld(), [lunchPoll()]);
    const form = await renderPoll(s, { mode: 'create' });
    await until(form, () => $(form, '#pf-question'), 'the form');
    expect(fetchedVoteCard()).to.equal(false);

    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await until(el, () => $(el, 'form.vote-form'), 'the vote form');
    expect(fetchedVoteCard()).to.equal(true);
    expect(getComputedStyle($(el, '.option')!).cursor).to.equal('pointer');
  });
});
