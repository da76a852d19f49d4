/** The Plein release this bundle was built from (kept equal to package.json by a node test). */
export const version = '0.1.0';
