import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One chunk of a rollup build, as tests look at it. */
interface Chunk {
  type: string;
  fileName: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}

/**
 * The memory store bundled with the browser build's rollup settings (rollup.config.js), for tests
 * of what is loaded up front and what only on first use.
 */
export async function storeBundle(): Promise<{
  /** Chunks the store's entry loads before it runs. */
  upFront: Chunk[];
  /** Asserts that the module matching `module` is in a chunk loaded only with `import()`. */
  lazy(module: RegExp): void;
}> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const { rollup } = (await import(pathToFileURL(join(root, 'node_modules/rollup/dist/es/rollup.js')).href)) as {
    rollup: (
      options: object,
    ) => Promise<{ generate(output: object): Promise<{ output: Chunk[] }>; close(): Promise<void> }>;
  };
  const { bundleConfig } = (await import(pathToFileURL(join(root, 'rollup.config.js')).href)) as {
    bundleConfig: (options: { input: object; licenses: boolean }) => { output: object };
  };
  const config = bundleConfig({
    input: { store: join(root, 'packages/store-memory/src/index.ts') },
    licenses: false,
  });
  const build = await rollup({ ...config, logLevel: 'silent' });
  const { output } = await build.generate(config.output);
  await build.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const upFront = new Set<string>();
  const visit = (name: string) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    byName.get(name)!.imports.forEach(visit);
  };
  visit(chunks.find((chunk) => chunk.isEntry)!.fileName);
  return {
    upFront: [...upFront].map((name) => byName.get(name)!),
    lazy(module) {
      const chunk = chunks.find((c) => c.moduleIds.some((id) => module.test(id)));
      assert.ok(chunk, `${module} is bundled`);
      assert.ok(!upFront.has(chunk.fileName), `${module} is not loaded up front`);
      assert.ok(
        chunks.some((c) => upFront.has(c.fileName) && c.dynamicImports.includes(chunk.fileName)),
        `${module} is loaded with import()`,
      );
    },
  };
}
