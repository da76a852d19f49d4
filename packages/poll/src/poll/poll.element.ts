import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isPleinError,
  toPleinError,
  type Me,
  type PleinStore,
  type Poll,
  type PollResults,
  type Translations,
} from '@plein/core';
import {
  PleinElement,
  cardSurfaceStyles,
  choiceStyles,
  emptyState,
  errorState,
  errorText,
  permalink,
  readPermalink,
  skeleton,
  uiStrings,
  ClockTimer,
  StoreTimeouts,
} from '@plein/ui';
import { CountdownController } from './countdown.js';
import type { PleinPollEventMap, PleinPollEventName, PleinPollEventDetail } from './events.js';
import { LivePoll, ThrottledAnnouncer } from './live.js';
import type { ManageView } from './manage.js';
import type { PollForm } from './poll-form.js';
import type { Presenter } from './presenter.js';
import { pollCatalog, type PollStrings } from './poll.strings.js';
import { pollStyles } from './poll.styles.js';

export type PollMode = 'vote' | 'presenter' | 'create' | 'manage';
type Phase = 'loading' | 'empty' | 'not-found' | 'error' | 'ready';

const MODES: readonly PollMode[] = ['vote', 'presenter', 'create', 'manage'];
/** How long a poll named by the page URL stays highlighted. */
const HIGHLIGHT_MS = 2500;
/** A deadline that passed while the store still says "open" is checked again this soon. */
const DEADLINE_RECHECK_MS = 1000;

/**
 * The modes beyond voting, each a chunk of its own that is loaded on first use (with its strings
 * and styles), so a page that only votes never downloads them. The vote card is one too, fetched
 * together with the poll it shows.
 */
const PARTS = {
  vote: () => import('./vote.js'),
  create: () => import('./create.js'),
  manage: () => import('./manage.js'),
  presenter: () => import('./presenter.js'),
};
type PartName = keyof typeof PARTS;
type Parts = { [K in PartName]?: Awaited<ReturnType<(typeof PARTS)[K]>> };
type CreatePart = NonNullable<Parts['create']>;
type ManagePart = NonNullable<Parts['manage']>;
type PresenterPart = NonNullable<Parts['presenter']>;
type VotePart = NonNullable<Parts['vote']>;
type Voting = InstanceType<VotePart['Voting']>;

/**
 * A quick poll for employee dialogue: vote (single or multiple choice, anonymous or not), see
 * live results, create polls, manage your own, and present results to a room with a QR code.
 *
 * The store comes from the `store` property, a `<plein-provider>` ancestor or the page default;
 * every rule (one vote per person, who may close, anonymity) is enforced by the store.
 *
 * @summary Quick polls: vote, live results, create, manage and present.
 *
 * @attr poll-id - The poll to show. Without it the poll named by the page's permalink
 *   (`#plein-poll=ID` or `?plein-poll=ID`) is shown, else an invitation to create one.
 * @attr mode - `vote` (default), `presenter` (large live results with a QR code), `create`
 *   (the creation form, for people allowed to create polls) or `manage` (your own polls).
 * @attr vote-url - Page the permalink and the QR code point to; defaults to the current page.
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {PleinStore} store - The store to use (inherited); wins over a `<plein-provider>` and the page default.
 * @prop {Clock} clock - Time source for the countdown, timeouts and toasts (inherited); tests pass a `ManualClock`.
 *
 * @fires plein-vote - `{pollId, optionIds}` after the store confirmed the viewer's vote.
 * @fires plein-poll-created - `{poll}` after a poll was created from the widget.
 * @fires plein-poll-closed - `{pollId}` after the viewer closed a poll (not when a deadline passes).
 * @fires plein-load - `{pollId}` when a poll has loaded and is shown.
 * @fires plein-error - `{error}` (a PleinError) when a store call failed; the element shows a localized message.
 *
 * @csspart base - The poll card (or the presenter panel).
 * @csspart question - The question.
 * @csspart options - The fieldset with the answers to choose from.
 * @csspart option - One answer, in the vote form and in the results.
 * @csspart results - The results (or the notice that they are hidden).
 * @csspart bar - The decorative bar of one result.
 * @csspart footer - Voters, deadline and actions under the poll.
 * @csspart qr - The presenter's QR code.
 * @csspart toast - The message shown after an action.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty and not-found states.
 * @csspart error - The error state with its retry button.
 *
 * @cssprop --plein-accent - Accent colour: buttons, chosen answers, result bars.
 * @cssprop --plein-surface - Background.
 * @cssprop --plein-surface-subtle - Track of the result bars.
 * @cssprop --plein-text - Main text colour.
 * @cssprop --plein-text-muted - Hints and the footer.
 * @cssprop --plein-border - Card and divider edges.
 * @cssprop --plein-focus-ring - Focus outline colour.
 * @cssprop --plein-radius-large - Corner radius of the card.
 * @cssprop --plein-poll-bar-height - Height of a result bar (default 0.5em; presenter 1em).
 * @cssprop --plein-poll-presenter-size - Base type size of the presenter view (default 1.5em).
 */
export class PleinPoll extends PleinElement {
  static override styles = [PleinElement.styles, cardSurfaceStyles, choiceStyles, pollStyles];

  /** The poll to show; see the `poll-id` attribute. */
  @property({ attribute: 'poll-id' }) pollId?: string;

  /** `vote`, `presenter`, `create` or `manage`. */
  @property({ reflect: true }) mode: PollMode = 'vote';

  /** Page the permalink and the QR code point to; defaults to the current page. */
  @property({ attribute: 'vote-url' }) voteUrl?: string;

  @state() private phase: Phase = 'loading';
  @state() private poll?: Poll;
  @state() private results?: PollResults;
  @state() private failure?: unknown;
  @state() private me?: Me;
  @state() private meFailure?: unknown;
  @state() private highlighted = false;
  /** The empty state's "Create a poll" opened the form. */
  @state() private inviting = false;
  @state() private created?: Poll;
  /** The code of the modes loaded so far, and the one that could not be loaded. */
  @state() private parts: Parts = {};
  @state() private partFailure?: { name: PartName; error: unknown };

  private generation = 0;
  private loaded: { store: PleinStore | undefined; key: string } | undefined;
  /** The vote form's state and actions, once the vote chunk is here. */
  private voting?: Voting;
  private refetching = false;
  private refetchAgain = false;
  private form?: PollForm;
  private manageView?: ManageView;
  private presenter?: Presenter;
  private readonly partLoads = new Map<PartName, Promise<void>>();

  private readonly timeouts = new StoreTimeouts(this);
  private readonly highlightTimer = new ClockTimer(this);
  private readonly deadlineRecheck = new ClockTimer(this);
  private readonly livePoll = new LivePoll(this, () => void this.refetch());
  private readonly announcer = new ThrottledAnnouncer(this, (text) => this.feedback.announce(text));

  constructor() {
    super();
    // The view waits (skeleton) until the strings of its language are here.
    this.i18n.use(pollCatalog);
    // Re-renders each minute (each second in the last one) and refetches when the deadline passes.
    new CountdownController(
      this,
      () => (this.poll?.status === 'open' ? this.poll.closesAt : undefined),
      () => this.deadlinePassed(),
    );
  }

  // ---------------------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.hashChanged);
    // Back on the page after a move: catch up quietly and follow live changes again.
    if (this.hasUpdated) {
      this.loaded = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.hashChanged);
  }

  protected override update(changed: PropertyValues<this>): void {
    // The store controller has resolved the store by now (it runs before update).
    const store = this.storeRef.value;
    const key = `${this.view}\n${this.targetId() ?? ''}`;
    if (!this.loaded || this.loaded.store !== store || this.loaded.key !== key) {
      this.loaded = { store, key };
      this.start(store);
    }
    super.update(changed);
  }

  protected override updated(): void {
    const id = this.phase === 'ready' || this.phase === 'loading' ? this.targetId() : undefined;
    this.livePoll.follow(this.isConnected ? this.storeRef.value : undefined, id);
  }

  // ---------------------------------------------------------------------------- what to show

  private get view(): PollMode {
    if (this.inviting) return 'create';
    return MODES.includes(this.mode) ? this.mode : 'vote';
  }

  /** The element's strings (English while its language's are still loading; the view waits for them). */
  private get strings(): PollStrings {
    return this.i18n.strings(pollCatalog);
  }

  /** The element's strings with a mode's own on top. */
  private partStrings<T>(own: Translations<T>): PollStrings & T {
    return { ...this.strings, ...this.i18n.strings(own) };
  }

  /** The poll this element is about: its attribute, the page's permalink, or the one just created. */
  private targetId(): string | undefined {
    switch (this.view) {
      case 'manage':
        return undefined;
      case 'create':
        return this.created?.id;
      default:
        return this.pollId || readPermalink('poll') || undefined;
    }
  }

  private pollUrl(id: string): string {
    return permalink('poll', id, this.voteUrl || undefined);
  }

  /** Starts over for a new store, mode or poll; the same poll again reloads quietly. */
  private start(store: PleinStore | undefined): void {
    const generation = ++this.generation;
    const view = this.view;
    const id = this.targetId();
    this.deadlineRecheck.stop();
    if (view !== 'vote' && !this.parts[view]) {
      void this.loadPart(view).then(() => {
        // The list loads once its code is here.
        if (view === 'manage' && this.parts.manage && generation === this.generation) this.retry();
      });
    }
    if (view === 'manage') {
      const { manage } = this.parts;
      if (manage) void (this.manageView ??= this.createManageView(manage)).load();
      return;
    }
    if (view === 'create' && !this.created) {
      this.phase = 'loading';
      if (store) void this.loadMe(store, generation);
      return;
    }
    const same = id !== undefined && this.poll?.id === id && this.phase === 'ready';
    if (!same) this.reset();
    if (!store) {
      this.phase = 'loading';
      return;
    }
    if (!id) {
      this.phase = 'empty';
      void this.loadMe(store, generation);
      return;
    }
    if (!same) this.phase = 'loading';
    void this.load(store, id, generation, same);
  }

  /** Forgets everything about the previous poll. */
  private reset(): void {
    this.poll = undefined;
    this.results = undefined;
    this.failure = undefined;
    this.voting?.reset();
    this.highlighted = false;
    this.highlightTimer.stop();
  }

  /**
   * Loads a mode's code once per element and adopts its styles; a failed load (retried by the
   * error state's button) is forgotten, so the next attempt fetches again.
   */
  private loadPart(name: PartName): Promise<void> {
    let loading = this.partLoads.get(name);
    if (!loading) {
      this.partFailure = undefined;
      loading = PARTS[name]().then(
        (part) => {
          this.addStyles(part.styles);
          this.parts = { ...this.parts, [name]: part };
          if (name === 'vote') this.voting = this.createVoting(part as VotePart);
        },
        (error: unknown) => {
          this.partLoads.delete(name);
          this.partFailure = { name, error };
          this.failed(error);
        },
      );
      this.partLoads.set(name, loading);
    }
    return loading;
  }

  private async load(store: PleinStore, id: string, generation: number, quiet: boolean): Promise<void> {
    try {
      // Shown (and announced with plein-load) once the strings of its language and the card's
      // code are here too; all three are requested in this same tick.
      const [[poll, results]] = await Promise.all([this.fetch(store, id), this.i18n.load(), this.loadPart('vote')]);
      if (generation !== this.generation) return;
      this.show(poll, results);
      if (quiet) return;
      if (!this.parts.vote) {
        this.phase = 'error'; // the card's code could not be loaded (already reported); retry fetches it again
        this.failure = this.partFailure?.error;
        return;
      }
      this.phase = 'ready';
      this.emit('plein-load', { pollId: poll.id });
      void this.highlightIfNamed();
    } catch (error) {
      if (generation !== this.generation || quiet) return;
      if (isPleinError(error) && error.code === 'not-found') {
        this.phase = 'not-found';
      } else {
        this.phase = 'error';
        this.failure = error;
      }
      this.failed(error);
    }
  }

  private fetch(store: PleinStore, id: string): Promise<[Poll, PollResults]> {
    return this.timeouts.guard(Promise.all([store.polls.get(id), store.polls.results(id)]));
  }

  /** The results after a write; if they cannot be fetched, what was shown (or hidden until a vote). */
  private async resultsAfter(poll: Poll): Promise<PollResults> {
    const store = this.storeRef.value;
    const results = store && (await this.timeouts.guard(store.polls.results(poll.id)).catch(() => this.results));
    return results ?? { pollId: poll.id, visible: false, reason: 'vote-first', voterCount: poll.voterCount };
  }

  private async loadMe(store: PleinStore, generation: number): Promise<void> {
    this.meFailure = undefined;
    try {
      const me = await this.timeouts.guard(store.me());
      if (generation !== this.generation) return;
      this.me = me;
    } catch (error) {
      if (generation !== this.generation) return;
      this.me = undefined;
      this.meFailure = error;
      if (this.view === 'create') this.failed(error);
    }
  }

  private show(poll: Poll, results: PollResults): void {
    this.poll = poll;
    this.results = results;
    this.voting?.shown(poll);
    if (poll.status === 'closed') this.deadlineRecheck.stop();
  }

  private readonly retry = (): void => {
    this.loaded = undefined;
    this.phase = 'loading';
    this.requestUpdate();
  };

  // ---------------------------------------------------------------------------- live updates

  /** Fetches the poll again after a change; changes that arrive meanwhile cause one more round. */
  private async refetch(): Promise<void> {
    const store = this.storeRef.value;
    const id = this.poll?.id;
    if (!store || !id || this.phase !== 'ready') return;
    if (this.refetching) {
      this.refetchAgain = true;
      return;
    }
    const generation = this.generation;
    this.refetching = true;
    try {
      do {
        this.refetchAgain = false;
        const before = { status: this.poll?.status, figures: figures(this.results) };
        const [poll, results] = await this.fetch(store, id);
        if (generation !== this.generation) return;
        this.show(poll, results);
        this.announceChange(before, poll, results);
      } while (this.refetchAgain);
    } catch {
      // Keep showing what we have; the next change or deadline tries again.
    } finally {
      this.refetching = false;
    }
  }

  private announceChange(before: { status?: string; figures: string }, poll: Poll, results: PollResults): void {
    const { strings } = this;
    if (before.status === 'open' && poll.status === 'closed') {
      this.feedback.announce(strings.closedNow);
    } else if (figures(results) !== before.figures) {
      this.announcer.announce(strings.resultsUpdated(strings.voters(results.voterCount, this.i18n.format)));
    }
  }

  private deadlinePassed(): void {
    void this.refetch().then(() => {
      const poll = this.poll;
      // The store may close a moment later than our clock says: look again shortly.
      if (poll?.status === 'open' && poll.closesAt && Date.parse(poll.closesAt) <= this.clock.now()) {
        this.deadlineRecheck.start(DEADLINE_RECHECK_MS, () => this.deadlinePassed());
      }
    });
  }

  // ---------------------------------------------------------------------------- permalink

  private readonly hashChanged = (): void => {
    const named = readPermalink('poll');
    if (named && named === this.poll?.id) void this.highlightIfNamed();
    else if (!this.pollId) this.requestUpdate(); // the page now names another poll
  };

  /** When the page URL names this poll: bring it into view and mark it for a moment. */
  private async highlightIfNamed(): Promise<void> {
    if (!this.poll || readPermalink('poll') !== this.poll.id) return;
    this.highlighted = true;
    await this.updateComplete;
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.highlightTimer.start(HIGHLIGHT_MS, () => (this.highlighted = false));
  }

  private async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.feedback.toast(this.strings.linkCopied, { tone: 'success' });
    } catch {
      this.feedback.toast(this.strings.copyFailed, { tone: 'error' });
    }
  }

  // ---------------------------------------------------------------------------- voting

  private createVoting({ Voting }: VotePart): Voting {
    return new Voting({
      element: this,
      feedback: this.feedback,
      timeouts: this.timeouts,
      store: () => this.storeRef.value,
      poll: () => this.poll,
      generation: () => this.generation,
      locale: () => this.i18n.locale,
      strings: () => this.strings,
      resultsAfter: (poll) => this.resultsAfter(poll),
      show: (poll, results) => this.show(poll, results),
      emit: (name, detail) => this.emit(name, detail),
      failed: (error) => this.failed(error),
      focusLater: (...selectors) => this.focusLater(...selectors),
      copy: (url) => void this.copyLink(url),
    });
  }

  // ---------------------------------------------------------------------------- create and manage

  private createForm({ PollForm, strings }: CreatePart): PollForm {
    return new PollForm({
      host: this,
      locale: () => ({ locale: this.i18n.locale, strings: this.partStrings(strings), format: this.i18n.format }),
      capabilities: () => this.storeRef.value!.capabilities,
      save: (draft, options) => this.timeouts.guard(this.storeRef.value!.polls.create(draft, options)),
      saved: (poll) => void this.pollCreated(poll, this.i18n.strings(strings).createdHeading),
      failed: (error) => this.failed(error),
      cancel: this.inviting
        ? () => {
            this.inviting = false;
            this.form = undefined;
            void this.focusLater('.empty-state button');
          }
        : undefined,
      announce: (text) => this.feedback.announce(text),
    });
  }

  private async pollCreated(poll: Poll, heading: string): Promise<void> {
    const [results] = await Promise.all([this.resultsAfter(poll), this.loadPart('vote')]);
    this.form = undefined;
    this.reset();
    this.created = poll;
    this.show(poll, results);
    this.phase = 'ready';
    this.feedback.announce(heading);
    this.emit('plein-poll-created', { poll });
    await this.focusLater('#created-heading');
  }

  private createAnother(): void {
    this.created = undefined;
    this.reset();
    void this.focusLater('#pf-question');
  }

  private async invite(): Promise<void> {
    this.inviting = true;
    await this.loadPart('create');
    await this.focusLater('#pf-question');
  }

  private createManageView({ ManageView: View, strings }: ManagePart): ManageView {
    return new View({
      host: this,
      store: () => this.storeRef.value,
      locale: () => ({ locale: this.i18n.locale, strings: this.partStrings(strings), format: this.i18n.format }),
      voteUrl: () => this.voteUrl || undefined,
      guard: (call) => this.timeouts.guard(call),
      toast: (text, tone) => this.feedback.toast(text, { tone }),
      announce: (text) => this.feedback.announce(text),
      copy: (url) => this.copyLink(url),
      closed: (poll) => this.emit('plein-poll-closed', { pollId: poll.id }),
      failed: (error) => this.failed(error),
    });
  }

  // ---------------------------------------------------------------------------- helpers

  private emit<K extends PleinPollEventName>(name: K, detail: PleinPollEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }) as PleinPollEventMap[K]);
  }

  private failed(error: unknown): void {
    this.emit('plein-error', { error: toPleinError(error) });
  }

  /** After the next render (which this asks for): focus on the first of `selectors` there is. */
  private async focusLater(...selectors: string[]): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  // ---------------------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const waiting = !this.i18n.ready && skeleton({ label: this.i18n.strings(uiStrings).loading });
    return html`${waiting || this.renderView()}${this.feedback.render()}`;
  }

  private renderView(): TemplateResult {
    const { create, manage, presenter, vote } = this.parts;
    switch (this.view) {
      case 'manage':
        return manage && this.storeRef.value && this.manageView ? this.manageView.render() : this.waiting();
      case 'create':
        return create ? this.renderCreate(create) : this.waiting();
      case 'presenter':
        return (
          this.renderState() ??
          (presenter && vote ? this.renderPresenter(presenter, vote, this.poll!, this.results!) : this.waiting())
        );
      default:
        return this.renderState() ?? this.renderCard(this.poll!, this.results!);
    }
  }

  /** The skeleton, or the error with retry when the code of this mode could not be loaded. */
  private waiting(): TemplateResult {
    const failure = this.partFailure;
    return failure?.name === this.view ? this.renderError(failure.error) : skeleton({ label: this.strings.loading });
  }

  private renderError(failure: unknown): TemplateResult {
    return errorState({
      message: errorText(this.i18n.locale, failure),
      retryLabel: this.strings.retry,
      onRetry: this.retry,
    });
  }

  /** Loading, empty, not found and error; undefined once a poll is ready. */
  private renderState(): TemplateResult | undefined {
    const { strings } = this;
    switch (this.phase) {
      case 'ready':
        return this.poll && this.results ? undefined : this.waiting();
      case 'loading':
        return this.waiting();
      case 'not-found':
        return emptyState({ heading: strings.notFoundHeading, message: strings.notFoundMessage });
      case 'error':
        return this.renderError(this.failure);
      case 'empty': {
        const canCreate = this.me?.can.createPolls === true;
        return emptyState({
          heading: strings.emptyHeading,
          message: canCreate ? strings.emptyInvite : strings.emptyNoCreate,
          action: canCreate ? { label: strings.createPoll, onClick: () => void this.invite() } : undefined,
        });
      }
    }
  }

  private renderCreate(part: CreatePart): TemplateResult {
    const strings = this.partStrings(part.strings);
    if (this.created && this.poll && this.results) {
      return part.created({
        strings,
        url: this.pollUrl(this.poll.id),
        card: this.renderCard(this.poll, this.results),
        copy: (url) => void this.copyLink(url),
        another: () => this.createAnother(),
      });
    }
    if (this.meFailure) return this.renderError(this.meFailure);
    if (!this.storeRef.value || !this.me) return this.waiting();
    if (!this.me.can.createPolls) {
      return emptyState({ heading: strings.cannotCreateHeading, message: strings.cannotCreateMessage });
    }
    this.form ??= this.createForm(part);
    return this.form.render();
  }

  private renderCard(poll: Poll, results: PollResults): TemplateResult {
    return (
      this.voting?.card({
        poll,
        results,
        strings: this.strings,
        format: this.i18n.format,
        now: this.clock.now(),
        url: this.pollUrl(poll.id),
        highlighted: this.highlighted,
      }) ?? this.waiting()
    );
  }

  private renderPresenter(
    { Presenter, strings }: PresenterPart,
    { deadlineStatus }: VotePart,
    poll: Poll,
    results: PollResults,
  ): TemplateResult {
    const { format } = this.i18n;
    return (this.presenter ??= new Presenter(this)).render(
      {
        poll,
        results,
        strings: this.partStrings(strings),
        format,
        url: this.pollUrl(poll.id),
        status: deadlineStatus(poll, this.clock.now(), this.strings, format),
        highlight: this.highlighted,
      },
      this.storeRef.value!,
    );
  }
}

/** Everything live results can change, as one comparable string. */
function figures(results: PollResults | undefined): string {
  if (!results) return '';
  const votes = results.visible ? results.options.map((option) => `${option.optionId}:${option.votes}`).join(',') : '';
  return `${results.voterCount}|${votes}`;
}
