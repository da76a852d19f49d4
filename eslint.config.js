/**
 * ESLint 9 flat config: JS and TypeScript recommended, lit / lit-a11y / web-component rules for
 * element code, and the project's hard rules as lint errors: user text is never parsed as HTML
 * (no unsafeHTML, no innerHTML/outerHTML writes, no eval) and the layers import only downwards.
 */
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const unsafeHtml = {
  group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
  message: 'User text is never parsed as HTML: render it with a lit binding instead.',
};
const storeImplementations = {
  group: ['@plein/store-*'],
  message: 'Elements never import a store implementation: use this.storeRef (tests may).',
};
const litImports = {
  group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*', '@lit-labs/*'],
  message: 'core and stores never import lit.',
};
const upperLayers = {
  group: ['@plein/*', '!@plein/core'],
  message: 'Stores import only @plein/core.',
};

/** `no-restricted-imports` options replace each other per file, so each layer lists all of its bans. */
const restrictImports = (...patterns) => ['error', { patterns: [unsafeHtml, ...patterns] }];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      '.ci/**',
      '.plein-data/**',
      'coverage/**',
      'screenshots/**',
      // The SharePoint solution's own toolchain and build output.
      'packages/spfx/{node_modules,lib,lib-commonjs,temp,release,sharepoint,dist}/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': restrictImports(),
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'User text is never parsed as HTML: no innerHTML/outerHTML writes.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
          message: 'User text is never parsed as HTML: build DOM with lit templates.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'User text is never parsed as HTML: build DOM with lit templates.',
        },
        {
          selector: "CallExpression[callee.name='unsafeHTML'], CallExpression[callee.name='unsafeSVG']",
          message: 'User text is never parsed as HTML: no unsafeHTML/unsafeSVG.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrictImports(litImports, {
        group: ['@plein/*'],
        message: 'core imports nothing of ours.',
      }),
    },
  },
  {
    files: ['packages/store-*/src/**/*.ts'],
    ignores: ['packages/store-*/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrictImports(litImports, upperLayers) },
  },
  {
    files: ['packages/ui/src/**/*.ts', 'packages/poll/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrictImports(storeImplementations) },
  },
  {
    files: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // SPFx's localized strings are AMD modules.
    files: ['packages/spfx/src/loc/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.amd } },
  },
  {
    files: ['scripts/**', 'config/**', '*.js', '*.mjs', '**/*.node.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
