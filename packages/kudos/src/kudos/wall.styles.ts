import { css } from 'lit';

/**
 * The wall: toolbar, a person's heading, the grid of cards (one column on a phone, two or three
 * on a desktop), reactions and "Load more" (the filters, the pill and the delete confirmation
 * bring their own: `filters-bar.ts`, `live.ts`, `deleting.ts`).
 * Everything in em on the 4 px grid, every row wraps (320 px and up), 44 px targets on touch.
 *
 * The give form, the values editor and the leaderboard are drawn inside `.wall`, in the same
 * shadow root: so every rule here starts at one of the wall's own blocks (`.toolbar`,
 * `.filters`, `.segmented`, `.person-head`, `.layout`, `.kudos`, …), never at `.wall` alone,
 * and reaches nothing of theirs.
 */
export const wallStyles = css`
  .wall {
    display: grid;
    gap: var(--_plein-space-4);
    container-type: inline-size;
  }

  /* ---- toolbar and a person's heading */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
  }
  .toolbar .give-button {
    gap: var(--_plein-space-2);
  }
  .person-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-3) var(--_plein-space-4);
  }
  .person-head .person-text {
    flex: 1 1 10em;
    min-width: 0;
  }
  .person-head .person-title {
    margin: 0;
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .person-head .person-detail {
    margin: 0;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }

  /* ---- the grid, with the leaderboard beside it where there is room */
  .layout {
    display: grid;
    gap: var(--_plein-space-4);
    align-items: start;
  }
  .layout > .main {
    display: grid;
    gap: var(--_plein-space-3);
    min-width: 0;
  }
  @container (min-width: 52em) {
    .layout.with-board {
      grid-template-columns: minmax(0, 1fr) 20em;
    }
    .layout.with-board > .board {
      position: sticky;
      top: var(--_plein-space-2);
    }
  }
  .layout > .main > .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: var(--_plein-space-3);
  }

  /* ---- a card: the value's colour along its top edge */
  .kudos {
    display: flex;
    flex-direction: column;
    gap: var(--_plein-space-3);
    min-width: 0;
    border-top: 4px solid var(--value-color, var(--_plein-accent));
    scroll-margin: var(--_plein-space-4);
  }
  .kudos p {
    margin: 0;
  }
  .kudos:focus-visible {
    outline-offset: 2px;
  }
  .kudos.highlight {
    outline: 2px solid var(--_plein-accent);
    outline-offset: 2px;
  }
  .kudos .kudos-head {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .kudos .faces {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1);
  }
  .kudos .arrow {
    color: var(--_plein-text-muted);
  }
  .kudos .more-faces {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .kudos .kudos-title {
    overflow-wrap: anywhere;
  }
  .kudos-title .gave {
    color: var(--_plein-text-muted);
  }
  .kudos .text {
    flex: 1;
    overflow-wrap: anywhere;
    white-space: normal;
  }
  .kudos .text :is(.rich-link, .rich-mention) {
    color: var(--_plein-accent);
  }
  /* Hashtags are words here, not links (the wall has no tag filter): they must not look clickable. */
  .kudos .text .rich-tag {
    font-weight: 600;
  }
  .kudos .kudos-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-1) var(--_plein-space-2);
    padding-top: var(--_plein-space-2);
    border-top: 1px solid var(--_plein-border);
  }
  .kudos .time {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .kudos .time:hover {
    color: var(--_plein-text);
  }
  .kudos .kudos-actions,
  .kudos .reaction-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px;
  }
  .kudos .reaction,
  .kudos .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_plein-space-1);
    min-width: 2em;
    min-height: 2em;
    margin: 0;
    padding: 0 var(--_plein-space-1);
    border: 1px solid transparent;
    border-radius: 1em;
    background: transparent;
    color: var(--_plein-text-muted);
    font: inherit;
    font-size: max(12px, var(--_plein-font-size-small));
    cursor: pointer;
  }
  .kudos .icon-button {
    border-radius: var(--_plein-radius-medium);
  }
  .kudos .reaction:hover,
  .kudos .icon-button:hover {
    background: var(--_plein-surface-hover);
    color: var(--_plein-text);
  }
  .kudos .reaction .emoji {
    font-size: 1.125em;
    line-height: 1;
  }
  .kudos .reaction.mine {
    border-color: var(--_plein-accent);
    background: var(--_plein-accent-subtle);
    color: var(--_plein-text);
  }
  .kudos .count {
    font-variant-numeric: tabular-nums;
  }

  /* ---- loading more, the end and notices (the pill is live.ts's) */
  .more-bar {
    display: grid;
    justify-items: center;
    gap: var(--_plein-space-2);
  }
  .more-bar p {
    margin: 0;
  }
  .end {
    margin: 0;
    text-align: center;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .notice {
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-warning);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-warning-subtle);
  }
  .notice p {
    margin: 0;
  }
  .part-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
    color: var(--_plein-danger);
  }

  @media (pointer: coarse) {
    .kudos .reaction,
    .kudos .icon-button {
      min-width: var(--_plein-touch-target);
      min-height: var(--_plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .kudos .reaction.mine {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
    .kudos.highlight {
      outline-color: Highlight;
    }
  }
`;
