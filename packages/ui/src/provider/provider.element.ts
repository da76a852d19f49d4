import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { PleinStore } from '@plein/core';
import { storeContext } from '../context.js';
import { providerStyles } from './provider.styles.js';

/**
 * Hands a store to every Plein element inside it (an element's own `store` property still
 * wins). Changing `store` moves all of them to the new one.
 *
 * @slot - The Plein elements (and any other content) that use this store.
 */
export class PleinProvider extends LitElement {
  static override styles = providerStyles;

  /** The store for descendants. */
  @provide({ context: storeContext })
  @property({ attribute: false })
  store?: PleinStore;

  protected override render() {
    return html`<slot></slot>`;
  }
}
