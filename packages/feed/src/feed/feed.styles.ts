import { css } from 'lit';

/**
 * `<plein-feed>` on first load: the toolbar, posts, reactions and pins. Calm cards on the 4 px
 * grid, everything in em, every row wraps (320 px and up), 44 px targets on touch. The parts
 * loaded on demand (composer, comments, menus, the live half with its pill) bring their own styles.
 */
export const feedStyles = css`
  p,
  h2,
  h3 {
    margin: 0;
  }
  .feed {
    display: grid;
    gap: var(--_plein-space-3);
  }

  /* ---- toolbar: search and the active filter */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
  }
  .search {
    position: relative;
    flex: 1 1 12em;
    margin: 0;
  }
  .search svg {
    position: absolute;
    inset-inline-start: var(--_plein-space-2);
    top: 50%;
    width: 1em;
    height: 1em;
    translate: 0 -50%;
    color: var(--_plein-text-muted);
    pointer-events: none;
  }
  /* More specific than the shared form styles' input rule (adopted later, with the composer), so
     the text starts after the icon: space, icon, space. */
  .search input[type='search'] {
    width: 100%;
    min-height: 2.25em;
    padding: var(--_plein-space-1) var(--_plein-space-2);
    padding-inline-start: calc(var(--_plein-space-2) * 2 + 1em);
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    font: inherit;
  }
  .search input::placeholder {
    color: var(--_plein-text-muted);
    opacity: 1;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
    min-height: 2em;
    padding: 0 var(--_plein-space-2);
    border: 1px solid var(--_plein-accent);
    border-radius: 1em;
    background: var(--_plein-accent-subtle);
    color: var(--_plein-text);
    font: inherit;
    font-weight: var(--_plein-font-weight-strong);
    cursor: pointer;
  }

  /* ---- posts */
  .list,
  .pinned,
  .linked {
    display: grid;
    gap: var(--_plein-space-3);
  }
  .list > article {
    /* The virtualizer positions children itself: spacing by margin, not gap. */
    margin-bottom: var(--_plein-space-3);
  }
  .section-heading {
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    color: var(--_plein-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .entry {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .list:not(.virtual) > .post {
    /*
     * Posts below the screen skip layout and paint until they come near it: most of a first
     * render's cost. Not in the virtualized list, which measures every post it places.
     */
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .post {
    display: grid;
    gap: var(--_plein-space-2);
    width: 100%;
    outline: 3px solid transparent;
    outline-offset: 2px;
    /* A highlight fades out slowly; under reduced motion it just goes. */
    transition:
      outline-color var(--_plein-duration-medium) var(--_plein-easing),
      background-color 1s var(--_plein-easing);
  }
  .post:focus {
    outline-color: var(--_plein-focus-ring);
  }
  .post:focus:not(:focus-visible) {
    outline-color: transparent;
  }
  .entry.highlight,
  .post.highlight {
    outline: 3px solid var(--_plein-accent);
    background: var(--_plein-accent-subtle);
  }
  .post.pinned {
    border-color: var(--_plein-border-strong);
  }
  .post.announcement {
    border-color: var(--_plein-accent);
    border-inline-start-width: 4px;
    background: linear-gradient(var(--_plein-accent-subtle), var(--_plein-surface) 6em);
  }
  .post.announcement.highlight {
    background: var(--_plein-accent-subtle);
  }
  .pin-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
  }
  .announcement .pin-line {
    color: var(--_plein-accent);
    font-size: var(--_plein-font-size);
  }
  .until {
    font-weight: normal;
    color: var(--_plein-text-muted);
  }

  .entry-head {
    display: flex;
    align-items: flex-start;
    gap: var(--_plein-space-2);
  }
  .byline {
    display: grid;
    flex: 1;
    min-width: 0;
    line-height: 1.3;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_plein-space-1);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .meta a {
    color: inherit;
  }
  .meta a:hover {
    color: var(--_plein-text);
  }
  .menu-anchor {
    position: relative;
    flex: none;
  }
  .more,
  .reaction,
  .who,
  .comments-toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_plein-space-1);
    min-width: 2em;
    min-height: 2em;
    margin: 0;
    padding: 0 var(--_plein-space-2);
    border: 1px solid transparent;
    border-radius: var(--_plein-radius-medium);
    background: transparent;
    color: var(--_plein-text-muted);
    font: inherit;
    font-size: max(12px, var(--_plein-font-size-small));
    cursor: pointer;
  }
  .more:hover,
  .reaction:hover,
  .who:hover,
  .comments-toggle:hover {
    background: var(--_plein-surface-hover);
    color: var(--_plein-text);
  }

  .text {
    white-space: normal;
  }
  .rich-link,
  .rich-tag {
    color: var(--_plein-accent);
  }
  .rich-mention {
    color: var(--_plein-accent);
  }
  .notice {
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-warning);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-warning-subtle);
  }
  .notice p + p {
    margin-top: var(--_plein-space-1);
  }

  .images {
    display: grid;
    grid-template-columns: repeat(2, 1fr);
    gap: var(--_plein-space-1);
    border-radius: var(--_plein-radius-medium);
    overflow: hidden;
  }
  .images.n1 {
    grid-template-columns: 1fr;
  }
  .images img {
    display: block;
    width: 100%;
    max-height: 24em;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: var(--_plein-surface-subtle);
  }
  .images.n1 img {
    aspect-ratio: auto;
    object-fit: contain;
  }
  .images.n3 img:first-child {
    grid-row: span 2;
    height: 100%;
  }

  /* ---- reactions and the comments toggle */
  .entry-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-1);
    padding-top: var(--_plein-space-1);
    border-top: 1px solid var(--_plein-border);
  }
  .reactions,
  .reaction-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px;
  }
  .reaction {
    padding: 0 var(--_plein-space-1);
    border-radius: 1em;
  }
  .reaction .emoji {
    font-size: 1.125em;
    line-height: 1;
  }
  .reaction.mine {
    border-color: var(--_plein-accent);
    background: var(--_plein-accent-subtle);
    color: var(--_plein-text);
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .who {
    text-decoration: underline;
  }

  /* ---- loading more and the end (the pill is live.ts's) */
  .more-bar {
    display: grid;
    justify-items: center;
    gap: var(--_plein-space-2);
  }
  .end {
    text-align: center;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .part-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
    color: var(--_plein-danger);
  }
  .field-error {
    color: var(--_plein-danger);
  }

  @media (pointer: coarse) {
    .more,
    .reaction,
    .who,
    .comments-toggle,
    .chip,
    .search input {
      min-width: var(--_plein-touch-target);
      min-height: var(--_plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .reaction.mine {
      border-color: Highlight;
    }
    .entry.highlight,
    .post.highlight {
      outline-color: Highlight;
    }
  }
`;
