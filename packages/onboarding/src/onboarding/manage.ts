import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  LIMITS,
  PleinError,
  isPleinError,
  newIdempotencyKey,
  toPleinError,
  type Campaign,
  type OnboardingApi,
  type PleinStore,
} from '@plein/core';
import { emptyState, errorState, errorText, formStyles, skeleton } from '@plein/ui';
import type { ManageContext, ManagePart } from './manage-part.js';
import { manageStrings, type ManageStrings } from './manage.strings.js';
import { manageStyles } from './manage.styles.js';
import type { OnboardingShell, OnboardingView } from './shell.js';

export const styles = [formStyles, manageStyles];

export type ManageTab = 'progress' | 'people' | 'edit';
const TABS: ManageTab[] = ['progress', 'people', 'edit'];

/** Where the team is: the list, a new campaign being written, or one campaign's tab. */
type Route =
  { page: 'list' } | { page: 'new'; fromTemplate: boolean } | { page: 'campaign'; id: string; tab: ManageTab };

/** A part's code with its styles; each is a chunk of its own, loaded on first use. */
interface PartModule {
  styles: CSSResultGroup;
  create(context: ManageContext, route: Route, view: ManageView): ManagePart;
}
const PARTS: Record<ManageTab, () => Promise<PartModule>> = {
  progress: () => import('./cohort-view.js').then((m) => ({ ...m, create: (c) => new m.CohortView(c) })),
  people: () => import('./campaign-people.js').then((m) => ({ ...m, create: (c) => new m.CampaignPeople(c) })),
  edit: () =>
    import('./campaign-editor.js').then((m) => ({
      ...m,
      create: (c, route, view) =>
        new m.CampaignEditor(c, {
          fromTemplate: route.page === 'new' && route.fromTemplate,
          saved: (campaign, created) => view.saved(campaign, created),
          cancel: () => view.cancelled(),
        }),
    })),
};

/** The copy being named: which campaign, the title typed so far, and a refusal at its field. */
interface CopyForm {
  id: string;
  title: string;
  error?: string;
  saving: boolean;
  key?: string;
}

/**
 * `<plein-onboarding mode="manage">`, for the communication team (`me().can.manageOnboarding`;
 * everyone else sees who it is for, and the store refuses them anyway): the campaigns, active
 * and archived, with copy and archive; a campaign's page with its progress (the cohort), its
 * people (enrolment by hand and CSV import) and its editor. Each of those is a lazy chunk.
 */
export class ManageView implements OnboardingView {
  private store: PleinStore | undefined;
  private phase: 'loading' | 'forbidden' | 'ready' | 'error' = 'loading';
  private failure: unknown;
  private active: Campaign[] = [];
  private archived: Campaign[] = [];
  /** On track or not, per active campaign (undefined while unknown). */
  private tracks = new Map<string, boolean | null>();
  private route: Route = { page: 'list' };
  /** The open campaign, and how reading it went. */
  private campaign: Campaign | undefined;
  private campaignFailure: unknown;
  private part: ManagePart | undefined;
  private partFailure: unknown;
  private readonly parts = new Map<string, ManagePart>();
  private copy: CopyForm | undefined;
  private busy: string | undefined;
  private rowError: { id: string; message: string } | undefined;
  private generation = 0;
  private listLoading = false;
  private listAgain = false;
  private loaded = false;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeCampaign: (() => void) | undefined;
  private readonly context: ManageContext;

  constructor(private readonly shell: OnboardingShell) {
    shell.adopt(styles);
    this.context = {
      shell,
      api: () => this.api,
      campaignId: () => (this.route.page === 'campaign' ? this.route.id : undefined),
      campaign: () => (this.route.page === 'campaign' ? this.campaign : undefined),
      update: () => this.update(),
      focusOn: (selector) => this.focusOn(selector),
      failed: (error) => this.failed(error),
    };
  }

  private get strings(): ManageStrings {
    return manageStrings[this.shell.locale().locale];
  }

  private get api(): OnboardingApi {
    const api = this.store?.onboarding;
    if (!api) throw new PleinError('unavailable', { reason: 'no-onboarding' });
    return api;
  }

  private update(): void {
    this.shell.element.requestUpdate();
  }

  private failed(error: unknown): void {
    this.shell.emit('plein-error', { error: toPleinError(error) });
  }

  private async focusOn(selector: string): Promise<void> {
    await this.shell.element.updateComplete;
    this.shell.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---------------------------------------------------------------------------- lifecycle

  start(store: PleinStore | undefined): void {
    this.stop();
    this.store = store;
    this.phase = 'loading';
    this.loaded = false;
    this.copy = this.rowError = undefined;
    this.update();
    if (!store) return;
    void this.begin(this.generation);
  }

  stop(): void {
    this.generation++;
    this.listLoading = this.listAgain = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.closeCampaign();
  }

  /** Who is asking decides what shows; the page's `campaign` attribute opens one campaign. */
  private async begin(generation: number): Promise<void> {
    const store = this.store!;
    try {
      const me = await this.shell.guard(store.me());
      if (generation !== this.generation) return;
      if (!me.can.manageOnboarding) {
        this.phase = 'forbidden';
        this.shown();
        return;
      }
      if (!store.onboarding) throw new PleinError('unavailable', { reason: 'no-onboarding' });
      this.unsubscribe = store.subscribe({ kind: 'campaigns' }, () => void this.loadList());
      const id = this.shell.config().campaignId;
      if (id) this.openCampaign(id, 'progress', false);
      await this.loadList();
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed(error);
      this.failure = error;
      this.phase = 'error';
      this.update();
    }
  }

  private shown(): void {
    this.update();
    if (this.loaded) return;
    this.loaded = true;
    this.shell.emit('plein-load', { mode: 'manage' });
  }

  /** Reads both lists (one read at a time; a change meanwhile reads once more), then how each active one does. */
  private async loadList(): Promise<void> {
    if (this.listLoading) {
      this.listAgain = true;
      return;
    }
    const generation = this.generation;
    this.listLoading = true;
    try {
      do {
        this.listAgain = false;
        const api = this.api;
        const [active, archived] = await Promise.all([
          this.shell.guard(api.campaigns({ status: 'active' })),
          this.shell.guard(api.campaigns({ status: 'archived' })),
        ]);
        if (generation !== this.generation) return;
        this.active = active;
        this.archived = archived;
        this.phase = 'ready';
        this.shown();
        void this.loadTracks(active, generation);
      } while (this.listAgain && generation === this.generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed(error);
      // A live refresh that fails keeps the list shown; the next change tries again.
      if (this.phase !== 'ready') {
        this.failure = error;
        this.phase = 'error';
        this.update();
      }
    } finally {
      if (generation === this.generation) this.listLoading = false;
    }
  }

  private async loadTracks(campaigns: Campaign[], generation: number): Promise<void> {
    const results = await Promise.allSettled(campaigns.map((c) => this.shell.guard(this.api.cohort(c.id))));
    if (generation !== this.generation) return;
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') this.tracks.set(campaigns[i]!.id, result.value.onTrack);
    });
    this.update();
  }

  private readonly retry = (): void => this.start(this.store);

  // ---------------------------------------------------------------------------- navigation

  /** Opens a campaign's page on `tab`; `focus` moves to its heading once it is shown. */
  private openCampaign(id: string, tab: ManageTab, focus = true, known?: Campaign): void {
    this.closeCampaign();
    this.route = { page: 'campaign', id, tab };
    this.campaign = known ?? [...this.active, ...this.archived].find((c) => c.id === id);
    this.campaignFailure = undefined;
    this.unsubscribeCampaign = this.store?.subscribe({ kind: 'onboarding', campaignId: id }, () => {
      void this.readCampaign(id);
      this.part?.refresh();
    });
    void this.readCampaign(id).then(() => {
      if (focus) void this.focusOn('#manage-campaign-title');
    });
    void this.showPart(tab);
  }

  /** Reads the open campaign (its title, enrolled count and content may have changed). */
  private async readCampaign(id: string): Promise<void> {
    const generation = this.generation;
    try {
      const campaign = await this.shell.guard(this.api.campaign(id));
      if (generation !== this.generation || this.route.page !== 'campaign' || this.route.id !== id) return;
      this.campaign = campaign;
      this.campaignFailure = undefined;
      this.shown();
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed(error);
      if (!this.campaign || (isPleinError(error) && error.code === 'not-found')) this.campaignFailure = error;
      this.update();
    }
  }

  private closeCampaign(): void {
    this.unsubscribeCampaign?.();
    this.unsubscribeCampaign = undefined;
    for (const part of this.parts.values()) part.stop?.();
    this.parts.clear();
    this.part = undefined;
    this.campaign = undefined;
  }

  /** Shows the part of a tab (or of a new campaign), loading its code on first use. */
  private async showPart(tab: ManageTab): Promise<void> {
    const route = this.route;
    const key = route.page === 'campaign' ? route.tab : 'new';
    this.partFailure = undefined;
    this.part = this.parts.get(key);
    this.update();
    if (this.part) {
      this.part.refresh();
      return;
    }
    const generation = this.generation;
    try {
      const module = await this.loadPart(tab);
      if (generation !== this.generation || this.route !== route) return;
      this.shell.adopt(module.styles);
      this.part = module.create(this.context, route, this);
      this.parts.set(key, this.part);
    } catch (error) {
      if (generation !== this.generation || this.route !== route) return;
      this.failed(error);
      this.partFailure = error;
    }
    this.update();
  }

  /** A part's code (a chunk of its own; tests make it fail). */
  protected loadPart(tab: ManageTab): Promise<PartModule> {
    return PARTS[tab]();
  }

  private readonly retryPart = (): void => {
    if (this.route.page !== 'list') void this.showPart(this.route.page === 'new' ? 'edit' : this.route.tab);
  };

  private switchTab(tab: ManageTab): void {
    if (this.route.page !== 'campaign' || this.route.tab === tab) return;
    this.route = { ...this.route, tab };
    void this.showPart(tab);
  }

  private newCampaign(fromTemplate: boolean): void {
    this.closeCampaign();
    this.copy = this.rowError = undefined;
    this.route = { page: 'new', fromTemplate };
    void this.showPart('edit').then(() => this.focusOn('#manage-campaign-title'));
  }

  private readonly back = (): void => {
    const from = this.route.page === 'campaign' ? this.route.id : undefined;
    this.closeCampaign();
    this.route = { page: 'list' };
    this.update();
    void this.loadList();
    void this.focusOn(from ? `[data-open="${from}"]` : '.new-template');
  };

  /** The editor saved: a new campaign opens on its people, an edited one stays in the editor. */
  saved(campaign: Campaign, created: boolean): void {
    if (created) {
      this.openCampaign(campaign.id, 'people', true, campaign);
      return;
    }
    this.campaign = campaign;
    this.update();
  }

  /** The editor was cancelled: a new campaign goes back to the list, an open one to its progress. */
  cancelled(): void {
    if (this.route.page === 'campaign') {
      this.switchTab('progress');
      void this.focusOn('[data-tab="progress"]');
    } else this.back();
  }

  // ---------------------------------------------------------------------------- copy and archive

  private refusal(error: unknown): string {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    if (!isPleinError(error)) return errorText(locale, error);
    if (error.code === 'forbidden') return t.forbidden;
    if (error.code === 'not-found') return t.notFound;
    if (error.details.field === 'title') {
      const limit = typeof error.details.limit === 'number' ? error.details.limit : LIMITS.campaignTitle;
      return error.code === 'too-large' ? t.titleTooLong(limit, format) : t.titleRequired;
    }
    return errorText(locale, error);
  }

  private openCopy(campaign: Campaign): void {
    this.rowError = undefined;
    this.copy = { id: campaign.id, title: this.strings.copyDefault(campaign.title), saving: false };
    this.update();
    void this.focusOn('#manage-copy-title').then(() =>
      this.shell.element.renderRoot.querySelector<HTMLInputElement>('#manage-copy-title')?.select(),
    );
  }

  private readonly cancelCopy = (): void => {
    const id = this.copy?.id;
    this.copy = undefined;
    this.update();
    if (id) void this.focusOn(`[data-copy="${id}"]`);
  };

  private readonly saveCopy = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const copy = this.copy;
    if (!copy || copy.saving) return;
    copy.saving = true;
    copy.error = undefined;
    // The same key while the title stays the same: a retry after a lost answer makes no second copy.
    copy.key ??= newIdempotencyKey();
    this.update();
    try {
      const made = await this.shell.guard(
        this.api.copyCampaign(copy.id, copy.title.trim(), { idempotencyKey: copy.key }),
      );
      if (this.copy !== copy) return;
      this.copy = undefined;
      if (!this.active.some((c) => c.id === made.id)) this.active = [...this.active, made];
      this.shell.toast(this.strings.copiedDone(made.title), 'success');
      this.update();
      void this.loadList();
      void this.focusOn(`[data-open="${made.id}"]`);
    } catch (error) {
      this.failed(error);
      if (this.copy !== copy) return;
      copy.saving = false;
      copy.error = this.refusal(error);
      this.update();
      void this.focusOn('#manage-copy-title');
    }
  };

  private async archive(campaign: Campaign, archived: boolean): Promise<void> {
    if (this.busy) return;
    const t = this.strings;
    this.busy = campaign.id;
    this.rowError = undefined;
    this.update();
    try {
      const saved = await this.shell.guard(
        this.api.archiveCampaign(campaign.id, archived, { idempotencyKey: newIdempotencyKey() }),
      );
      const others = (list: Campaign[]) => list.filter((c) => c.id !== saved.id);
      this.active = saved.status === 'active' ? [...others(this.active), saved] : others(this.active);
      this.archived = saved.status === 'archived' ? [...others(this.archived), saved] : others(this.archived);
      this.shell.toast(archived ? t.archivedDone(saved.title) : t.restoredDone(saved.title), 'success');
      void this.loadList();
    } catch (error) {
      this.failed(error);
      this.rowError = { id: campaign.id, message: this.refusal(error) };
    } finally {
      this.busy = undefined;
      this.update();
    }
    // The button moved to the other list (or stays, with the refusal beside it): keep focus on it.
    void this.focusOn(`[data-archive="${campaign.id}"]`);
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const { locale } = this.shell.locale();
    let body: TemplateResult;
    if (this.phase === 'loading') body = skeleton({ lines: 4, label: t.loading });
    else if (this.phase === 'error')
      body = errorState({ message: errorText(locale, this.failure), retryLabel: t.retry, onRetry: this.retry });
    else if (this.phase === 'forbidden')
      body = html`<div class="empty-state forbidden" part="empty">
        <p class="state-heading" id="manage-forbidden">${t.forbiddenHeading}</p>
        <p class="state-message">${t.forbiddenMessage}</p>
      </div>`;
    else body = this.route.page === 'list' ? this.renderList() : this.renderPage(this.route);
    const heading =
      this.phase === 'ready'
        ? this.route.page === 'list'
          ? 'manage-title'
          : 'manage-campaign-title'
        : this.phase === 'forbidden'
          ? 'manage-forbidden'
          : undefined;
    return html`<section class="manage" part="manage" aria-labelledby=${heading ?? nothing}>${body}</section>`;
  }

  private renderList(): TemplateResult {
    const t = this.strings;
    const none = !this.active.length && !this.archived.length;
    return html`<div class="manage-head">
        <h2 class="manage-title" id="manage-title" tabindex="-1">${t.title}</h2>
        <div class="manage-actions">
          <button type="button" class="button primary new-template" @click=${() => this.newCampaign(true)}>
            ${t.newFromTemplate}
          </button>
          <button type="button" class="button new-empty" @click=${() => this.newCampaign(false)}>${t.newEmpty}</button>
        </div>
      </div>
      ${
        none
          ? emptyState({ heading: t.emptyHeading, message: t.emptyMessage })
          : html`<section class="campaign-group" aria-labelledby="manage-active">
                <h3 class="group-title" id="manage-active">${t.active}</h3>
                ${this.active.length ? this.renderRows(this.active) : html`<p class="none">${t.noActive}</p>`}
              </section>
              ${
                this.archived.length
                  ? html`<section class="campaign-group" aria-labelledby="manage-archived">
                      <h3 class="group-title" id="manage-archived">${t.archived}</h3>
                      ${this.renderRows(this.archived)}
                    </section>`
                  : nothing
              }`
      }`;
  }

  private renderRows(campaigns: Campaign[]): TemplateResult {
    const t = this.strings;
    const { format } = this.shell.locale();
    return html`<ul class="campaigns">
      ${repeat(
        campaigns,
        (c) => c.id,
        (c) => {
          const error = this.rowError?.id === c.id ? this.rowError.message : undefined;
          const archived = c.status === 'archived';
          return html`<li class="campaign-row ${archived ? 'archived' : ''}">
            <div class="campaign-info">
              <h4 class="campaign-name">
                <button
                  type="button"
                  class="link-button"
                  data-open=${c.id}
                  @click=${() => this.openCampaign(c.id, 'progress')}
                >
                  ${c.title}
                </button>
              </h4>
              <p class="campaign-meta">
                <span>${t.enrolled(c.enrolled, format)}</span>
                ${archived ? html`<span>${t.statusArchived}</span>` : this.renderTrack(this.tracks.get(c.id))}
              </p>
            </div>
            <div class="campaign-actions">
              <button
                type="button"
                class="button"
                data-copy=${c.id}
                aria-label=${t.copyLabel(c.title)}
                aria-expanded=${this.copy?.id === c.id ? 'true' : 'false'}
                @click=${() => this.openCopy(c)}
              >
                ${t.copy}
              </button>
              <button
                type="button"
                class="button"
                data-archive=${c.id}
                aria-label=${archived ? t.restoreLabel(c.title) : t.archiveLabel(c.title)}
                aria-disabled=${this.busy === c.id ? 'true' : 'false'}
                aria-describedby=${error ? `manage-row-error-${c.id}` : nothing}
                @click=${() => void this.archive(c, !archived)}
              >
                ${archived ? t.restore : t.archive}
              </button>
            </div>
            ${error ? html`<p class="field-error row-error" id="manage-row-error-${c.id}" role="alert">${error}</p>` : nothing}
            ${this.copy?.id === c.id ? this.renderCopy(this.copy, c) : nothing}
          </li>`;
        },
      )}
    </ul>`;
  }

  /** On track or not, in words beside the sign (never colour alone). */
  private renderTrack(track: boolean | null | undefined): TemplateResult | typeof nothing {
    const t = this.strings;
    if (track === undefined) return nothing;
    const [tone, label, sign] =
      track === null ? ['unknown', t.notMeasured, '–'] : track ? ['good', t.onTrack, '✓'] : ['bad', t.behind, '!'];
    return html`<span class="track ${tone}"><span class="track-sign" aria-hidden="true">${sign}</span> ${label}</span>`;
  }

  private renderCopy(copy: CopyForm, campaign: Campaign): TemplateResult {
    const t = this.strings;
    return html`<form class="copy-form" novalidate aria-labelledby="manage-copy-heading" @submit=${this.saveCopy}>
      <h5 class="copy-heading" id="manage-copy-heading">${t.copyHeading(campaign.title)}</h5>
      <div class="field">
        <label for="manage-copy-title">${t.copyTitle}</label>
        <input
          id="manage-copy-title"
          autocomplete="off"
          maxlength=${LIMITS.campaignTitle}
          .value=${copy.title}
          aria-invalid=${copy.error ? 'true' : 'false'}
          aria-describedby="manage-copy-hint${copy.error ? ' manage-copy-error' : ''}"
          @input=${(event: Event) => {
            copy.title = (event.target as HTMLInputElement).value;
            copy.key = undefined;
          }}
        />
        <p class="hint" id="manage-copy-hint">${t.copyHint}</p>
        ${copy.error ? html`<p class="field-error" id="manage-copy-error">${copy.error}</p>` : nothing}
      </div>
      <div class="form-actions">
        <button type="submit" class="button primary" aria-disabled=${copy.saving ? 'true' : 'false'}>
          ${copy.saving ? t.copying : t.makeCopy}
        </button>
        <button type="button" class="button" @click=${this.cancelCopy}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderPage(route: Exclude<Route, { page: 'list' }>): TemplateResult {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    const campaign = route.page === 'campaign' ? this.campaign : undefined;
    if (route.page === 'campaign' && this.campaignFailure !== undefined) {
      const gone = isPleinError(this.campaignFailure) && this.campaignFailure.code === 'not-found';
      return html`${this.renderBack()}
      ${errorState({
        message: gone ? t.notFound : errorText(locale, this.campaignFailure),
        retryLabel: t.retry,
        onRetry: () => this.openCampaign(route.id, route.tab),
      })}`;
    }
    const title = route.page === 'new' ? t.newTitle : (campaign?.title ?? '');
    const body =
      this.partFailure !== undefined
        ? errorState({ message: t.partFailed, retryLabel: t.retry, onRetry: this.retryPart })
        : this.part && (route.page === 'new' || campaign)
          ? this.part.render()
          : skeleton({ lines: 5, label: t.loading });
    return html`${this.renderBack()}
      <div class="campaign-head">
        <h2 class="manage-title" id="manage-campaign-title" tabindex="-1">${title}</h2>
        ${
          campaign
            ? html`<p class="campaign-meta">
                <span>${t.enrolled(campaign.enrolled, format)}</span>
                ${campaign.status === 'archived' ? html`<span>${t.statusArchived}</span>` : nothing}
              </p>`
            : nothing
        }
      </div>
      ${
        route.page === 'campaign'
          ? html`<nav class="tabs" aria-label=${t.campaignNav}>
              ${TABS.map(
                (tab) =>
                  html`<button
                    type="button"
                    class="tab"
                    data-tab=${tab}
                    aria-current=${route.tab === tab ? 'page' : 'false'}
                    @click=${() => this.switchTab(tab)}
                  >
                    ${t.tabs[tab]}
                  </button>`,
              )}
            </nav>`
          : nothing
      }
      <div class="campaign-body">${body}</div>`;
  }

  private renderBack(): TemplateResult {
    return html`<button type="button" class="button subtle back" @click=${this.back}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      ${this.strings.back}
    </button>`;
  }
}
