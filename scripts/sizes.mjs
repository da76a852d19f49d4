/**
 * Bundle sizes, shared by `npm run bench` and the budget test. Reads built ES modules, follows
 * their static imports (what a browser must fetch before the code runs) and their dynamic
 * imports (lazy chunks), and measures raw, gzip and brotli bytes of each file. Sizes of a set of
 * files are sums of per-file sizes, as each file is fetched and compressed on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

export const KB = 1000;

/** The budgets from DESIGN.md, min+gzip. */
export const BUDGETS = {
  firstLoad: 40 * KB,
  element: 20 * KB,
  lazy: 15 * KB,
  /**
   * A store implementation, fetched once before any data (not in DESIGN.md, whose lazy-chunk
   * budget names UI parts: QR code, charts, virtualizer, editors). The memory store carries
   * every feature's rules and validation for demos and local use; its demo data is a chunk
   * of its own.
   */
  store: 20 * KB,
};

/** Chunks of a store implementation (`store-memory-…`, later `store-rest-…`), but not their data. */
const isStore = (chunk) => /(^|\/)store-[a-z]+-(?!demo-data)[^/]*\.js$/.test(chunk);

/** Static and dynamic import specifiers of one ES module. */
function importsOf(code) {
  const found = { imports: [], dynamicImports: [] };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      node.type === 'ExportNamedDeclaration'
    ) {
      if (node.source) found.imports.push(node.source.value);
    }
    if (node.type === 'ImportExpression' && node.source.type === 'Literal')
      found.dynamicImports.push(node.source.value);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/** Every .js file under `dir`, keyed by its path relative to `dir` (with `/`), with its imports resolved to keys. */
export function readGraph(dir) {
  const graph = new Map();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.js'),
  );
  for (const entry of files) {
    const key = relative(dir, join(entry.parentPath ?? entry.path, entry.name))
      .split(sep)
      .join('/');
    const code = readFileSync(join(dir, key));
    const { imports, dynamicImports } = importsOf(code.toString('utf8'));
    const resolve = (specifier) => posix.normalize(posix.join(posix.dirname(key), specifier));
    graph.set(key, { code, imports: imports.map(resolve), dynamicImports: dynamicImports.map(resolve) });
  }
  return graph;
}

/** `file` and everything it imports statically, transitively. */
export function staticClosure(graph, file) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const node = graph.get(key);
    if (!node) throw new Error(`${key} is imported but was not built`);
    seen.add(key);
    node.imports.forEach(visit);
  };
  visit(file);
  return seen;
}

/** Every chunk some module loads with `import()`, sorted. */
export function lazyChunks(graph) {
  return [...new Set([...graph.values()].flatMap((node) => node.dynamicImports))].sort();
}

/**
 * What is certainly loaded when `chunk` is asked for: the static closure of the modules that
 * `import()` it (the code asking for it is running), and of all of them if several do. A part
 * opened from another lazy part (the give form from the wall) costs only what it adds to it.
 */
function loadedBefore(graph, chunk) {
  const importers = [...graph].filter(([, node]) => node.dynamicImports.includes(chunk)).map(([key]) => key);
  const closures = importers.map((key) => staticClosure(graph, key));
  return closures.length ? [...closures[0]].filter((file) => closures.every((closure) => closure.has(file))) : [];
}

/** Raw, gzip (level 9) and brotli (quality 11) bytes, summed over `files`. */
export function measure(graph, files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const code = graph.get(file).code;
    total.raw += code.length;
    total.gzip += gzipSync(code, { level: 9 }).length;
    total.brotli += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

/**
 * The figures the budgets are about: `plein.js` with its static closure; each element entry
 * with its own; each lazy chunk with what it adds on top of the first load of its build's entry
 * and of the code that imports it (an element's chunks are in the folder named after it,
 * `poll.js` → `poll/`; the rest are plein.js's).
 */
export function bundleReport(
  dir,
  {
    main = 'plein.js',
    elements = ['poll.js', 'feed.js', 'kudos.js', 'onboarding.js', 'insights.js', 'provider.js'],
  } = {},
) {
  const graph = readGraph(dir);
  const first = staticClosure(graph, main);
  const row = (name, files, budget) => {
    const size = measure(graph, files);
    return { name, files: [...files], size, budget, pass: size.gzip <= budget };
  };
  return {
    firstLoad: row(main, first, BUDGETS.firstLoad),
    elements: elements.map((entry) => row(entry, staticClosure(graph, entry), BUDGETS.element)),
    lazy: lazyChunks(graph).map((chunk) => {
      const entry = elements.find((file) => chunk.startsWith(file.replace(/\.js$/, '/')));
      const loaded = new Set([...(entry ? staticClosure(graph, entry) : first), ...loadedBefore(graph, chunk)]);
      return row(
        chunk,
        [...staticClosure(graph, chunk)].filter((file) => !loaded.has(file)),
        isStore(chunk) ? BUDGETS.store : BUDGETS.lazy,
      );
    }),
  };
}
