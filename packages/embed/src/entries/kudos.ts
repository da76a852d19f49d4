/** `dist/kudos.js`: only `<plein-kudos-wall>`, plus `Plein.configure` and the page's config block. */
import '@plein/kudos/kudos-wall.js';
import { installPlein } from '../plein.js';

installPlein();

export { Plein } from '../plein.js';
