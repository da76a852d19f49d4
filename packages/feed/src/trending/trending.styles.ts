import { css } from 'lit';

/** `<plein-trending>`: a calm sidebar list that fits 320 px. */
export const trendingStyles = css`
  .trending {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-2) 0;
    border-bottom: 1px solid var(--_plein-border);
  }
  .item:last-child {
    border-bottom: 0;
  }
  .rank {
    color: var(--_plein-text-muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .body {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .tag {
    align-self: flex-start;
    border-radius: var(--_plein-radius-small);
    color: var(--_plein-accent);
    font-weight: var(--_plein-font-weight-strong);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .tag:hover {
    text-decoration: underline;
  }
  .uses {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .trend {
    padding: 0 var(--_plein-space-1);
    border: 1px solid transparent;
    border-radius: var(--_plein-radius-small);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .trend.up {
    color: var(--_plein-success);
  }
  .trend.down {
    color: var(--_plein-danger);
  }
  .trend.same {
    color: var(--_plein-text-muted);
  }
  .trend.new {
    border-color: currentColor;
    color: var(--_plein-accent);
  }
  @media (pointer: coarse) {
    .tag {
      display: inline-flex;
      align-items: center;
      min-height: var(--_plein-touch-target);
    }
  }
`;
