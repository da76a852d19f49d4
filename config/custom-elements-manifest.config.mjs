/**
 * Custom elements manifest (`cem analyze --config config/custom-elements-manifest.config.mjs`):
 * every public element class, with the JSDoc tags (@fires, @csspart, @cssprop, @slot) that
 * Storybook shows. Written to dist/custom-elements.json, a build output that is not committed.
 */
import { readFileSync } from 'node:fs';

/**
 * Plein registers tags with `defineElement('plein-x', Class)` in the element's `x.ts` next to
 * `x.element.ts`, which the analyzer does not understand; this fills in `tagName` from there (a
 * JSDoc `@tag` on the class still wins).
 */
function tagsFromRegistration() {
  return {
    name: 'plein-tags-from-registration',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const registration = module.path.replace(/\.element\.ts$/, '.ts');
        if (registration === module.path) continue;
        let source = '';
        try {
          source = readFileSync(registration, 'utf8');
        } catch {
          continue;
        }
        for (const [, tag, className] of source.matchAll(
          /defineElement\(\s*['"]([a-z][\w-]*-[\w-]*)['"]\s*,\s*(\w+)/g,
        )) {
          // Registered, so an element even when its base class (PleinElement) lives in another package.
          const declaration = module.declarations?.find((item) => item.kind === 'class' && item.name === className);
          if (!declaration) continue;
          declaration.customElement = true;
          declaration.tagName ??= tag;
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  // Leave package.json alone: the manifest is a build output, not a published field.
  packagejson: false,
  plugins: [tagsFromRegistration()],
};
