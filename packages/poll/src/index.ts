/** `<plein-poll>` without registering it: import `@plein/poll/poll.js` to define the tag. */
export { PleinPoll, type PollMode } from './poll/poll.element.js';
export { pollStrings, type PollStrings } from './poll/poll.strings.js';
export type {
  PleinErrorDetail,
  PleinLoadDetail,
  PleinPollClosedDetail,
  PleinPollCreatedDetail,
  PleinPollEventMap,
  PleinVoteDetail,
} from './poll/events.js';
