import { coreStrings } from '@plein/core';
import { count, type PollStrings } from './poll.strings.js';

/** `<plein-poll>` in Dutch, loaded only where an element speaks Dutch. */
export const strings: PollStrings = {
  loading: 'Peiling laden…',
  emptyHeading: 'Hier staat nog geen peiling',
  emptyInvite: 'Stel je collega’s een vraag. Het kost je een minuut.',
  emptyNoCreate: 'Als iemand een peiling op deze pagina deelt, kun je hier stemmen.',
  createPoll: 'Peiling maken',
  notFoundHeading: 'Peiling niet gevonden',
  notFoundMessage: 'Misschien is ze verwijderd, of is de link niet compleet.',
  retry: coreStrings.nl.tryAgain,
  cancel: coreStrings.nl.cancel,
  chooseOne: 'Kies één antwoord.',
  chooseAny: 'Kies een of meer antwoorden.',
  chooseUpTo: (n, format) => `Kies maximaal ${count(format, n, 'antwoord', 'antwoorden')}.`,
  maxReached: (n, format) =>
    `Je hebt het maximum gekozen (${format.number(n)}). Haal er een weg om een ander te kiezen.`,
  anonymous: 'Anoniem: niemand kan zien wat je hebt gekozen.',
  votesFinal: 'Je stem is definitief: je kunt hem daarna niet meer wijzigen.',
  vote: 'Stemmen',
  updateVote: 'Stem bijwerken',
  changeVote: 'Stem wijzigen',
  sending: 'Versturen…',
  voteRecorded: 'Bedankt, je stem is opgeslagen.',
  voteChanged: 'Je stem is gewijzigd.',
  youChose: (labels, format) => `Je koos ${format.list(labels)}.`,
  votedAnonymously: 'Je hebt gestemd. Je keuze wordt niet bij je naam bewaard.',
  yourChoice: 'jouw keuze',
  showResults: 'Resultaten bekijken',
  backToVote: 'Terug naar stemmen',
  voters: (n, format) =>
    n === 0
      ? 'Er is nog niet gestemd'
      : format.plural(n) === 'one'
        ? `${format.number(n)} persoon heeft gestemd`
        : `${format.number(n)} mensen hebben gestemd`,
  votes: (n, format) => count(format, n, 'stem', 'stemmen'),
  resultsCaption: (question, voters) => `Resultaten: ${question} (${voters})`,
  columnAnswer: 'Antwoord',
  columnVotes: 'Stemmen',
  columnShare: 'Deel van de stemmers',
  resultsUntilClose: 'De resultaten verschijnen als de peiling sluit.',
  resultsAfterVote: 'Stem om de resultaten te zien.',
  resultsUpdated: (voters) => `Resultaten bijgewerkt. ${voters}.`,
  closesIn: (relative) => `Sluit ${relative}`,
  closedAgo: (relative) => `Gesloten ${relative}`,
  closedJustNow: 'Zojuist gesloten',
  closed: 'Deze peiling is gesloten.',
  closedNow: 'De peiling is gesloten.',
  copyLink: 'Link kopiëren',
  linkCopied: 'Link gekopieerd.',
  copyFailed: 'De link kon niet worden gekopieerd. Selecteer hem en kopieer hem zelf.',
  permalink: 'Link naar deze peiling',
  closePoll: 'Peiling sluiten',
  confirmClose: 'Deze peiling nu sluiten? Daarna kan niemand meer stemmen.',
  confirmCloseYes: 'Ja, sluit de peiling',
  pollClosed: 'De peiling is gesloten.',
};
