/** `dist/poll.js`: only `<plein-poll>`, plus `Plein.configure` and the page's config block. */
import '@plein/poll/poll.js';
import { installPlein } from '../plein.js';

installPlein();

export { Plein } from '../plein.js';
