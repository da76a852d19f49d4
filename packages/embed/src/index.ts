/**
 * @plein/embed: the one-script-tag entry. Importing it registers every Plein element and
 * publishes `Plein` (`Plein.configure(...)`, `Plein.version`) on `globalThis`; the page's
 * `<script type="application/json" id="plein-config">` block, if any, names the store.
 */
import { installPlein } from './plein.js';
import { registerElements } from './register.js';

registerElements();
installPlein();

export { Plein, installPlein, type PleinApi } from './plein.js';
export { configure, type StoreConfig } from './configure.js';
export { registerElements } from './register.js';
export { readConfigBlock, CONFIG_BLOCK_ID } from './config-block.js';
export { parseDescriptor, type StoreDescriptor, type MemoryStoreDescriptor } from './descriptor.js';
export { version } from './version.js';
