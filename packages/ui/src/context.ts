import { createContext } from '@lit/context';
import type { PleinStore } from '@plein/core';

/**
 * The store a `<plein-provider>` hands to its descendants. The key is a `Symbol.for`, so two
 * copies of Plein on one page (say, two SharePoint solutions) still find each other's provider.
 */
export const storeContext = createContext<PleinStore | undefined>(Symbol.for('plein.store'));
