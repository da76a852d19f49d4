export { PleinElement } from './element/plein-element.js';
export { PleinPartsElement } from './element/parts-element.js';
export type { PartShell, EventDetail } from './element/part-shell.js';
export { LocaleController } from './controllers/locale-controller.js';
export { StoreController, type StoreHost } from './controllers/store-controller.js';
export {
  FeedbackController,
  type FeedbackHost,
  type ToastOptions,
  type ToastTone,
} from './controllers/feedback-controller.js';
export { storeContext } from './context.js';
export { Timer, ClockTimer, StoreTimeouts, STORE_TIMEOUT, type ClockHost } from './controllers/timers.js';

export { avatar, initials, avatarTone, type AvatarOptions, type AvatarSize } from './templates/avatar.js';
export { personName } from './templates/person-name.js';
export { relativeText, relativeTime } from './templates/relative-time.js';
export { skeleton, type SkeletonOptions } from './templates/skeleton.js';
export { emptyState, type EmptyStateOptions } from './templates/empty-state.js';
export { errorState, type ErrorStateOptions } from './templates/error-state.js';
export { richText, type RichTextOptions } from './templates/rich-text.js';

export { baseStyles } from './styles/base.styles.js';
export { buttonStyles } from './styles/button.styles.js';
export { formStyles } from './styles/form.styles.js';
export { cardStyles } from './styles/card.styles.js';
export { cardSurfaceStyles } from './styles/card-surface.styles.js';
export { choiceStyles } from './styles/choice.styles.js';

export { uiStrings, type UiStrings } from './i18n/ui-strings.js';
export { errorText } from './i18n/error-text.js';

export { defineElement, type DefineOptions } from './define.js';
export { permalink, readPermalink } from './permalink.js';
export { downloadCsv } from './download.js';
export { PleinProvider } from './provider/provider.element.js';
export { PleinPerson } from './person/person.element.js';
export {
  PleinPeoplePicker,
  definePeoplePicker,
  SEARCH_DELAY_MS as PEOPLE_SEARCH_DELAY_MS,
  type PleinPeopleChangeDetail,
} from './people-picker/people-picker.element.js';
export { qrCode, qrSvg, modulesPath, type QrCode } from './templates/qr.js';
export { PeopleCache, PEOPLE_CACHE_MAX, type PeopleCacheOptions } from './people/people-cache.js';
export {
  MentionField,
  MENTION_DELAY_MS,
  type MentionHost,
  type MentionFieldOptions,
} from './mention-field/mention-field.js';
export { mentionFieldStyles } from './mention-field/mention-field.styles.js';
export { toMarkup, fromMarkup, mentionQuery, type MentionMap } from './mention-field/mentions.js';
export { EMOJI, reactionNames, reactionToolbar, total, type ReactionToolbarOptions } from './reactions/reactions.js';
export { toggled } from './reactions/toggled.js';
export { reactionNamesNl } from './reactions/reaction-names.nl.js';
export { reactionStrings } from './reactions/reaction-strings.js';
export { styleProps, type StyleProps } from './directives/style-props.js';
