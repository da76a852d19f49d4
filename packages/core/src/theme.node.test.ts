import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { THEME_TOKENS, internalToken, themeCss, themeVar, type ThemeToken } from './theme.js';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  assert.ok(match, `${hex} is a #rrggbb colour`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast helper', () => {
  it('matches known WCAG values', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#ffffff', '#ffffff'), 1);
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  });
});

describe('theme tokens', () => {
  const text: [ThemeToken, ThemeToken][] = [
    ['--plein-text', '--plein-surface'],
    ['--plein-text', '--plein-surface-subtle'],
    ['--plein-text', '--plein-surface-hover'],
    ['--plein-text-muted', '--plein-surface'],
    ['--plein-text-muted', '--plein-surface-subtle'],
    ['--plein-text-muted', '--plein-surface-hover'],
    ['--plein-accent', '--plein-surface'],
    ['--plein-accent', '--plein-surface-subtle'],
    ['--plein-accent', '--plein-accent-subtle'],
    ['--plein-text', '--plein-accent-subtle'],
    ['--plein-on-accent', '--plein-accent'],
    ['--plein-on-accent', '--plein-accent-hover'],
    ['--plein-on-accent', '--plein-accent-pressed'],
    ['--plein-success', '--plein-surface'],
    ['--plein-warning', '--plein-surface'],
    ['--plein-danger', '--plein-surface'],
    ['--plein-success', '--plein-success-subtle'],
    ['--plein-warning', '--plein-warning-subtle'],
    ['--plein-danger', '--plein-danger-subtle'],
    ['--plein-text', '--plein-success-subtle'],
    ['--plein-text', '--plein-warning-subtle'],
    ['--plein-text', '--plein-danger-subtle'],
  ];
  /** Non-text contrast (WCAG 1.4.11): control edges and focus rings need 3:1. */
  const controls: [ThemeToken, ThemeToken][] = [
    ['--plein-border-strong', '--plein-surface'],
    ['--plein-focus-ring', '--plein-surface'],
    ['--plein-focus-ring', '--plein-surface-subtle'],
  ];

  for (const mode of ['light', 'dark'] as const) {
    it(`keeps text contrast at least 4.5:1 in ${mode}`, () => {
      for (const [fore, back] of text) {
        const ratio = contrast(THEME_TOKENS[fore][mode], THEME_TOKENS[back][mode]);
        assert.ok(ratio >= 4.5, `${fore} on ${back} (${mode}): ${ratio.toFixed(2)}:1`);
      }
    });

    it(`keeps control edges and focus rings at least 3:1 in ${mode}`, () => {
      for (const [fore, back] of controls) {
        const ratio = contrast(THEME_TOKENS[fore][mode], THEME_TOKENS[back][mode]);
        assert.ok(ratio >= 3, `${fore} on ${back} (${mode}): ${ratio.toFixed(2)}:1`);
      }
    });
  }

  it('uses the Fluent 2 defaults the design asks for', () => {
    assert.equal(THEME_TOKENS['--plein-accent'].light, '#0f6cbd');
    assert.deepEqual(
      (['--plein-radius-small', '--plein-radius-medium', '--plein-radius-large'] as const).map(
        (name) => THEME_TOKENS[name].light,
      ),
      ['4px', '6px', '8px'],
    );
    assert.equal(THEME_TOKENS['--plein-font-size'].light, '1em');
    const spaces = [1, 2, 3, 4, 5, 6].map((n) => THEME_TOKENS[`--plein-space-${n}` as ThemeToken].light);
    // On the 4 px grid at a 16 px base: every step is a whole multiple of 0.25em.
    for (const space of spaces) assert.equal((parseFloat(space) * 16) % 4, 0, space);
    assert.deepEqual(
      spaces,
      [...spaces].sort((a, b) => parseFloat(a) - parseFloat(b)),
    );
  });

  it('names every token --plein-* and never sizes in rem', () => {
    for (const [name, value] of Object.entries(THEME_TOKENS)) {
      assert.match(name, /^--plein-[a-z0-9-]+$/);
      assert.doesNotMatch(value.light + value.dark, /rem\b/, name);
    }
  });

  it('themeVar gives the light default as fallback', () => {
    assert.equal(themeVar('--plein-accent'), 'var(--plein-accent, #0f6cbd)');
  });
});

describe('themeCss', () => {
  /** Rules as selector → declarations; a rule inside `@media` is keyed `@media (…) selector`. */
  function rules(css: string): Map<string, Map<string, string>> {
    const flat = css.replace(
      /@media ([^{]+)\{([^{}]*\{[^{}]*\})\s*\}/g,
      (_, media: string, rule: string) => `@media ${media.trim()} ${rule.trim()}`,
    );
    const found = new Map<string, Map<string, string>>();
    for (const match of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const declarations = new Map<string, string>();
      for (const line of match[2]!.split(';')) {
        const colon = line.indexOf(':');
        if (colon > 0) declarations.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      found.set(match[1]!.trim(), declarations);
    }
    return found;
  }

  /** The default a private token falls back to: `var(--plein-x, DEFAULT)` → DEFAULT. */
  const fallback = (declaration: string | undefined) =>
    /^var\(--plein-[a-z0-9-]+, (.*)\)$/.exec(declaration ?? '')?.[1];

  it('sets every private token on the selector, reading the public one first with the light default', () => {
    const css = themeCss(':root');
    const base = rules(css).get(':root');
    assert.ok(base);
    for (const [name, value] of Object.entries(THEME_TOKENS)) {
      assert.equal(base.get(internalToken(name as ThemeToken)), `var(${name}, ${value.light})`, name);
    }
  });

  it('never sets a public --plein-* name, so a page value set above the element is inherited', () => {
    for (const line of themeCss(':host').split('\n')) assert.doesNotMatch(line, /^\s*--plein-/);
  });

  it('switches colours for the dark system preference unless theme="light"', () => {
    const dark = rules(themeCss('.plein')).get('@media (prefers-color-scheme: dark) .plein:not([theme="light"])');
    assert.ok(dark);
    assert.equal(fallback(dark.get('--_plein-surface')), THEME_TOKENS['--plein-surface'].dark);
    assert.equal(fallback(dark.get('--_plein-text')), THEME_TOKENS['--plein-text'].dark);
    assert.equal(dark.has('--_plein-space-1'), false, 'only values that differ');
  });

  it('lets theme="dark" and theme="light" win, on the element and inside it', () => {
    const all = rules(themeCss('.plein'));
    const dark = all.get('.plein[theme="dark"], .plein [theme="dark"]');
    const light = all.get('.plein[theme="light"], .plein [theme="light"]');
    assert.equal(fallback(dark?.get('--_plein-accent')), THEME_TOKENS['--plein-accent'].dark);
    assert.equal(fallback(light?.get('--_plein-accent')), THEME_TOKENS['--plein-accent'].light);
    // Explicit choices come after the media rule, so they win at equal specificity.
    const css = themeCss('.plein');
    assert.ok(css.indexOf('@media') < css.indexOf('.plein[theme="dark"]'));
  });

  it('uses the functional :host form inside a shadow root and splits selector lists', () => {
    const css = themeCss(':host, .wrap:is(.a, .b)');
    assert.match(css, /^:host, \.wrap:is\(\.a, \.b\) \{/);
    assert.ok(css.includes(':host(:not([theme="light"])), .wrap:is(.a, .b):not([theme="light"]) {'));
    assert.ok(
      css.includes(
        ':host([theme="dark"]), .wrap:is(.a, .b)[theme="dark"], :host [theme="dark"], .wrap:is(.a, .b) [theme="dark"] {',
      ),
    );
    assert.ok(themeCss(':host(.compact)').includes(':host(.compact[theme="light"])'));
  });

  it('produces balanced CSS with nothing but custom properties', () => {
    const css = themeCss(':root');
    assert.equal(css.split('{').length, css.split('}').length);
    for (const line of css.split('\n')) {
      if (line.includes(':') && line.trim().endsWith(';'))
        assert.match(line.trim(), /^--_plein-[a-z0-9-]+: var\(--plein-[a-z0-9-]+, [^;{}]+\);$/);
    }
  });
});
