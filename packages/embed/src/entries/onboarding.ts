/** `dist/onboarding.js`: only `<plein-onboarding>`, plus `Plein.configure` and the page's config block. */
import '@plein/onboarding/onboarding.js';
import { installPlein } from '../plein.js';

installPlein();

export { Plein } from '../plein.js';
