/** `dist/insights.js`: only `<plein-insights>`, plus `Plein.configure` and the page's config block. */
import '@plein/insights/insights.js';
import { installPlein } from '../plein.js';

installPlein();

export { Plein } from '../plein.js';
