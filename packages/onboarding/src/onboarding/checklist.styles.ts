import { css } from 'lit';

/**
 * The checklist: phone first (one column, big touch targets, nothing wider than the screen),
 * overdue in a calm danger colour with an icon and words, due soon in the warning colour, done
 * ticked and struck through; the people a manager onboards as cards below.
 */
export const checklistStyles = css`
  .onboarding {
    display: grid;
    gap: var(--_plein-space-5);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .checklist {
    display: grid;
    gap: var(--_plein-space-3);
  }
  .head {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .head > p,
  .head h2 {
    margin: 0;
  }
  .eyebrow,
  .first-day,
  .person-detail,
  .task-meta,
  .phase-count {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .title,
  .section-heading {
    margin: 0;
    font-size: var(--_plein-font-size-large);
    line-height: 1.3;
  }
  .welcome {
    white-space: pre-line;
  }
  .notice {
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
  }
  .all-done {
    color: var(--_plein-success);
    font-weight: var(--_plein-font-weight-strong);
  }

  /* Progress: a bar and its words. */
  .progress {
    display: grid;
    gap: var(--_plein-space-1);
  }
  .progress-text {
    margin: 0;
    font-weight: var(--_plein-font-weight-strong);
  }
  .bar {
    height: 0.5em;
    overflow: hidden;
    border-radius: 999px;
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }
  .fill {
    display: block;
    height: 100%;
    width: calc(var(--share, 0) * 100%);
    border-radius: inherit;
    background: var(--_plein-accent);
    transition: width var(--_plein-duration-medium) var(--_plein-easing);
  }
  .overdue-badge,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
    justify-self: start;
    padding: 0 var(--_plein-space-2);
    border-radius: var(--_plein-radius-small);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
  }
  .overdue-badge {
    background: var(--_plein-danger-subtle);
    color: var(--_plein-danger);
  }
  .badge {
    background: var(--_plein-surface-subtle);
    color: var(--_plein-text-muted);
  }

  /* Phases: native <details>, the summary a full-width row. */
  .phases {
    display: grid;
    gap: var(--_plein-space-3);
  }
  .phase {
    position: relative;
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
  }
  .phase > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1) var(--_plein-space-2);
    min-height: var(--_plein-touch-target);
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-radius: inherit;
    cursor: pointer;
    list-style: none;
  }
  .phase > summary::-webkit-details-marker {
    display: none;
  }
  .phase > summary:hover {
    background: var(--_plein-surface-hover);
  }
  .chevron {
    flex: none;
    transition: transform var(--_plein-duration-short) var(--_plein-easing);
  }
  .whole > summary::-webkit-details-marker {
    display: none;
  }
  .phase[open] > summary .chevron,
  .whole[open] > summary .chevron {
    transform: rotate(90deg);
  }
  .phase-title {
    flex: 1 1 0;
    min-width: 6em;
    margin: 0;
    font-size: 1em;
  }
  .phase-count {
    margin-left: auto;
    white-space: nowrap;
  }
  .phase-done {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
    color: var(--_plein-success);
    font-weight: var(--_plein-font-weight-strong);
  }
  .phase-empty {
    margin: 0;
    padding: 0 var(--_plein-space-3) var(--_plein-space-3);
    color: var(--_plein-text-muted);
  }

  /* Tasks: the box in a 44 px target, then the words. */
  .tasks {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .task {
    display: flex;
    gap: var(--_plein-space-1);
    padding: var(--_plein-space-2) var(--_plein-space-3) var(--_plein-space-2) var(--_plein-space-1);
    border-top: 1px solid var(--_plein-border);
  }
  .tick {
    display: grid;
    flex: none;
    place-items: center;
    width: var(--_plein-touch-target);
    height: var(--_plein-touch-target);
    margin: calc(var(--_plein-space-2) * -1) 0;
    cursor: pointer;
  }
  .tick input {
    width: 1.375em;
    height: 1.375em;
    cursor: pointer;
  }
  .tick.mark {
    cursor: default;
  }
  .tick.mark::before {
    content: '';
    grid-area: 1 / 1;
    width: 1.25em;
    height: 1.25em;
    border: 1.5px dashed var(--_plein-border-strong);
    border-radius: 50%;
  }
  .tick.mark.is-done::before {
    border: 0;
    background: var(--_plein-success-subtle);
  }
  .tick.mark svg {
    grid-area: 1 / 1;
    color: var(--_plein-success);
  }
  .task-body {
    display: grid;
    flex: 1;
    gap: var(--_plein-space-1);
    min-width: 0;
    padding-top: calc((var(--_plein-touch-target) - 1.5em) / 2 - var(--_plein-space-2));
  }
  .task-body > p {
    margin: 0;
  }
  .task-title {
    font-weight: var(--_plein-font-weight-strong);
  }
  label.task-title {
    cursor: pointer;
  }
  .task-text {
    white-space: pre-line;
  }
  .task-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1) var(--_plein-space-3);
  }
  .due {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
  }
  .due svg {
    flex: none;
  }
  .state-overdue .due {
    color: var(--_plein-danger);
    font-weight: var(--_plein-font-weight-strong);
  }
  .state-due-soon .due {
    color: var(--_plein-warning);
    font-weight: var(--_plein-font-weight-strong);
  }
  .state-done .task-title {
    color: var(--_plein-text-muted);
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .state-done .due {
    color: var(--_plein-success);
  }
  .task-link {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_plein-space-2);
    justify-self: start;
    min-height: 2em;
    color: var(--_plein-accent);
    font-weight: var(--_plein-font-weight-strong);
    text-decoration: none;
  }
  .link-label {
    text-decoration: underline;
  }
  .task-link svg {
    margin-inline: calc(var(--_plein-space-1) - var(--_plein-space-2)) var(--_plein-space-1);
  }
  .task-link:hover .link-label {
    text-decoration-thickness: 2px;
  }
  .link-host {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: normal;
  }
  .task-error {
    color: var(--_plein-danger);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  @media (pointer: coarse) {
    .task-link {
      min-height: var(--_plein-touch-target);
    }
  }

  /* The people a manager or buddy onboards. */
  .assigned {
    display: grid;
    gap: var(--_plein-space-3);
  }
  .people {
    display: grid;
    gap: var(--_plein-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @media (min-width: 48em) {
    .people {
      grid-template-columns: repeat(auto-fill, minmax(22em, 1fr));
      align-items: start;
    }
  }
  .person {
    display: grid;
    gap: var(--_plein-space-3);
    min-width: 0;
  }
  .person-head {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-3);
  }
  .person-text {
    min-width: 0;
  }
  .person-name,
  .person-detail {
    margin: 0;
  }
  .person-name {
    font-size: 1em;
  }
  .person-progress {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .your-tasks {
    margin: 0;
    font-size: 1em;
  }
  .person > .tasks {
    margin: 0 calc(var(--_plein-space-4) * -1);
  }
  .person > .phase-empty {
    padding: 0;
  }
  .whole > summary {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-2);
    list-style: none;
    min-height: var(--_plein-touch-target);
    color: var(--_plein-accent);
    font-weight: var(--_plein-font-weight-strong);
    cursor: pointer;
  }
  .whole .phases {
    margin-top: var(--_plein-space-2);
  }
  @media (max-width: 24em) {
    .person > .tasks {
      margin: 0 calc(var(--_plein-space-3) * -1);
    }
  }

  /* A phase just completed: its mark pops, confetti fly from it. Nothing moves under reduced motion. */
  .celebrate > summary .phase-done {
    transform-origin: right center;
    animation: plein-onboarding-pop 600ms cubic-bezier(0.2, 0.8, 0.3, 1.4);
  }
  .celebration {
    position: absolute;
    top: 1.25em;
    right: 3em;
    width: 0;
    height: 0;
    pointer-events: none;
  }
  .celebration .piece {
    position: absolute;
    width: 0.5em;
    height: 0.3em;
    border-radius: 2px;
    background: var(--_plein-accent);
    opacity: 0;
    animation: plein-onboarding-confetti 1.2s cubic-bezier(0.2, 0.7, 0.3, 1) forwards;
  }
  .celebration .piece:nth-child(3n) {
    background: var(--_plein-success);
  }
  .celebration .piece:nth-child(3n + 1) {
    background: var(--_plein-warning);
  }
  .p0 {
    --dx: -5em;
    --dy: -2em;
    --r: 200deg;
  }
  .p1 {
    --dx: -3.5em;
    --dy: -3.5em;
    --r: -140deg;
  }
  .p2 {
    --dx: -1.5em;
    --dy: -4em;
    --r: 260deg;
  }
  .p3 {
    --dx: 0.5em;
    --dy: -4.5em;
    --r: -220deg;
  }
  .p4 {
    --dx: 2.5em;
    --dy: -3.5em;
    --r: 160deg;
  }
  .p5 {
    --dx: 4em;
    --dy: -2em;
    --r: -280deg;
  }
  .p6 {
    --dx: 4.5em;
    --dy: 1em;
    --r: 240deg;
  }
  .p7 {
    --dx: -4.5em;
    --dy: 1.5em;
    --r: -180deg;
  }
  .p8 {
    --dx: -2em;
    --dy: 2.5em;
    --r: 120deg;
  }
  .p9 {
    --dx: 2em;
    --dy: 2.5em;
    --r: -120deg;
  }
  .p10 {
    --dx: -3em;
    --dy: -5em;
    --r: 300deg;
  }
  .p11 {
    --dx: 3em;
    --dy: -5em;
    --r: -300deg;
  }
  @keyframes plein-onboarding-pop {
    0% {
      transform: scale(0.6);
    }
    60% {
      transform: scale(1.15);
    }
    100% {
      transform: scale(1);
    }
  }
  @keyframes plein-onboarding-confetti {
    0% {
      opacity: 1;
      transform: translate(0, 0) rotate(0deg);
    }
    80% {
      opacity: 1;
    }
    100% {
      opacity: 0;
      transform: translate(var(--dx), var(--dy)) rotate(var(--r));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .celebration {
      display: none;
    }
    .celebrate > summary .phase-done {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .fill {
      background: Highlight;
    }
    .bar {
      border: 1px solid CanvasText;
    }
  }
`;
