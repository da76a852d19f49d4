import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for Plein's elements. Workspace packages resolve to their TypeScript sources
 * through the `source` export condition, so stories need no build first.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../../stories/**/*.stories.ts'],
  addons: [],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Pre-bundled up front and together, or lit would load twice in dev mode (and the first
      // visit would stop to re-bundle what it discovers).
      optimizeDeps: {
        include: [
          'lit',
          'lit/directive-helpers.js',
          'lit/decorators.js',
          'lit/directives/if-defined.js',
          'lit/directives/keyed.js',
          'lit/directives/live.js',
          'lit/directives/repeat.js',
          'lit/directives/style-map.js',
          '@lit/context',
          'lean-qr',
          'valibot',
        ],
      },
      // Storybook's own manager code is large; that is not ours to split.
      build: { chunkSizeWarningLimit: 1500 },
    });
  },
};

export default config;
