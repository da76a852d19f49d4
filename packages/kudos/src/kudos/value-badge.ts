import { css, html, type TemplateResult } from 'lit';
import { styleProps } from '@plein/ui';
import type { KudosValue, Locale, LocalizedText } from '@plein/core';

/** Editors may write a value in one language only: show the viewer's, else English, else any. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en || Object.values(text).find(Boolean) || '';
}

/** Relative luminance of `#rrggbb` (WCAG 2). */
function luminance(color: string): number {
  const channel = (i: number) => {
    const c = parseInt(color.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Black or white, whichever reads better on `color` (an editor's colour may be light or dark). */
export function textOn(color: string): '#000000' | '#ffffff' {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return '#000000';
  const l = luminance(color);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

export interface ValueBadgeOptions {
  /** The office screen's badge, read from across a room. */
  large?: boolean;
}

/**
 * A value as a coloured badge: its emoji (decorative) and its name. The colours are set as
 * custom properties so each card can use them for its own accents. Styled by `valueBadgeStyles`.
 */
export function valueBadge(value: KudosValue, locale: Locale, options: ValueBadgeOptions = {}): TemplateResult {
  const style = { '--value-color': value.color, '--value-text': textOn(value.color) };
  return html`<span class="value-badge ${options.large ? 'large' : ''}" part="value" ${styleProps(style)}
    ><span class="value-emoji" aria-hidden="true">${value.emoji}</span
    ><span class="value-name">${localized(value.name, locale)}</span></span
  >`;
}

/**
 * The badge, wherever it is shown (a card, the values editor, the office screen): one look, so
 * the editor's preview is what the wall will show. `.large` scales it with its parent's type.
 */
export const valueBadgeStyles = css`
  .value-badge {
    display: inline-flex;
    align-items: center;
    align-self: flex-start;
    gap: var(--_plein-space-1);
    max-width: 100%;
    padding: 2px var(--_plein-space-2);
    border-radius: 1em;
    background: var(--value-color);
    color: var(--value-text);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .value-badge .value-emoji {
    flex: none;
  }
  .value-badge.large {
    gap: 0.35em;
    padding: 0.2em 0.6em;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .value-badge.large .value-emoji {
    font-size: 1.15em;
  }
  @media (forced-colors: active) {
    .value-badge {
      border: 1px solid CanvasText;
    }
  }
`;
