import type { OnboardingPhase, TaskOwner } from '@plein/core';
import type { SeedData, SeedEnrolment, SeedPerson, SeedTick } from '@plein/core/testing';
import type { DemoCast } from './demo-feed.js';
import { DAY, HOUR, iso } from './demo-util.js';

/** The demo's onboarding campaign. */
export const DEMO_CAMPAIGN = 'campaign-welkom';

type Task = [id: string, owner: TaskOwner, dueDay: number, title: string, text?: string, link?: string];

const KOMPAS = 'https://kompas.noordlicht.example';

/** Noordlicht's onboarding, as a communications team writes it: before day one, the first week, the first month. */
const PHASES: [id: string, title: string, tasks: Task[]][] = [
  [
    'phase-before',
    'Voor je eerste dag',
    [
      [
        'task-contract',
        'new-hire',
        -7,
        'Onderteken je arbeidsovereenkomst',
        'Je ontvangt hem digitaal van HR. Vragen? Mail hr@noordlicht.example.',
        `${KOMPAS}/hr/contract`,
      ],
      [
        'task-laptop',
        'manager',
        -5,
        'Bestel laptop, telefoon en toegangspas',
        'Via de IT-portal; reken op drie werkdagen.',
      ],
      ['task-buddy', 'manager', -3, 'Kies een buddy en stel hem of haar voor'],
      [
        'task-hello',
        'buddy',
        -1,
        'Stuur een welkomstbericht',
        'Kort en persoonlijk: waar en hoe laat jullie elkaar op de eerste dag zien.',
      ],
    ],
  ],
  [
    'phase-week',
    'Eerste week',
    [
      ['task-profile', 'new-hire', 0, 'Log in op Kompas en vul je profiel aan', undefined, `${KOMPAS}/profiel`],
      ['task-talk', 'manager', 1, 'Welkomstgesprek: verwachtingen en eerste doelen'],
      ['task-tour', 'buddy', 1, 'Rondleiding op kantoor en koffie met het team'],
      [
        'task-security',
        'new-hire',
        4,
        'Volg de e-learning informatiebeveiliging',
        'Duurt ongeveer 45 minuten.',
        `${KOMPAS}/leren/informatiebeveiliging`,
      ],
    ],
  ],
  [
    'phase-month',
    'Eerste maand',
    [
      ['task-colleagues', 'new-hire', 14, "Maak kennis met drie collega's buiten je eigen team"],
      ['task-lunch', 'buddy', 14, 'Lunch samen en bespreek hoe het gaat'],
      [
        'task-strategy',
        'new-hire',
        21,
        'Lees het strategieplan 2026',
        'Stel je vragen gerust tijdens de townhall.',
        `${KOMPAS}/strategie-2026`,
      ],
      ['task-review', 'manager', 30, 'Evaluatiegesprek na de eerste maand'],
    ],
  ],
];

const phases: OnboardingPhase[] = PHASES.map(([id, title, tasks]) => ({
  id,
  title,
  tasks: tasks.map(([taskId, owner, dueDay, taskTitle, text, link]) => ({
    id: taskId,
    title: taskTitle,
    ...(text ? { text } : {}),
    ...(link ? { link } : {}),
    owner,
    dueDay,
  })),
}));

/** Someone new: when they start (days from now), their manager and buddy, and how many of their tasks are done, in order. */
interface Hire {
  id: string;
  start: number;
  managerId: string;
  buddyId?: string;
  /** Tasks ticked, by id; the rest is open. */
  done: string[];
}

/** People who join after the rest of the demo was written: they have no posts, kudos or votes yet. */
const ARRIVALS: SeedPerson[] = [
  {
    id: 'p-noah',
    displayName: 'Noah de Graaf',
    jobTitle: 'Logistiek medewerker',
    department: 'Operations',
    location: 'Rotterdam',
  },
  {
    id: 'p-sara',
    displayName: 'Sara Lambrechts',
    jobTitle: 'Financieel analist',
    department: 'Finance',
    location: 'Utrecht',
  },
].map((person) => ({
  ...person,
  email: `${person.displayName.toLowerCase().replace(/ /g, '.')}@noordlicht.example`,
  locale: 'nl-NL',
  roles: ['member'],
}));

const ALL = phases.flatMap((phase) => phase.tasks.map((task) => task.id));
const BEFORE = ALL.slice(0, 4);
const WEEK = ALL.slice(4, 8);

/**
 * The demo's onboarding: the campaign "Welkom bij Noordlicht" (target: 90% within 30 days) and its
 * cohort. The new hire started four days ago (manager Ruben, buddy Priya, as the feed says):
 * his tasks so far are done, today's e-learning is due. Mila finished her first month; Chloe is
 * behind; Finn is on track with the member persona as his buddy; Noah starts next week with the
 * moderator persona as his manager; Sara, starting in two weeks, is enrolled by the campaign's
 * audience rule when the demo is seeded. Dated relative to `now`.
 */
export function demoOnboarding(
  now: number,
  people: readonly SeedPerson[],
  cast: DemoCast,
): Pick<SeedData, 'people' | 'campaigns' | 'enrolments' | 'ticks'> {
  const day = (days: number) => iso(now + days * DAY).slice(0, 10);
  const hires: Hire[] = [
    { id: cast.newHire, start: -4, managerId: 'p-ruben', buddyId: 'p-priya', done: [...BEFORE, ...WEEK.slice(0, 3)] },
    { id: 'p-mila', start: -38, managerId: 'p-fatima', buddyId: 'p-lisa', done: ALL },
    { id: 'p-chloe', start: -16, managerId: 'p-ruben', buddyId: 'p-anna', done: [...BEFORE, ...WEEK.slice(0, 3)] },
    { id: 'p-finn', start: -9, managerId: 'p-bram', buddyId: cast.member, done: [...BEFORE, ...WEEK] },
    { id: 'p-noah', start: 6, managerId: cast.moderator, buddyId: 'p-kevin', done: ['task-contract'] },
  ];
  const byId = new Map(hires.map((hire) => [hire.id, hire]));
  const dueDay = new Map(phases.flatMap((phase) => phase.tasks.map((task) => [task.id, task.dueDay])));

  const enrolments: SeedEnrolment[] = hires.map(({ id, start, managerId, buddyId }) => ({
    campaignId: DEMO_CAMPAIGN,
    personId: id,
    startDate: day(start),
    managerId,
    ...(buddyId ? { buddyId } : {}),
    // HR enrols people three weeks before they start.
    enrolledAt: iso(Date.parse(day(start - 21)) + 10 * HOUR),
  }));
  // Each task ticked the day before it was due, in the afternoon (and never in the future).
  const ticks: SeedTick[] = hires.flatMap(({ id, start, done }) =>
    done.map((taskId) => ({
      campaignId: DEMO_CAMPAIGN,
      personId: id,
      taskId,
      at: iso(Math.min(Date.parse(day(start + dueDay.get(taskId)! - 1)) + 15 * HOUR, now - HOUR)),
    })),
  );

  return {
    people: [...people, ...ARRIVALS].map((person) => {
      const hire = byId.get(person.id);
      if (hire) return { ...person, startDate: day(hire.start), managerId: hire.managerId };
      return person.id === 'p-sara' ? { ...person, startDate: day(14), managerId: 'p-mark' } : person;
    }),
    campaigns: [
      {
        id: DEMO_CAMPAIGN,
        title: 'Welkom bij Noordlicht',
        description:
          'Alles voor je eerste maand bij Noordlicht: wat je vóór je eerste dag regelt, je eerste week en ' +
          'je eerste maand. Je manager en je buddy helpen je op weg.',
        phases,
        // Everyone who starts from two months ago on is enrolled, also people added later.
        audience: { startFrom: day(-60) },
        target: { percent: 90, days: 30 },
        createdBy: cast.communications,
        createdAt: iso(now - 60 * DAY),
      },
    ],
    enrolments,
    ticks,
  };
}
