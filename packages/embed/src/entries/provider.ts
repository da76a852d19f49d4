/** `dist/provider.js`: only `<plein-provider>`, plus `Plein.configure` and the page's config block. */
import { installPlein } from '../plein.js';
import { registerProvider } from '../provider.js';

registerProvider();
installPlein();

export { Plein } from '../plein.js';
