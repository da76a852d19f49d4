define([], function () {
  return {
    FeedHeader: 'Een sociale tijdlijn: berichten, reacties, emoji’s en moderatie.',
    PollHeader: 'Een snelle peiling met live resultaten.',
    KudosHeader: 'Kudos voor de waarden van je organisatie.',
    OnboardingHeader: 'Onboardingchecklists en campagnes.',
    InsightsHeader: 'Gebruikscijfers voor het communicatieteam.',
    TrendingHeader: 'De meest gebruikte hashtags.',
    ContentGroup: 'Inhoud',
    LayoutGroup: 'Weergave',

    ChannelLabel: 'Kanaal',
    FeedChannelDescription:
      'general: het kanaal van iedereen. page: een gesprek over alleen deze pagina. Elke andere naam: dat kanaal.',
    TagLabel: 'Alleen berichten met deze hashtag',
    TagDescription: 'Zonder #. Leeg laten voor alle berichten; lezers kunnen het filter weghalen.',
    FeedModeLabel: 'Tonen',
    FeedModeFeed: 'Berichten',
    FeedModeModeration: 'Moderatiewachtrij (voor Plein-moderatoren)',

    PollIdLabel: 'Peiling',
    PollIdDescription:
      'De id van de peiling, uit de link (…#plein-poll=ID). Leeg laten om de peiling uit de link van de pagina te tonen, of een uitnodiging om er een te maken.',
    PollModeLabel: 'Weergave',
    PollModeVote: 'Kaart: stemmen en de resultaten zien',
    PollModePresenter: 'Presentatie: grote live resultaten met een QR-code',

    KudosModeLabel: 'Weergave',
    KudosModeWall: 'Muur',
    KudosModeScreen: 'Scherm op kantoor: grote wisselende kaarten met een QR-code',
    ValueLabel: 'Alleen kudos voor deze waarde',
    ValueDescription: 'De id van de waarde. Leeg laten voor alle waarden; lezers kunnen het filter wijzigen.',
    LeaderboardLabel: 'De meest erkende waarden tonen',

    CampaignLabel: 'Campagne',
    CampaignDescription: 'De id van een campagne: alleen die campagne tonen. Leeg laten voor alle campagnes.',
    OnboardingModeLabel: 'Weergave',
    OnboardingModeChecklist:
      'Checklist: de eigen checklists van de lezer en de nieuwe collega’s die hij of zij begeleidt',
    OnboardingModeManage: 'Team: campagnes en nieuwe collega’s (voor Plein-communicatie)',

    InsightsPeriodLabel: 'Periode die eerst wordt getoond',
    PeriodWeek: 'Deze week',
    PeriodMonth: 'Deze maand',
    PeriodQuarter: 'Dit kwartaal',
    PeriodYear: 'Dit jaar',
    PeriodLastWeek: 'Vorige week',
    PeriodLastMonth: 'Vorige maand',
    PeriodLastQuarter: 'Vorig kwartaal',
    PeriodLastYear: 'Vorig jaar',

    TrendingChannelDescription: 'Alleen hashtags in dit kanaal tellen. Leeg laten om alle kanalen te tellen.',
    TrendingPeriodLabel: 'Periode',
    TrendingDay: 'Vandaag',
    TrendingWeek: 'Deze week',
    TrendingMonth: 'Deze maand',
    LimitLabel: 'Aantal hashtags',
  };
});
