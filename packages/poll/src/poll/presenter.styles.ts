import { css } from 'lit';

/** `mode="presenter"`: results for the back of a room (adopted with the presenter code). */
export const presenterStyles = css`
  .presenter {
    transition:
      outline-color var(--_plein-duration-medium) var(--_plein-easing),
      background-color var(--_plein-duration-medium) var(--_plein-easing);
    outline: 3px solid transparent;
    outline-offset: 2px;
    padding: var(--_plein-space-5);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    font-size: var(--plein-poll-presenter-size, 1.5em);
    --plein-poll-bar-height: 1em;
  }
  .presenter.highlight {
    outline-color: var(--_plein-accent);
  }
  .presenter .question {
    margin-bottom: var(--_plein-space-4);
    font-size: 1.6em;
    line-height: 1.2;
  }
  .presenter-body {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: var(--_plein-space-6);
    align-items: start;
  }
  .results.large .result-list {
    gap: var(--_plein-space-4);
  }
  .results.large .result-share {
    font-size: 1.25em;
  }
  .results.large .bar {
    box-shadow: inset 0 0 0 2px var(--_plein-text);
  }
  .results.large .bar-fill {
    fill: var(--_plein-text);
  }
  .presenter-side {
    display: grid;
    gap: var(--_plein-space-3);
    justify-items: start;
  }
  .presenter-count {
    font-size: 1.4em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.2;
  }
  .presenter-status {
    color: var(--_plein-text);
  }
  .qr-figure {
    display: grid;
    gap: var(--_plein-space-2);
    width: 100%;
    margin: 0;
  }
  .qr {
    display: block;
    width: min(100%, 12em);
    aspect-ratio: 1;
    height: auto;
    border-radius: var(--_plein-radius-small);
    background: #ffffff;
  }
  .qr-placeholder {
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }
  .qr-figure figcaption {
    display: grid;
    gap: var(--_plein-space-1);
  }
  .go-to {
    font-size: max(12px, 0.7em);
  }
  @container (max-width: 40em) {
    .presenter {
      padding: var(--_plein-space-3);
      font-size: var(--plein-poll-presenter-size, 1.125em);
    }
    .presenter-body {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_plein-space-4);
    }
  }
`;
