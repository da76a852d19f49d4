import { css } from 'lit';

/** The text field with mentions: its people list and counter (see MentionField). */
export const mentionFieldStyles = css`
  .mention-field {
    display: grid;
    gap: var(--_plein-space-1);
    min-width: 0;
  }
  .field-label {
    font-weight: var(--_plein-font-weight-strong);
  }
  .mention-box {
    position: relative;
  }
  .mention-box textarea {
    display: block;
  }
  .mention-list {
    position: absolute;
    inset-inline: 0;
    top: calc(100% + 2px);
    z-index: 5;
    max-height: 16em;
    margin: 0;
    padding: var(--_plein-space-1) 0;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    box-shadow: var(--_plein-shadow-large);
  }
  .mention-option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_plein-space-2);
    min-height: 2.5em;
    padding: var(--_plein-space-1) var(--_plein-space-3);
    cursor: pointer;
  }
  .mention-option[aria-selected='true'] {
    background: var(--_plein-accent-subtle);
    box-shadow: inset 3px 0 0 var(--_plein-accent);
  }
  .mention-name {
    font-weight: var(--_plein-font-weight-strong);
  }
  .mention-detail {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .counter {
    margin: 0;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    text-align: end;
  }
  .counter.over {
    color: var(--_plein-danger);
    font-weight: var(--_plein-font-weight-strong);
  }
  @media (pointer: coarse) {
    .mention-option {
      min-height: var(--_plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .mention-option[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
