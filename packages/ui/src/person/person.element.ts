import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Person, PleinStore } from '@plein/core';
import { PleinElement } from '../element/plein-element.js';
import { uiStrings } from '../i18n/ui-strings.js';
import { avatar } from '../templates/avatar.js';
import { personStyles } from './person.styles.js';
import { personStrings } from './person.strings.js';

type Phase = 'loading' | 'ready' | 'unknown';

/**
 * A person as avatar and name; hovering or focusing it shows a small card with their job title,
 * department, location and e-mail address. Escape closes the card.
 *
 * @summary A person, with a details card on hover or focus.
 *
 * @attr person-id - Shows this person, looked up through the store's `people.get`.
 * @attr show - `title` also shows the job title beside the name.
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {Person} person - The person to show; wins over `person-id` (no lookup).
 * @prop {PleinStore} store - The store to use (inherited).
 *
 * @csspart trigger - The avatar and name, the button that opens the card.
 * @csspart avatar - The avatar (in the trigger and in the card).
 * @csspart name - The name beside the avatar.
 * @csspart card - The details card.
 */
export class PleinPerson extends PleinElement {
  static override styles = [PleinElement.styles, personStyles];

  /** The person to show; wins over `person-id`. */
  @property({ attribute: false }) person?: Person;

  /** The id of the person to look up when no `person` is given. */
  @property({ attribute: 'person-id' }) personId?: string;

  /** `title`: show the job title beside the name. */
  @property() show?: 'title';

  @state() private fetched?: Person;
  @state() private phase: Phase = 'loading';
  /** Opened by a click or keyboard focus, and (separately) by the pointer resting on it. */
  @state() private opened = false;
  @state() private hovered = false;
  /** Where the card fits: below (default) or above the trigger. */
  @state() private above = false;

  @query('.card') private card?: HTMLElement;
  @query('.trigger') private trigger?: HTMLElement;

  private loaded: { store: PleinStore | undefined; id: string | undefined } | undefined;
  private generation = 0;

  constructor() {
    super();
    this.addEventListener('mouseenter', () => (this.hovered = true));
    this.addEventListener('mouseleave', () => (this.hovered = false));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node) && !this.renderRoot.contains(event.relatedTarget as Node)) {
        this.opened = false;
      }
    });
  }

  /** The person shown: the `person` property, or the one looked up by `person-id`. */
  private get shown(): Person | undefined {
    return this.person ?? this.fetched;
  }

  private get expanded(): boolean {
    return (this.opened || this.hovered) && this.shown !== undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    const store = this.storeRef.value;
    const id = this.person ? undefined : this.personId;
    if (!this.loaded || this.loaded.store !== store || this.loaded.id !== id) {
      this.loaded = { store, id };
      void this.load(store, id);
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if ((changed.has('opened') || changed.has('hovered')) && this.expanded) this.place();
  }

  private async load(store: PleinStore | undefined, id: string | undefined): Promise<void> {
    const generation = ++this.generation;
    this.fetched = undefined;
    if (!id) {
      this.phase = this.person ? 'ready' : 'unknown';
      return;
    }
    this.phase = 'loading';
    if (!store) return; // waits for a store
    try {
      const person = await store.people.get(id);
      if (generation !== this.generation) return;
      this.fetched = person;
      this.phase = 'ready';
    } catch {
      if (generation === this.generation) this.phase = 'unknown';
    }
  }

  /**
   * Below the trigger when it fits on screen, else above; shifted sideways (through the CSSOM,
   * which a strict CSP allows) as far as needed to stay on screen, down to 320 px wide.
   */
  private place(): void {
    const card = this.card;
    const trigger = this.trigger;
    if (!card || !trigger) return;
    const box = trigger.getBoundingClientRect();
    const height = card.offsetHeight;
    const above = box.bottom + height > window.innerHeight && box.top - height >= 0;
    if (above !== this.above) this.above = above;
    const margin = 8;
    const screen = document.documentElement.clientWidth;
    const left = Math.max(margin, Math.min(box.left, screen - margin - card.offsetWidth));
    card.style.setProperty('left', `${Math.round(left - box.left)}px`);
  }

  private toggle(): void {
    this.opened = !this.opened;
  }

  private focused(event: FocusEvent): void {
    // Keyboard focus opens the card; a click decides for itself (it toggles).
    if ((event.currentTarget as HTMLElement).matches(':focus-visible')) this.opened = true;
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.expanded) return;
    event.stopPropagation();
    // Focus first: its keyboard focus would open the card again.
    this.trigger?.focus();
    this.opened = false;
    this.hovered = false;
  }

  protected override render(): TemplateResult {
    const person = this.shown;
    if (!person) {
      const ui = this.i18n.strings(uiStrings);
      const text = this.phase === 'loading' ? ui.loading : ui.unknownPerson;
      return html`<span class="person ${this.phase}" part="trigger" aria-busy=${this.phase === 'loading'}>
        ${avatar(undefined, { size: 'small' })}<span class="name" part="name">${text}</span>
      </span>`;
    }
    const expanded = this.expanded;
    return html`<span class="wrap" @keydown=${this.keydown}>
      <button
        type="button"
        class="trigger person"
        part="trigger"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="card"
        @click=${this.toggle}
        @focus=${this.focused}
      >
        <span class="avatar-wrap" aria-hidden="true">${avatar(person, { size: 'small' })}</span>
        <span class="name" part="name">${person.displayName}</span>
        ${this.show === 'title' && person.jobTitle ? html`<span class="title">${person.jobTitle}</span>` : nothing}
      </button>
      <div
        id="card"
        class="card ${this.above ? 'above' : ''}"
        part="card"
        role="group"
        aria-label=${this.i18n.strings(personStrings).details(person.displayName)}
        ?hidden=${!expanded}
      >
        ${expanded ? this.renderCard(person) : nothing}
      </div>
    </span>`;
  }

  private renderCard(person: Person): TemplateResult {
    const t = this.i18n.strings(personStrings);
    const row = (label: string, value: TemplateResult | string | undefined, name: string) =>
      value
        ? html`<div class="row ${name}">
            <dt class="visually-hidden">${label}</dt>
            <dd>${value}</dd>
          </div>`
        : nothing;
    return html`<div class="card-head">
        <span aria-hidden="true">${avatar(person, { size: 'large' })}</span>
        <p class="card-name">${person.displayName}</p>
      </div>
      <dl>
        ${row(t.jobTitle, person.jobTitle, 'job-title')} ${row(t.department, person.department, 'department')}
        ${row(t.location, person.location, 'location')}
        ${row(t.email, person.email ? html`<a href="mailto:${person.email}">${person.email}</a>` : undefined, 'email')}
      </dl>`;
  }
}
