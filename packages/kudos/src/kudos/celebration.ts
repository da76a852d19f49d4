import { css, html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Clock, KudosValue } from '@plein/core';
import { Timer, styleProps } from '@plein/ui';

/** How long the celebration stays (its longest particle ends just before). */
export const CELEBRATION_MS = 1400;
const EMOJI_PARTICLES = 6;
const CONFETTI = 10;

/**
 * A short burst when the viewer gives kudos or receives them: the value's emoji float up and
 * confetti in the value's colour fly out from the middle of the screen. Decorative only: hidden
 * from assistive technology (the wall announces what happened), never in the way of the pointer,
 * and not shown at all under `prefers-reduced-motion`. A chunk of its own, loaded by the wall on
 * first use (or when the give form opens).
 */
export class Celebration {
  private shown: { emoji: string; color: string } | undefined;
  private plays = 0;
  private readonly timer: Timer;

  constructor(
    clock: () => Clock,
    private readonly update: () => void,
  ) {
    this.timer = new Timer(clock);
  }

  get active(): boolean {
    return this.shown !== undefined;
  }

  play(value: KudosValue | undefined): void {
    this.shown = { emoji: value?.emoji ?? '🎉', color: value?.color ?? '#0f6cbd' };
    this.plays++;
    this.timer.start(CELEBRATION_MS, () => this.stop());
    this.update();
  }

  stop(): void {
    this.timer.stop();
    if (!this.shown) return;
    this.shown = undefined;
    this.update();
  }

  render(): TemplateResult | typeof nothing {
    const shown = this.shown;
    if (!shown) return nothing;
    // Keyed by play, so a second celebration restarts the animation instead of joining the first.
    return html`${keyed(
      this.plays,
      html`<div class="celebration" part="celebration" aria-hidden="true" ${styleProps({ '--burst': shown.color })}>
        ${Array.from({ length: EMOJI_PARTICLES }, (_, i) => html`<span class="particle float f${i}">${shown.emoji}</span>`)}
        ${Array.from({ length: CONFETTI }, (_, i) => html`<span class="particle confetti c${i}"></span>`)}
      </div>`,
    )}`;
  }
}

/**
 * Where each particle goes: fixed numbers (no user data in the styles), a little irregular on
 * purpose. Emoji float up; confetti fly out in every direction.
 */
const particles = css`
  .celebration .f0 {
    --dx: -9em;
    --dy: -14em;
    --r: -12deg;
  }
  .celebration .f1 {
    --dx: -4em;
    --dy: -18em;
    --r: 8deg;
    animation-delay: 60ms;
  }
  .celebration .f2 {
    --dx: 1em;
    --dy: -12em;
    --r: -4deg;
    animation-delay: 120ms;
  }
  .celebration .f3 {
    --dx: 5em;
    --dy: -17em;
    --r: 12deg;
  }
  .celebration .f4 {
    --dx: 10em;
    --dy: -13em;
    --r: -8deg;
    animation-delay: 60ms;
  }
  .celebration .f5 {
    --dx: -1em;
    --dy: -20em;
    --r: 4deg;
    animation-delay: 120ms;
  }
  .celebration .c0 {
    --dx: -14em;
    --dy: -8em;
    --r: 220deg;
  }
  .celebration .c1 {
    --dx: -9em;
    --dy: -14em;
    --r: -160deg;
    animation-delay: 40ms;
  }
  .celebration .c2 {
    --dx: -3em;
    --dy: -16em;
    --r: 300deg;
    animation-delay: 80ms;
  }
  .celebration .c3 {
    --dx: 4em;
    --dy: -15em;
    --r: -240deg;
  }
  .celebration .c4 {
    --dx: 10em;
    --dy: -12em;
    --r: 180deg;
    animation-delay: 40ms;
  }
  .celebration .c5 {
    --dx: 15em;
    --dy: -6em;
    --r: -300deg;
    animation-delay: 80ms;
  }
  .celebration .c6 {
    --dx: 12em;
    --dy: 3em;
    --r: 260deg;
  }
  .celebration .c7 {
    --dx: -12em;
    --dy: 4em;
    --r: -200deg;
    animation-delay: 40ms;
  }
  .celebration .c8 {
    --dx: 6em;
    --dy: 6em;
    --r: 140deg;
    animation-delay: 80ms;
  }
  .celebration .c9 {
    --dx: -6em;
    --dy: 7em;
    --r: -120deg;
  }
`;

const burst = css`
  .celebration {
    position: fixed;
    inset: 0;
    z-index: 20;
    overflow: hidden;
    pointer-events: none;
  }
  .celebration .particle {
    position: absolute;
    left: 50%;
    top: 60%;
    opacity: 0;
    animation: plein-kudos-fly 1.1s cubic-bezier(0.2, 0.7, 0.3, 1) forwards;
  }
  .celebration .float {
    font-size: 2.5em;
    line-height: 1;
  }
  .celebration .confetti {
    top: 50%;
    width: 0.75em;
    height: 0.45em;
    border-radius: 2px;
    background: var(--burst);
  }
  .celebration .confetti:nth-child(even) {
    background: var(--_plein-accent);
  }
  @keyframes plein-kudos-fly {
    0% {
      opacity: 0;
      transform: translate(-50%, -50%) scale(0.4) rotate(0deg);
    }
    15%,
    70% {
      opacity: 1;
    }
    100% {
      opacity: 0;
      transform: translate(-50%, -50%) translate(var(--dx), var(--dy)) scale(1) rotate(var(--r));
    }
  }
  /* Nothing moves: the announcement says what happened. */
  @media (prefers-reduced-motion: reduce) {
    .celebration {
      display: none;
    }
  }
`;

export const celebrationStyles = [burst, particles];
/** Adopted by the wall when this chunk loads (the first celebration). */
export { celebrationStyles as styles };
