import { defineElement, PleinProvider } from '@plein/ui';

/**
 * Registers `<plein-provider>` unless some copy of Plein already did. Done here rather than by
 * importing @plein/ui's registration module, which bundlers may drop (@plein/ui is side-effect free).
 */
export function registerProvider(): void {
  defineElement('plein-provider', PleinProvider);
}
