import type { Role } from '@plein/core';
import type { SeedData, SeedPerson, SeedPoll } from '@plein/core/testing';
import { demoFeed } from './demo-feed.js';
import { demoInsights } from './demo-insights.js';
import { demoKudos } from './demo-kudos.js';
import { demoOnboarding } from './demo-onboarding.js';
import { demoReaders } from './demo-readers.js';
import { DAY, HOUR, hash, iso, mailbox, pick } from './demo-util.js';

/**
 * The demo data only, with no store code, so a page loads it as a chunk of its own, and only
 * when it asks for the demo (seed.ts has the db that holds it).
 *
 * A demo organisation, "Noordlicht" (intranet "Kompas"): people across departments and offices
 * (and about as many who only read, demo-readers.ts), a few polls with votes, a lively feed
 * (demo-feed.ts), a kudos wall (demo-kudos.ts), an onboarding campaign with its new hires
 * (demo-onboarding.ts), and three months of activity in team channels with the communications
 * team's targets (demo-insights.ts), all dated relative to the clock's now. No avatar URLs:
 * elements use initials.
 */

/** The people the demo's "acting as" switcher offers. */
export const DEMO_PERSONAS = {
  member: 'p-sanne',
  moderator: 'p-daan',
  communications: 'p-emma',
  newHire: 'p-lucas',
} as const;

type Row = [
  id: string,
  name: string,
  jobTitle: string,
  department: string,
  location: string,
  roles?: Role[],
  locale?: string,
];

const M: Role[] = ['member'];
const MOD: Role[] = ['member', 'moderator'];
const COMMS: Role[] = ['member', 'communications'];

const ROWS: Row[] = [
  ['p-sanne', 'Sanne de Vries', 'Accountmanager', 'Sales', 'Utrecht', M, 'nl-NL'],
  ['p-daan', 'Daan Bakker', 'Teamleider Operations', 'Operations', 'Rotterdam', MOD, 'nl-NL'],
  ['p-emma', 'Emma Visser', 'Adviseur interne communicatie', 'Communicatie', 'Utrecht', COMMS, 'nl-NL'],
  ['p-lucas', 'Lucas Jansen', 'Junior developer', 'IT', 'Amsterdam', M, 'nl-NL'],
  ['p-fatima', 'Fatima El Amrani', 'HR business partner', 'HR', 'Utrecht', MOD, 'nl-NL'],
  ['p-mark', 'Mark Thompson', 'Head of Finance', 'Finance', 'Amsterdam', MOD, 'en-GB'],
  ['p-ruben', 'Ruben Smit', 'IT-manager', 'IT', 'Utrecht', ['member', 'admin'], 'nl-NL'],
  ['p-noor', 'Noor Hendriks', 'Contentmarketeer', 'Communicatie', 'Amsterdam', COMMS, 'nl-NL'],
  ['p-james', "James O'Brien", 'Sales director', 'Sales', 'Amsterdam', M, 'en-GB'],
  ['p-sophie', 'Sophie Mulder', 'Controller', 'Finance', 'Utrecht'],
  ['p-thijs', 'Thijs van den Berg', 'Servicedeskmedewerker', 'IT', 'Rotterdam'],
  ['p-lisa', 'Lisa de Jong', 'Recruiter', 'HR', 'Amsterdam'],
  ['p-kevin', 'Kevin Meijer', 'Logistiek planner', 'Operations', 'Rotterdam'],
  ['p-anna', 'Anna Kowalski', 'Data analyst', 'IT', 'Remote', M, 'en-GB'],
  ['p-bram', 'Bram de Groot', 'Salesmanager', 'Sales', 'Rotterdam'],
  ['p-eva', 'Eva Dekker', 'Officemanager', 'Operations', 'Utrecht'],
  ['p-oliver', 'Oliver Brown', 'Product marketing manager', 'Marketing', 'Amsterdam', M, 'en-GB'],
  ['p-yara', 'Yara Bos', 'Marketingspecialist', 'Marketing', 'Utrecht'],
  ['p-milan', 'Milan Vos', 'Cloud engineer', 'IT', 'Remote'],
  ['p-julia', 'Julia Peters', 'Bedrijfsjurist', 'Legal', 'Amsterdam'],
  ['p-sem', 'Sem Willems', 'Financieel administrateur', 'Finance', 'Rotterdam'],
  ['p-isa', 'Isa van Leeuwen', 'HR-adviseur', 'HR', 'Rotterdam'],
  ['p-tom', 'Tom Hoekstra', 'Accountmanager', 'Sales', 'Remote'],
  ['p-priya', 'Priya Sharma', 'Software engineer', 'IT', 'Amsterdam', M, 'en-GB'],
  ['p-lotte', 'Lotte Kok', 'Customer success manager', 'Sales', 'Utrecht'],
  ['p-jesse', 'Jesse de Wit', 'Coördinator magazijn', 'Operations', 'Rotterdam'],
  ['p-femke', 'Femke Schouten', 'Communicatieadviseur', 'Communicatie', 'Amsterdam', COMMS, 'nl-NL'],
  ['p-ahmed', 'Ahmed Yılmaz', 'Operations analyst', 'Operations', 'Utrecht'],
  ['p-hannah', 'Hannah Schmidt', 'Payroll specialist', 'HR', 'Remote', M, 'en-GB'],
  ['p-niels', 'Niels Postma', 'Security officer', 'IT', 'Utrecht'],
  ['p-rosa', 'Rosa Martens', 'Facilitair coördinator', 'Operations', 'Amsterdam'],
  ['p-david', 'David Clarke', 'Chief financial officer', 'Finance', 'Amsterdam', M, 'en-GB'],
  ['p-mila', 'Mila Verhoeven', 'HR-trainee', 'HR', 'Utrecht'],
  ['p-joost', 'Joost van Dam', 'Algemeen directeur', 'Directie', 'Utrecht'],
  ['p-chloe', 'Chloë Jacobs', 'UX designer', 'IT', 'Remote'],
  ['p-finn', 'Finn de Boer', 'Sales support', 'Sales', 'Rotterdam'],
];

export const DEMO_PEOPLE: SeedPerson[] = ROWS.map(
  ([id, displayName, jobTitle, department, location, roles = M, locale = 'nl-NL']) => ({
    id,
    displayName,
    email: `${mailbox(displayName)}@noordlicht.example`,
    jobTitle,
    department,
    location,
    locale,
    roles: [...roles],
  }),
);

/** Voters for a poll: everyone except the people named, the first `count` of a stable shuffle. */
function voters(pollId: string, count: number, except: string[]): string[] {
  return DEMO_PEOPLE.map((person) => person.id)
    .filter((id) => !except.includes(id))
    .sort((a, b) => hash(pollId + a) - hash(pollId + b))
    .slice(0, count);
}

/** The demo data, dated relative to `now`. */
export function demoSeed(now: number): SeedData {
  const untouched = [DEMO_PERSONAS.member, DEMO_PERSONAS.newHire];
  /** The votes cast over the `hours` after the poll was made (until an hour ago), not all at once. */
  const spread = (poll: SeedPoll, hours: number): SeedPoll => ({
    ...poll,
    votes: poll.votes!.map((vote) => ({
      ...vote,
      at: iso(Math.min(Date.parse(poll.createdAt) + (hash(poll.id + vote.by) % hours) * HOUR, now - HOUR)),
    })),
  });

  const lunchWeights: [string, number][] = [
    ['o1', 5],
    ['o2', 3],
    ['o3', 4],
    ['o4', 2],
  ];
  const lunch: SeedPoll = {
    id: 'poll-friday-lunch',
    createdBy: 'p-eva',
    question: 'What shall we order for lunch this Friday?',
    options: [
      { id: 'o1', label: 'Pizza from Bella Napoli' },
      { id: 'o2', label: 'Sushi' },
      { id: 'o3', label: 'Sandwiches and soup' },
      { id: 'o4', label: 'Poke bowls' },
    ],
    kind: 'single',
    anonymous: false,
    resultsVisibility: 'always',
    createdAt: iso(now - 26 * HOUR),
    votes: voters('lunch', 22, untouched).map((by) => ({ by, optionIds: [pick(`lunch${by}`, lunchWeights)] })),
  };

  const townhallWeights: [string, number][] = [
    ['o1', 6],
    ['o2', 3],
    ['o3', 4],
    ['o4', 5],
  ];
  const townhall: SeedPoll = {
    id: 'poll-townhall',
    createdBy: DEMO_PERSONAS.communications,
    question: 'Welk onderwerp wil je bespreken tijdens de townhall van volgende week?',
    options: [
      { id: 'o1', label: 'Hybride werken en kantoordagen' },
      { id: 'o2', label: 'Onze duurzaamheidsdoelen' },
      { id: 'o3', label: 'De nieuwe cao' },
      { id: 'o4', label: 'AI in ons dagelijks werk' },
    ],
    kind: 'single',
    anonymous: true,
    resultsVisibility: 'after-close',
    createdAt: iso(now - 2 * DAY),
    closesAt: iso(now + 3 * DAY),
    votes: voters('townhall', 19, [...untouched, DEMO_PERSONAS.communications]).map((by) => ({
      by,
      optionIds: [pick(`townhall${by}`, townhallWeights)],
    })),
  };

  const days: [string, number][] = [
    ['o1', 5],
    ['o2', 8],
    ['o3', 4],
    ['o4', 7],
    ['o5', 2],
  ];
  const officeDays: SeedPoll = {
    id: 'poll-office-days',
    createdBy: DEMO_PERSONAS.moderator,
    question: 'Op welke dagen ben je meestal op kantoor?',
    options: [
      { id: 'o1', label: 'Maandag' },
      { id: 'o2', label: 'Dinsdag' },
      { id: 'o3', label: 'Woensdag' },
      { id: 'o4', label: 'Donderdag' },
      { id: 'o5', label: 'Vrijdag' },
    ],
    kind: 'multiple',
    maxChoices: 3,
    anonymous: false,
    resultsVisibility: 'after-vote',
    createdAt: iso(now - 5 * DAY),
    votes: voters('office', 24, untouched).map((by) => {
      const wanted = 1 + (hash(`office-count${by}`) % 3);
      const chosen: string[] = [];
      for (let round = 0; chosen.length < wanted; round++) {
        const day = pick(`office${by}${round}`, days);
        if (!chosen.includes(day)) chosen.push(day);
      }
      return { by, optionIds: chosen };
    }),
  };

  const partyWeights: [string, number][] = [
    ['o1', 4],
    ['o2', 6],
    ['o3', 7],
    ['o4', 3],
  ];
  const summerParty: SeedPoll = {
    id: 'poll-summer-party',
    createdBy: 'p-noor',
    question: "Which theme should this year's summer party have?",
    options: [
      { id: 'o1', label: 'Beach party' },
      { id: 'o2', label: 'Garden barbecue' },
      { id: 'o3', label: 'Boat trip on the canals' },
      { id: 'o4', label: 'Mini festival' },
    ],
    kind: 'single',
    anonymous: false,
    resultsVisibility: 'always',
    createdAt: iso(now - 60 * DAY),
    closesAt: iso(now - 46 * DAY),
    votes: voters('party', 31, [DEMO_PERSONAS.newHire]).map((by) => ({
      by,
      optionIds: [pick(`party${by}`, partyWeights)],
    })),
  };

  // The new hires' start dates and managers, and two people who have not started yet.
  const { people, ...onboarding } = demoOnboarding(now, DEMO_PEOPLE, DEMO_PERSONAS);
  const feed = demoFeed(now, DEMO_PEOPLE, DEMO_PERSONAS);
  const insights = demoInsights(now, DEMO_PEOPLE, DEMO_PERSONAS);
  return {
    // The colleagues who only read join after everything above chose its actors from DEMO_PEOPLE.
    people: [...people!, ...demoReaders()].map((person) => ({ ...person, roles: [...(person.roles ?? M)] })),
    polls: [
      spread(summerParty, 14 * 24),
      spread(officeDays, 5 * 24),
      spread(townhall, 48),
      spread(lunch, 26),
      ...insights.polls!,
    ],
    ...feed,
    posts: [...feed.posts!, ...insights.posts!],
    ...demoKudos(now, DEMO_PEOPLE, DEMO_PERSONAS),
    ...onboarding,
    targets: insights.targets!,
  };
}
