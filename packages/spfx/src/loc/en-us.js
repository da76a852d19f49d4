define([], function () {
  return {
    FeedHeader: 'A social feed: posts, comments, reactions and moderation.',
    PollHeader: 'A quick poll with live results.',
    KudosHeader: "Kudos for your organisation's values.",
    OnboardingHeader: 'Onboarding checklists and campaigns.',
    InsightsHeader: 'Adoption figures for the communications team.',
    TrendingHeader: 'The most used hashtags.',
    ContentGroup: 'Content',
    LayoutGroup: 'Layout',

    ChannelLabel: 'Channel',
    FeedChannelDescription:
      "general: everyone's channel. page: a conversation about this page only. Any other name: that channel.",
    TagLabel: 'Only posts with this hashtag',
    TagDescription: 'Without the #. Leave empty to show every post; readers can remove the filter.',
    FeedModeLabel: 'Show',
    FeedModeFeed: 'Posts',
    FeedModeModeration: 'Moderation queue (for Plein moderators)',

    PollIdLabel: 'Poll',
    PollIdDescription:
      "The poll's id, from its link (…#plein-poll=ID). Leave empty to show the poll named in the page's link, or an invitation to create one.",
    PollModeLabel: 'Layout',
    PollModeVote: 'Card: vote and see the results',
    PollModePresenter: 'Presenter: large live results with a QR code',

    KudosModeLabel: 'Layout',
    KudosModeWall: 'Wall',
    KudosModeScreen: 'Office screen: large rotating cards with a QR code',
    ValueLabel: 'Only kudos for this value',
    ValueDescription: "The value's id. Leave empty for every value; readers can change the filter.",
    LeaderboardLabel: 'Show the most recognised values',

    CampaignLabel: 'Campaign',
    CampaignDescription: "A campaign's id: show only that campaign. Leave empty for all of them.",
    OnboardingModeLabel: 'View',
    OnboardingModeChecklist: "Checklist: the reader's own checklists and the new colleagues they guide",
    OnboardingModeManage: 'Team: campaigns and new colleagues (for Plein communications)',

    InsightsPeriodLabel: 'Period shown first',
    PeriodWeek: 'This week',
    PeriodMonth: 'This month',
    PeriodQuarter: 'This quarter',
    PeriodYear: 'This year',
    PeriodLastWeek: 'Last week',
    PeriodLastMonth: 'Last month',
    PeriodLastQuarter: 'Last quarter',
    PeriodLastYear: 'Last year',

    TrendingChannelDescription: 'Count hashtags in this channel only. Leave empty to count every channel.',
    TrendingPeriodLabel: 'Period',
    TrendingDay: 'Today',
    TrendingWeek: 'This week',
    TrendingMonth: 'This month',
    LimitLabel: 'How many hashtags',
  };
});
