/**
 * Browser bundles in dist/: `plein.js` (every element, Plein.configure) with its chunks in
 * `chunks/`, and one self-contained build per element (`poll.js` with `poll/`, `provider.js`
 * with `provider/`): a page uses either plein.js or one element entry, so an element's first
 * load is the entry (a small facade) and one chunk, not several shared chunks that each pay
 * their own gzip overhead. Lazy chunks import that chunk, never the entry, whose URL may carry a
 * query string (importing it again under another URL would run it twice). Lazy chunks
 * (modes, QR code, memory store, Dutch strings) are loaded on first use. Workspace packages are
 * bundled from source (the `source` condition); lit resolves without the `development`
 * condition, so its dev mode never ships.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

export const entries = {
  plein: 'packages/embed/src/index.ts',
  poll: 'packages/embed/src/entries/poll.ts',
  feed: 'packages/embed/src/entries/feed.ts',
  kudos: 'packages/embed/src/entries/kudos.ts',
  onboarding: 'packages/embed/src/entries/onboarding.ts',
  insights: 'packages/embed/src/entries/insights.ts',
  provider: 'packages/embed/src/entries/provider.ts',
};

/** The element entries, each built on its own. */
export const elements = ['poll', 'feed', 'kudos', 'onboarding', 'insights', 'provider'];

/** The package a module belongs to: `lit` for lit's own packages, `core` for packages/core. */
function packageOf(id) {
  const path = relative(root, id).split(sep);
  const modules = path.lastIndexOf('node_modules');
  if (modules >= 0) {
    const name = path.slice(modules + 1, modules + (path[modules + 1].startsWith('@') ? 3 : 2)).join('/');
    return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(name) ? 'lit' : name.replace('@', '').replace('/', '-');
  }
  return path[0] === 'packages' ? path[1] : 'app';
}

/** Our layers from the top: a shared chunk is named after the highest one it holds code of. */
const layers = ['embed', 'poll', 'feed', 'kudos', 'onboarding', 'insights', 'ui', 'store-memory', 'core', 'lit'];

/** A readable chunk name: a lazy chunk after its module, a shared chunk after its highest layer. */
function chunkName(chunk) {
  if (chunk.facadeModuleId) {
    const file = basename(chunk.facadeModuleId).replace(/\.[jt]s$/, '');
    const name = packageOf(chunk.facadeModuleId);
    return file === 'index' || chunk.facadeModuleId.includes('node_modules') ? name : `${name}-${file}`;
  }
  const names = new Set(chunk.moduleIds.map(packageOf));
  return layers.find((layer) => names.has(layer)) ?? [...names].sort().join('-');
}

/**
 * Minified chunks carry no license comments (each lit module repeats one); instead every
 * bundled third-party package's license goes into one THIRD-PARTY-LICENSES.txt beside them.
 */
function thirdPartyLicenses() {
  return {
    name: 'plein-third-party-licenses',
    generateBundle(_options, bundle) {
      const packages = new Map();
      for (const chunk of Object.values(bundle)) {
        for (const id of chunk.type === 'chunk' ? chunk.moduleIds : []) {
          const path = id.split(sep);
          const at = path.lastIndexOf('node_modules');
          if (at < 0) continue;
          const dir = path.slice(0, at + (path[at + 1].startsWith('@') ? 3 : 2)).join(sep);
          if (packages.has(dir) || !existsSync(join(dir, 'package.json'))) continue; // (bench's own entry)
          packages.set(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
        }
      }
      const sections = [...packages]
        .sort(([, a], [, b]) => a.name.localeCompare(b.name))
        .map(([dir, pkg]) => {
          const file = readdirSync(dir).find((name) => /^licen[cs]e/i.test(name));
          const text = file ? readFileSync(join(dir, file), 'utf8').trim() : pkg.license;
          return `${pkg.name}@${pkg.version} (${pkg.license})\n\n${text}`;
        });
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `Third-party code bundled in these files:\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
      });
    },
  };
}

/**
 * Squeezes the white space and comments out of our `css\`...\`` templates (esbuild minifies
 * the JavaScript around them, not the CSS inside): indentation, line breaks, spaces around
 * `{ } ; , :` and the last `;` of a block. Interpolations (`${...}`) are left as they are.
 */
export function squeezeCss(text) {
  return text
    .split(/(\$\{[^}]*\})/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

function minifyCss() {
  return {
    name: 'plein-minify-css',
    transform(code, id) {
      if (id.includes('node_modules') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${squeezeCss(body)}\``), map: null };
    },
  };
}

/**
 * The shared settings, also used by scripts/bench.mjs for its lit-only baseline. `chunks` is the
 * folder of the build's chunks; `licenses: false` leaves THIRD-PARTY-LICENSES.txt to another build.
 */
export function bundleConfig({ input, dir = 'dist', chunks = 'chunks', licenses = true }) {
  return {
    input,
    plugins: [
      nodeResolve({ exportConditions: ['source', 'production'], browser: true, extensions: ['.ts', '.js'] }),
      minifyCss(),
      esbuild({ target: 'es2022', minify: true, legalComments: 'none', tsconfig: 'tsconfig.json' }),
      licenses && thirdPartyLicenses(),
      {
        // After minification, which would strip it.
        name: 'plein-banner',
        renderChunk: (code) => ({
          code: `/*! Plein | MIT | third-party licenses: THIRD-PARTY-LICENSES.txt */\n${code}`,
          map: null,
        }),
      },
    ],
    output: {
      dir,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `${chunks}/${chunkName(chunk)}-[hash].js`,
      sourcemap: false,
    },
    onwarn(warning, warn) {
      // Cycles inside dependencies are theirs to fix; everything else is worth seeing.
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  };
}

/** plein.js (whose licenses file covers every package), then each element on its own. */
export default [
  bundleConfig({ input: { plein: entries.plein } }),
  ...elements.map((name) => bundleConfig({ input: { [name]: entries[name] }, chunks: name, licenses: false })),
];
