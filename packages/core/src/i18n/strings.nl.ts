import { LIMITS } from '../limits.js';
import { count } from './count.js';
import type { CoreStrings } from './strings.js';

/** Core strings in Dutch, loaded only where an element speaks Dutch. */
export const strings: CoreStrings = {
  retry: 'Opnieuw proberen',
  tryAgain: 'Probeer het opnieuw',
  loading: 'Laden…',
  close: 'Sluiten',
  cancel: 'Annuleren',
  save: 'Opslaan',
  somethingWentWrong: 'Er ging iets mis.',
  errors: {
    unauthenticated: 'Je bent niet meer ingelogd. Log opnieuw in.',
    forbidden: 'Je hebt geen toestemming om dit te doen.',
    'not-found': 'We kunnen dit niet vinden. Misschien is het verwijderd.',
    conflict: 'Er is intussen iets veranderd. Probeer het opnieuw.',
    invalid: 'Er is iets niet goed ingevuld. Kijk het na en probeer het opnieuw.',
    'too-large': 'Dit is te lang. Maak het wat korter.',
    'rate-limited': ({ retryAfter, format }) =>
      retryAfter === undefined
        ? 'Het is nu erg druk. Wacht even en probeer het dan opnieuw.'
        : `Het is nu erg druk. Probeer het ${format.relative(retryAfter * 1000, 0)} opnieuw.`,
    unavailable: 'We kunnen de dienst nu niet bereiken. Probeer het zo opnieuw.',
  },
  reasons: {
    'poll-closed': 'Deze peiling is gesloten.',
    'already-voted': 'Je hebt al gestemd in deze peiling.',
    'unknown-option': 'Dat antwoord is er niet meer. Laad de peiling opnieuw en kies nog een keer.',
    'too-many-choices': ({ limit, format }) =>
      limit === undefined
        ? 'Je hebt te veel antwoorden gekozen.'
        : `Je kunt maximaal ${count(format, limit, 'antwoord', 'antwoorden')} kiezen.`,
    'no-choice': 'Kies eerst een antwoord.',
    'has-votes': 'Je kunt deze peiling niet meer aanpassen, want er is al gestemd.',
    'closes-in-past': 'De sluitingstijd moet in de toekomst liggen.',
    'not-creator': 'Alleen wie deze peiling heeft gemaakt, kan dat doen.',
    'duplicate-option': 'Twee antwoorden zijn hetzelfde. Maak elk antwoord anders.',
    'too-few-options': ({ limit = LIMITS.pollOptionsMin, format }) =>
      `Geef minstens ${count(format, limit, 'antwoord', 'antwoorden')}.`,
    'too-many-options': ({ limit = LIMITS.pollOptionsMax, format }) =>
      `Een peiling kan maximaal ${count(format, limit, 'antwoord', 'antwoorden')} hebben.`,
    unexpected: 'Er ging iets mis. Probeer het opnieuw.',
  },
  fields: {
    invalid: {
      question: 'Typ een vraag.',
      options: ({ limit = LIMITS.pollOptionsMin, format }) =>
        `Geef minstens ${count(format, limit, 'antwoord', 'antwoorden')}.`,
      option: 'Vul elk antwoord in.',
      closesAt: 'Kies een geldige datum en tijd om te sluiten.',
      maxChoices: 'Mensen moeten minstens 1 antwoord kunnen kiezen, en niet meer dan er antwoorden zijn.',
      query: 'Typ iets om naar te zoeken.',
    },
    'too-large': {
      question: ({ limit, format }) =>
        limit === undefined
          ? 'De vraag is te lang.'
          : `De vraag mag maximaal ${count(format, limit, 'teken', 'tekens')} lang zijn.`,
      options: ({ limit = LIMITS.pollOptionsMax, format }) =>
        `Een peiling kan maximaal ${count(format, limit, 'antwoord', 'antwoorden')} hebben.`,
      option: ({ limit, format }) =>
        limit === undefined
          ? 'Een antwoord is te lang.'
          : `Elk antwoord mag maximaal ${count(format, limit, 'teken', 'tekens')} lang zijn.`,
      closesAt: 'De sluitingsdatum ligt te ver weg.',
      maxChoices: ({ limit, format }) =>
        limit === undefined
          ? 'Dat zijn te veel antwoorden om te kiezen.'
          : `Mensen kunnen maximaal ${count(format, limit, 'antwoord', 'antwoorden')} kiezen.`,
      query: ({ limit, format }) =>
        limit === undefined
          ? 'De zoektekst is te lang.'
          : `De zoektekst mag maximaal ${count(format, limit, 'teken', 'tekens')} lang zijn.`,
    },
  },
};
