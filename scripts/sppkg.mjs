/**
 * Reads a built `.sppkg` (a zip) with nothing but node:zlib: its files, and the web part
 * manifests SharePoint will register. Shared by the content test (scripts/sppkg.node.test.mjs)
 * and the web test runner, which serves the package's ClientSideAssets to the web part test.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const SPPKG = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'plein.sppkg');

/** Every file in the zip at `path`, by name (folders left out). */
export function readZip(path) {
  const zip = readFileSync(path);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KB, at the end.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip file`);
  const files = new Map();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

const entities = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
const unescapeXml = (text) => text.replace(/&(quot|apos|lt|gt|amp);/g, (_, name) => entities[name]);

/** The component manifests in the package's feature XML (`ClientSideComponent ComponentManifest="…"`). */
export function componentManifests(files) {
  const manifests = [];
  for (const [name, data] of files) {
    if (!/^[^/]+\/WebPart_[^/]+\.xml$/.test(name)) continue;
    const match = data.toString('utf8').match(/ComponentManifest="([^"]*)"/);
    if (match) manifests.push({ file: name, manifest: JSON.parse(unescapeXml(match[1])) });
  }
  return manifests;
}

/**
 * Web dev server middleware: `<prefix><file>` answers that file from dist/plein.sppkg, and
 * `<prefix>manifests.json` its component manifests, so a browser test loads exactly the shipped
 * bytes (webpack loads the chunks next to the bundle's own URL). Nothing here passes through the
 * dev server's plugins: the scripts are AMD, served as built.
 */
export function sppkgMiddleware(prefix) {
  let cache;
  const load = () => {
    const mtime = statSync(SPPKG).mtimeMs;
    if (cache?.mtime !== mtime) cache = { mtime, files: readZip(SPPKG) };
    return cache.files;
  };
  return (context, next) => {
    if (!context.path.startsWith(prefix)) return next();
    if (!existsSync(SPPKG)) {
      context.status = 404;
      context.body = 'dist/plein.sppkg is missing: run `node scripts/build-sppkg.mjs` first';
      return undefined;
    }
    const files = load();
    const name = decodeURIComponent(context.path.slice(prefix.length));
    if (name === 'manifests.json') {
      context.type = 'application/json';
      context.body = JSON.stringify(componentManifests(files).map((entry) => entry.manifest));
    } else if (files.has(name)) {
      context.type = name.endsWith('.js')
        ? 'text/javascript'
        : name.endsWith('.xml')
          ? 'application/xml'
          : 'text/plain';
      context.body = files.get(name);
    } else {
      context.status = 404;
      context.body = `${name} is not in dist/plein.sppkg`;
    }
    return undefined;
  };
}
