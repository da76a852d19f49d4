/**
 * What `<plein-poll>` fetches: the modes beyond voting and the Dutch strings are chunks of their
 * own, loaded on first use. (Core's Dutch error messages are lazy in the bundle, which
 * scripts/bundle-size.node.test.mjs checks; unbundled, core's index still reaches them.) This file runs in a page of its own, so the page's resource entries
 * show every module fetched since it opened.
 */
import { expect } from '@open-wc/testing';
import { $, PEOPLE, answer, button, lunchPoll, renderPoll, seeded, textOf, until } from './poll.fixtures.js';
import { createMemoryWorld } from '@plein/store-memory';

const LAZY = ['create', 'manage', 'presenter', 'poll-form', 'qr', 'poll.strings.nl'];

/** Which of the lazily loaded modules this page has fetched so far. */
function fetched(): string[] {
  const names = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  return LAZY.filter((name) => names.some((path) => path.endsWith(`/poll/src/poll/${name}.ts`)));
}

describe('<plein-poll> loading', () => {
  it('votes without fetching the create, manage or presenter code, or the Dutch strings', async () => {
    const s = await seeded(createMemoryWorld(), [lunchPoll({ createdBy: PEOPLE.alice.id })]);
    const el = await renderPoll(s, { pollId: 'poll-lunch' });
    await until(el, () => $(el, 'form.vote-form'), 'the vote form');
    answer(el, 'Sushi').click();
    button(el, 'Vote').click();
    await until(el, () => $(el, '.outcome'), 'the results');
    button(el, 'Close poll').click();
    await until(el, () => $(el, '.confirm-close'), 'the confirmation');
    expect(fetched()).to.deep.equal([]);

    // The same element in another mode fetches that mode's code then, and no other.
    el.mode = 'presenter';
    await until(el, () => $(el, '.presenter'), 'the presenter view');
    expect(fetched()).to.include('presenter');
    expect(fetched()).not.to.include('create');
    expect(fetched()).not.to.include('poll.strings.nl');
  });

  it('speaks Dutch from the first frame on a Dutch page: the skeleton waits for the strings', async () => {
    const s = await seeded(createMemoryWorld(), [lunchPoll()]);
    const el = document.createElement('plein-poll');
    el.lang = 'nl';
    el.pollId = 'poll-lunch';
    el.store = s.store;
    el.clock = s.world.clock;
    document.body.append(el);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(textOf(el)));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await until(el, () => $(el, 'form.vote-form'), 'the vote form');
      expect(textOf(el, '#choice-hint')).to.equal('Kies één antwoord.');
      // An error message from core's (lazily loaded) Dutch table.
      button(el, 'Stemmen').click();
      await until(el, () => $(el, '#vote-error'), 'the error');
      expect(textOf(el, '#vote-error')).to.equal('Kies eerst een antwoord.');
    } finally {
      observer.disconnect();
      el.remove();
    }
    expect(fetched()).to.include('poll.strings.nl');
    expect(seen[0]).to.equal('Laden…');
    expect(seen.filter((text) => /Loading|Choose|Vote|Please/.test(text))).to.deep.equal([]);
  });
});
