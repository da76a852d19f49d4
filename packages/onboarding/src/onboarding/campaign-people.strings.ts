import type { Enrolment, Formatters, Translations } from '@plein/core';

/** A campaign's people: who is enrolled, enrolling by hand, removing (loaded with its code, both languages). */
const en = {
  loading: 'Loading the people…',
  retry: 'Try again',
  enrolHeading: 'Enrol someone',
  enrolHint: 'People who match the campaign’s audience are enrolled automatically; enrol anyone else here.',
  person: 'Colleague',
  startDate: 'Start date',
  startDateHint: 'Filled in from their profile when it is known. Due dates count from this day.',
  manager: 'Manager (optional)',
  buddy: 'Buddy (optional)',
  enrol: 'Enrol',
  enrolling: 'Enrolling…',
  enrolled: (name: string) => `${name} is enrolled.`,
  importCsv: 'Import from a CSV file',
  importFailed: "The import couldn't be loaded. Check the connection and try again.",

  listHeading: 'Enrolled',
  count: (count: number, format: Formatters) => (count === 1 ? '1 person' : `${format.number(count)} people`),
  none: 'Nobody is enrolled yet. Enrol someone above or import a CSV file.',
  name: 'Name',
  starts: 'Start date',
  managerBuddy: 'Manager and buddy',
  source: 'How',
  sources: { audience: 'By the audience rule', hand: 'By hand', import: 'Imported' } satisfies Record<
    Enrolment['source'],
    string
  >,
  managerIs: (name: string) => `Manager: ${name}`,
  buddyIs: (name: string) => `Buddy: ${name}`,
  nobody: '–',
  more: 'Show more',
  loadingMore: 'Loading…',

  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name} from this campaign`,
  confirmRemove: (name: string) =>
    `Remove ${name} from this campaign? Their ticked tasks are kept, should they be enrolled again.`,
  confirm: 'Remove',
  cancel: 'Cancel',
  removed: (name: string) => `${name} is no longer in this campaign.`,

  personRequired: 'Choose the colleague to enrol.',
  startDateRequired: 'This colleague has no start date yet: fill one in.',
  badDate: 'Enter a valid date.',
  unknownPerson: 'This colleague is not in the directory (any more). Choose someone else.',
  badManager: 'Choose someone else as manager: not the new colleague themselves.',
  badBuddy: 'Choose someone else as buddy: not the new colleague themselves.',
  archived: 'This campaign is archived. Restore it before enrolling people.',
  forbidden: 'Only the communication team can enrol people.',
  someone: 'this colleague',
};

const nl: typeof en = {
  loading: 'Mensen laden…',
  retry: 'Opnieuw proberen',
  enrolHeading: 'Iemand inschrijven',
  enrolHint:
    'Wie bij de doelgroep van de campagne hoort, wordt automatisch ingeschreven; schrijf hier iedereen anders in.',
  person: 'Collega',
  startDate: 'Startdatum',
  startDateHint: 'Wordt uit het profiel ingevuld als die bekend is. De deadlines tellen vanaf deze dag.',
  manager: 'Leidinggevende (optioneel)',
  buddy: 'Buddy (optioneel)',
  enrol: 'Inschrijven',
  enrolling: 'Inschrijven…',
  enrolled: (name) => `${name} is ingeschreven.`,
  importCsv: 'Importeren uit een CSV-bestand',
  importFailed: 'Het importeren kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',

  listHeading: 'Ingeschreven',
  count: (count, format) => (count === 1 ? '1 persoon' : `${format.number(count)} mensen`),
  none: 'Er is nog niemand ingeschreven. Schrijf hierboven iemand in of importeer een CSV-bestand.',
  name: 'Naam',
  starts: 'Startdatum',
  managerBuddy: 'Leidinggevende en buddy',
  source: 'Hoe',
  sources: { audience: 'Via de doelgroep', hand: 'Met de hand', import: 'Geïmporteerd' },
  managerIs: (name) => `Leidinggevende: ${name}`,
  buddyIs: (name) => `Buddy: ${name}`,
  nobody: '–',
  more: 'Meer tonen',
  loadingMore: 'Laden…',

  remove: 'Uitschrijven',
  removeLabel: (name) => `${name} uitschrijven uit deze campagne`,
  confirmRemove: (name) =>
    `${name} uitschrijven uit deze campagne? Afgevinkte taken blijven bewaard, voor als ${name} opnieuw wordt ingeschreven.`,
  confirm: 'Uitschrijven',
  cancel: 'Annuleren',
  removed: (name) => `${name} staat niet meer in deze campagne.`,

  personRequired: 'Kies de collega die je wilt inschrijven.',
  startDateRequired: 'Deze collega heeft nog geen startdatum: vul er een in.',
  badDate: 'Vul een geldige datum in.',
  unknownPerson: 'Deze collega staat niet (meer) in het adresboek. Kies iemand anders.',
  badManager: 'Kies iemand anders als leidinggevende: niet de nieuwe collega zelf.',
  badBuddy: 'Kies iemand anders als buddy: niet de nieuwe collega zelf.',
  archived: 'Deze campagne is gearchiveerd. Zet haar eerst terug voordat je mensen inschrijft.',
  forbidden: 'Alleen het communicatieteam kan mensen inschrijven.',
  someone: 'deze collega',
};

export type CampaignPeopleStrings = typeof en;
export const campaignPeopleStrings: Translations<CampaignPeopleStrings> = { en, nl };
