/**
 * Theme tokens as plain data. The defaults follow Microsoft's Fluent 2 look (neutral greys,
 * one brand accent, 4 px grid, small radii, soft shadows) because most hosts are SharePoint
 * and Teams; every token is a `--plein-*` custom property a host page can override.
 * Sizes are in em (1em = 16 px on a default page), so widgets follow the host's text size.
 */
export interface ThemeValue {
  light: string;
  dark: string;
}

const same = (value: string): ThemeValue => ({ light: value, dark: value });

export const THEME_TOKENS = {
  // Colours. Every text/background pair here keeps a contrast of at least 4.5:1.
  '--plein-surface': { light: '#ffffff', dark: '#292929' },
  /** Wells, tracks of result bars, skeletons. */
  '--plein-surface-subtle': { light: '#f5f5f5', dark: '#1f1f1f' },
  '--plein-surface-hover': { light: '#f0f0f0', dark: '#3d3d3d' },
  '--plein-text': { light: '#242424', dark: '#ffffff' },
  '--plein-text-muted': { light: '#616161', dark: '#adadad' },
  /** Dividers and card edges (decorative). */
  '--plein-border': { light: '#e0e0e0', dark: '#525252' },
  /** Edges of inputs and controls: at least 3:1 against the surface. */
  '--plein-border-strong': { light: '#616161', dark: '#adadad' },
  /** The one accent: buttons, chosen options, links. Also used as text on the surface. */
  '--plein-accent': { light: '#0f6cbd', dark: '#479ef5' },
  '--plein-accent-hover': { light: '#115ea3', dark: '#62abf5' },
  '--plein-accent-pressed': { light: '#0c3b5e', dark: '#96c6fa' },
  /** Text and icons on an accent background. */
  '--plein-on-accent': { light: '#ffffff', dark: '#242424' },
  /** A quiet accent tint for selected rows and the viewer's own choice. */
  '--plein-accent-subtle': { light: '#ebf3fc', dark: '#082338' },
  '--plein-focus-ring': { light: '#000000', dark: '#ffffff' },
  '--plein-success': { light: '#0e700e', dark: '#54b054' },
  '--plein-success-subtle': { light: '#f1faf1', dark: '#052505' },
  '--plein-warning': { light: '#bc4b09', dark: '#faa06b' },
  '--plein-warning-subtle': { light: '#fff9f5', dark: '#4a1e04' },
  '--plein-danger': { light: '#b10e1c', dark: '#e37d80' },
  '--plein-danger-subtle': { light: '#fdf3f4', dark: '#3b0509' },

  // Type.
  '--plein-font-size': same('1em'),
  '--plein-font-size-small': same('0.875em'),
  '--plein-font-size-large': same('1.25em'),
  '--plein-line-height': same('1.5'),
  '--plein-font-weight-strong': same('600'),

  // Spacing on a 4 px grid.
  '--plein-space-1': same('0.25em'),
  '--plein-space-2': same('0.5em'),
  '--plein-space-3': same('0.75em'),
  '--plein-space-4': same('1em'),
  '--plein-space-5': same('1.5em'),
  '--plein-space-6': same('2em'),

  // Shape and depth.
  '--plein-radius-small': same('4px'),
  '--plein-radius-medium': same('6px'),
  '--plein-radius-large': same('8px'),
  '--plein-focus-ring-width': same('2px'),
  '--plein-touch-target': same('44px'),
  '--plein-shadow-small': {
    light: '0 0 2px rgba(0, 0, 0, 0.12), 0 1px 2px rgba(0, 0, 0, 0.14)',
    dark: '0 0 2px rgba(0, 0, 0, 0.24), 0 1px 2px rgba(0, 0, 0, 0.28)',
  },
  '--plein-shadow-medium': {
    light: '0 0 2px rgba(0, 0, 0, 0.12), 0 4px 8px rgba(0, 0, 0, 0.14)',
    dark: '0 0 2px rgba(0, 0, 0, 0.24), 0 4px 8px rgba(0, 0, 0, 0.28)',
  },
  '--plein-shadow-large': {
    light: '0 0 2px rgba(0, 0, 0, 0.12), 0 8px 16px rgba(0, 0, 0, 0.14)',
    dark: '0 0 2px rgba(0, 0, 0, 0.24), 0 8px 16px rgba(0, 0, 0, 0.28)',
  },

  // Motion (elements switch it off under prefers-reduced-motion).
  '--plein-duration-short': same('100ms'),
  '--plein-duration-medium': same('200ms'),
  '--plein-easing': same('cubic-bezier(0.33, 0, 0.67, 1)'),
} as const satisfies Record<`--plein-${string}`, ThemeValue>;

export type ThemeToken = keyof typeof THEME_TOKENS;

/** `var(--plein-accent, #0f6cbd)`: a token with its light default as the fallback. */
export function themeVar(name: ThemeToken): string {
  return `var(${name}, ${THEME_TOKENS[name].light})`;
}

/**
 * The private property an element's styles read: `--plein-accent` → `--_plein-accent`. Elements
 * never set the public `--plein-*` names themselves, so a value the page sets anywhere above
 * them (`:root { --plein-accent: … }`) is inherited and wins over the default.
 */
export function internalToken(name: ThemeToken): string {
  return name.replace(/^--plein-/, '--_plein-');
}

/**
 * CSS that sets the private tokens on `selector`, each reading the page's `--plein-*` value first: light, dark when the system prefers it, and
 * a `theme="dark"` / `theme="light"` attribute that wins over the system on the element itself
 * or any element inside it. `:host` selectors become `:host(...)`.
 */
export function themeCss(selector: string): string {
  const names = Object.keys(THEME_TOKENS) as ThemeToken[];
  const differing = names.filter((name) => THEME_TOKENS[name].light !== THEME_TOKENS[name].dark);
  const block = (list: ThemeToken[], mode: keyof ThemeValue, indent = '') =>
    list.map((name) => `${indent}  ${internalToken(name)}: var(${name}, ${THEME_TOKENS[name][mode]});`).join('\n');
  const parts = splitSelectors(selector);
  const self = (condition: string) => parts.map((part) => withCondition(part, condition)).join(', ');
  const within = (condition: string) => parts.map((part) => `${part} ${condition}`).join(', ');
  const explicit = (mode: keyof ThemeValue) => `[theme="${mode}"]`;

  return (
    [
      `${parts.join(', ')} {\n${block(names, 'light')}\n}`,
      `@media (prefers-color-scheme: dark) {\n  ${self(':not([theme="light"])')} {\n${block(differing, 'dark', '  ')}\n  }\n}`,
      `${self(explicit('dark'))}, ${within(explicit('dark'))} {\n${block(differing, 'dark')}\n}`,
      `${self(explicit('light'))}, ${within(explicit('light'))} {\n${block(differing, 'light')}\n}`,
    ].join('\n\n') + '\n'
  );
}

/** Splits a selector list at top-level commas (not those inside `:is(...)` and the like). */
function splitSelectors(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  return parts.filter(Boolean);
}

/** `sel` + `[theme="dark"]`; inside a shadow root `:host` needs the functional form. */
function withCondition(part: string, condition: string): string {
  if (part === ':host') return `:host(${condition})`;
  const host = /^:host\((.*)\)$/.exec(part);
  return host ? `:host(${host[1]}${condition})` : `${part}${condition}`;
}
