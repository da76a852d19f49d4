/**
 * The virtualized list, loaded once a feed holds more than `VIRTUALIZE_AFTER` posts: only the
 * posts near the viewport are in the DOM, however many are loaded. (The virtualizer positions
 * posts through the CSSOM, `element.style.transform`, which a strict CSP allows; it writes no
 * `style` attributes.)
 */
import type { TemplateResult } from 'lit';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

export function virtualList<T>(
  items: T[],
  key: (item: T) => string,
  render: (item: T, index: number) => TemplateResult,
): unknown {
  return virtualize({ items, keyFunction: key, renderItem: render, layout: flow() });
}

/** Scrolls the item at `index` into view, rendering it if it was not; false while the virtualizer is not ready. */
export function scrollToIndex(host: HTMLElement, index: number): boolean {
  const item = (host as VirtualizerHostElement)[virtualizerRef]?.element(index);
  item?.scrollIntoView({ block: 'center' });
  return Boolean(item);
}
