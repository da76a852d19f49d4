/**
 * What is inside dist/plein.sppkg (run `node scripts/build-sppkg.mjs` first): the solution's id
 * and version, one web part per element with the ids from the sources, every host including
 * Teams, one bundle of client-side assets, and nothing that belongs to tests.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { componentManifests, readZip, SPPKG } from './sppkg.mjs';

const spfx = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'spfx');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const solution = readJson(join(spfx, 'config', 'package-solution.json')).solution;
const ELEMENTS = ['feed', 'poll', 'kudos', 'onboarding', 'insights', 'trending'];

/** The web part manifests in the sources, by element (src/webparts/<element>/*.manifest.json). */
const sources = new Map(
  ELEMENTS.map((element) => {
    const dir = join(spfx, 'src', 'webparts', element);
    const file = readdirSync(dir).find((name) => name.endsWith('.manifest.json'));
    assert.ok(file, `no manifest in ${dir}`);
    return [element, readJson(join(dir, file))];
  }),
);

describe('dist/plein.sppkg', () => {
  assert.ok(existsSync(SPPKG), 'dist/plein.sppkg is missing: run `node scripts/build-sppkg.mjs` first');
  const files = readZip(SPPKG);
  const text = (name) => {
    assert.ok(files.has(name), `${name} is not in the package`);
    return files.get(name).toString('utf8');
  };
  const manifests = componentManifests(files).map((entry) => entry.manifest);
  const assets = [...files.keys()].filter((name) => name.startsWith('ClientSideAssets/'));
  const scripts = assets.filter((name) => name.endsWith('.js'));

  it('names the solution by its id and version, deployed tenant-wide', () => {
    const app = text('AppManifest.xml');
    assert.match(app, new RegExp(`ProductID="${solution.id}"`));
    assert.match(app, new RegExp(`Version="${solution.version.replace(/\./g, '\\.')}"`));
    assert.match(app, /SkipFeatureDeployment="true"/);
    assert.match(app, /IsClientSideSolution="true"/);
  });

  it('has one web part per element, with the ids of the manifests in the sources', () => {
    assert.equal(manifests.length, ELEMENTS.length, manifests.map((m) => m.alias).join(', '));
    for (const [element, source] of sources) {
      const built = manifests.find((manifest) => manifest.id === source.id);
      assert.ok(built, `the ${element} web part (${source.id}) is not in the package`);
      assert.equal(built.componentType, 'WebPart');
      assert.equal(built.alias, source.alias);
      assert.ok(files.has(`${solution.features[0].id}/WebPart_${source.id}.xml`), `no feature file for ${element}`);
    }
    assert.equal(new Set(manifests.map((manifest) => manifest.id)).size, ELEMENTS.length, 'web part ids repeat');
  });

  it('offers every web part on pages, full-page apps, Teams tabs and Teams personal apps', () => {
    for (const manifest of manifests) {
      for (const host of ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp']) {
        assert.ok(manifest.supportedHosts.includes(host), `${manifest.alias} lacks ${host}`);
      }
      assert.equal(manifest.supportsThemeVariants, true, `${manifest.alias} ignores section backgrounds`);
      const title = manifest.preconfiguredEntries[0].title;
      assert.ok(
        title.default && title['nl-NL'] && title['nl-NL'] !== title.default,
        `${manifest.alias}: no Dutch title`,
      );
    }
  });

  it('loads every web part from one bundle that is in ClientSideAssets', () => {
    const bundles = new Set(
      manifests.map((manifest) => manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path),
    );
    assert.equal(bundles.size, 1, [...bundles].join(', '));
    const [bundle] = bundles;
    assert.ok(files.has(`ClientSideAssets/${bundle}`), `ClientSideAssets/${bundle} is missing`);
    for (const manifest of manifests) {
      assert.deepEqual(manifest.loaderConfig.internalModuleBaseUrls, ['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
      const strings = manifest.loaderConfig.scriptResources.PleinWebPartStrings;
      for (const locale of ['en-US', 'nl-NL']) {
        assert.ok(files.has(`ClientSideAssets/${strings.paths[locale]}`), `${manifest.alias}: no ${locale} strings`);
      }
    }
  });

  it('ships only scripts and their license notes as client-side assets', () => {
    assert.ok(scripts.length > 0);
    for (const name of assets) {
      assert.match(name, /^ClientSideAssets\/[\w.-]+\.js(\.LICENSE\.txt)?$/, `unexpected asset ${name}`);
    }
  });

  it('carries no test code, fixtures, emulator or source maps', () => {
    for (const name of files.keys()) {
      assert.doesNotMatch(name, /\.test\.|fixture|emulator|\.map$/i, `${name} does not belong in the package`);
    }
    for (const name of scripts) {
      const code = files.get(name).toString('utf8');
      for (const banned of ['sharepoint-emulator', 'X-Emulator-User', 'describe(', 'sourceMappingURL']) {
        assert.ok(!code.includes(banned), `${name} contains "${banned}"`);
      }
    }
  });
});
