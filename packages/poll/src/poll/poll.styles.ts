import { css } from 'lit';

/**
 * `<plein-poll>`: calm, typographic, at home in a SharePoint page. Everything in em so it follows
 * the host's text size; every row wraps, so it works from 320 px wide. These are the rules of
 * every mode (next to ui's card surface and choice styles); the vote card (`vote.styles.ts`) and
 * the modes loaded on demand bring their own (`*.styles.ts` beside them) and the shared
 * `formStyles`.
 */
export const pollStyles = css`
  :host {
    container-type: inline-size;
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  .question {
    margin: 0 0 var(--_plein-space-2);
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  legend.question {
    /* A legend does not wrap by default in every engine. */
    width: 100%;
    white-space: normal;
  }

  .hint {
    display: block;
    margin: 0 0 var(--_plein-space-3);
  }
  .field .hint {
    margin: 0;
  }

  .notice {
    margin: 0 0 var(--_plein-space-3);
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-accent);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
    margin-top: var(--_plein-space-3);
  }

  .tag {
    display: inline-block;
    padding: 0 var(--_plein-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_plein-radius-small);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.5;
    white-space: nowrap;
  }
  .tag.open {
    color: var(--_plein-success);
  }

  /* ---- the poll card and its permalink highlight */
  .poll {
    transition:
      outline-color var(--_plein-duration-medium) var(--_plein-easing),
      background-color var(--_plein-duration-medium) var(--_plein-easing);
    outline: 3px solid transparent;
    outline-offset: 2px;
  }
  .highlight {
    outline-color: var(--_plein-accent);
    background: var(--_plein-accent-subtle);
  }

  .confirm {
    flex-basis: 100%;
    padding: var(--_plein-space-3);
    border: 1px solid var(--_plein-danger);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-danger-subtle);
    color: var(--_plein-text);
    font-size: var(--_plein-font-size);
  }
  .confirm .actions {
    margin-top: var(--_plein-space-2);
  }
`;
