import { css } from 'lit';

/**
 * `mode="screen"`: a TV in a canteen, read from a few metres. Every size is in em of the stage,
 * whose type scales with the element's width (a container query unit), so the same layout fills
 * a 1920×1080 screen and a 1280×720 one; below about 700 px (a phone opening the screen page) it
 * stacks in plain page type. Every rule starts at `.screen`: a link to the give form turns the
 * screen into the wall in the same shadow root, and these rules must not reach it.
 */
export const screenStyles = css`
  .screen {
    container-type: inline-size;
    background: var(--_plein-surface-subtle);
    color: var(--_plein-text);
  }
  .screen .stage {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 12em;
    grid-template-rows: auto minmax(0, 1fr);
    grid-template-areas: 'top top' 'main give';
    gap: 0.75em 1.25em;
    aspect-ratio: 16 / 9;
    padding: 1em 1.5em 1.5em;
    font-size: clamp(16px, 1.5cqi, 48px);
    line-height: 1.35;
  }
  .screen .stage.empty {
    grid-template-columns: minmax(0, 1fr) 16em;
  }

  .screen .screen-top {
    grid-area: top;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    min-height: 1.5em;
  }
  .screen .screen-title {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_plein-font-weight-strong);
    color: var(--_plein-text-muted);
    letter-spacing: 0.02em;
  }
  .screen .connection {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    color: var(--_plein-text-muted);
    font-size: 0.75em;
  }
  .screen .connection-dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_plein-warning);
  }

  .screen .screen-main {
    grid-area: main;
    display: grid;
    min-height: 0;
  }

  /* ---- one kudos */
  .screen .screen-card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    min-width: 0;
    min-height: 0;
    padding: 1.25em 1.5em;
    border: 1px solid var(--_plein-border);
    border-inline-start: 0.35em solid var(--value-color, var(--_plein-accent));
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    box-shadow: var(--_plein-shadow-medium);
    overflow: hidden;
  }
  .screen .screen-card.loading {
    justify-content: center;
    border-inline-start-color: var(--_plein-border);
  }
  .screen .screen-card.loading .skeleton-line {
    height: 1.25em;
  }
  .screen .card-top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .screen .fresh {
    padding: 0.15em 0.5em;
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-accent);
    color: var(--_plein-on-accent);
    font-size: 0.75em;
    font-weight: var(--_plein-font-weight-strong);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .screen .people {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
    margin: 0;
    font-size: 1.15em;
    line-height: 1.25;
  }
  .screen .giver,
  .screen .recipients {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-width: 0;
  }
  .screen .people .avatar.large {
    width: 2.2em;
    height: 2.2em;
  }
  .screen .people .avatar.large .initials {
    font-size: 0.9em;
  }
  .screen .screen-faces {
    display: inline-flex;
  }
  .screen .screen-faces .avatar + .avatar {
    margin-inline-start: -0.25em;
    box-shadow: 0 0 0 0.12em var(--_plein-surface);
  }
  .screen .people .avatar.more {
    background: var(--_plein-text-muted);
    color: var(--_plein-surface);
  }
  .screen .recipients .person-name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .screen .arrow {
    color: var(--_plein-text-muted);
    font-size: 1.2em;
  }

  /* Centred in the room the card has left, in a size that suits its length. */
  .screen .message {
    min-height: 0;
    margin: auto 0;
    font-size: 2.5em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.25;
    overflow-wrap: anywhere;
    overflow: hidden;
  }
  .screen .message::before {
    content: '“' / '';
    color: var(--value-color, var(--_plein-accent));
  }
  .screen .message::after {
    content: '”' / '';
    color: var(--value-color, var(--_plein-accent));
  }
  .screen .message.medium {
    font-size: 1.9em;
  }
  .screen .message.long {
    font-size: 1.45em;
    font-weight: normal;
    line-height: 1.3;
  }
  .screen .message.longest {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 10;
    font-size: 1.1em;
    font-weight: normal;
    line-height: 1.35;
  }
  .screen .message .rich-link {
    color: inherit;
  }
  .screen .message .rich-tag,
  .screen .message .rich-mention {
    color: var(--_plein-accent);
  }

  .screen .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
    color: var(--_plein-text-muted);
    font-size: 0.8em;
  }
  .screen .reactions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .screen .reactions li {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_plein-text);
  }

  /* ---- now and then: the month's most-given values */
  .screen .board-card {
    justify-content: center;
    gap: 1em;
    border-inline-start-color: var(--_plein-accent);
  }
  .screen .board-title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  .screen .board-card .ranking {
    gap: 0.75em;
    font-size: 1.15em;
  }
  .screen .board-card .bar {
    height: 0.6em;
  }

  /* ---- nothing yet: an invitation */
  .screen .screen-empty {
    display: grid;
    align-content: center;
    justify-items: start;
    gap: 0.5em;
    padding: 1.5em 2em;
  }
  .screen .screen-empty p {
    margin: 0;
  }
  .screen .empty-emoji {
    font-size: 3em;
    line-height: 1;
  }
  .screen .empty-heading {
    font-size: 2.4em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.15;
  }
  .screen .empty-message {
    max-width: 24em;
    color: var(--_plein-text-muted);
    font-size: 1.2em;
  }

  /* ---- give from your phone */
  .screen .screen-give {
    grid-area: give;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.6em;
    min-width: 0;
    padding: 0.75em;
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    text-align: center;
  }
  .screen .screen-give-title {
    margin: 0;
    font-size: 1em;
    line-height: 1.25;
  }
  .screen .screen-give .qr {
    display: block;
    width: 100%;
    max-width: 14em;
    height: auto;
    aspect-ratio: 1;
    border-radius: var(--_plein-radius-small);
    background: #ffffff;
  }
  .screen .screen-give .qr-placeholder {
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }
  .screen .screen-give-url {
    margin: 0;
    color: var(--_plein-text-muted);
    font-size: 0.7em;
    overflow-wrap: break-word;
  }
  .screen .screen-give-url .address {
    display: block;
    color: var(--_plein-text);
    font-weight: var(--_plein-font-weight-strong);
  }

  /* ---- motion: a soft change of card, a livelier arrival; none under reduced motion */
  @media (prefers-reduced-motion: no-preference) {
    .screen .screen-card:not(.loading) {
      animation: kudos-screen-in 400ms var(--_plein-easing);
    }
    .screen .screen-card.arrived {
      animation: kudos-screen-arrive 900ms cubic-bezier(0.2, 0.9, 0.3, 1.2);
    }
    .screen .connection-dot {
      animation: kudos-screen-pulse 1.6s ease-in-out infinite alternate;
    }
  }
  @keyframes kudos-screen-in {
    from {
      opacity: 0;
    }
  }
  @keyframes kudos-screen-arrive {
    0% {
      opacity: 0;
      transform: translateY(0.75em) scale(0.96);
      box-shadow: 0 0 0 0 var(--value-color, var(--_plein-accent));
    }
    60% {
      opacity: 1;
      box-shadow: 0 0 0 0.4em color-mix(in srgb, var(--value-color, var(--_plein-accent)) 35%, transparent);
    }
  }
  @keyframes kudos-screen-pulse {
    to {
      opacity: 0.35;
    }
  }

  @media (forced-colors: active) {
    .screen .screen-card,
    .screen .screen-give {
      border-color: CanvasText;
    }
  }

  /* ---- narrow: a phone or a side column, in the page's own type */
  @container (max-width: 44em) {
    .screen .stage,
    .screen .stage.empty {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'top' 'main' 'give';
      aspect-ratio: auto;
      padding: var(--_plein-space-3);
      font-size: 1em;
    }
    .screen .message {
      font-size: 1.4em;
    }
    .screen .message.medium {
      font-size: 1.2em;
    }
    .screen .message.long,
    .screen .message.longest {
      font-size: 1em;
    }
    .screen .empty-heading {
      font-size: 1.6em;
    }
    .screen .recipients {
      flex-wrap: wrap;
    }
    .screen .recipients .person-name {
      display: inline;
    }
    .screen .screen-give .qr {
      max-width: 10em;
    }
  }
`;
