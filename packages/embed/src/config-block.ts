import { configure } from './configure.js';
import { isRecord, parseDescriptor } from './descriptor.js';

export const CONFIG_BLOCK_ID = 'plein-config';

/**
 * Reads `<script type="application/json" id="plein-config">{"store": {...}}</script>` and
 * configures the page store from it. The block is data: JSON.parse only, never evaluated.
 * A broken block logs one console error and configures nothing, so elements keep loading.
 * Returns whether a store was configured.
 */
export function readConfigBlock(doc: Document = document): boolean {
  const block = doc.getElementById(CONFIG_BLOCK_ID);
  if (!block) return false;
  try {
    if (!(block instanceof HTMLScriptElement) || block.type !== 'application/json') {
      throw new TypeError('it must be a <script type="application/json"> element');
    }
    const config: unknown = JSON.parse(block.textContent ?? '');
    if (!isRecord(config) || !('store' in config)) throw new TypeError('expected {"store": {"kind": "memory", ...}}');
    configure(parseDescriptor(config.store)).catch((error: unknown) => {
      console.error('Plein: the store named in #plein-config could not be created.', error);
    });
    return true;
  } catch (error) {
    console.error(`Plein: ignoring #${CONFIG_BLOCK_ID}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
