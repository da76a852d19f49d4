/** `dist/feed.js`: only `<plein-feed>` and `<plein-trending>`, plus `Plein.configure` and the page's config block. */
import '@plein/feed/feed.js';
import '@plein/feed/trending.js';
import { installPlein } from '../plein.js';

installPlein();

export { Plein } from '../plein.js';
