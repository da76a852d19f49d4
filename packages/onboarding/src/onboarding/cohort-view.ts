import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Clock, CohortReport, Person, PleinStore } from '@plein/core';
import { PeopleCache, downloadCsv, errorState, errorText, skeleton, styleProps } from '@plein/ui';
import { fileName, peopleCsv, tasksCsv } from './cohort-csv.js';
import { cohortStrings, type CohortSort, type CohortStrings } from './cohort-view.strings.js';
import { cohortStyles } from './cohort-view.styles.js';
import type { ManageContext, ManagePart } from './manage-part.js';

export const styles = [cohortStyles];

type Row = CohortReport['people'][number];
type PersonState = Row['state'];
const STATES: PersonState[] = ['done', 'on-track', 'behind'];
const SORTS: CohortSort[] = ['state', 'overdue', 'progress', 'start', 'name'];

/** The inline checklist's lifecycle events are its own: the page hears only this element's. */
const stopHere = (event: Event): void => event.stopPropagation();

/** The checklist element shown inline for one person: `<plein-onboarding mode="checklist">` under the element's own tag. */
type ChecklistElement = HTMLElement & { store?: PleinStore; clock?: Clock };

/**
 * How a campaign's people are doing, as the store computes it: enrolled, progress and achieved
 * against the target, on track or not (in words); people by state as a bar with the numbers
 * as a table; completion per task; and every person, sortable, whose checklist opens inline.
 * Both tables download as CSV.
 */
export class CohortView implements ManagePart {
  private phase: 'loading' | 'ready' | 'error' = 'loading';
  private failure: unknown;
  private report: CohortReport | undefined;
  private sort: CohortSort = 'state';
  private readonly people: PeopleCache;
  private checklist: { personId: string; element: ChecklistElement } | undefined;
  private generation = 0;
  private loading = false;
  private again = false;

  constructor(private readonly context: ManageContext) {
    this.people = new PeopleCache(
      () => context.shell.store(),
      () => context.update(),
    );
    void this.load();
  }

  private get strings(): CohortStrings {
    return cohortStrings[this.context.shell.locale().locale];
  }

  refresh(): void {
    void this.load();
  }

  stop(): void {
    this.generation++;
  }

  /** One read at a time; a change meanwhile reads once more. A failed refresh keeps the figures shown. */
  private async load(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return;
    }
    const generation = this.generation;
    const id = this.context.campaignId();
    if (!id) return;
    this.loading = true;
    try {
      do {
        this.again = false;
        const report = await this.context.shell.guard(this.context.api().cohort(id));
        if (generation !== this.generation) return;
        this.report = report;
        this.phase = 'ready';
        this.context.update();
      } while (this.again && generation === this.generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.context.failed(error);
      if (this.phase !== 'ready') {
        this.phase = 'error';
        this.failure = error;
        this.context.update();
      }
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private readonly retry = (): void => {
    this.phase = 'loading';
    this.context.update();
    void this.load();
  };

  private name(personId: string): string {
    return this.people.get(personId)?.displayName ?? '';
  }

  private sorted(rows: Row[]): Row[] {
    const order = (row: Row) => STATES.indexOf(row.state);
    const share = (row: Row) => (row.total ? row.done / row.total : 1);
    const byName = (a: Row, b: Row) =>
      (this.name(a.personId) || '\uffff').localeCompare(
        this.name(b.personId) || '\uffff',
        this.context.shell.locale().locale,
      );
    const compare: Record<CohortSort, (a: Row, b: Row) => number> = {
      state: (a, b) => order(b) - order(a) || b.overdue - a.overdue,
      overdue: (a, b) => b.overdue - a.overdue,
      progress: (a, b) => share(a) - share(b),
      start: (a, b) => b.startDate.localeCompare(a.startDate),
      name: byName,
    };
    return [...rows].sort((a, b) => compare[this.sort](a, b) || byName(a, b));
  }

  // ---------------------------------------------------------------------------- actions

  private openChecklist(personId: string): void {
    const shell = this.context.shell;
    const campaignId = this.context.campaignId();
    if (!campaignId) return;
    // The element's own tag, so a version-suffixed registration shows its own checklist.
    const element = document.createElement(shell.element.localName) as ChecklistElement;
    element.setAttribute('mode', 'checklist');
    element.setAttribute('campaign', campaignId);
    element.setAttribute('person', personId);
    element.setAttribute('lang', shell.locale().locale);
    if (shell.element.theme) element.setAttribute('theme', shell.element.theme);
    element.store = shell.store();
    element.clock = shell.clock;
    this.checklist = { personId, element };
    this.context.update();
    void this.context.focusOn('#cohort-checklist-title');
  }

  private readonly closeChecklist = (): void => {
    const personId = this.checklist?.personId;
    this.checklist = undefined;
    this.context.update();
    if (personId) void this.context.focusOn(`[data-person="${personId}"]`);
  };

  private async export(kind: 'people' | 'tasks'): Promise<void> {
    const report = this.report;
    const campaign = this.context.campaign();
    if (!report) return;
    const t = this.strings;
    const { locale } = this.context.shell.locale();
    try {
      let text: string;
      if (kind === 'people') {
        const store = this.context.shell.store();
        const ids = report.people.map((p) => p.personId);
        const found = store ? await this.context.shell.guard(store.people.getMany(ids)) : [];
        text = peopleCsv(report, new Map(found.map((p: Person) => [p.id, p])), t, locale);
      } else text = tasksCsv(report, campaign, t, locale);
      const name = fileName(campaign?.title ?? '', kind === 'people' ? t.filePeople : t.fileTasks);
      downloadCsv(name, text, this.context.shell.clock);
      this.context.shell.announce(t.exported(name));
    } catch (error) {
      this.context.failed(error);
      this.context.shell.toast(errorText(locale, error), 'error');
    }
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const { locale } = this.context.shell.locale();
    if (this.phase === 'loading') return skeleton({ lines: 6, label: t.loading });
    if (this.phase === 'error' || !this.report)
      return errorState({ message: errorText(locale, this.failure), retryLabel: t.retry, onRetry: this.retry });
    const report = this.report;
    return html`<div class="cohort">
      ${this.renderFigures(report)}
      ${
        report.enrolled
          ? html`${this.renderChart(report)} ${this.renderTasks(report)} ${this.renderPeople(report)}`
          : html`<p class="none">${t.noPeople}</p>`
      }
    </div>`;
  }

  private renderFigures(report: CohortReport): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const percent = (value: number) => format.percent(value / 100);
    const { target } = report;
    const [tone, label, sign] =
      report.onTrack === null
        ? ['unknown', t.notMeasured, '–']
        : report.onTrack
          ? ['good', t.onTrack, '✓']
          : ['bad', t.behind, '!'];
    return html`<section class="figures" aria-labelledby="cohort-figures">
      <div class="section-head">
        <h3 class="section-title" id="cohort-figures">${t.figures}</h3>
        <div class="exports">
          <button
            type="button"
            class="button export-people"
            ?hidden=${!report.enrolled}
            @click=${() => void this.export('people')}
          >
            ${t.exportPeople}
          </button>
          <button
            type="button"
            class="button export-tasks"
            ?hidden=${!report.enrolled}
            @click=${() => void this.export('tasks')}
          >
            ${t.exportTasks}
          </button>
        </div>
      </div>
      <dl class="figure-grid">
        <div class="figure">
          <dt>${t.enrolled}</dt>
          <dd class="figure-value" data-figure="enrolled">${format.number(report.enrolled)}</dd>
        </div>
        <div class="figure">
          <dt>${t.progress}</dt>
          ${
            report.progress === null
              ? html`<dd class="figure-text" data-figure="progress">${t.nothingDue}</dd>`
              : html`<dd class="figure-value" data-figure="progress">${percent(report.progress)}</dd>
                  <dd class="figure-hint">${t.progressHint}</dd>`
          }
        </div>
        <div class="figure">
          <dt>${t.achieved}</dt>
          ${
            report.achieved === null
              ? html`<dd class="figure-text" data-figure="achieved">${t.notYet(target.days, format)}</dd>`
              : html`<dd class="figure-value" data-figure="achieved">${percent(report.achieved)}</dd>
                  <dd class="figure-hint">${t.achievedHint(target.days, format)}</dd>`
          }
        </div>
        <div class="figure">
          <dt>${t.target}</dt>
          <dd class="figure-text" data-figure="target">${t.targetText(target.percent, target.days, format)}</dd>
          <dd class="track ${tone}" data-figure="status">
            <span class="track-sign" aria-hidden="true">${sign}</span> ${label}
          </dd>
        </div>
      </dl>
    </section>`;
  }

  /** People by state: a stacked bar (a picture, described in one sentence) and the same numbers as a table. */
  private renderChart(report: CohortReport): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const counts = STATES.map((state) => ({ state, count: report.people.filter((p) => p.state === state).length }));
    const total = report.people.length || 1;
    const words = format.list(counts.map(({ state, count }) => `${t.states[state]} ${format.number(count)}`));
    return html`<section class="chart" aria-labelledby="cohort-chart">
      <h3 class="section-title" id="cohort-chart">${t.chart}</h3>
      <div class="stack" role="img" aria-label=${t.chartLabel(words)}>
        ${counts
          .filter(({ count }) => count)
          .map(
            ({ state, count }) =>
              html`<span class="segment ${state}" ${styleProps({ 'flex-grow': String(count) })}
                >${format.number(count)}</span
              >`,
          )}
      </div>
      <table class="legend">
        <caption class="visually-hidden">
          ${t.chart}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.state}</th>
            <th scope="col" class="number">${t.count}</th>
            <th scope="col" class="number">${t.share}</th>
          </tr>
        </thead>
        <tbody>
          ${counts.map(
            ({ state, count }) =>
              html`<tr>
                <th scope="row"><span class="swatch ${state}" aria-hidden="true"></span>${t.states[state]}</th>
                <td class="number">${format.number(count)}</td>
                <td class="number">${format.percent(count / total)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  /** Completion per task: done by how many of the people enrolled, with a bar as its picture. */
  private renderTasks(report: CohortReport): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const phases = new Map(this.context.campaign()?.phases.map((phase) => [phase.id, phase.title]));
    const total = report.enrolled || 1;
    return html`<div class="per-task">
      <h3 class="section-title" id="cohort-tasks">${t.perTask}</h3>
      <div class="table-box" role="region" aria-labelledby="cohort-tasks" tabindex="0">
        <table class="data task-table">
          <thead>
            <tr>
              <th scope="col">${t.task}</th>
              <th scope="col">${t.done}</th>
              <th scope="col" class="number">${t.overdue}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              report.tasks,
              (task) => task.taskId,
              (task) =>
                html`<tr>
                  <th scope="row">
                    <span class="cell-title">${task.title}</span>
                    <span class="cell-meta">${phases.get(task.phaseId) ?? ''} · ${t.owners[task.owner]}</span>
                  </th>
                  <td class="done-cell">
                    <span class="cell-title">${t.doneOf(task.done, report.enrolled, format)}</span>
                    <span class="bar" aria-hidden="true"
                      ><span class="bar-fill" ${styleProps({ 'inline-size': `${(task.done / total) * 100}%` })}></span
                    ></span>
                    <span class="cell-meta">${t.dueSoFar(task.due, format)}</span>
                  </td>
                  <td class="number ${task.overdue ? 'late' : ''}">${format.number(task.overdue)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  private renderPeople(report: CohortReport): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const date = (iso: string) => format.date(`${iso}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
    const open = this.checklist;
    return html`<div class="per-person">
      <div class="section-head">
        <h3 class="section-title" id="cohort-people">${t.perPerson}</h3>
        <div class="sort">
          <label for="cohort-sort">${t.sortBy}</label>
          <select
            id="cohort-sort"
            @change=${(event: Event) => {
              this.sort = (event.target as HTMLSelectElement).value as CohortSort;
              this.context.update();
            }}
          >
            ${SORTS.map((sort) => html`<option value=${sort} ?selected=${this.sort === sort}>${t.sorts[sort]}</option>`)}
          </select>
        </div>
      </div>
      <div class="table-box" role="region" aria-labelledby="cohort-people" tabindex="0">
        <table class="data people-table">
          <thead>
            <tr>
              <th scope="col">${t.person}</th>
              <th scope="col">${t.done}</th>
              <th scope="col">${t.state}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.sorted(report.people),
              (row) => row.personId,
              (row) => {
                const name = this.name(row.personId);
                return html`<tr class=${open?.personId === row.personId ? 'open' : ''}>
                  <th scope="row">
                    <button
                      type="button"
                      class="link-button"
                      data-person=${row.personId}
                      aria-label=${t.openChecklist(name || t.unknownPerson)}
                      aria-expanded=${open?.personId === row.personId ? 'true' : 'false'}
                      @click=${() => this.openChecklist(row.personId)}
                    >
                      ${name || '…'}
                    </button>
                    <span class="cell-meta">${t.startDate} ${date(row.startDate)}</span>
                  </th>
                  <td>
                    <span class="cell-title">${t.doneOf(row.done, row.total, format)}</span>
                    ${row.overdue ? html`<span class="cell-meta late">${t.overdueCount(row.overdue, format)}</span>` : nothing}
                  </td>
                  <td><span class="state ${row.state}">${t.states[row.state]}</span></td>
                </tr>`;
              },
            )}
          </tbody>
        </table>
      </div>
      ${
        open
          ? html`<section
              class="checklist-panel"
              aria-labelledby="cohort-checklist-title"
              @plein-load=${stopHere}
              @plein-error=${stopHere}
            >
              <div class="section-head">
                <h4 class="section-title" id="cohort-checklist-title" tabindex="-1">
                  ${t.checklistOf(this.name(open.personId) || t.unknownPerson)}
                </h4>
                <button type="button" class="button subtle close-checklist" @click=${this.closeChecklist}>
                  ${t.closeChecklist}
                </button>
              </div>
              ${open.element}
            </section>`
          : nothing
      }
    </div>`;
  }
}
