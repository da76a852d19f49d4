import { coreStrings, type Formatters, type Translations } from '@plein/core';

/** "1 answer" / "3 answers", with the number in the locale's own digits. */
const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;

/** Every string `<plein-poll>` shows or speaks. Functions take the element's formatters. */
const en = {
  // ---- states
  loading: 'Loading poll…',
  emptyHeading: 'No poll here yet',
  emptyInvite: 'Ask your colleagues a question. It takes a minute.',
  emptyNoCreate: 'When someone shares a poll on this page, you can vote here.',
  createPoll: 'Create a poll',
  notFoundHeading: 'Poll not found',
  notFoundMessage: 'It may have been removed, or the link is incomplete.',
  retry: coreStrings.en.tryAgain,
  cancel: coreStrings.en.cancel,

  // ---- voting
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

  // ---- results
  voters: (n: number, format: Formatters) =>
    n === 0
      ? 'Nobody has voted yet'
      : format.plural(n) === 'one'
        ? `${format.number(n)} person voted`
        : `${format.number(n)} people voted`,
  votes: (n: number, format: Formatters) => count(format, n, 'vote', 'votes'),
  resultsHeading: 'Results',
  resultsCaption: (question: string, voters: string) => `Results: ${question} (${voters})`,
  columnAnswer: 'Answer',
  columnVotes: 'Votes',
  columnShare: 'Share of voters',
  resultsUntilClose: 'Results appear when the poll closes.',
  resultsAfterVote: 'Vote to see the results.',
  resultsUpdated: (voters: string) => `Results updated. ${voters}.`,

  // ---- status and actions
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

  // ---- create and edit
  newPoll: 'New poll',
  editPoll: 'Edit poll',
  question: 'Question',
  characters: (used: number, max: number, format: Formatters) =>
    `${format.number(used)} of ${format.number(max)} characters`,
  answers: 'Answers',
  answersHint: (min: number, max: number, format: Formatters) =>
    `Between ${format.number(min)} and ${format.number(max)} answers.`,
  answersFull: (max: number, format: Formatters) =>
    `That's the most: a poll has at most ${count(format, max, 'answer', 'answers')}.`,
  answer: (n: number, format: Formatters) => `Answer ${format.number(n)}`,
  addAnswer: 'Add answer',
  removeAnswer: (n: number, format: Formatters) => `Remove answer ${format.number(n)}`,
  answerAdded: (n: number, format: Formatters) => `Answer ${format.number(n)} added.`,
  answerRemoved: (n: number, format: Formatters) => `Answer ${format.number(n)} removed.`,
  peopleChoose: 'People can choose',
  kindSingle: 'One answer',
  kindMultiple: 'Several answers',
  maxChoices: 'At most',
  noLimit: 'No limit',
  answerCount: (n: number, format: Formatters) => count(format, n, 'answer', 'answers'),
  anonymousLabel: 'Anonymous voting',
  anonymousHint: 'Nobody can see who chose what, not even administrators. Votes are final.',
  anonymousUnavailable:
    "Anonymous polls aren't available here: the storage this site uses can't guarantee that nobody sees who voted what.",
  showResultsLegend: 'Show the results',
  visibilityAlways: 'Always',
  visibilityAfterVote: 'After someone votes',
  visibilityAfterClose: 'When the poll closes',
  unsealedNote: 'Site owners can still read the votes before the poll closes.',
  deadline: 'Closes at (optional)',
  deadlineHint: (zone: string) => `In your time zone (${zone}). Leave empty to close it by hand.`,
  createSubmit: 'Create poll',
  saveSubmit: 'Save changes',
  saving: 'Saving…',
  fixErrors: 'Please check the highlighted fields.',
  createdHeading: 'Your poll is ready',
  createdMessage: 'Share the link so people can vote.',
  createAnother: 'Create another poll',
  saved: 'Changes saved.',
  cannotCreateHeading: "You can't create polls here",
  cannotCreateMessage: 'Ask your intranet team if you want to run a poll.',

  // ---- manage
  myPolls: 'My polls',
  manageEmptyHeading: "You haven't made any polls yet",
  manageEmptyMessage: 'Create one and share the link with your colleagues.',
  loadMore: 'Load more',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  anonymousTag: 'Anonymous',
  edit: 'Edit',
  exportCsv: 'Export CSV',
  exported: 'Results downloaded.',
  exportHidden: 'The results can be exported when the poll closes.',
  csvQuestion: 'Question',
  csvAnswer: 'Answer',
  csvVotes: 'Votes',
  csvShare: 'Percentage of voters',
  csvFallbackName: 'poll-results',

  // ---- presenter
  scanToVote: 'Scan to vote',
  qrLabel: (url: string) => `QR code that opens ${url}`,
  orGoTo: 'Or go to',
  loadingQr: 'Preparing the QR code…',
};

const nl: typeof en = {
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
  resultsHeading: 'Resultaten',
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

  newPoll: 'Nieuwe peiling',
  editPoll: 'Peiling bewerken',
  question: 'Vraag',
  characters: (used, max, format) => `${format.number(used)} van ${format.number(max)} tekens`,
  answers: 'Antwoorden',
  answersHint: (min, max, format) => `Tussen ${format.number(min)} en ${format.number(max)} antwoorden.`,
  answersFull: (max, format) =>
    `Meer kan niet: een peiling heeft maximaal ${count(format, max, 'antwoord', 'antwoorden')}.`,
  answer: (n, format) => `Antwoord ${format.number(n)}`,
  addAnswer: 'Antwoord toevoegen',
  removeAnswer: (n, format) => `Antwoord ${format.number(n)} verwijderen`,
  answerAdded: (n, format) => `Antwoord ${format.number(n)} toegevoegd.`,
  answerRemoved: (n, format) => `Antwoord ${format.number(n)} verwijderd.`,
  peopleChoose: 'Mensen kiezen',
  kindSingle: 'Eén antwoord',
  kindMultiple: 'Meerdere antwoorden',
  maxChoices: 'Maximaal',
  noLimit: 'Geen maximum',
  answerCount: (n, format) => count(format, n, 'antwoord', 'antwoorden'),
  anonymousLabel: 'Anoniem stemmen',
  anonymousHint: 'Niemand kan zien wie wat koos, ook beheerders niet. Stemmen zijn definitief.',
  anonymousUnavailable:
    'Anonieme peilingen zijn hier niet beschikbaar: de opslag van deze site kan niet garanderen dat niemand ziet wie wat stemde.',
  showResultsLegend: 'Resultaten tonen',
  visibilityAlways: 'Altijd',
  visibilityAfterVote: 'Nadat iemand heeft gestemd',
  visibilityAfterClose: 'Als de peiling sluit',
  unsealedNote: 'Site-eigenaren kunnen de stemmen al lezen voordat de peiling sluit.',
  deadline: 'Sluit op (optioneel)',
  deadlineHint: (zone) => `In jouw tijdzone (${zone}). Laat leeg om de peiling zelf te sluiten.`,
  createSubmit: 'Peiling maken',
  saveSubmit: 'Wijzigingen opslaan',
  saving: 'Opslaan…',
  fixErrors: 'Kijk de gemarkeerde velden na.',
  createdHeading: 'Je peiling staat klaar',
  createdMessage: 'Deel de link, dan kunnen mensen stemmen.',
  createAnother: 'Nog een peiling maken',
  saved: 'Wijzigingen opgeslagen.',
  cannotCreateHeading: 'Je kunt hier geen peilingen maken',
  cannotCreateMessage: 'Vraag het intranetteam als je een peiling wilt houden.',

  myPolls: 'Mijn peilingen',
  manageEmptyHeading: 'Je hebt nog geen peilingen gemaakt',
  manageEmptyMessage: 'Maak er een en deel de link met je collega’s.',
  loadMore: 'Meer laden',
  statusOpen: 'Open',
  statusClosed: 'Gesloten',
  anonymousTag: 'Anoniem',
  edit: 'Bewerken',
  exportCsv: 'CSV exporteren',
  exported: 'Resultaten gedownload.',
  exportHidden: 'De resultaten kunnen worden geëxporteerd als de peiling sluit.',
  csvQuestion: 'Vraag',
  csvAnswer: 'Antwoord',
  csvVotes: 'Stemmen',
  csvShare: 'Percentage van de stemmers',
  csvFallbackName: 'peiling-resultaten',

  scanToVote: 'Scan om te stemmen',
  qrLabel: (url) => `QR-code die ${url} opent`,
  orGoTo: 'Of ga naar',
  loadingQr: 'QR-code wordt gemaakt…',
};

export type PollStrings = typeof en;

export const pollStrings: Translations<PollStrings> = { en, nl };
