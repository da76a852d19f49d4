import { css, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPleinError, toPleinError, type Catalog, type PleinStore } from '@plein/core';
import { PleinElement, errorState, errorText, skeleton, uiStrings, StoreTimeouts, PleinPartsElement } from '@plein/ui';
import type { PleinOnboardingEventDetail, PleinOnboardingEventMap, PleinOnboardingEventName } from './events.js';
import { onboardingShellStrings } from './onboarding.strings.js';
import type { OnboardingConfig, OnboardingShell, OnboardingView } from './shell.js';

export type OnboardingMode = 'checklist' | 'manage';

/**
 * Each mode is a chunk of its own, with its styles and (optionally) a catalog of strings whose
 * other languages load on demand: `<plein-onboarding>` itself only finds the store and picks one.
 */
export interface OnboardingModePart {
  styles: CSSResultGroup;
  catalog?: Catalog<unknown>;
  create(shell: OnboardingShell): OnboardingView;
}
const MODES: Record<OnboardingMode, () => Promise<OnboardingModePart>> = {
  checklist: () => import('./checklist.js').then((m) => ({ ...m, create: (shell) => new m.ChecklistView(shell) })),
  manage: () => import('./manage.js').then((m) => ({ ...m, create: (shell) => new m.ManageView(shell) })),
};

/**
 * Onboarding for new colleagues: the new hire's checklist by phase, with due dates from their
 * start date, progress and a small celebration when a phase is done; managers and buddies see
 * the new hires they own tasks for. `mode="manage"` is the communication team's view:
 * campaigns, enrolment (by rule, by hand or from a CSV file) and how each cohort is doing.
 *
 * The store comes from the `store` property, a `<plein-provider>` ancestor or the page default;
 * every rule (who may tick which task, who may run campaigns) is enforced by the store.
 *
 * @summary Onboarding checklists for new hires, and campaigns for the communication team.
 *
 * @attr mode - `checklist` (default: the signed-in person's checklist, and the new hires they
 *   are manager or buddy for) or `manage` (campaigns, enrolment and cohorts, for the team).
 * @attr campaign - A campaign id: in checklist mode only that campaign's checklist is shown; in
 *   manage mode that campaign is opened.
 * @attr person - Checklist mode: the person whose checklist to show (their manager, buddy or the
 *   communication team may look); absent or `me`: the signed-in person.
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {PleinStore} store - The store to use (inherited); wins over a `<plein-provider>` and the page default.
 * @prop {Clock} clock - Time source for due dates, timeouts and toasts (inherited).
 *
 * @fires plein-onboarding-tick - `{campaignId, personId, task}` after the store confirmed that the viewer ticked or unticked a task.
 * @fires plein-load - `{mode}` when the checklist (or its empty state, or the team's view) is shown.
 * @fires plein-error - `{error}` (a PleinError) when a store call failed; the element shows a localized message.
 *
 * @csspart base - The checklist (or the team's view).
 * @csspart header - The campaign's title, welcome text and progress.
 * @csspart progress - The progress bar and "3 of 12 done".
 * @csspart phase - One phase with its tasks.
 * @csspart task - One task.
 * @csspart checkbox - The box to tick a task.
 * @csspart due - A task's due date and state (overdue, due soon).
 * @csspart assigned - "People you are onboarding", for managers and buddies.
 * @csspart celebration - The short animation when a phase is done (decorative).
 * @csspart toast - The message shown after an action.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state with its retry button.
 *
 * @cssprop --plein-accent - Accent colour: checkboxes, progress, links, buttons.
 * @cssprop --plein-surface - Background of the cards (the element itself is transparent).
 * @cssprop --plein-text - Main text colour.
 * @cssprop --plein-text-muted - Due dates, hints and counts.
 * @cssprop --plein-border - Card and divider edges.
 * @cssprop --plein-danger - Overdue tasks and errors.
 * @cssprop --plein-focus-ring - Focus outline colour.
 */
export class PleinOnboarding extends PleinPartsElement {
  // Transparent: the cards carry their own surface.
  static override styles: CSSResultGroup = [
    PleinElement.styles,
    css`
      :host {
        background: transparent;
      }
    `,
  ];

  /** `checklist` or `manage`. */
  @property({ reflect: true }) mode: OnboardingMode = 'checklist';

  /** A campaign id: only its checklist (checklist mode), or open it (manage mode). */
  @property() campaign?: string;

  /** Checklist mode: whose checklist to show (default: the signed-in person's). */
  @property() person?: string;

  /** The code of the current mode could not be loaded. */
  @state() private partFailure?: unknown;
  @state() private view?: OnboardingView;

  private readonly views = new Map<OnboardingMode, OnboardingView>();
  /** The mode whose view is shown (or loading). */
  private loadedMode: OnboardingMode | undefined;
  private generation = 0;
  private loaded: { store: PleinStore | undefined; key: string } | undefined;
  private readonly timeouts = new StoreTimeouts(this);

  /** The element as its parts see it. */
  private readonly shell: OnboardingShell = this.partShell(
    () => this.config,
    (call) => this.timeouts.guard(call),
  );

  // ---------------------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: catch up and follow live changes again.
    if (this.hasUpdated) {
      this.loaded = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.stop();
  }

  private get activeMode(): OnboardingMode {
    return this.mode === 'manage' ? 'manage' : 'checklist';
  }

  protected override update(changed: PropertyValues<this>): void {
    // The store controller has resolved the store by now (it runs before update).
    const store = this.storeRef.value;
    const key = [this.activeMode, this.campaign, this.person].join('\n');
    if (!this.loaded || this.loaded.store !== store || this.loaded.key !== key) {
      this.loaded = { store, key };
      void this.start(store);
    }
    super.update(changed);
  }

  /** What the attributes ask for. */
  private get config(): OnboardingConfig {
    const config: OnboardingConfig = {};
    const campaignId = this.campaign?.trim();
    const personId = this.person?.trim();
    if (campaignId) config.campaignId = campaignId;
    if (personId && personId !== 'me') config.personId = personId;
    return config;
  }

  /** (Re)starts for a new store, mode or configuration. */
  private async start(store: PleinStore | undefined): Promise<void> {
    const generation = ++this.generation;
    const mode = this.activeMode;
    this.partFailure = undefined;
    if (this.loadedMode !== mode) {
      // The other mode stops at once; its skeleton shows until this one's code is here.
      this.view?.stop();
      this.view = undefined;
      this.loadedMode = mode;
    }
    try {
      const part = await this.loadMode(mode);
      if (generation !== this.generation) return;
      this.addStyles(part.styles);
      if (part.catalog) this.i18n.use(part.catalog);
      let view = this.views.get(mode);
      if (!view) this.views.set(mode, (view = part.create(this.shell)));
      this.view = view;
      view.start(store);
    } catch (error) {
      if (generation !== this.generation) return;
      this.partFailure = error;
      this.emit('plein-error', { error: toPleinError(error) });
    }
  }

  /** The code of a mode (a chunk of its own; tests make it fail). */
  protected loadMode(mode: OnboardingMode): Promise<OnboardingModePart> {
    return MODES[mode]();
  }

  private readonly retry = (): void => {
    this.loaded = undefined;
    this.requestUpdate();
  };

  private emit<K extends PleinOnboardingEventName>(name: K, detail: PleinOnboardingEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }) as PleinOnboardingEventMap[K]);
  }

  // ---------------------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const ui = this.i18n.strings(uiStrings);
    const t = this.i18n.strings(onboardingShellStrings);
    const shown =
      this.partFailure !== undefined
        ? errorState({
            message: isPleinError(this.partFailure) ? errorText(this.i18n.locale, this.partFailure) : t.partFailed,
            retryLabel: ui.retry,
            onRetry: this.retry,
          })
        : this.view && this.i18n.ready
          ? this.view.render()
          : skeleton({ lines: 4, label: t.loading });
    return html`${shown}${this.feedback.render()}`;
  }
}
