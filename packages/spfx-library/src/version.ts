/** The library's release (kept equal to package.json by a node test). */
export const version = '0.1.0';

/** The tag suffix of every element: `0.1.0` → `0-1-0`, as in `plein-feed-0-1-0`. */
export const tagSuffix = version.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
