import type { Formatters, TaskOwner, Translations } from '@plein/core';

/** The campaign editor (loaded with its code, both languages). */
const en = {
  title: 'Title',
  description: 'Description (optional)',
  descriptionHint: 'What the new colleague reads at the top of their checklist.',
  enrolledNote: (count: number, format: Formatters) =>
    `${count === 1 ? '1 person is' : `${format.number(count)} people are`} enrolled. Their progress is kept per task: tasks you keep stay ticked, new tasks appear on their checklists, and a task you remove takes its progress out of sight (it is not deleted).`,

  phases: 'Phases and tasks',
  phasesHint: 'Due days count from each person’s start date: 0 days after is their first working day.',
  phase: (n: number) => `Phase ${n}`,
  phaseTitle: 'Name of the phase',
  unnamedPhase: 'Unnamed phase',
  addPhase: 'Add a phase',
  removePhase: (name: string) => `Remove the phase “${name}” and its tasks`,
  phaseUp: (name: string) => `Move the phase “${name}” up`,
  phaseDown: (name: string) => `Move the phase “${name}” down`,
  noTasks: 'No tasks in this phase yet.',
  addTask: 'Add a task',
  addTaskLabel: (phase: string) => `Add a task to “${phase}”`,

  task: (n: number) => `Task ${n}`,
  unnamedTask: 'New task',
  taskTitle: 'What to do',
  taskText: 'Explanation (optional)',
  taskLink: 'Link (optional)',
  taskLinkHint: 'A web address, for example https://intranet.example.org/handbook.',
  owner: 'Who does it',
  owners: {
    'new-hire': 'The new colleague',
    manager: 'Their manager',
    buddy: 'Their buddy',
  } satisfies Record<TaskOwner, string>,
  due: 'Due',
  dueDays: 'Number of days',
  dueWhen: 'Before or after the start date',
  after: 'days after the start date',
  before: 'days before the start date',
  dueSummary: (days: number, format: Formatters) =>
    days === 0
      ? 'on the first day'
      : days > 0
        ? `${format.number(days)} ${days === 1 ? 'day' : 'days'} after the start`
        : `${format.number(-days)} ${days === -1 ? 'day' : 'days'} before the start`,
  showTask: (name: string) => `Show the details of “${name}”`,
  taskUp: (name: string) => `Move “${name}” up`,
  taskDown: (name: string) => `Move “${name}” down`,
  removeTask: (name: string) => `Remove “${name}”`,
  moved: (name: string, position: number, phase: string) => `“${name}” is now number ${position} in “${phase}”.`,
  phaseMoved: (name: string, position: number) => `The phase “${name}” is now phase ${position}.`,
  removed: (name: string) => `“${name}” is removed. It is gone once you save.`,

  audience: 'Who it is for',
  audienceHint:
    'People who match everything you fill in here are enrolled automatically, now and when they arrive. Leave it all empty to enrol people by hand or from a CSV file only.',
  departments: 'Departments',
  departmentsLoading: 'Loading the departments…',
  noDepartments: 'No departments are known yet.',
  locations: 'Locations',
  locationsHint: 'Separate locations with commas, for example Utrecht, Amsterdam.',
  startRange: 'Start date between',
  startFrom: 'From',
  startTo: 'Until',

  target: 'Target',
  targetHint: 'A cohort is on track when this share of its tasks is done in time.',
  percent: 'Tasks done (%)',
  days: 'Within days of the start date',

  save: 'Save',
  create: 'Create the campaign',
  saving: 'Saving…',
  cancel: 'Cancel',
  savedDone: (title: string) => `“${title}” is saved.`,
  createdDone: (title: string) => `“${title}” is created. Now enrol people by hand or from a CSV file.`,

  titleRequired: 'Give the campaign a title.',
  tooLong: (limit: number, format: Formatters) => `This can be at most ${format.number(limit)} characters.`,
  phaseTitleRequired: 'Give the phase a name.',
  noPhases: 'Add at least one phase.',
  tooManyPhases: (limit: number, format: Formatters) => `A campaign can have at most ${format.number(limit)} phases.`,
  noTasksAtAll: 'Add at least one task: a campaign without tasks gives new colleagues nothing to do.',
  tooManyTasks: (limit: number, format: Formatters) => `A campaign can have at most ${format.number(limit)} tasks.`,
  taskTitleRequired: 'Say what to do.',
  badLink: 'Use a web address that starts with https:// or http://.',
  badOwner: 'Choose who does the task.',
  badDueDay: (min: number, max: number, format: Formatters) =>
    `Choose a due day from ${format.number(-min)} days before to ${format.number(max)} days after the start date.`,
  badPercent: 'The target is a percentage from 1 to 100.',
  badDays: (max: number, format: Formatters) => `Choose a number of days from 1 to ${format.number(max)}.`,
  badDate: 'Enter a date, or leave it empty.',
  badRange: 'The end of the range cannot be before its start.',
  badAudience: 'Check who the campaign is for.',
  forbidden: 'Only the communication team can change onboarding campaigns.',
  notFound: 'This campaign no longer exists. Copy what you need before leaving this page.',
  conflict: 'Someone else changed this campaign meanwhile. Your changes are still here: save again to keep them.',
};

const nl: typeof en = {
  title: 'Titel',
  description: 'Omschrijving (optioneel)',
  descriptionHint: 'Wat de nieuwe collega bovenaan de checklist leest.',
  enrolledNote: (count, format) =>
    `${count === 1 ? 'Er is 1 persoon' : `Er zijn ${format.number(count)} mensen`} ingeschreven. Hun voortgang blijft per taak bewaard: taken die je houdt blijven afgevinkt, nieuwe taken komen op hun checklists, en van een taak die je weghaalt wordt de voortgang verborgen (niet gewist).`,

  phases: 'Fases en taken',
  phasesHint: 'De dagen tellen vanaf ieders startdatum: 0 dagen na de start is de eerste werkdag.',
  phase: (n) => `Fase ${n}`,
  phaseTitle: 'Naam van de fase',
  unnamedPhase: 'Naamloze fase',
  addPhase: 'Fase toevoegen',
  removePhase: (name) => `Fase “${name}” en de taken ervan verwijderen`,
  phaseUp: (name) => `Fase “${name}” omhoog`,
  phaseDown: (name) => `Fase “${name}” omlaag`,
  noTasks: 'Nog geen taken in deze fase.',
  addTask: 'Taak toevoegen',
  addTaskLabel: (phase) => `Taak toevoegen aan “${phase}”`,

  task: (n) => `Taak ${n}`,
  unnamedTask: 'Nieuwe taak',
  taskTitle: 'Wat te doen',
  taskText: 'Uitleg (optioneel)',
  taskLink: 'Link (optioneel)',
  taskLinkHint: 'Een webadres, bijvoorbeeld https://intranet.example.org/handboek.',
  owner: 'Wie doet het',
  owners: {
    'new-hire': 'De nieuwe collega',
    manager: 'De leidinggevende',
    buddy: 'De buddy',
  },
  due: 'Deadline',
  dueDays: 'Aantal dagen',
  dueWhen: 'Voor of na de startdatum',
  after: 'dagen na de startdatum',
  before: 'dagen voor de startdatum',
  dueSummary: (days, format) =>
    days === 0
      ? 'op de eerste dag'
      : days > 0
        ? `${format.number(days)} ${days === 1 ? 'dag' : 'dagen'} na de start`
        : `${format.number(-days)} ${days === -1 ? 'dag' : 'dagen'} voor de start`,
  showTask: (name) => `Details van “${name}” tonen`,
  taskUp: (name) => `“${name}” omhoog`,
  taskDown: (name) => `“${name}” omlaag`,
  removeTask: (name) => `“${name}” verwijderen`,
  moved: (name, position, phase) => `“${name}” staat nu op plek ${position} in “${phase}”.`,
  phaseMoved: (name, position) => `Fase “${name}” is nu fase ${position}.`,
  removed: (name) => `“${name}” is verwijderd. Na opslaan is de taak weg.`,

  audience: 'Voor wie',
  audienceHint:
    'Wie aan alles voldoet wat je hier invult, wordt automatisch ingeschreven, nu en bij binnenkomst. Laat alles leeg om mensen alleen met de hand of uit een CSV-bestand in te schrijven.',
  departments: 'Afdelingen',
  departmentsLoading: 'Afdelingen laden…',
  noDepartments: 'Er zijn nog geen afdelingen bekend.',
  locations: 'Locaties',
  locationsHint: 'Scheid locaties met komma’s, bijvoorbeeld Utrecht, Amsterdam.',
  startRange: 'Startdatum tussen',
  startFrom: 'Van',
  startTo: 'Tot en met',

  target: 'Doel',
  targetHint: 'Een groep is op koers als dit deel van de taken op tijd klaar is.',
  percent: 'Taken klaar (%)',
  days: 'Binnen dagen na de startdatum',

  save: 'Opslaan',
  create: 'Campagne aanmaken',
  saving: 'Opslaan…',
  cancel: 'Annuleren',
  savedDone: (title) => `“${title}” is opgeslagen.`,
  createdDone: (title) => `“${title}” is aangemaakt. Schrijf nu mensen in, met de hand of uit een CSV-bestand.`,

  titleRequired: 'Geef de campagne een titel.',
  tooLong: (limit, format) => `Dit mag hoogstens ${format.number(limit)} tekens lang zijn.`,
  phaseTitleRequired: 'Geef de fase een naam.',
  noPhases: 'Voeg ten minste één fase toe.',
  tooManyPhases: (limit, format) => `Een campagne kan hoogstens ${format.number(limit)} fases hebben.`,
  noTasksAtAll: 'Voeg ten minste één taak toe: zonder taken heeft een nieuwe collega niets te doen.',
  tooManyTasks: (limit, format) => `Een campagne kan hoogstens ${format.number(limit)} taken hebben.`,
  taskTitleRequired: 'Zeg wat er moet gebeuren.',
  badLink: 'Gebruik een webadres dat begint met https:// of http://.',
  badOwner: 'Kies wie de taak doet.',
  badDueDay: (min, max, format) =>
    `Kies een dag van ${format.number(-min)} dagen voor tot ${format.number(max)} dagen na de startdatum.`,
  badPercent: 'Het doel is een percentage van 1 tot en met 100.',
  badDays: (max, format) => `Kies een aantal dagen van 1 tot en met ${format.number(max)}.`,
  badDate: 'Vul een datum in, of laat het veld leeg.',
  badRange: 'Het einde van de periode kan niet voor het begin liggen.',
  badAudience: 'Controleer voor wie de campagne is.',
  forbidden: 'Alleen het communicatieteam kan onboardingcampagnes wijzigen.',
  notFound: 'Deze campagne bestaat niet meer. Kopieer wat je nodig hebt voordat je deze pagina verlaat.',
  conflict:
    'Iemand anders heeft deze campagne intussen gewijzigd. Je wijzigingen staan er nog: sla opnieuw op om ze te bewaren.',
};

export type CampaignEditorStrings = typeof en;
export const campaignEditorStrings: Translations<CampaignEditorStrings> = { en, nl };
