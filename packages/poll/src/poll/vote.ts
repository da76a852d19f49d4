/**
 * The vote card and its results, a chunk of its own that the element fetches in the same tick as
 * the poll's data (so the first data arrives no later), and the presenter's deadline status.
 */
import { voteStyles } from './vote.styles.js';

export { deadlineStatus, voteCard } from './vote-view.js';
export const styles = [voteStyles];
