/**
 * The vote card, its results and its actions (voting, changing a vote, closing), a chunk of its
 * own that the element fetches in the same tick as the poll's data (so the first data arrives no
 * later), and the presenter's deadline status.
 */
import { voteStyles } from './vote.styles.js';

export { deadlineStatus, voteCard } from './vote-view.js';
export { Voting } from './voting.js';
export const styles = [voteStyles];
