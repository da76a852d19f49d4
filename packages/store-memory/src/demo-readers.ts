import type { SeedPerson } from '@plein/core/testing';
import { hash, mailbox } from './demo-util.js';

/** Common Dutch first and last names, paired by position (31 and 19 share no factor, so no pair repeats): made up. */
const FIRST = (
  'Anouk Bas Marieke Jeroen Fleur Wouter Inge Sander Naomi Koen Esther Youssef Marloes Gijs Linda Stefan ' +
  'Nadia Pieter Ilse Rik Kim Mehmet Saskia Hugo Lieke Martijn Roos Jasper Samira Vincent Petra'
).split(' ');
const LAST = (
  'Brouwer,van Dijk,Koster,Prins,Kuipers,Huisman,Dijkstra,Maas,Hoogland,Vink,Veenstra,Timmermans,Scholten,' +
  'Groen,Öztürk,Jonker,Molenaar,Bouzid,Boersma'
).split(',');
const OFFICES = ['Utrecht', 'Amsterdam', 'Rotterdam', 'Remote'];

/** Per department: how many read along, the jobs they do, and their manager where the department has one. */
const TEAMS: [department: string, count: number, titles: string[], managerId?: string][] = [
  ['Operations', 12, ['Logistiek medewerker', 'Magazijnmedewerker', 'Chauffeur', 'Planner'], 'p-daan'],
  ['Sales', 6, ['Accountmanager', 'Binnendienstmedewerker'], 'p-bram'],
  ['Finance', 5, ['Financieel administrateur', 'Business controller'], 'p-mark'],
  ['IT', 4, ['Servicedeskmedewerker', 'Systeembeheerder', 'Software engineer'], 'p-ruben'],
  ['HR', 4, ['HR-adviseur', 'Salarisadministrateur'], 'p-fatima'],
  ['Communicatie', 2, ['Webredacteur', 'Grafisch ontwerper']],
  ['Marketing', 1, ['Marketingspecialist']],
  ['Legal', 1, ['Juridisch medewerker']],
  ['Directie', 1, ['Managementassistent']],
];

/**
 * Colleagues who only read: on a real intranet many never post, react, vote or give kudos, so
 * about half of the demo's people are active in a month and departments differ. demoSeed adds them
 * after the feed, kudos, polls and insights chose their actors, so they stay quiet. Marketing,
 * Legal and the Directie stay below five people, so the insights withhold them.
 */
export function demoReaders(): SeedPerson[] {
  let n = 0;
  return TEAMS.flatMap(([department, count, titles, managerId]) =>
    Array.from({ length: count }, (_, i): SeedPerson => {
      const displayName = `${FIRST[n % FIRST.length]} ${LAST[n++ % LAST.length]}`;
      const id = `p-${mailbox(displayName).replace(/\./g, '-')}`;
      return {
        id,
        displayName,
        email: `${mailbox(displayName)}@noordlicht.example`,
        jobTitle: titles[i % titles.length]!,
        department,
        location: department === 'Operations' ? 'Rotterdam' : OFFICES[hash(id) % OFFICES.length]!,
        locale: 'nl-NL',
        roles: ['member'],
        ...(managerId ? { managerId } : {}),
      };
    }),
  );
}
