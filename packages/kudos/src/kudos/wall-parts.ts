import { formStyles } from '@plein/ui';
import { deletingStyles } from './deleting.js';
import { filtersStyles } from './filters-bar.js';
import { liveStyles } from './live.js';

/**
 * The wall's parts beside its cards, in a chunk of its own that `<plein-kudos-wall>` fetches in
 * the same tick as the wall (wall.ts), so the wall never shows without them: the filters bar with
 * its people picker, the live half with the "N new kudos" pill, optimistic reactions, and
 * deleting with its confirmation.
 */
export { Deleting } from './deleting.js';
export { FiltersBar } from './filters-bar.js';
export { Live } from './live.js';
export { Reactions } from './reactions.js';

/** `formStyles` for the filters' selects and labels (and the wall's other controls). */
export const styles = [formStyles, filtersStyles, liveStyles, deletingStyles];
