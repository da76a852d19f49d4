import type { Formatters, Translations } from '@plein/core';

/** The team's view: the campaign list, copy and archive, and the campaign page around its parts. */
const en = {
  title: 'Onboarding campaigns',
  loading: 'Loading the campaigns…',
  retry: 'Try again',
  partFailed: "This part couldn't be loaded. Check the connection and try again.",

  forbiddenHeading: 'For the communication team',
  forbiddenMessage:
    'Onboarding campaigns, enrolments and cohort figures are run by the communication team. Your own checklist is on the onboarding page.',

  newFromTemplate: 'New campaign from the template',
  newEmpty: 'New empty campaign',
  active: 'Active campaigns',
  archived: 'Archived campaigns',
  emptyHeading: 'No campaigns yet',
  emptyMessage:
    'Start from the ready-made template: three phases with tasks for the new colleague, their manager and their buddy.',
  noActive: 'No active campaigns. Start a new one, or restore an archived one.',
  enrolled: (count: number, format: Formatters) =>
    count === 1 ? '1 person enrolled' : `${format.number(count)} people enrolled`,
  onTrack: 'On track',
  behind: 'Behind target',
  notMeasured: 'Not measured yet',

  copy: 'Copy',
  copyLabel: (title: string) => `Copy “${title}”`,
  copyHeading: (title: string) => `Copy “${title}”`,
  copyTitle: 'Title of the copy',
  copyHint:
    'The copy has the same phases, tasks and target. Nobody is enrolled in it, and it enrols nobody automatically until you say who it is for.',
  copyDefault: (title: string) => `Copy of ${title}`,
  makeCopy: 'Make the copy',
  copying: 'Copying…',
  copiedDone: (title: string) => `“${title}” is ready. Nobody is enrolled in it yet.`,
  archive: 'Archive',
  archiveLabel: (title: string) => `Archive “${title}”`,
  restore: 'Restore',
  restoreLabel: (title: string) => `Restore “${title}”`,
  archivedDone: (title: string) => `“${title}” is archived. It no longer shows in checklists; its data is kept.`,
  restoredDone: (title: string) => `“${title}” is active again.`,
  cancel: 'Cancel',

  back: 'All campaigns',
  campaignNav: 'Campaign',
  tabs: { progress: 'Progress', people: 'People', edit: 'Edit' },
  newTitle: 'New campaign',
  statusArchived: 'Archived',

  titleRequired: 'Give the copy a title.',
  titleTooLong: (limit: number, format: Formatters) => `A title can be at most ${format.number(limit)} characters.`,
  forbidden: 'Only the communication team can change onboarding campaigns.',
  notFound: 'This campaign no longer exists. It may have been removed.',
};

const nl: typeof en = {
  title: 'Onboardingcampagnes',
  loading: 'Campagnes laden…',
  retry: 'Opnieuw proberen',
  partFailed: 'Dit onderdeel kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',

  forbiddenHeading: 'Voor het communicatieteam',
  forbiddenMessage:
    'Onboardingcampagnes, inschrijvingen en de cijfers per groep worden beheerd door het communicatieteam. Je eigen checklist staat op de onboardingpagina.',

  newFromTemplate: 'Nieuwe campagne vanuit het sjabloon',
  newEmpty: 'Nieuwe lege campagne',
  active: 'Actieve campagnes',
  archived: 'Gearchiveerde campagnes',
  emptyHeading: 'Nog geen campagnes',
  emptyMessage:
    'Begin met het kant-en-klare sjabloon: drie fases met taken voor de nieuwe collega, hun leidinggevende en hun buddy.',
  noActive: 'Geen actieve campagnes. Begin een nieuwe, of zet een gearchiveerde terug.',
  enrolled: (count, format) => (count === 1 ? '1 persoon ingeschreven' : `${format.number(count)} mensen ingeschreven`),
  onTrack: 'Op koers',
  behind: 'Achter op het doel',
  notMeasured: 'Nog niet te meten',

  copy: 'Kopiëren',
  copyLabel: (title) => `“${title}” kopiëren`,
  copyHeading: (title) => `“${title}” kopiëren`,
  copyTitle: 'Titel van de kopie',
  copyHint:
    'De kopie heeft dezelfde fases, taken en doelstelling. Er is niemand in ingeschreven, en ze schrijft niemand automatisch in totdat je zegt voor wie ze is.',
  copyDefault: (title) => `Kopie van ${title}`,
  makeCopy: 'Kopie maken',
  copying: 'Kopiëren…',
  copiedDone: (title) => `“${title}” staat klaar. Er is nog niemand in ingeschreven.`,
  archive: 'Archiveren',
  archiveLabel: (title) => `“${title}” archiveren`,
  restore: 'Terugzetten',
  restoreLabel: (title) => `“${title}” terugzetten`,
  archivedDone: (title) =>
    `“${title}” is gearchiveerd. De campagne staat niet meer in checklists; de gegevens blijven bewaard.`,
  restoredDone: (title) => `“${title}” is weer actief.`,
  cancel: 'Annuleren',

  back: 'Alle campagnes',
  campaignNav: 'Campagne',
  tabs: { progress: 'Voortgang', people: 'Mensen', edit: 'Bewerken' },
  newTitle: 'Nieuwe campagne',
  statusArchived: 'Gearchiveerd',

  titleRequired: 'Geef de kopie een titel.',
  titleTooLong: (limit, format) => `Een titel mag hoogstens ${format.number(limit)} tekens lang zijn.`,
  forbidden: 'Alleen het communicatieteam kan onboardingcampagnes wijzigen.',
  notFound: 'Deze campagne bestaat niet meer. Misschien is ze verwijderd.',
};

export type ManageStrings = typeof en;
export const manageStrings: Translations<ManageStrings> = { en, nl };
