import { unsafeCSS } from 'lit';
import { themeCss } from '@plein/core';

/**
 * The `--plein-*` token defaults from core, set on `:host`: light, dark under
 * `prefers-color-scheme`, and the `theme` attribute winning over both. A page overrides a token
 * on the element itself (`plein-poll { --plein-accent: #8a2be2 }`) or through its `style`.
 */
export const tokenStyles = unsafeCSS(themeCss(':host'));
