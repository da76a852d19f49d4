import { LitElement, adoptStyles, supportsAdoptingStyleSheets, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { property } from 'lit/decorators.js';
import { coreCatalog, systemClock, type Catalog, type Clock, type PleinStore } from '@plein/core';
import { LocaleController } from '../controllers/locale-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { FeedbackController } from '../controllers/feedback-controller.js';
import { uiStrings } from '../i18n/ui-strings.js';
import { baseStyles } from '../styles/base.styles.js';
import { buttonStyles } from '../styles/button.styles.js';

/**
 * The base class of every Plein element: finds its store, speaks its locale, tells people what
 * happened, and shares the look. Extend its styles with
 * `static override styles = [PleinElement.styles, myStyles]`.
 *
 * @cssprop --plein-accent - The one accent colour (buttons, chosen options, links).
 * @cssprop --plein-surface - Background of the element and its cards.
 * @cssprop --plein-text - Main text colour.
 * @cssprop --plein-text-muted - Secondary text.
 * @cssprop --plein-border - Dividers and card edges.
 * @cssprop --plein-focus-ring - Colour of the focus outline.
 * @cssprop --plein-radius-medium - Corner radius of buttons and panels.
 * @csspart toast - The message shown after an action.
 */
export class PleinElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, buttonStyles];

  /** The store to use; wins over a `<plein-provider>` and the page default. */
  @property({ attribute: false }) store?: PleinStore;

  /** Time source for countdowns, toasts and retries; tests pass a `ManualClock`. */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** `light` or `dark`; absent follows the system's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * `this.i18n.locale`, `this.i18n.format`, `this.i18n.strings(translations)`; `this.i18n.ready`
   * once the locale's strings (core's error messages, and catalogs added with `use`) are here.
   */
  protected readonly i18n = new LocaleController(this, [coreCatalog as Catalog<unknown>]);

  /** `this.storeRef.value`: the store in use, undefined while none is available yet. */
  protected readonly storeRef = new StoreController(this, (store) => this.storeChanged(store));

  /** `announce(text)`, `toast(text, {tone})`; place `this.feedback.render()` once in the template. */
  protected readonly feedback = new FeedbackController(this, () => this.i18n.strings(uiStrings).dismiss);

  /** Called before render whenever the store in use changes (including the first one): (re)load here. */
  protected storeChanged(_store: PleinStore): void {}

  private partStyles: CSSResultOrNative[] = [];

  /**
   * Adds the styles of a lazily loaded part to the shadow root, each once (lit's `static styles`
   * are fixed when the element is defined).
   */
  protected addStyles(styles: CSSResultGroup): void {
    const added = ([styles].flat(Infinity as 1) as CSSResultOrNative[]).filter((s) => !this.partStyles.includes(s));
    if (!added.length) return;
    this.partStyles = [...this.partStyles, ...added];
    const all = [...(this.constructor as typeof LitElement).elementStyles, ...this.partStyles];
    adoptStyles(this.renderRoot as ShadowRoot, supportsAdoptingStyleSheets ? all : added);
  }
}
