/**
 * The SharePoint theme (IReadonlyTheme, the section's variant when the web part supports theme
 * variants) onto Plein's public tokens, set through the CSSOM (`style.setProperty`), which a
 * strict CSP allows, unlike a style attribute. Tokens the theme does not give are removed, so a
 * theme change never leaves a stale colour behind; those fall back to Plein's own defaults for
 * `theme="light"` or `theme="dark"` (from `isInverted`).
 *
 * Plein uses its accent as text on the surface too, and some SharePoint themes' primary colour
 * is below 4.5:1 on their own section background (Purple: #8764b8 on #f9f8fc is 4.36:1). Then the
 * accent becomes the theme's nearest shade that is readable there.
 */
import { THEME_TOKENS, type ThemeToken } from '@plein/core';
import { contrast, luminance } from './contrast.js';
import type { SpfxHost } from './public-api.js';

type Theme = NonNullable<SpfxHost['theme']>;

const READABLE = 4.5;

/** Semantic slots: the section's background and text (section backgrounds come this way). */
const SEMANTIC: [slot: string, token: ThemeToken][] = [
  ['bodyBackground', '--plein-surface'],
  ['bodyStandoutBackground', '--plein-surface-subtle'],
  ['bodyBackgroundHovered', '--plein-surface-hover'],
  ['bodyText', '--plein-text'],
  ['bodySubtext', '--plein-text-muted'],
  ['bodyDivider', '--plein-border'],
  ['inputBorder', '--plein-border-strong'],
  ['errorText', '--plein-danger'],
];

/** The palette's theme shades, in Fluent's order from light to dark. */
const SHADES = [
  'themeLighterAlt',
  'themeLighter',
  'themeLight',
  'themeTertiary',
  'themeSecondary',
  'themePrimary',
  'themeDarkAlt',
  'themeDark',
  'themeDarker',
];

const ACCENTS: ThemeToken[] = ['--plein-accent', '--plein-accent-hover', '--plein-accent-pressed'];

/** Every token this module may set. */
export const THEMED_TOKENS: readonly ThemeToken[] = [
  ...SEMANTIC.map(([, token]) => token),
  ...ACCENTS,
  '--plein-accent-subtle',
  '--plein-on-accent',
];

/** The token values for `theme`: only colours SharePoint gave. */
export function themeTokens(theme: Theme | undefined): Map<ThemeToken, string> {
  const tokens = new Map<ThemeToken, string>();
  const semantic = theme?.semanticColors ?? {};
  const palette = theme?.palette ?? {};
  for (const [slot, token] of SEMANTIC) {
    const value = colour(semantic[slot]);
    if (value) tokens.set(token, value);
  }
  const mode = theme?.isInverted ? 'dark' : 'light';
  const surface = tokens.get('--plein-surface') ?? THEME_TOKENS['--plein-surface'][mode];
  const text = tokens.get('--plein-text') ?? THEME_TOKENS['--plein-text'][mode];

  accents(palette, surface).forEach((value, i) => tokens.set(ACCENTS[i]!, value));
  const accent = tokens.get('--plein-accent');
  const subtle = colour(palette.themeLighter);
  if (accent && subtle && readable(text, subtle)) tokens.set('--plein-accent-subtle', subtle);
  if (accent) {
    const onAccent = colour(semantic.primaryButtonText);
    tokens.set(
      '--plein-on-accent',
      onAccent && readable(onAccent, accent)
        ? onAccent
        : (contrast('#ffffff', accent) ?? 0) >= (contrast('#000000', accent) ?? 0)
          ? '#ffffff'
          : '#000000',
    );
  }
  return tokens;
}

/**
 * The accent, its hover and its pressed colour: themePrimary, themeDarkAlt and themeDark when
 * the primary colour is readable on the surface (or cannot be measured); otherwise the readable
 * shades nearest to the primary colour.
 */
function accents(palette: Record<string, string>, surface: string): string[] {
  const primary = colour(palette.themePrimary);
  if (!primary) return [];
  const given = [primary, colour(palette.themeDarkAlt), colour(palette.themeDark)];
  const measured = contrast(primary, surface);
  if (measured === undefined || measured >= READABLE) return fill(given);
  const target = luminance(primary)!;
  const shades = SHADES.map((slot) => colour(palette[slot]))
    .filter((value): value is string => !!value && readable(value, surface))
    .sort((a, b) => Math.abs(luminance(a)! - target) - Math.abs(luminance(b)! - target));
  return shades.length ? fill(shades.slice(0, 3)) : fill(given);
}

/** Missing hover and pressed colours repeat the one before. */
function fill(values: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const value of values) out.push(value ?? out[out.length - 1]!);
  return out;
}

const readable = (a: string, b: string) => (contrast(a, b) ?? READABLE) >= READABLE;

function colour(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Applies `theme` to `element`: tokens, and `theme="dark"`/`"light"` when SharePoint gave a theme. */
export function applyTheme(element: HTMLElement, theme: Theme | undefined): void {
  const tokens = themeTokens(theme);
  for (const token of THEMED_TOKENS) {
    const value = tokens.get(token);
    if (value) element.style.setProperty(token, value);
    else element.style.removeProperty(token);
  }
  if (theme) element.setAttribute('theme', theme.isInverted ? 'dark' : 'light');
  else element.removeAttribute('theme');
}
