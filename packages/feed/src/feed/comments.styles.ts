import { css } from 'lit';

/** Threads: comments under a post, replies one level in, and the comment boxes. */
export const commentsStyles = css`
  .thread {
    padding-top: var(--_plein-space-2);
    border-top: 1px solid var(--_plein-border);
  }
  .comments {
    display: grid;
    gap: var(--_plein-space-3);
  }
  .comment-list,
  .replies {
    display: grid;
    gap: var(--_plein-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .comment-list > li {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .replies {
    margin-inline-start: var(--_plein-space-5);
    padding-inline-start: var(--_plein-space-3);
    border-inline-start: 2px solid var(--_plein-border);
  }
  .comment {
    display: grid;
    gap: var(--_plein-space-1);
    padding: var(--_plein-space-2);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
    outline: 3px solid transparent;
    outline-offset: 1px;
    transition:
      outline-color var(--_plein-duration-medium) var(--_plein-easing),
      background-color 1s var(--_plein-easing);
  }
  .comment:focus:not(:focus-visible) {
    outline-color: transparent;
  }
  .comment-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1);
  }
  .comment-foot .reply,
  .replies-toggle {
    display: inline-flex;
    align-items: center;
    min-height: 2em;
    padding: 0 var(--_plein-space-2);
    border: 1px solid transparent;
    border-radius: var(--_plein-radius-medium);
    background: transparent;
    color: var(--_plein-text-muted);
    font: inherit;
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    cursor: pointer;
  }
  .comment-foot .reply:hover,
  .replies-toggle:hover {
    background: var(--_plein-surface-hover);
    color: var(--_plein-text);
  }
  .comment-box {
    display: grid;
    gap: var(--_plein-space-2);
    margin: 0;
  }
  .comment-box textarea {
    min-height: 2.5em;
  }
  .comment-box .field-error {
    margin: 0;
  }
  .show-more {
    justify-self: start;
  }
  @media (pointer: coarse) {
    .comment-foot .reply,
    .replies-toggle {
      min-height: var(--_plein-touch-target);
    }
  }
  @media (max-width: 24em) {
    .replies {
      margin-inline-start: var(--_plein-space-2);
    }
  }
`;
