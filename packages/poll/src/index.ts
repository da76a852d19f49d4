/** `<plein-poll>` without registering it: import `@plein/poll/poll.js` to define the tag. */
import type { Translations } from '@plein/core';
import { manageStrings, type ManageText } from './poll/manage.strings.js';
import { presenterStrings, type PresenterText } from './poll/presenter.strings.js';
import { pollCatalog, type PollStrings as ViewStrings } from './poll/poll.strings.js';
import { strings as nl } from './poll/poll.strings.nl.js';

export { PleinPoll, type PollMode } from './poll/poll.element.js';
export type {
  PleinErrorDetail,
  PleinLoadDetail,
  PleinPollClosedDetail,
  PleinPollCreatedDetail,
  PleinPollEventMap,
  PleinVoteDetail,
} from './poll/events.js';

export type PollStrings = ViewStrings & ManageText & PresenterText;

/**
 * Every string `<plein-poll>` shows or speaks, per language, in one object. (The element loads
 * them in parts: each mode's with its code, each language other than English on first use.)
 */
export const pollStrings: Translations<PollStrings> = {
  en: { ...pollCatalog.get('en'), ...manageStrings.en, ...presenterStrings.en },
  nl: { ...nl, ...manageStrings.nl, ...presenterStrings.nl },
};
