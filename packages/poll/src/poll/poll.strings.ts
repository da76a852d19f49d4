import { Catalog, coreCatalog, type Formatters } from '@plein/core';

const core = coreCatalog.get('en');

/** "1 answer" / "3 answers", with the number in the locale's own digits. */
export const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;

/**
 * What `<plein-poll>` shows in every mode: its states, voting, results and the footer.
 * Strings of the modes loaded on demand (create, manage, presenter) live with their code.
 * Functions take the element's formatters. English is inline; other languages are chunks of
 * their own (`poll.strings.nl.ts`), loaded where an element speaks them.
 */
const en = {
  loading: 'Loading poll…',
  emptyHeading: 'No poll here yet',
  emptyInvite: 'Ask your colleagues a question. It takes a minute.',
  emptyNoCreate: 'When someone shares a poll on this page, you can vote here.',
  createPoll: 'Create a poll',
  notFoundHeading: 'Poll not found',
  notFoundMessage: 'It may have been removed, or the link is incomplete.',
  retry: core.tryAgain,
  cancel: core.cancel,
  chooseOne: 'Choose one answer.',
  chooseAny: 'Choose one or more answers.',
  chooseUpTo: (n: number, format: Formatters) => `Choose up to ${count(format, n, 'answer', 'answers')}.`,
  maxReached: (n: number, format: Formatters) =>
    `You chose the most you can (${format.number(n)}). Clear one to pick another.`,
  anonymous: 'Anonymous: nobody can see what you chose.',
  votesFinal: "Votes are final: you can't change your vote afterwards.",
  vote: 'Vote',
  updateVote: 'Update vote',
  changeVote: 'Change vote',
  sending: 'Sending…',
  voteRecorded: 'Thank you, your vote is recorded.',
  voteChanged: 'Your vote is changed.',
  youChose: (labels: string[], format: Formatters) => `You chose ${format.list(labels)}.`,
  votedAnonymously: 'You voted. Your choice is not stored with your name.',
  yourChoice: 'your choice',
  showResults: 'See results',
  backToVote: 'Back to voting',
  voters: (n: number, format: Formatters) =>
    n === 0
      ? 'Nobody has voted yet'
      : format.plural(n) === 'one'
        ? `${format.number(n)} person voted`
        : `${format.number(n)} people voted`,
  votes: (n: number, format: Formatters) => count(format, n, 'vote', 'votes'),
  resultsCaption: (question: string, voters: string) => `Results: ${question} (${voters})`,
  columnAnswer: 'Answer',
  columnVotes: 'Votes',
  columnShare: 'Share of voters',
  resultsUntilClose: 'Results appear when the poll closes.',
  resultsAfterVote: 'Vote to see the results.',
  resultsUpdated: (voters: string) => `Results updated. ${voters}.`,
  closesIn: (relative: string) => `Closes ${relative}`,
  closedAgo: (relative: string) => `Closed ${relative}`,
  closedJustNow: 'Closed just now',
  closed: 'This poll is closed.',
  closedNow: 'The poll has closed.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyFailed: "Couldn't copy the link. Select it and copy it yourself.",
  permalink: 'Link to this poll',
  closePoll: 'Close poll',
  confirmClose: 'Close this poll now? Nobody can vote after this.',
  confirmCloseYes: 'Yes, close the poll',
  pollClosed: 'The poll is closed.',
};

export type PollStrings = typeof en;

/** English inline; each other language a chunk of its own, loaded where an element speaks it. */
export const pollCatalog = new Catalog<PollStrings>(en, {
  nl: () => import('./poll.strings.nl.js').then((module) => module.strings),
});
