import type { Formatters, Translations } from '@plein/core';
import { count, type PollStrings } from './poll.strings.js';

/** The create and edit form, and what follows a new poll (loaded with the form). */
const en = {
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
  unsealedNote:
    "Colleagues with access to this site's data can read the votes before the poll closes: only this page waits.",
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
};

const nl: typeof en = {
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
  unsealedNote:
    'Collega’s met toegang tot de gegevens van deze site kunnen de stemmen al lezen voordat de peiling sluit: alleen deze pagina wacht.',
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
};

/** The form's own strings; the element adds them to its own (`FormStrings`). */
export type FormText = typeof en;
export const formStrings: Translations<FormText> = { en, nl };
export type FormStrings = PollStrings & FormText;
