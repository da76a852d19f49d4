import type { Formatters } from '@plein/core';
import type { ChartsStrings } from './charts.strings.js';

const n = (format: Formatters, count: number, one: string, other: string): string =>
  `${format.number(count)} ${format.plural(count) === 'one' ? one : other}`;

const bucketName = { day: 'dag', week: 'week' } as const;

/** The charts in Dutch, loaded only where an element speaks Dutch. */
export const strings: ChartsStrings = {
  region: 'Grafieken',
  showTable: 'Als tabel tonen',

  trendHeading: (name) => `${name} in de tijd`,
  when: (bucket, date) => (bucket === 'day' ? `op ${date}` : `in de week van ${date}`),
  rose: (name, from, start, to, end) => `${name}: gestegen van ${from} ${start} naar ${to} ${end}.`,
  fell: (name, from, start, to, end) => `${name}: gedaald van ${from} ${start} naar ${to} ${end}.`,
  steady: (name, value, start, end) => `${name}: gelijk gebleven op ${value}, van ${start} tot ${end}.`,
  single: (name, value, when) => `${name}: ${value} ${when}.`,
  peak: (value, when) => `Hoogste: ${value} ${when}.`,
  gaps: (count, format) => `${n(format, count, 'punt heeft', 'punten hebben')} niets te meten.`,
  targetShare: (target, bucket) =>
    `Elk punt is één ${bucket === 'day' ? 'dag' : 'week'}; het doel van ${target} geldt voor de hele periode.`,
  targetCount: (target, pace, bucket) => `Doel: ${target} in deze periode, ongeveer ${pace} per ${bucketName[bucket]}.`,
  targetLine: (target) => `Doel ${target}`,
  paceLine: (pace, bucket) => `Doeltempo ${pace} per ${bucketName[bucket]}`,
  noActivity:
    'Er is in deze periode niets gebeurd. De lijn verschijnt zodra collega’s iets plaatsen, reageren, stemmen of kudos geven.',
  perBucket: (name, bucket) => `${name} per ${bucketName[bucket]}`,
  bucketHeader: (bucket) => (bucket === 'day' ? 'Dag' : 'Week'),

  departmentsHeading: (name) => `${name} per afdeling`,
  department: 'Afdeling',
  people: 'Mensen',
  peopleCount: (count, format) => n(format, count, 'persoon', 'mensen'),
  noDepartment: 'Geen afdeling',
  notPerDepartment: (name) => `“${name}” wordt niet per afdeling geteld.`,
  noDepartments: 'Geen afdelingen om te vergelijken: nog niemand in de adreslijst heeft er een.',

  channelsHeading: 'Kanalen',
  channelsCaption: 'Activiteit per kanaal, drukste eerst',
  channel: 'Kanaal',
  posts: 'Berichten',
  comments: 'Reacties',
  reactions: 'Emoji-reacties',
  activePeople: 'Actieve mensen',
  noChannels: 'Geen berichten, reacties of emoji-reacties in een kanaal in deze periode.',

  tagsHeading: 'Populaire onderwerpen',
  tagUses: (count, format) => n(format, count, 'keer', 'keer'),
  rising: 'Stijgend',
  falling: 'Dalend',
  same: 'Gelijk',
  isNew: 'Nieuw',
  before: (count, format) => `eerder ${format.number(count)}`,
  noTags:
    'In deze periode zijn geen hashtags gebruikt. Onderwerpen als #lancering in berichten en kudos verschijnen hier.',
  postsHeading: 'Meest besproken',
  noText: 'Een bericht zonder tekst',
  inChannel: (channel) => `in ${channel}`,
  commentCount: (count, format) => n(format, count, 'reactie', 'reacties'),
  reactionCount: (count, format) => n(format, count, 'emoji-reactie', 'emoji-reacties'),
  noPosts: 'Op geen enkel bericht is in deze periode gereageerd.',
};
