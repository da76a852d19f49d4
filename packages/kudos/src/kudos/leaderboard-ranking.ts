import { css, html, type TemplateResult } from 'lit';
import { styleProps } from '@plein/ui';
import { repeat } from 'lit/directives/repeat.js';

/** One ranked line: a value or a person, how often, and the bar's colour. */
export interface RankRow {
  id: string;
  /** What is ranked: a picture or emoji first, the name last (it wraps between words). */
  label: TemplateResult;
  count: number;
  /** The count as text ("12 kudos"): the bar is a picture of it, the text is what is read. */
  countText: string;
  /** `#rrggbb`; the accent when absent. */
  color?: string;
}

/**
 * A ranked list with a bar per line, its length relative to the first (the highest count), in
 * the line's colour. Shared by the leaderboard and the office screen's leaderboard card.
 */
export function ranking(rows: readonly RankRow[], label: string): TemplateResult {
  const top = Math.max(1, ...rows.map((row) => row.count));
  return html`<ol class="ranking" aria-label=${label}>
    ${repeat(
      rows,
      (row) => row.id,
      (row, index) =>
        html`<li class="rank-row">
          <span class="rank" aria-hidden="true">${index + 1}</span>
          <span class="rank-label">${row.label}</span>
          <span class="rank-count">${row.countText}</span>
          <span class="bar" aria-hidden="true"
            ><span
              class="bar-fill"
              ${styleProps({
                'inline-size': `${Math.max(2, (row.count / top) * 100)}%`,
                background: row.color,
              })}
            ></span
          ></span>
        </li>`,
    )}
  </ol>`;
}

export const rankingStyles = css`
  .ranking {
    display: grid;
    gap: var(--_plein-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The name has the whole line (long Dutch words fit a 20em column); the count follows its bar. */
  .ranking .rank-row {
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr) auto;
    grid-template-areas: 'rank label label' '. bar count';
    align-items: center;
    gap: var(--_plein-space-1) var(--_plein-space-2);
  }
  .ranking .rank {
    grid-area: rank;
    color: var(--_plein-text-muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .ranking .rank-label {
    grid-area: label;
    display: flex;
    align-items: center;
    gap: var(--_plein-space-2);
    min-width: 0;
  }
  /* The name (the label's last piece) wraps between words; a word longer than the line breaks only then. */
  .ranking .rank-label > :last-child {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .ranking .rank-emoji {
    flex: none;
    font-size: 1.15em;
    line-height: 1;
  }
  .ranking .rank-count {
    grid-area: count;
    font-weight: var(--_plein-font-weight-strong);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .ranking .bar {
    grid-area: bar;
    display: block;
    height: 0.5em;
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
    overflow: hidden;
  }
  .ranking .bar-fill {
    display: block;
    height: 100%;
    border-radius: inherit;
    background: var(--_plein-accent);
    /* A light value colour still shows its edge on a light track. */
    box-shadow: inset 0 0 0 1px color-mix(in srgb, currentColor 20%, transparent);
  }
  @media (forced-colors: active) {
    .ranking .bar {
      border: 1px solid CanvasText;
    }
    .ranking .bar-fill {
      background: CanvasText !important;
    }
  }
`;
