import { html, nothing, type TemplateResult } from 'lit';
import type { KudosQuery, Person } from '@plein/core';
import type { PleinPeopleChangeDetail } from '@plein/ui';
import type { WallContext } from './context.js';
import { definePicker } from './picker.js';
import { localized } from './value-badge.js';

export type Direction = 'received' | 'given';

/**
 * The wall's filters: by value, by department, and by person (kudos received or given). What the
 * page fixed with an attribute (`value`, `department`, `recipient`) is not offered again: people
 * narrow further. A person's own page keeps only the received/given switch for its person.
 */
export class Filters {
  valueId = '';
  department = '';
  person: Person | undefined;
  direction: Direction = 'received';
  /** Narrow walls (phones) fold the filters behind a button. */
  open = false;

  constructor(
    private readonly ctx: WallContext,
    private readonly changed: () => void,
  ) {
    definePicker();
  }

  /** The page's own filters (attributes). */
  private get fixed(): KudosQuery {
    return this.ctx.shell.config().query;
  }

  /** Whether people chose any filter (the page's own don't count). */
  get active(): boolean {
    return this.count > 0 || this.direction !== 'received';
  }

  /** How many filters people chose. */
  get count(): number {
    return [this.valueId, this.department, this.person].filter(Boolean).length;
  }

  /** The query to ask the store: the page's filters, narrowed by people's. */
  query(): KudosQuery {
    const query: KudosQuery = { ...this.fixed };
    if (this.valueId && !query.valueId) query.valueId = this.valueId;
    if (this.department && !query.department) query.department = this.department;
    const personId = query.personId ?? this.person?.id;
    if (personId) {
      query.personId = personId;
      query.direction = this.direction;
    }
    return query;
  }

  clear(): void {
    this.valueId = this.department = '';
    this.person = undefined;
    this.direction = 'received';
    this.changed();
  }

  private set<K extends 'valueId' | 'department' | 'direction'>(key: K, value: this[K]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.changed();
  }

  private readonly personPicked = (event: CustomEvent<PleinPeopleChangeDetail>): void => {
    this.person = event.detail.people[0];
    if (!this.person) this.direction = 'received';
    this.changed();
  };

  /** The received/given switch (on a person's page, and once a person is chosen). */
  renderDirection(label: string): TemplateResult {
    const t = this.ctx.strings();
    const option = (value: Direction, text: string) =>
      html`<label class="segment">
        <input
          type="radio"
          name="direction"
          value=${value}
          .checked=${this.direction === value}
          @change=${() => this.set('direction', value)}
        /><span>${text}</span>
      </label>`;
    return html`<fieldset class="segmented">
      <legend class="visually-hidden">${label}</legend>
      ${option('received', t.receivedTab)} ${option('given', t.givenTab)}
    </fieldset>`;
  }

  /** The button that unfolds the filters where the wall is narrow (hidden where they always show). */
  renderToggle(): TemplateResult {
    const t = this.ctx.strings();
    return html`<button
      type="button"
      class="button filter-toggle"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${() => {
        this.open = !this.open;
        this.ctx.requestUpdate();
      }}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M2 4h12M4.5 8h7M7 12h2" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      ${t.filtersCount(this.count, this.ctx.locale().format)}
    </button>`;
  }

  /** Selects and the person picker; `departments` from the store (none: no department filter). */
  render(departments: string[]): TemplateResult {
    const t = this.ctx.strings();
    const { locale } = this.ctx.locale();
    const fixed = this.fixed;
    const values = [...this.ctx.values()].sort((a, b) => Number(a.archived) - Number(b.archived));
    const select = (id: string, label: string, options: TemplateResult[], on: (v: string) => void) =>
      html`<div class="filter">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(event: Event) => on((event.target as HTMLSelectElement).value)}>
          ${options}
        </select>
      </div>`;
    const option = (value: string, text: string, current: string) =>
      html`<option value=${value} ?selected=${value === current}>${text}</option>`;
    return html`<div
      id="filters"
      class="filters ${this.open ? '' : 'collapsed'}"
      part="filters"
      role="group"
      aria-label=${t.filters}
    >
      ${
        fixed.valueId || !values.length
          ? nothing
          : select(
              'filter-value',
              t.value,
              [
                option('', t.allValues, this.valueId),
                ...values.map((value) => {
                  const name = `${value.emoji} ${localized(value.name, locale)}`;
                  return option(value.id, value.archived ? t.archived(name) : name, this.valueId);
                }),
              ],
              (v) => this.set('valueId', v),
            )
      }
      ${
        fixed.department || !departments.length
          ? nothing
          : select(
              'filter-department',
              t.department,
              [
                option('', t.allDepartments, this.department),
                ...departments.map((name) => option(name, name, this.department)),
              ],
              (v) => this.set('department', v),
            )
      }
      ${
        fixed.personId
          ? nothing
          : html`<div class="filter person-filter">
              <plein-people-picker
                label=${t.person}
                limit="6"
                .value=${this.person ? [this.person] : []}
                .store=${this.ctx.store()}
                .clock=${this.ctx.clock}
                .theme=${this.ctx.shell.element.theme}
                @plein-people-change=${this.personPicked}
              ></plein-people-picker>
              ${this.person ? this.renderDirection(t.direction) : nothing}
            </div>`
      }
      ${
        this.active
          ? html`<button type="button" class="button subtle clear" @click=${() => this.clear()}>
              ${t.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
  }
}
