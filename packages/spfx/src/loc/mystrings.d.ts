/** The property pane's words, one module for every Plein web part; loc/en-us.js and loc/nl-nl.js hold them. */
declare interface IPleinWebPartStrings {
  FeedHeader: string;
  PollHeader: string;
  KudosHeader: string;
  OnboardingHeader: string;
  InsightsHeader: string;
  TrendingHeader: string;
  ContentGroup: string;
  LayoutGroup: string;

  ChannelLabel: string;
  FeedChannelDescription: string;
  TagLabel: string;
  TagDescription: string;
  FeedModeLabel: string;
  FeedModeFeed: string;
  FeedModeModeration: string;

  PollIdLabel: string;
  PollIdDescription: string;
  PollModeLabel: string;
  PollModeVote: string;
  PollModePresenter: string;

  KudosModeLabel: string;
  KudosModeWall: string;
  KudosModeScreen: string;
  ValueLabel: string;
  ValueDescription: string;
  LeaderboardLabel: string;

  CampaignLabel: string;
  CampaignDescription: string;
  OnboardingModeLabel: string;
  OnboardingModeChecklist: string;
  OnboardingModeManage: string;

  InsightsPeriodLabel: string;
  PeriodWeek: string;
  PeriodMonth: string;
  PeriodQuarter: string;
  PeriodYear: string;
  PeriodLastWeek: string;
  PeriodLastMonth: string;
  PeriodLastQuarter: string;
  PeriodLastYear: string;

  TrendingChannelDescription: string;
  TrendingPeriodLabel: string;
  TrendingDay: string;
  TrendingWeek: string;
  TrendingMonth: string;
  LimitLabel: string;
}

declare module 'PleinWebPartStrings' {
  const strings: IPleinWebPartStrings;
  export = strings;
}
