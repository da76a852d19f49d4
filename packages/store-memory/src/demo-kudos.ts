import { mentionMarkup, type Reaction } from '@plein/core';
import type { SeedData, SeedPerson } from '@plein/core/testing';
import type { DemoCast } from './demo-feed.js';
import { DAY, HOUR, hash, iso, pick } from './demo-util.js';

/**
 * Noordlicht's values, in Dutch and English, each with an emoji and a mid-tone colour that
 * carries black or white text and reads as an accent on light and dark cards alike.
 */
const VALUES: NonNullable<SeedData['kudosValues']> = [
  {
    id: 'value-together',
    name: { nl: 'Samen sterk', en: 'Stronger together' },
    description: {
      nl: "Je helpt collega's verder en deelt wat je weet, ook buiten je eigen team.",
      en: 'You help colleagues forward and share what you know, beyond your own team too.',
    },
    emoji: '🤝',
    color: '#0f6cbd',
  },
  {
    id: 'value-customer',
    name: { nl: 'Klant voorop', en: 'Customer first' },
    description: {
      nl: 'Je gaat een stap verder voor klanten, buiten en binnen Noordlicht.',
      en: 'You go the extra mile for customers, outside and inside Noordlicht.',
    },
    emoji: '⭐',
    color: '#ca5010',
  },
  {
    id: 'value-courage',
    name: { nl: 'Durf te doen', en: 'Dare to try' },
    description: {
      nl: 'Je neemt initiatief, probeert iets nieuws en leert ervan, ook als het misgaat.',
      en: 'You take the initiative, try something new and learn from it, even when it fails.',
    },
    emoji: '🚀',
    color: '#8764b8',
  },
  {
    id: 'value-ownership',
    name: { nl: 'Eigenaarschap', en: 'Ownership' },
    description: {
      nl: 'Je maakt af wat je begint, houdt je afspraken en lost problemen op waar je ze ziet.',
      en: 'You finish what you start, keep your promises and fix problems where you see them.',
    },
    emoji: '💪',
    color: '#107c10',
  },
  {
    id: 'value-sustainable',
    name: { nl: 'Duurzaam vooruit', en: 'Sustainably forward' },
    description: {
      nl: 'Je kiest wat goed is voor mensen en planeet, ook op de lange termijn.',
      en: 'You choose what is good for people and the planet, in the long run too.',
    },
    emoji: '🌱',
    color: '#038387',
  },
  {
    id: 'value-joy',
    name: { nl: 'Met plezier', en: 'Joy at work' },
    description: {
      nl: 'Je brengt energie en humor, en zorgt dat iedereen zich welkom voelt.',
      en: 'You bring energy and humour, and make everyone feel welcome.',
    },
    emoji: '🎉',
    color: '#c239b3',
  },
];

const REACTION_WEIGHTS: [Reaction, number][] = [
  ['celebrate', 6],
  ['love', 4],
  ['like', 4],
  ['insightful', 1],
];

/** One kudos of the demo; `value` without its `value-` prefix. */
interface Row {
  id: string;
  from: string;
  to: string[];
  value: string;
  at: string;
  message: string;
}

/**
 * The demo's kudos wall: about 25 kudos over the last five weeks, between people of every
 * department, each persona among the recipients (the new hire only since he started, four days
 * ago), with reactions, mentions and hashtags. The member and the new hire have not given or
 * reacted yet, so they can try it. Dated relative to `now`.
 */
export function demoKudos(
  now: number,
  people: readonly SeedPerson[],
  cast: DemoCast,
): Pick<SeedData, 'kudosValues' | 'kudos'> {
  const byId = new Map(people.map((person) => [person.id, person]));
  const m = (id: string): string => mentionMarkup(byId.get(id)!);
  const quiet = new Set([cast.member, cast.newHire]);
  const ago = (days: number, hours: number) => iso(now - days * DAY - hours * HOUR);

  const rows: Row[] = [
    {
      id: 'standup',
      from: 'p-milan',
      to: [cast.newHire],
      value: 'courage',
      at: ago(0, 5),
      message:
        'Lucas stelde in de stand-up de vraag die iedereen dacht. Zo vonden we een bug voordat hij live ging. #leren',
    },
    {
      id: 'first-fix',
      from: 'p-priya',
      to: [cast.newHire],
      value: 'courage',
      at: ago(1, 3),
      message:
        'Day three and Lucas shipped his first fix to production: brave and careful at the same time. #firstcommit',
    },
    {
      id: 'townhall',
      from: 'p-joost',
      to: [cast.communications, 'p-noor'],
      value: 'together',
      at: ago(2, 5),
      message:
        'Wat een strak voorbereide townhall. Alle vragen vooraf verzameld en gebundeld: dank jullie wel! #townhall',
    },
    {
      id: 'office-home',
      from: 'p-sophie',
      to: ['p-eva'],
      value: 'joy',
      at: ago(2, 1),
      message:
        'Eva regelt de vrijdaglunch, de verjaardagen en zelfs de plantjes. Het kantoor voelt als thuiskomen. 🌿 #lunch #kantoor',
    },
    {
      id: 'renewal',
      from: 'p-james',
      to: [cast.member, 'p-tom'],
      value: 'customer',
      at: ago(3, 1),
      message:
        'Fantastic work on the Van der Meer renewal: you listened, came back with a better proposal, and the customer thanked us for it. #klantvoorop',
    },
    {
      id: 'vpn',
      from: 'p-ruben',
      to: ['p-thijs', 'p-milan'],
      value: 'ownership',
      at: ago(4, 2),
      message: `Het VPN-onderhoud zonder één klacht afgerond, en ${m('p-niels')} nam de beveiligingscheck meteen mee. Top! #itsupport`,
    },
    {
      id: 'warehouse',
      from: cast.moderator,
      to: ['p-jesse', 'p-kevin'],
      value: 'ownership',
      at: ago(5, 6),
      message:
        'Tijdens de storing in het magazijnsysteem gewoon doorgewerkt met papieren picklijsten. Alle orders op tijd de deur uit! 📦',
    },
    {
      id: 'move',
      from: 'p-eva',
      to: [cast.moderator],
      value: 'together',
      at: ago(6, 4),
      message: 'Daan coördineerde de verhuizing van de 4e verdieping in een week die al vol zat. Dank je wel! #kantoor',
    },
    {
      id: 'crm',
      from: 'p-lotte',
      to: [cast.member],
      value: 'together',
      at: ago(8, 2),
      message: `Sanne maakte me wegwijs in het CRM en deelde haar beste klantmails. Een echte teamspeler! Dank ook aan ${m('p-bram')} voor het idee.`,
    },
    {
      id: 'payroll',
      from: 'p-david',
      to: ['p-hannah', 'p-sem'],
      value: 'ownership',
      at: ago(9, 5),
      message:
        'Payroll ran on time even though the new tax tables arrived late. Calm, precise and well documented: thank you both.',
    },
    {
      id: 'charging',
      from: 'p-rosa',
      to: ['p-milan'],
      value: 'sustainable',
      at: ago(10, 3),
      message:
        'Milan zocht uit waarom de laadpalen maar tot 50% laden en loste het op met de leverancier. ⚡ #duurzaamheid',
    },
    {
      id: 'candidates',
      from: 'p-fatima',
      to: ['p-lisa', 'p-mila'],
      value: 'customer',
      at: ago(11, 6),
      message:
        'Drie kandidaten noemden jullie snelle, persoonlijke reacties in hun feedback. Zo laten we zien wie we zijn. #werkenbij',
    },
    {
      id: 'newsletter',
      from: 'p-femke',
      to: [cast.communications],
      value: 'courage',
      at: ago(12, 2),
      message: `Emma gooide de nieuwsbrief helemaal om: korter, met video en een poll. Twee keer zoveel lezers! cc ${m('p-noor')} #kompas`,
    },
    {
      id: 'dashboard',
      from: 'p-mark',
      to: ['p-anna'],
      value: 'courage',
      at: ago(13, 4),
      message:
        'Anna built the cash-flow dashboard in a week and asked for feedback from day one. Finance now plans with real numbers. #data',
    },
    {
      id: 'login',
      from: 'p-niels',
      to: ['p-chloe', 'p-priya'],
      value: 'together',
      at: ago(14, 1),
      message:
        'Samen de nieuwe inlogflow ontworpen en getest met collega’s van Sales: veiliger én makkelijker. #security',
    },
    {
      id: 'product-pages',
      from: 'p-oliver',
      to: ['p-yara'],
      value: 'customer',
      at: ago(16, 5),
      message:
        'Yara rewrote the product pages around the questions customers ask us most. Fewer tickets, happier customers.',
    },
    {
      id: 'contracts',
      from: 'p-joost',
      to: ['p-julia'],
      value: 'sustainable',
      at: ago(18, 2),
      message:
        'Julia rondde de nieuwe leverancierscontracten af vóór de deadline, met duurzaamheidsafspraken erin. #duurzaamheid',
    },
    {
      id: 'vans',
      from: 'p-ahmed',
      to: ['p-kevin', 'p-jesse', 'p-rosa'],
      value: 'sustainable',
      at: ago(20, 3),
      message:
        'De bezorgbusjes in Rotterdam rijden nu elektrisch en de fietsenstalling is twee keer zo groot. Dankzij jullie! 🚲 #duurzaamheid',
    },
    {
      id: 'saturday',
      from: 'p-bram',
      to: ['p-finn'],
      value: 'customer',
      at: ago(21, 6),
      message:
        'Finn belde op zaterdag een klant terug van wie de levering vastzat, en loste het op. Zo doen we dat! #klantvoorop',
    },
    {
      id: 'laptop',
      from: 'p-tom',
      to: ['p-thijs'],
      value: 'customer',
      at: ago(22, 7),
      message:
        'Thijs hielp me om zeven uur ’s ochtends met een laptop die niet opstartte, vlak voor een klantpresentatie. Held! #itsupport',
    },
    {
      id: 'wellbeing',
      from: 'p-hannah',
      to: ['p-isa', 'p-fatima'],
      value: 'joy',
      at: ago(24, 3),
      message:
        'The wellbeing day was a hit: yoga, a walk along the canals and great food. Thank you for organising it! 🎉',
    },
    {
      id: 'planning',
      from: 'p-kevin',
      to: [cast.moderator, 'p-ahmed'],
      value: 'together',
      at: ago(27, 2),
      message:
        'Daan en Ahmed maakten de nieuwe planning samen mét de chauffeurs, niet over hun hoofden heen. Iedereen voelt zich gehoord.',
    },
    {
      id: 'quiz',
      from: 'p-noor',
      to: ['p-femke'],
      value: 'joy',
      at: ago(30, 5),
      message: 'De quiz van Femke op de vrijdagmiddagborrel was hilarisch. Meer hiervan! 😄 #borrel',
    },
    {
      id: 'pitch',
      from: 'p-james',
      to: [cast.member],
      value: 'courage',
      at: ago(33, 4),
      message: `Sanne pitched our sustainability offer to a prospect who had never heard of us, and won a second meeting. Bold move! cc ${m('p-oliver')}`,
    },
    {
      id: 'hackathon',
      from: 'p-priya',
      to: ['p-anna', 'p-milan', 'p-chloe'],
      value: 'together',
      at: ago(35, 6),
      message: 'Hackathon team of the year: desk booking went from idea to pilot in 48 hours. #hackathon',
    },
  ];

  return {
    kudosValues: VALUES.map((value) => ({
      ...value,
      name: { ...value.name },
      description: { ...value.description },
    })),
    kudos: rows.map(({ id, from: fromId, to: toIds, value, at: createdAt, message }) => ({
      id: `demo-kudos-${id}`,
      fromId,
      toIds,
      valueId: `value-${value}`,
      message,
      createdAt,
      // A few to a dozen colleagues react; never the giver, the member or the new hire.
      reactions: people
        .map((person) => person.id)
        .filter((person) => !quiet.has(person) && person !== fromId)
        .sort((a, b) => hash(id + a) - hash(id + b))
        .slice(0, 2 + (hash(id) % 11))
        .map((by) => ({ by, reaction: pick(`${id}${by}`, REACTION_WEIGHTS) })),
    })),
  };
}
