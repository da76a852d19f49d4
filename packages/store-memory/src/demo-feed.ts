import { mentionMarkup, type Reaction } from '@plein/core';
import type { SeedComment, SeedData, SeedPerson, SeedPost } from '@plein/core/testing';
import { DAY, HOUR, MINUTE, hash, iso, pick } from './demo-util.js';

/** The news article on the intranet "Kompas" whose comments are a feed of their own. */
export const DEMO_ARTICLE_CHANNEL = 'page:https://kompas.noordlicht.example/nieuws/town-hall-hybride-werken';

/** Who the demo's personas are (see DEMO_PERSONAS). */
export interface DemoCast {
  member: string;
  moderator: string;
  communications: string;
  newHire: string;
}

const REACTION_WEIGHTS: [Reaction, number][] = [
  ['like', 10],
  ['celebrate', 3],
  ['love', 3],
  ['insightful', 2],
  ['funny', 2],
];

/**
 * The demo's feed: about 25 posts in `general` over the last two weeks (mostly Dutch, some
 * English), with comments, replies, reactions, mentions and hashtags; an announcement by the
 * communications persona, a pinned IT notice, a reported post waiting in the moderation queue;
 * and three comments under the news article about the new Utrecht office. Dated relative to
 * `now`; the member and the new hire have not reacted yet, so they can try it.
 */
export function demoFeed(
  now: number,
  people: readonly SeedPerson[],
  cast: DemoCast,
): Pick<SeedData, 'channels' | 'posts'> {
  const byId = new Map(people.map((person) => [person.id, person]));
  const m = (id: string): string => mentionMarkup(byId.get(id)!);
  const ago = (days: number, hours = 0, minutes = 0) => iso(now - days * DAY - hours * HOUR - minutes * MINUTE);
  const quiet = new Set([cast.member, cast.newHire]);

  /** `count` people (not the quiet personas, not the author), each with a reaction picked by weight. */
  const reactions = (id: string, author: string, count: number): { by: string; reaction: Reaction }[] =>
    people
      .map((person) => person.id)
      .filter((person) => !quiet.has(person) && person !== author)
      .sort((a, b) => hash(id + a) - hash(id + b))
      .slice(0, count)
      .map((by) => ({ by, reaction: pick(`${id}${by}`, REACTION_WEIGHTS) }));

  /** A comment `after` minutes after its post, with a few reactions. */
  let commentNumber = 0;
  const comment = (
    postAt: string,
    authorId: string,
    after: number,
    text: string,
    extra: Partial<SeedComment> = {},
  ): SeedComment => {
    const id = `demo-comment-${++commentNumber}`;
    const createdAt = iso(Math.min(Date.parse(postAt) + after * MINUTE, now - MINUTE));
    return { id, authorId, text, createdAt, reactions: reactions(id, authorId, hash(id) % 4), ...extra };
  };

  const post = (
    id: string,
    authorId: string,
    createdAt: string,
    text: string,
    likes: number,
    comments: (at: string) => SeedComment[] = () => [],
    extra: Partial<SeedPost> = {},
  ): SeedPost => ({
    id: `demo-${id}`,
    channel: 'general',
    authorId,
    text,
    createdAt,
    reactions: reactions(id, authorId, likes),
    comments: comments(createdAt),
    ...extra,
  });

  const general: SeedPost[] = [
    post(
      'townhall',
      cast.communications,
      ago(0, 20),
      'Zet hem in je agenda: de **townhall** is volgende week donderdag om 15:00, in het atrium in Utrecht en online via Teams. ' +
        `${m('p-joost')} vertelt over het nieuwe kantoor en de plannen voor dit jaar.\n\n` +
        'Welk onderwerp wil jij bespreken? Stem in de townhall-poll. #townhall',
      18,
      (at) => [
        comment(at, 'p-ahmed', 35, 'Komt er ook een opname voor wie die middag klanten heeft?'),
        comment(at, cast.communications, 50, `Ja ${m('p-ahmed')}, de opname staat de dag erna op Kompas.`),
        comment(at, 'p-priya', 90, 'Will there be English subtitles on the recording? #townhall'),
      ],
      { pin: { announcement: true, until: iso(now + 8 * DAY), by: cast.communications } },
    ),
    post(
      'vpn',
      'p-ruben',
      ago(3, 2),
      'Gepland onderhoud: zaterdag tussen 08:00 en 12:00 is de VPN niet beschikbaar. ' +
        `Werk je dan? Gebruik de webmail of bel de servicedesk (${m('p-thijs')}). #itsupport`,
      9,
      (at) => [comment(at, 'p-kevin', 40, 'Geldt dit ook voor de scanners in het magazijn?')],
      { pin: { announcement: false, by: cast.moderator } },
    ),
    post(
      'lunch-friday',
      'p-eva',
      ago(0, 2, 10),
      'Vrijdag lunchen we samen op de 4e verdieping in Utrecht! Stem in de poll wat we bestellen. 🍕🍣 #lunch #kantoor',
      11,
      (at) => [
        comment(at, 'p-sophie', 12, 'Graag iets vegetarisch erbij 🙏'),
        comment(at, 'p-eva', 20, 'Komt goed! #lunch'),
      ],
    ),
    post(
      'welcome-lucas',
      'p-fatima',
      ago(4, 5),
      `Welkom ${m(cast.newHire)}! Lucas begint vandaag als junior developer bij IT in Amsterdam. ` +
        `Zijn buddy is ${m('p-priya')}. Loop gerust even langs om kennis te maken. #welkom`,
      21,
      (at) => {
        const hello = comment(at, 'p-priya', 25, `Welcome aboard ${m(cast.newHire)}! Coffee at 10? ☕`);
        return [
          hello,
          comment(at, cast.newHire, 60, 'Dank jullie wel! Leuk om er te zijn.', { parentId: hello.id }),
          comment(at, 'p-milan', 80, 'Welkom! Vraag me gerust alles over onze cloudomgeving.'),
        ];
      },
    ),
    post(
      'charging',
      'p-milan',
      ago(5, 3),
      'Heeft iemand ervaring met de nieuwe laadpalen in de garage in Utrecht? Mijn auto laadt maar tot 50%. #duurzaamheid #kantoor',
      4,
      (at) => [
        comment(at, 'p-rosa', 30, 'Bekend probleem, de leverancier komt donderdag. Ik houd je op de hoogte!'),
        comment(at, 'p-ahmed', 55, 'Bij mij hielp het om de kabel opnieuw te koppelen.'),
      ],
    ),
    post(
      'dashboard',
      'p-anna',
      ago(6, 1),
      'Quick update: the new sales dashboard is live in Power BI. Filters per region and per account manager. Feedback welcome! #data',
      8,
      (at) => [comment(at, 'p-james', 45, `Brilliant, ${m('p-anna')}. This saves me an hour every Monday.`)],
    ),
    post(
      'delivery',
      'p-kevin',
      ago(1, 6),
      'Let op: door de staking bij de haven schuiven leveringen vanuit Rotterdam deze week een dag op. Klanten zijn geïnformeerd. #operations',
      5,
    ),
    post(
      'article',
      'p-noor',
      ago(2, 4),
      'Nieuw op Kompas: ons nieuwe kantoor in Utrecht opent in maart! Lichter, duurzamer en met veel meer overlegplekken. ' +
        'Lees het hele artikel: https://kompas.noordlicht.example/nieuws/nieuw-kantoor-utrecht #kantoor #duurzaamheid',
      16,
      (at) => [comment(at, 'p-bram', 70, 'Eindelijk genoeg vergaderruimtes 😄')],
    ),
    post(
      'rijnmond',
      'p-james',
      ago(7, 2),
      `What a quarter! We closed the Rijnmond deal today. Huge thanks to ${m(cast.member)} and ${m('p-bram')} for months of work. 🎉 #sales`,
      24,
      (at) => {
        const proud = comment(at, 'p-joost', 30, 'Geweldig resultaat, team!');
        return [
          proud,
          comment(at, 'p-bram', 45, 'Dank Joost! Sanne verdient de eer 😉', { parentId: proud.id }),
          comment(at, 'p-lotte', 120, 'Topwerk! Ik pak de onboarding van de klant graag samen met jullie op.'),
        ];
      },
    ),
    post(
      'bike-month',
      'p-yara',
      ago(8, 3),
      'Wie doet er mee met de Fietsmaand? Vorig jaar fietsten we samen 12.000 km bij elkaar. Dit jaar gaan we voor 15.000! 🚲 #duurzaamheid',
      13,
      (at) => [
        comment(at, 'p-tom', 20, 'Ik doe mee, al is het vanuit Zeeland wat verder fietsen 😅'),
        comment(at, 'p-niels', 65, 'Team Utrecht staat klaar!'),
      ],
    ),
    post(
      'open-day',
      'p-jesse',
      ago(9, 5),
      'Het magazijn in Rotterdam zoekt nog twee vrijwilligers voor de open dag op zaterdag 14 juni. Rondleidingen geven, koffie schenken, gezellig! #opendag',
      6,
      (at) => [comment(at, 'p-isa', 90, 'Ik meld me aan! Mijn kinderen willen de heftrucks zien.')],
    ),
    post(
      'phishing',
      'p-niels',
      ago(10, 1),
      'Let op: er gaan phishingmails rond die zich voordoen als de salarisadministratie ("Bekijk je loonstrook"). ' +
        'Klik niet op de link en gebruik de knop "Phishing melden" in Outlook. #itsupport #security',
      19,
      (at) => [
        comment(at, 'p-hannah', 15, 'Confirmed: payroll never asks you to log in through a link. Thanks Niels!'),
        comment(at, 'p-sem', 40, 'Ik had hem ook, netjes gemeld 👍'),
      ],
    ),
    post(
      'hdmi',
      'p-priya',
      ago(11, 2),
      'Does anyone know if the meeting rooms on the 3rd floor in Amsterdam have working HDMI adapters? Mine keeps flickering. #kantoor #itsupport',
      3,
      (at) => {
        const answer = comment(at, 'p-thijs', 25, 'Er liggen nieuwe adapters bij de servicedesk, loop gerust langs.');
        return [answer, comment(at, 'p-priya', 40, 'Got one, works perfectly. Thanks!', { parentId: answer.id })];
      },
    ),
    post(
      'expenses',
      'p-sophie',
      ago(12, 4),
      'De declaratietool is vernieuwd: je kunt nu bonnetjes fotograferen met je telefoon. Handleiding staat op Kompas onder Finance. #finance',
      10,
    ),
    post(
      'nps',
      'p-lotte',
      ago(12, 22),
      'Onze klanttevredenheid over Q2: een 8,4! 🎉 Dank aan iedereen die daaraan heeft bijgedragen, van servicedesk tot magazijn.',
      22,
      (at) => [comment(at, 'p-david', 60, 'Excellent work, everyone. Let us keep it up.')],
    ),
    post(
      'coffee',
      'p-rosa',
      ago(1, 23),
      'Goed nieuws: de koffieautomaat op de 2e verdieping in Amsterdam doet het weer ☕ #kantoor',
      14,
      (at) => [comment(at, 'p-oliver', 10, 'Best news of the week 😄')],
    ),
    post(
      'payroll',
      'p-hannah',
      ago(3, 20),
      'Payroll note: this month salaries are paid on the 24th because of the bank holiday. #payroll',
      7,
    ),
    post(
      'design',
      'p-chloe',
      ago(4, 22),
      'Gezocht: collega’s die 20 minuten willen meedenken over het nieuwe ontwerp van Kompas. Reageer hieronder of stuur me een berichtje! #ux',
      5,
      (at) => [
        comment(at, 'p-lisa', 30, 'Ik denk graag mee, vooral over de vacaturepagina’s.'),
        comment(at, 'p-sem', 95, 'Doe mij maar een slot, dan neem ik de mobiele versie mee.'),
      ],
    ),
    post(
      'waste',
      'p-ahmed',
      ago(6, 20),
      'Vorige maand hadden we in Utrecht 40% minder restafval dan een jaar geleden. Goed bezig allemaal! ♻️ #duurzaamheid #kantoor',
      12,
    ),
    post(
      'first-month',
      'p-mila',
      ago(7, 21),
      'Mijn eerste maand als HR-trainee zit erop. Dank voor het warme welkom, en vooral dank aan ' +
        `${m('p-fatima')} voor alle tips! #welkom`,
      15,
      (at) => [comment(at, 'p-fatima', 40, 'Het is een plezier om met je te werken, Mila!')],
    ),
    post(
      'brand',
      'p-oliver',
      ago(9, 20),
      'The new brand guidelines are out. Templates for slides and documents are on Kompas under Marketing. #marketing',
      6,
    ),
    post(
      'quarter',
      'p-joost',
      ago(13, 3),
      'Trots op wat we dit kwartaal samen hebben bereikt: twee nieuwe klanten, een nieuw kantoor in aantocht en de hoogste klanttevredenheid ooit. ' +
        'Tot bij de #townhall!',
      26,
      (at) => [comment(at, 'p-mark', 50, 'Well deserved, everyone.')],
    ),
    post(
      'lunch-spot',
      cast.member,
      ago(2, 22),
      'Wie heeft er tips voor een goede lunchplek bij Utrecht Centraal? Ik heb donderdag een klant op bezoek. #lunch',
      3,
      (at) => [
        comment(at, 'p-eva', 15, 'Probeer het café in de bibliotheek aan de Neude, heerlijke soep!'),
        comment(at, 'p-tom', 35, 'De ramen op de bovenste verdieping van het stationsgebouw hebben mooi uitzicht.'),
      ],
    ),
    post(
      'train',
      'p-tom',
      ago(0, 5, 30),
      'Thuiswerken morgen? Volgens de NS is er een storing tussen Utrecht en Amsterdam tot ten minste 12:00. #ov',
      4,
    ),
    post(
      'lunch-walk',
      'p-isa',
      ago(0, 0, 40),
      'Lunchwandeling donderdag om 12:30 vanaf de hoofdingang in Rotterdam. Wie loopt er mee? 🚶‍♀️ #lunch',
      2,
    ),
    post(
      'screenshot',
      'p-thijs',
      ago(5, 23),
      'Tip van de servicedesk: met Windows-toets + Shift + S maak je snel een schermafbeelding van een deel van je scherm. #itsupport',
      9,
    ),
    // Off-topic selling: reported by two colleagues, waiting for a moderator (not hidden).
    post(
      'tickets',
      'p-finn',
      ago(1, 3),
      'TE KOOP: 2 kaartjes voor het concert van zaterdag, €80 per stuk. Stuur me een DM!!! 🎫🎫',
      1,
      () => [],
      {
        reports: [
          { by: 'p-julia', reason: 'off-topic', note: 'Dit hoort op het prikbord, niet in de algemene feed.' },
          { by: 'p-sem', reason: 'spam' },
        ],
      },
    ),
  ];

  const articleAt = Date.parse(ago(2, 4));
  const onArticle = (id: string, authorId: string, after: number, text: string): SeedPost => ({
    id: `demo-article-${id}`,
    channel: DEMO_ARTICLE_CHANNEL,
    authorId,
    text,
    createdAt: iso(articleAt + after * MINUTE),
    reactions: reactions(`article-${id}`, authorId, hash(id) % 6),
  });

  return {
    // The article's author moderates its comments; site moderators moderate every channel.
    channels: [{ id: DEMO_ARTICLE_CHANNEL, moderatorIds: ['p-noor'] }],
    posts: [
      ...general,
      onArticle(
        'days',
        'p-sophie',
        45,
        'Goed dat we dit samen bespreken. Voor mij werken maandag en vrijdag thuis het best. #hybridewerken',
      ),
      onArticle('ahead', 'p-milan', 180, 'Kunnen we vragen ook vooraf insturen? Ik heb die middag klanten. #townhall'),
      onArticle(
        'subtitles',
        'p-james',
        26 * 60,
        'Will the recording have English subtitles? Happy to help check them.',
      ),
    ],
  };
}
