/**
 * The vote card's state and actions (choosing, voting, changing a vote, peeking at results,
 * closing the poll), in the vote chunk with the card itself: the element keeps what every mode
 * needs (the poll, the store, loading) and lends it through a `VotingHost`.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { PleinError, newIdempotencyKey, type Locale, type PleinStore, type Poll, type PollResults } from '@plein/core';
import { errorText, type FeedbackController, type StoreTimeouts } from '@plein/ui';
import type { PleinPollEventDetail, PleinPollEventName } from './events.js';
import type { PollStrings } from './poll.strings.js';
import { voteCard, type VoteViewState } from './vote-view.js';

/** What the element lends: its current poll and store, and the ways it writes and tells. */
export interface VotingHost {
  element: ReactiveControllerHost;
  feedback: Pick<FeedbackController, 'toast'>;
  timeouts: Pick<StoreTimeouts, 'guard'>;
  store(): PleinStore | undefined;
  poll(): Poll | undefined;
  /** Changes when the element starts over; a write that outlives it is dropped. */
  generation(): number;
  locale(): Locale;
  strings(): PollStrings;
  resultsAfter(poll: Poll): Promise<PollResults>;
  show(poll: Poll, results: PollResults): void;
  emit<K extends PleinPollEventName>(name: K, detail: PleinPollEventDetail<K>): void;
  failed(error: unknown): void;
  focusLater(...selectors: string[]): Promise<void>;
  copy(url: string): void;
}

/** What the card shows beyond the vote form's state (which `Voting` keeps itself). */
export type CardView = Pick<VoteViewState, 'poll' | 'results' | 'strings' | 'format' | 'now' | 'url' | 'highlighted'>;

export class Voting {
  /** Answers ticked in the vote form; kept when a vote fails, so nothing has to be chosen again. */
  private selection: readonly string[] = [];
  private selectionTouched = false;
  private changing = false;
  private peeking = false;
  private busy?: 'vote' | 'close';
  private voteError?: string;
  private confirmingClose = false;
  /** One key per choice until the store confirms it: a retry re-sends the very same vote. */
  private voteKey?: { key: string; choice: string };
  private closeKey?: string;

  constructor(private readonly host: VotingHost) {}

  /** Forgets the previous poll's form. */
  reset(): void {
    // A write still under way belongs to the previous poll: it is dropped when it ends.
    this.busy = undefined;
    this.selection = [];
    this.selectionTouched = false;
    this.voteKey = undefined;
    this.closeKey = undefined;
    this.changing = false;
    this.peeking = false;
    this.voteError = undefined;
    this.confirmingClose = false;
  }

  /** A new version of the poll is shown. */
  shown(poll: Poll): void {
    // The viewer's stored choice fills the form, unless they are busy choosing something else.
    if (!this.selectionTouched) this.selection = poll.anonymous ? [] : (poll.viewer.choice ?? []);
    if (poll.status === 'closed') {
      this.changing = false;
      this.confirmingClose = false;
    }
  }

  card(view: CardView): TemplateResult {
    const { host } = this;
    const { poll } = view;
    return voteCard(
      {
        ...view,
        selection: this.selection,
        changing: this.changing,
        peeking: this.peeking,
        busy: this.busy,
        voteError: this.voteError,
        confirmingClose: this.confirmingClose,
      },
      {
        submit: this.submit,
        choose: (optionId, checked) => this.choose(poll, optionId, checked),
        startChange: () => void this.changeVote(true),
        stopChange: () => void this.changeVote(false),
        peek: (on) => {
          this.peeking = on;
          void host.focusLater(on ? '.outcome' : '.options input');
        },
        copy: (url) => host.copy(url),
        askClose: () => {
          this.confirmingClose = true;
          void host.focusLater('.confirm-close');
        },
        cancelClose: () => {
          this.confirmingClose = false;
          void host.focusLater('.close-poll');
        },
        close: () => void this.closePoll(),
      },
    );
  }

  private choose(poll: Poll, optionId: string, checked: boolean): void {
    this.selectionTouched = true;
    this.voteError = undefined;
    if (poll.kind === 'single') {
      this.selection = checked ? [optionId] : [];
    } else {
      const rest = this.selection.filter((id) => id !== optionId);
      this.selection = checked && rest.length < poll.maxChoices ? [...rest, optionId] : rest;
    }
    this.host.element.requestUpdate();
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const { host } = this;
    const poll = host.poll();
    if (!poll || this.busy) return;
    const choice = [...this.selection];
    if (choice.length === 0) {
      this.voteError = errorText(host.locale(), new PleinError('invalid', { field: 'optionIds', reason: 'no-choice' }));
      return host.focusLater('.options input:not(:disabled)');
    }
    const signature = [...choice].sort().join('\n');
    if (this.voteKey?.choice !== signature) this.voteKey = { key: newIdempotencyKey(), choice: signature };
    const { key } = this.voteKey;
    const wasChange = poll.viewer.hasVoted;
    this.voteError = undefined;
    const voted = await this.write(
      'vote',
      (store) => store.polls.vote(poll.id, choice, { idempotencyKey: key }),
      () => {
        this.voteKey = undefined;
        this.selectionTouched = false;
        this.changing = false;
        this.peeking = false;
      },
    );
    if (!voted) return;
    const strings = host.strings();
    host.feedback.toast(wasChange ? strings.voteChanged : strings.voteRecorded, { tone: 'success' });
    host.emit('plein-vote', { pollId: poll.id, optionIds: choice });
    await host.focusLater('.outcome');
  };

  private async closePoll(): Promise<void> {
    const { host } = this;
    const poll = host.poll();
    if (!poll || this.busy) return;
    const key = (this.closeKey ??= newIdempotencyKey());
    const closed = await this.write(
      'close',
      (store) => store.polls.close(poll.id, { idempotencyKey: key }),
      () => {
        this.closeKey = undefined;
        this.confirmingClose = false;
      },
    );
    if (!closed) return;
    host.feedback.toast(host.strings().pollClosed, { tone: 'success' });
    host.emit('plein-poll-closed', { pollId: poll.id });
    await host.focusLater('.outcome');
  }

  /**
   * A vote or a close, busy meanwhile: true once the store confirmed it and the new poll and
   * results (after `done`) are shown. A failure changes nothing (a retry sends the same key)
   * and says why.
   */
  private async write(
    busy: 'vote' | 'close',
    call: (store: PleinStore) => Promise<Poll>,
    done: () => void,
  ): Promise<boolean> {
    const { host } = this;
    const store = host.store();
    if (!store) return false;
    const generation = host.generation();
    const current = () => generation === host.generation();
    this.busy = busy;
    host.element.requestUpdate();
    try {
      const poll = await host.timeouts.guard(call(store));
      if (!current()) return false;
      const results = await host.resultsAfter(poll);
      if (!current()) return false;
      done();
      host.show(poll, results);
      return true;
    } catch (error) {
      if (current()) {
        host.feedback.toast(errorText(host.locale(), error), { tone: 'error' });
        host.failed(error);
      }
      return false;
    } finally {
      if (current()) {
        this.busy = undefined;
        host.element.requestUpdate();
      }
    }
  }

  /** Opens the vote form again with the stored choice (`on`), or closes it without voting. */
  private changeVote(on: boolean): Promise<void> {
    this.changing = on;
    this.peeking = false;
    this.selectionTouched = false;
    this.selection = this.host.poll()?.viewer.choice ?? [];
    this.voteError = undefined;
    return on ? this.host.focusLater('.options input:checked', '.options input') : this.host.focusLater('.change-vote');
  }
}
