import { css, html, nothing, type TemplateResult } from 'lit';
import { definePeoplePicker, type PleinPeopleChangeDetail } from '@plein/ui';
import type { WallContext } from './context.js';
import type { Direction, Filters } from './filters.js';
import { localized } from './value-badge.js';

/**
 * The filters' controls (`filters.ts` keeps the choices): the bar, with a select for the value and
 * one for the department and a people picker; the received/given switch (once a person is chosen,
 * and on a person's own page); and the button that unfolds the bar where the wall is narrow. Part
 * of the chunk fetched alongside the wall (`wall-parts.ts`), as they show from the first paint.
 */
export class FiltersBar {
  constructor(
    private readonly ctx: WallContext,
    private readonly filters: Filters,
  ) {
    definePeoplePicker();
  }

  private readonly personPicked = (event: CustomEvent<PleinPeopleChangeDetail>): void =>
    this.filters.pick(event.detail.people[0]);

  /** The received/given switch (on a person's page, and once a person is chosen). */
  renderDirection(label: string): TemplateResult {
    const { filters } = this;
    const t = this.ctx.strings();
    const option = (value: Direction, text: string) =>
      html`<label class="segment">
        <input
          type="radio"
          name="direction"
          value=${value}
          .checked=${filters.direction === value}
          @change=${() => filters.set('direction', value)}
        /><span>${text}</span>
      </label>`;
    return html`<fieldset class="segmented">
      <legend class="visually-hidden">${label}</legend>
      ${option('received', t.receivedTab)} ${option('given', t.givenTab)}
    </fieldset>`;
  }

  /** The button that unfolds the bar where the wall is narrow (hidden where it always shows). */
  renderToggle(): TemplateResult {
    const { ctx, filters } = this;
    const t = ctx.strings();
    return html`<button
      type="button"
      class="button filter-toggle"
      aria-expanded=${filters.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${() => {
        filters.open = !filters.open;
        ctx.requestUpdate();
      }}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M2 4h12M4.5 8h7M7 12h2" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      ${t.filtersCount(filters.count, ctx.locale().format)}
    </button>`;
  }

  /** The bar; `departments` from the store (none: no department filter). */
  render(departments: string[]): TemplateResult {
    const { ctx, filters } = this;
    const t = ctx.strings();
    const { locale } = ctx.locale();
    const fixed = filters.fixed;
    const values = [...ctx.values()].sort((a, b) => Number(a.archived) - Number(b.archived));
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
      class="filters ${filters.open ? '' : 'collapsed'}"
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
                option('', t.allValues, filters.valueId),
                ...values.map((value) => {
                  const name = `${value.emoji} ${localized(value.name, locale)}`;
                  return option(value.id, value.archived ? t.archived(name) : name, filters.valueId);
                }),
              ],
              (v) => filters.set('valueId', v),
            )
      }
      ${
        fixed.department || !departments.length
          ? nothing
          : select(
              'filter-department',
              t.department,
              [
                option('', t.allDepartments, filters.department),
                ...departments.map((name) => option(name, name, filters.department)),
              ],
              (v) => filters.set('department', v),
            )
      }
      ${
        fixed.personId
          ? nothing
          : html`<div class="filter person-filter">
              <plein-people-picker
                label=${t.person}
                limit="6"
                .value=${filters.person ? [filters.person] : []}
                .store=${ctx.store()}
                .clock=${ctx.clock}
                .theme=${ctx.shell.element.theme}
                @plein-people-change=${this.personPicked}
              ></plein-people-picker>
              ${filters.person ? this.renderDirection(t.direction) : nothing}
            </div>`
      }
      ${
        filters.active
          ? html`<button type="button" class="button subtle clear" @click=${() => filters.clear()}>
              ${t.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
  }
}

/** The controls (the bar's selects and labels also need `formStyles`). */
export const filtersStyles = css`
  .toolbar .filter-toggle {
    display: none;
    gap: var(--_plein-space-2);
    margin-inline-start: auto;
  }
  /* A phone folds the bar behind the button, so the kudos come first. */
  @container (max-width: 40em) {
    .toolbar .filter-toggle {
      display: inline-flex;
    }
  }
  .segmented {
    display: inline-flex;
    margin: 0;
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-medium);
    overflow: hidden;
    justify-self: start;
  }
  .segmented .segment {
    position: relative;
    display: inline-flex;
    font-weight: normal;
  }
  /* The radio stays in the page (and keyboard reachable), drawn as the whole segment. */
  .segmented .segment input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segmented .segment span {
    display: inline-flex;
    align-items: center;
    min-height: 2em;
    padding: 0 var(--_plein-space-3);
  }
  .segmented .segment + .segment span {
    border-inline-start: 1px solid var(--_plein-border-strong);
  }
  .segmented .segment input:checked + span {
    background: var(--_plein-accent);
    color: var(--_plein-on-accent);
    font-weight: var(--_plein-font-weight-strong);
  }
  .segmented .segment input:focus-visible + span {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
    outline-offset: -4px;
  }

  /* Labels in one line, whatever grows below the person's (a chosen person, received or given). */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_plein-space-3);
  }
  /* A label above its control, 4 px apart: the selects and the person picker alike. */
  .filters .filter {
    display: grid;
    flex: 1 1 12em;
    gap: var(--_plein-space-1);
    min-width: 0;
    max-width: 20em;
  }
  .filters .person-filter {
    flex-basis: 16em;
    max-width: 24em;
  }
  .filters .clear {
    align-self: flex-end;
  }
  .filters plein-people-picker {
    background: transparent;
  }
  @container (max-width: 40em) {
    .filters.collapsed {
      display: none;
    }
    .filters .filter {
      max-width: none;
    }
  }
  @media (pointer: coarse) {
    .segmented .segment span {
      min-width: var(--_plein-touch-target);
      min-height: var(--_plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .segmented .segment input:checked + span {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }
`;
