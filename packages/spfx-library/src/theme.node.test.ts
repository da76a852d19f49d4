import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contrast } from './contrast.js';
import { themeTokens } from './theme.js';

/** SharePoint's Purple theme (palette) with the semantic colours of a soft section. */
const purple = {
  palette: {
    themePrimary: '#8764b8',
    themeLighterAlt: '#f9f8fc',
    themeLighter: '#e9e2f4',
    themeLight: '#d7c9ea',
    themeTertiary: '#b29ad4',
    themeSecondary: '#9373c0',
    themeDarkAlt: '#7a5aa6',
    themeDark: '#674c8c',
    themeDarker: '#4c3867',
  },
  semanticColors: { bodyBackground: '#f9f8fc', bodyText: '#323130', primaryButtonText: '#ffffff' },
};

describe('themeTokens', () => {
  it('maps a readable theme as it is', () => {
    const tokens = themeTokens({
      palette: { themePrimary: '#0078d4', themeDarkAlt: '#106ebe', themeDark: '#005a9e', themeLighter: '#deecf9' },
      semanticColors: {
        bodyBackground: '#ffffff',
        bodyText: '#323130',
        bodySubtext: '#605e5c',
        bodyDivider: '#edebe9',
        errorText: '#a4262c',
        primaryButtonText: '#ffffff',
      },
    });
    assert.deepEqual(Object.fromEntries(tokens), {
      '--plein-surface': '#ffffff',
      '--plein-text': '#323130',
      '--plein-text-muted': '#605e5c',
      '--plein-border': '#edebe9',
      '--plein-danger': '#a4262c',
      '--plein-accent': '#0078d4',
      '--plein-accent-hover': '#106ebe',
      '--plein-accent-pressed': '#005a9e',
      '--plein-accent-subtle': '#deecf9',
      '--plein-on-accent': '#ffffff',
    });
  });

  it("takes the theme's nearest readable shade when the primary colour is below 4.5:1 on the section", () => {
    assert.ok(contrast('#8764b8', '#f9f8fc')! < 4.5);
    const tokens = themeTokens(purple);
    assert.equal(tokens.get('--plein-accent'), '#7a5aa6');
    assert.equal(tokens.get('--plein-accent-hover'), '#674c8c');
    assert.equal(tokens.get('--plein-accent-pressed'), '#4c3867');
    for (const token of ['--plein-accent', '--plein-accent-hover', '--plein-accent-pressed'] as const)
      assert.ok(contrast(tokens.get(token)!, '#f9f8fc')! >= 4.5, token);
  });

  it('measures against the dark default surface in an inverted theme without a background', () => {
    const tokens = themeTokens({ palette: { themePrimary: '#0f6cbd', themeSecondary: '#479ef5' }, isInverted: true });
    assert.equal(tokens.get('--plein-accent'), '#479ef5');
    assert.ok(contrast(tokens.get('--plein-on-accent')!, '#479ef5')! >= 4.5);
  });

  it('keeps text on the accent and on the subtle accent readable', () => {
    const tokens = themeTokens({
      palette: { themePrimary: '#ffd700', themeLighter: '#1b1a19' },
      semanticColors: { bodyBackground: '#000000', bodyText: '#ffffff', primaryButtonText: '#ffffff' },
      isInverted: true,
    });
    assert.equal(tokens.get('--plein-accent'), '#ffd700');
    assert.equal(tokens.get('--plein-on-accent'), '#000000'); // white on gold is not readable
    assert.equal(tokens.has('--plein-accent-subtle'), true); // white on #1b1a19 is
    const light = themeTokens({ palette: { themePrimary: '#0078d4', themeLighter: '#1b1a19' } });
    assert.equal(light.has('--plein-accent-subtle'), false); // dark text on a dark tint is not
  });

  it('passes colours it cannot measure through, and gives nothing for no theme', () => {
    assert.equal(themeTokens({ palette: { themePrimary: 'rebeccapurple' } }).get('--plein-accent'), 'rebeccapurple');
    assert.equal(themeTokens(undefined).size, 0);
    assert.equal(themeTokens({ semanticColors: { bodyText: '  ' } }).size, 0);
  });
});
