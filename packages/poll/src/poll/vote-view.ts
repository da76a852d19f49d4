import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Formatters, Poll, PollResults } from '@plein/core';
import { closedLabel, closesLabel } from './deadline.js';
import { resultsView } from './results.js';
import type { PollStrings } from './poll.strings.js';

/** Everything the vote card shows; the element owns the state. */
export interface VoteViewState {
  poll: Poll;
  results: PollResults;
  strings: PollStrings;
  format: Formatters;
  now: number;
  /** The poll's permalink. */
  url: string;
  /** Answers ticked in the form (kept when a vote fails). */
  selection: readonly string[];
  changing: boolean;
  peeking: boolean;
  busy?: 'vote' | 'close';
  voteError?: string;
  confirmingClose: boolean;
  highlighted: boolean;
}

/** What the card's controls ask the element to do. */
export interface VoteViewActions {
  submit(event: Event): void;
  choose(optionId: string, checked: boolean): void;
  startChange(): void;
  stopChange(): void;
  peek(on: boolean): void;
  copy(url: string): void;
  askClose(): void;
  cancelClose(): void;
  close(): void;
}

/**
 * The poll as a card: the vote form (a fieldset of native radios or checkboxes whose legend is
 * the question) while the viewer can vote, otherwise the outcome (results or why they are
 * hidden); under it the footer with voters, deadline, permalink and closing.
 */
export function voteCard(view: VoteViewState, actions: VoteViewActions): TemplateResult {
  const { poll } = view;
  const showForm =
    poll.status === 'open' && poll.viewer.canVote && (!poll.viewer.hasVoted || view.changing) && !view.peeking;
  return html`<article class="card poll ${view.highlighted ? 'highlight' : ''}" part="base">
    ${showForm ? voteForm(view, actions) : outcome(view, actions)} ${footer(view, actions)}
  </article>`;
}

function voteForm(view: VoteViewState, actions: VoteViewActions): TemplateResult {
  const { poll, results, strings, format, selection } = view;
  const multiple = poll.kind === 'multiple';
  const max = multiple ? poll.maxChoices : 1;
  const limited = multiple && max < poll.options.length;
  const full = limited && selection.length >= max;
  const hint = !multiple ? strings.chooseOne : limited ? strings.chooseUpTo(max, format) : strings.chooseAny;
  const busy = view.busy === 'vote';
  const described = ['choice-hint', poll.anonymous ? 'anonymous-note' : '', view.voteError ? 'vote-error' : '']
    .filter(Boolean)
    .join(' ');
  return html`<form class="vote-form" novalidate @submit=${actions.submit}>
    <fieldset class="options" part="options" aria-describedby=${described}>
      <legend class="question" id="poll-question" part="question">${poll.question}</legend>
      <p class="hint" id="choice-hint">
        ${hint}${full ? html` <span class="max-reached">${strings.maxReached(max, format)}</span>` : nothing}
      </p>
      ${
        poll.anonymous
          ? html`<p class="notice anonymous" id="anonymous-note">
              <strong>${strings.anonymous}</strong> ${strings.votesFinal}
            </p>`
          : nothing
      }
      <div class="choices">
        ${poll.options.map((option) => {
          const checked = selection.includes(option.id);
          return html`<label class="option ${checked ? 'checked' : ''}" part="option">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name="choice"
              value=${option.id}
              .checked=${live(checked)}
              ?disabled=${full && !checked}
              @change=${(event: Event) => actions.choose(option.id, (event.target as HTMLInputElement).checked)}
            />
            <span class="option-label">${option.label}</span>
          </label>`;
        })}
      </div>
      ${view.voteError ? html`<p class="field-error" id="vote-error">${view.voteError}</p>` : nothing}
    </fieldset>
    <div class="actions">
      <button type="submit" class="button primary vote" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? strings.sending : view.changing ? strings.updateVote : strings.vote}
      </button>
      ${
        view.changing
          ? html`<button type="button" class="button cancel-change" @click=${actions.stopChange}>
              ${strings.cancel}
            </button>`
          : results.visible
            ? html`<button type="button" class="button subtle see-results" @click=${() => actions.peek(true)}>
                ${strings.showResults}
              </button>`
            : nothing
      }
    </div>
  </form>`;
}

function outcome(view: VoteViewState, actions: VoteViewActions): TemplateResult {
  const { poll, results, strings, format } = view;
  const open = poll.status === 'open';
  // Anonymous polls never show a choice, even one this browser still remembers.
  const mine = poll.anonymous ? [] : (poll.viewer.choice ?? []);
  const labels = poll.options.filter((option) => mine.includes(option.id)).map((option) => option.label);
  const canChange = open && poll.viewer.hasVoted && poll.viewer.canVote && !poll.anonymous;
  return html`<section class="outcome" tabindex="-1" aria-labelledby="poll-question">
    <h2 class="question" id="poll-question" part="question">${poll.question}</h2>
    ${
      poll.viewer.hasVoted
        ? html`<p class="voted-note">
            ${poll.anonymous ? strings.votedAnonymously : strings.youChose(labels, format)}
          </p>`
        : nothing
    }
    ${poll.anonymous && open ? html`<p class="notice anonymous">${strings.anonymous}</p>` : nothing}
    ${
      results.visible
        ? resultsView({ poll, results, strings, format, mine })
        : html`<p class="notice hidden-results" part="results">
            ${results.reason === 'until-close' ? strings.resultsUntilClose : strings.resultsAfterVote}
          </p>`
    }
    ${
      canChange || view.peeking
        ? html`<div class="actions">
            ${
              canChange
                ? html`<button type="button" class="button change-vote" @click=${actions.startChange}>
                    ${strings.changeVote}
                  </button>`
                : nothing
            }
            ${
              view.peeking
                ? html`<button type="button" class="button back-to-vote" @click=${() => actions.peek(false)}>
                    ${strings.backToVote}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
  </section>`;
}

function footer(view: VoteViewState, actions: VoteViewActions): TemplateResult {
  const { poll, results, strings, format, url } = view;
  const open = poll.status === 'open';
  const closing = view.busy === 'close';
  return html`<footer class="footer" part="footer">
    <p class="status">
      <span class="voters">${strings.voters(results.voterCount, format)}</span>
      ${deadlineStatus(poll, view.now, strings, format)}
    </p>
    <div class="footer-actions">
      <a class="permalink" href=${url}>${strings.permalink}</a>
      <button type="button" class="button subtle copy-link" @click=${() => actions.copy(url)}>
        ${strings.copyLink}
      </button>
      ${
        open && poll.viewer.canClose && !view.confirmingClose
          ? html`<button type="button" class="button subtle close-poll" @click=${actions.askClose}>
              ${strings.closePoll}
            </button>`
          : nothing
      }
    </div>
    ${
      open && view.confirmingClose
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${strings.confirmClose}</p>
            <div class="actions">
              <button
                type="button"
                class="button danger confirm-close"
                aria-disabled=${closing ? 'true' : 'false'}
                @click=${actions.close}
              >
                ${closing ? strings.sending : strings.confirmCloseYes}
              </button>
              <button type="button" class="button cancel-close" @click=${actions.cancelClose}>${strings.cancel}</button>
            </div>
          </div>`
        : nothing
    }
  </footer>`;
}

/** "Closes in 3 minutes" (the countdown re-renders it) or "Closed 2 days ago". */
export function deadlineStatus(
  poll: Poll,
  now: number,
  strings: PollStrings,
  format: Formatters,
): TemplateResult | typeof nothing {
  if (poll.status === 'open' && poll.closesAt) {
    return html`<time class="countdown" datetime=${poll.closesAt} title=${format.date(poll.closesAt)}
      >${closesLabel(poll.closesAt, now, strings, format)}</time
    >`;
  }
  if (poll.status !== 'closed') return nothing;
  const at = poll.closedAt ?? poll.closesAt;
  return at
    ? html`<time class="closed-at" datetime=${at} title=${format.date(at)}
        >${closedLabel(at, now, strings, format)}</time
      >`
    : html`<span class="closed-at">${strings.closed}</span>`;
}
