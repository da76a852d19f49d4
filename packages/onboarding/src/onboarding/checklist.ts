import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  PleinError,
  isPleinError,
  toPleinError,
  type ChangeEvent,
  type Checklist,
  type ChecklistTask,
  type Me,
  type Notification,
  type OnboardingApi,
  type PleinStore,
} from '@plein/core';
import {
  PeopleCache,
  Timer,
  cardSurfaceStyles,
  choiceStyles,
  emptyState,
  errorState,
  errorText,
  skeleton,
} from '@plein/ui';
import { overdueBadge, renderAssigned } from './assigned.js';
import { ChecklistLive, type LiveHost } from './checklist-live.js';
import { checklistCatalog, type ChecklistStrings } from './checklist.strings.js';
import { checklistStyles } from './checklist.styles.js';
import { domId, type ChecklistContext } from './context.js';
import { daysBetween, today, untilMidnight } from './due.js';
import { allTasks, complete, progressBar, renderPhases, tally } from './phases.js';
import type { OnboardingShell, OnboardingView } from './shell.js';
import { dayText } from './task.js';
import { Ticks, type TicksHost } from './ticks.js';

export const styles: CSSResultGroup = [choiceStyles, cardSurfaceStyles, checklistStyles];
export const catalog = checklistCatalog;

/** How long a completed phase celebrates (its confetti end just before). */
export const CELEBRATION_MS = 1600;

type Phase = 'loading' | 'ready' | 'error';
interface Shown {
  /** The checklists shown as the main ones: the viewer's own, or those of the `person` attribute's. */
  main: Checklist[];
  /** The new hires the viewer is manager or buddy for (none when looking at one `person`). */
  assigned: Checklist[];
}

const sameList = (a: Checklist, b: Checklist): boolean =>
  a.campaign.id === b.campaign.id && a.enrolment.personId === b.enrolment.personId;

/**
 * The new hire's checklist (`mode="checklist"`, a chunk of its own): each campaign's welcome and
 * progress, its phases with due dates from the start date, ticks that show at once and roll back
 * when the store says no, a small celebration when a phase is done; below it (or instead of it)
 * the people the viewer onboards as manager or buddy. Follows live ticks and reminders.
 */
export class ChecklistView implements OnboardingView, TicksHost, LiveHost {
  readonly ticks: Ticks;
  private phase: Phase = 'loading';
  private failure: unknown;
  private store: PleinStore | undefined;
  private viewer: Me | undefined;
  private shown: Shown = { main: [], assigned: [] };
  /** The `person` attribute's person, when it is not the viewer. */
  private subject: string | undefined;
  private generation = 0;
  private refreshing = false;
  private refreshAgain = false;
  private loaded = false;
  private readonly opened = new Map<string, boolean>();
  private celebrated: string | undefined;
  private readonly people: PeopleCache;
  private readonly live: ChecklistLive;
  private readonly dayTimer: Timer;
  private readonly celebrationTimer: Timer;
  private readonly ctx: ChecklistContext;

  constructor(readonly shell: OnboardingShell) {
    const clock = () => shell.clock;
    this.dayTimer = new Timer(clock);
    this.celebrationTimer = new Timer(clock);
    this.people = new PeopleCache(shell.store, () => this.update());
    this.ticks = new Ticks(this);
    this.live = new ChecklistLive(this);
    this.ctx = this.context();
    shell.adopt(styles);
  }

  private context(): ChecklistContext {
    const { shell } = this;
    return {
      strings: () => this.strings,
      locale: () => shell.locale(),
      today: () => today(shell.clock.now()),
      viewerId: () => this.viewer?.id,
      person: (id) => this.people.get(id),
      ticks: this.ticks,
      tick: (checklist, task, done) => void this.ticks.set(checklist, task, done),
      phaseOpen: (key, fallback) => {
        if (!this.opened.has(key)) this.opened.set(key, fallback);
        return this.opened.get(key)!;
      },
      setPhaseOpen: (key, open) => void this.opened.set(key, open),
      celebrating: () => this.celebrated,
      errorText: (error) => errorText(shell.locale().locale, error),
    };
  }

  private get strings(): ChecklistStrings {
    return this.shell.strings(checklistCatalog);
  }

  private update(): void {
    this.shell.element.requestUpdate();
  }

  // ---------------------------------------------------------------------------- loading

  start(store: PleinStore | undefined): void {
    this.stop();
    if (store !== this.store) {
      this.people.clear();
      this.viewer = undefined;
    }
    this.store = store;
    this.reload();
  }

  stop(): void {
    this.generation++;
    this.live.stop();
    this.dayTimer.stop();
    this.celebrationTimer.stop();
    this.celebrated = undefined;
    this.refreshing = this.refreshAgain = false;
  }

  private readonly reload = (): void => {
    const generation = ++this.generation;
    this.phase = 'loading';
    this.failure = undefined;
    this.loaded = false;
    this.opened.clear();
    this.ticks.clear();
    this.update();
    if (this.store) void this.load(this.store, generation);
  };

  private async load(store: PleinStore, generation: number): Promise<void> {
    try {
      const shown = await this.fetch(store);
      if (generation !== this.generation) return;
      this.show(store, shown);
      this.phase = 'ready';
      this.nextDay();
      this.update();
      if (!this.loaded) this.shell.emit('plein-load', { mode: 'checklist' });
      this.loaded = true;
    } catch (error) {
      if (generation !== this.generation) return;
      this.phase = 'error';
      this.failure = error;
      this.shell.emit('plein-error', { error: toPleinError(error) });
      this.update();
    }
  }

  /** What the attributes ask for: the viewer's own checklists and the people they onboard, or one person's. */
  private async fetch(store: PleinStore): Promise<Shown> {
    const api = store.onboarding;
    if (!api) throw new PleinError('unavailable', { reason: 'no-onboarding' });
    const guard = <T>(call: Promise<T>) => this.shell.guard(call);
    const viewer = (this.viewer ??= await guard(store.me()));
    const { campaignId, personId } = this.shell.config();
    this.subject = personId && personId !== viewer.id ? personId : undefined;
    let shown: Shown;
    if (this.subject) {
      const main = campaignId ? present([await this.one(api, campaignId, this.subject)]) : await this.of(api, viewer);
      shown = { main, assigned: [] };
    } else {
      const [main, assigned] = await Promise.all([
        campaignId ? this.one(api, campaignId, viewer.id).then((one) => present([one])) : guard(api.mine()),
        guard(api.assigned()),
      ]);
      shown = { main, assigned: assigned.filter((c) => !campaignId || c.campaign.id === campaignId) };
    }
    await this.knowPeople(store, [...shown.main, ...shown.assigned]);
    return shown;
  }

  /** One checklist, or undefined where there is none for the viewer to see. */
  private async one(api: OnboardingApi, campaignId: string, personId: string): Promise<Checklist | undefined> {
    try {
      return await this.shell.guard(api.checklist(campaignId, personId));
    } catch (error) {
      if (isPleinError(error) && (error.code === 'not-found' || error.code === 'forbidden')) return undefined;
      throw error;
    }
  }

  /** The `person` attribute's checklists: those the viewer onboards them in, or (the team) every active campaign's. */
  private async of(api: OnboardingApi, viewer: Me): Promise<Checklist[]> {
    const subject = this.subject!;
    const assigned = (await this.shell.guard(api.assigned())).filter((c) => c.enrolment.personId === subject);
    if (assigned.length || !viewer.can.manageOnboarding) return assigned;
    const campaigns = await this.shell.guard(api.campaigns({ status: 'active' }));
    return present(await Promise.all(campaigns.map((campaign) => this.one(api, campaign.id, subject))));
  }

  /** Names for the new hires, their managers and buddies, and who ticked what, in one call. */
  private async knowPeople(store: PleinStore, lists: Checklist[]): Promise<void> {
    const ids = new Set<string>();
    for (const { enrolment, phases } of lists) {
      for (const id of [enrolment.personId, enrolment.managerId, enrolment.buddyId]) if (id) ids.add(id);
      for (const task of phases.flatMap((phase) => phase.tasks)) if (task.doneBy) ids.add(task.doneBy);
    }
    if (!ids.size) return;
    this.people.add(await this.shell.guard(store.people.getMany([...ids])).catch(() => []));
  }

  /** Shows `shown` and follows the campaigns in it. */
  private show(store: PleinStore, shown: Shown): void {
    this.shown = shown;
    const ids = [...shown.main, ...shown.assigned].map((c) => c.campaign.id);
    this.live.follow(store, ids);
  }

  /** Moves every "due in …" on at the viewer's midnight. */
  private nextDay(): void {
    this.dayTimer.start(untilMidnight(this.shell.clock.now()), () => {
      this.update();
      this.nextDay();
    });
  }

  // ---------------------------------------------------------------------------- live

  changed(_campaignId: string, _event: ChangeEvent): void {
    void this.refresh();
  }

  reminded(note: Notification): void {
    const shown = this.all.some((c) => c.campaign.id === note.campaignId && c.enrolment.personId === note.subjectId);
    if (!shown) return;
    void this.refresh().then(() => {
      const task = this.all
        .filter((c) => c.campaign.id === note.campaignId && c.enrolment.personId === note.subjectId)
        .flatMap(allTasks)
        .find((t) => t.id === note.entryId);
      if (!task) return;
      const t = this.strings;
      this.shell.announce(note.kind === 'task-overdue' ? t.reminderOverdue(task.title) : t.reminderSoon(task.title));
    });
  }

  private get all(): Checklist[] {
    return [...this.shown.main, ...this.shown.assigned];
  }

  /**
   * Reads everything shown again, quietly (one read at a time; changes meanwhile ask for one
   * more). A checklist that left the lists is asked for on its own: an archived campaign stays
   * in sight, marked, and one the person was taken out of goes.
   */
  private async refresh(): Promise<void> {
    const store = this.store;
    const api = store?.onboarding;
    if (!store || !api || this.phase !== 'ready') return;
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    const generation = this.generation;
    this.refreshing = true;
    try {
      do {
        this.refreshAgain = false;
        const before = this.shown;
        const next = await this.fetch(store);
        const gone = (list: Checklist[], now: Checklist[]) =>
          Promise.all(
            list
              .filter((old) => !now.some((c) => sameList(c, old)))
              .map((old) => this.one(api, old.campaign.id, old.enrolment.personId)),
          );
        const [main, assigned] = await Promise.all([
          gone(before.main, next.main),
          gone(before.assigned, next.assigned),
        ]);
        if (generation !== this.generation) return;
        next.main.push(...present(main));
        next.assigned.push(...present(assigned));
        this.sayTicks(before, next);
        this.show(store, next);
        this.update();
      } while (this.refreshAgain);
    } catch {
      // Keep what is shown; the next change reads again.
    } finally {
      if (generation === this.generation) this.refreshing = false;
    }
  }

  /** Says who ticked off a task the viewer sees (a manager ticks theirs: the new hire hears it). */
  private sayTicks(before: Shown, after: Shown): void {
    const old = [...before.main, ...before.assigned];
    for (const list of [...after.main, ...after.assigned]) {
      const was = old.find((c) => sameList(c, list));
      if (!was) continue;
      const done = new Set(
        allTasks(was)
          .filter((task) => task.done)
          .map((task) => task.id),
      );
      for (const task of allTasks(list)) {
        if (!task.done || done.has(task.id) || !task.doneBy || task.doneBy === this.viewer?.id) continue;
        const name = this.people.get(task.doneBy)?.displayName ?? this.strings.someone;
        this.shell.announce(this.strings.tickedBy(name, task.title));
      }
    }
  }

  // ---------------------------------------------------------------------------- ticking

  confirmed(checklist: Checklist, task: ChecklistTask): void {
    const replace = (list: Checklist[]) =>
      list.map((c) =>
        sameList(c, checklist)
          ? { ...c, phases: c.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === task.id ? task : t)) })) }
          : c,
      );
    this.shown = { main: replace(this.shown.main), assigned: replace(this.shown.assigned) };
    const updated = this.shown.main.find((c) => sameList(c, checklist));
    if (!task.done || !updated) return this.update();
    // The viewer's own tick completed a phase (or everything): celebrate it.
    const phase = updated.phases.find((p) => p.tasks.some((t) => t.id === task.id));
    if (!phase || !complete(this.ctx, updated, phase)) return this.update();
    const everything = tally(this.ctx, updated, allTasks(updated));
    this.shell.announce(
      everything.done === everything.total
        ? this.strings.allCelebrated(updated.campaign.title)
        : this.strings.phaseCelebrated(phase.title),
    );
    this.celebrated = domId('p', updated.campaign.id, updated.enrolment.personId, phase.id);
    this.celebrationTimer.start(CELEBRATION_MS, () => {
      this.celebrated = undefined;
      this.update();
    });
    this.update();
  }

  undone(_checklist: Checklist, task: ChecklistTask, done: boolean, error: unknown): void {
    this.shell.announce(this.strings.tickUndone(task.title, done, this.ctx.errorText(error)), 'assertive');
    this.shell.emit('plein-error', { error: toPleinError(error) });
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    return html`<div class="onboarding" part="base">${this.renderBody()}</div>`;
  }

  private renderBody(): TemplateResult {
    const t = this.strings;
    if (this.phase === 'loading') return skeleton({ lines: 6, label: t.loading });
    if (this.phase === 'error') {
      return errorState({ message: this.ctx.errorText(this.failure), retryLabel: t.retry, onRetry: this.reload });
    }
    const { main, assigned } = this.shown;
    if (this.subject && !main.length) {
      return emptyState({ heading: t.personEmptyHeading, message: t.personEmptyMessage });
    }
    if (!main.length && !assigned.length) return emptyState({ heading: t.emptyHeading, message: t.emptyMessage });
    return html`${repeat(
      main,
      (c) => `${c.campaign.id}\n${c.enrolment.personId}`,
      (c) => this.renderChecklist(c),
    )}
    ${assigned.length ? renderAssigned(this.ctx, assigned) : nothing}`;
  }

  private renderChecklist(checklist: Checklist): TemplateResult {
    const t = this.strings;
    const { campaign, enrolment } = checklist;
    const id = domId('c', campaign.id, enrolment.personId);
    const counts = tally(this.ctx, checklist, allTasks(checklist));
    const self = enrolment.personId === this.viewer?.id;
    const day = dayText(this.ctx, enrolment.startDate);
    const start = self
      ? t.firstDay(day)
      : (daysBetween(this.ctx.today(), enrolment.startDate) <= 0 ? t.startedOn : t.startsOn)(day);
    const name = this.people.get(enrolment.personId)?.displayName ?? t.someone;
    const archived = campaign.status === 'archived';
    return html`<article class="checklist ${archived ? 'archived' : ''}" aria-labelledby=${`${id}-title`}>
      <header class="head card" part="header">
        ${self ? nothing : html`<p class="eyebrow">${t.personHeading(name)}</p>`}
        <h2 class="title" id=${`${id}-title`}>${campaign.title}</h2>
        ${campaign.description ? html`<p class="welcome">${campaign.description}</p>` : nothing}
        <p class="first-day">${start}</p>
        ${archived ? html`<p class="notice" role="note">${t.archived}</p>` : nothing}
        ${progressBar(this.ctx, t.progressLabel(campaign.title), counts)}
        ${
          counts.overdue
            ? overdueBadge(this.ctx, counts.overdue)
            : counts.total && counts.done === counts.total
              ? html`<p class="all-done">${t.allDone}</p>`
              : nothing
        }
      </header>
      ${renderPhases(this.ctx, checklist, { interactive: true, level: 3 })}
    </article>`;
  }
}

const present = <T>(list: (T | undefined)[]): T[] => list.filter((item): item is T => item !== undefined);
