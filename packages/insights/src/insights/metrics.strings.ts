import type { Formatters, MetricId, Translations } from '@plein/core';

/**
 * The KPIs' names and what each counts, shared by the tiles, the charts and the CSV export
 * (both languages: short, and every part needs them).
 */
const en = {
  names: {
    active: 'Active people',
    posts: 'Posts',
    comments: 'Comments',
    reactions: 'Reactions',
    votes: 'Poll votes',
    kudosGiven: 'Kudos given',
    kudosReceived: 'Kudos received',
    onboarding: 'Onboarding tasks done',
    reports: 'Reports to moderators',
    managers: 'Managers taking part',
  } satisfies Record<MetricId, string>,
  descriptions: {
    active: 'Share of all employees who posted, commented, reacted, voted, gave kudos or ticked a task.',
    posts: 'New posts in every channel.',
    comments: 'Comments and replies on posts.',
    reactions: 'Reactions to posts, comments and kudos.',
    votes: 'Votes cast in polls, anonymous polls included.',
    kudosGiven: 'Kudos given to colleagues.',
    kudosReceived: 'Times a colleague received kudos (kudos to three people counts three).',
    onboarding: 'Share of onboarding tasks due in this period that are done.',
    reports: 'Posts and comments reported to moderators.',
    managers: 'Share of managers who were active.',
  } satisfies Record<MetricId, string>,
  /** The figure of a share KPI in words: "62% (31 of 50 people)". */
  shareOf: (metric: MetricId, count: number, of: number, format: Formatters) =>
    metric === 'onboarding'
      ? `${format.number(count)} of ${format.number(of)} tasks`
      : `${format.number(count)} of ${format.number(of)} ${of === 1 ? 'person' : 'people'}`,
  /** Shown instead of a figure for a group below the privacy threshold. */
  withheld: (min: number) => `Hidden: fewer than ${min} people`,
  /** Shown instead of a share with nothing to measure. */
  nothing: { onboarding: 'No tasks were due', other: 'Nothing to measure' },
};

const nl: typeof en = {
  names: {
    active: 'Actieve mensen',
    posts: 'Berichten',
    comments: 'Reacties',
    reactions: 'Emoji-reacties',
    votes: 'Stemmen in polls',
    kudosGiven: 'Kudos gegeven',
    kudosReceived: 'Kudos ontvangen',
    onboarding: 'Onboardingtaken gedaan',
    reports: 'Meldingen aan moderatoren',
    managers: 'Leidinggevenden die meedoen',
  },
  descriptions: {
    active: 'Aandeel van alle medewerkers dat iets plaatste, reageerde, stemde, kudos gaf of een taak afvinkte.',
    posts: 'Nieuwe berichten in alle kanalen.',
    comments: 'Reacties en antwoorden op berichten.',
    reactions: 'Emoji-reacties op berichten, reacties en kudos.',
    votes: 'Uitgebrachte stemmen in polls, anonieme polls meegeteld.',
    kudosGiven: 'Kudos gegeven aan collega’s.',
    kudosReceived: 'Keren dat een collega kudos kreeg (kudos aan drie mensen telt drie keer).',
    onboarding: 'Aandeel van de onboardingtaken met een deadline in deze periode dat af is.',
    reports: 'Berichten en reacties gemeld bij moderatoren.',
    managers: 'Aandeel van de leidinggevenden dat actief was.',
  },
  shareOf: (metric, count, of, format) =>
    metric === 'onboarding'
      ? `${format.number(count)} van ${format.number(of)} taken`
      : `${format.number(count)} van ${format.number(of)} ${of === 1 ? 'persoon' : 'mensen'}`,
  withheld: (min) => `Verborgen: minder dan ${min} mensen`,
  nothing: { onboarding: 'Er waren geen taken met een deadline', other: 'Niets te meten' },
};

export type MetricStrings = typeof en;
export const metricStrings: Translations<MetricStrings> = { en, nl };
