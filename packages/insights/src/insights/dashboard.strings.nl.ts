import { coreStrings } from '@plein/core';
import type { DashboardStrings } from './dashboard.strings.js';

/** The dashboard in Dutch, loaded only where an element speaks Dutch. */
export const strings: DashboardStrings = {
  loading: 'Cijfers laden…',
  retry: coreStrings.nl.tryAgain,
  title: 'Inzichten',
  forbiddenHeading: 'Inzichten zijn voor het communicatieteam',
  forbiddenMessage:
    'Cijfers over het gebruik en de doelen beheert het communicatieteam, samen met de beheerders. Vraag het hun als je wilt zien hoe collega’s Plein gebruiken.',
  tooLargeForBrowser:
    'In deze periode is meer gebeurd dan de browser op deze SharePoint-site kan tellen. Kies een kortere periode, of vraag je beheerder naar de eigen server van Plein.',

  period: 'Periode',
  presets: {
    week: 'Deze week',
    month: 'Deze maand',
    quarter: 'Dit kwartaal',
    year: 'Dit jaar',
    'last-week': 'Vorige week',
    'last-month': 'Vorige maand',
    'last-quarter': 'Vorig kwartaal',
    'last-year': 'Vorig jaar',
    custom: 'Datums kiezen',
  },
  start: 'Eerste dag',
  end: 'Laatste dag',
  show: 'Tonen',
  rangeErrors: {
    'start-missing': 'Kies de eerste dag.',
    'end-missing': 'Kies de laatste dag.',
    'end-before-start': 'De laatste dag ligt vóór de eerste dag.',
    'too-long': (days, format) => `Kies hoogstens ${format.number(days)} dagen.`,
  },
  compared: (previous) => `vergeleken met ${previous}`,
  quietHeading: 'Er gebeurde niets in deze periode',
  quietMessage:
    'Nog geen berichten, reacties, stemmen of kudos. De cijfers vullen zich zodra collega’s Plein gebruiken.',

  tiles: 'Kerncijfers',
  up: (amount, previous) => `${amount} meer dan ${previous}`,
  down: (amount, previous) => `${amount} minder dan ${previous}`,
  same: (previous) => `Gelijk aan eerst (${previous})`,
  noComparison: 'Niets om mee te vergelijken',
  points: (amount) => `${amount} procentpunt`,
  per: { week: 'per week', month: 'per maand', quarter: 'per kwartaal', year: 'per jaar' },
  target: (value, per) => `Doel ${value} ${per}`,
  scaledTarget: (value, original, per) => `Doel ${value} (${original} ${per})`,
  progress: (percent) => `${percent} van het doel`,
  progressLabel: (name) => `${name}: voortgang naar het doel`,
  reached: 'Doel gehaald',
  setTarget: 'Doel instellen',
  editTarget: 'Doel wijzigen',
  removeTarget: 'Verwijderen',
  setTargetLabel: (name) => `Doel instellen voor ${name}`,
  editTargetLabel: (name) => `Doel wijzigen voor ${name}`,
  removeTargetLabel: (name) => `Doel voor ${name} verwijderen`,
  saved: (name, value, per) => `Doel voor ${name} opgeslagen: ${value} ${per}.`,
  removed: (name) => `Het doel voor ${name} is verwijderd.`,
  formLoading: 'Formulier laden…',
  formFailed: 'Het formulier voor het doel kon niet worden geladen.',
  updated: 'Cijfers bijgewerkt',

  charts: 'Grafieken',
  chartsLoading: 'Grafieken laden…',
  chartsFailed: 'De grafieken konden niet worden geladen.',

  exportCsv: 'CSV downloaden',
  exported: (file) => `${file} is gedownload.`,
};
