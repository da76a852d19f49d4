import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ManualClock, type Person, type PleinStore } from '@plein/core';
import { createFaults, withFaults } from '@plein/core/testing';
import { createDemoDb, DEMO_PERSONAS } from '@plein/store-memory/demo.js';
import { defineElement, PleinPeoplePicker, PleinPerson } from '@plein/ui';

defineElement('plein-person', PleinPerson);
defineElement('plein-people-picker', PleinPeoplePicker);

/**
 * `<plein-person>` and `<plein-people-picker>` from @plein/ui, in every state. Each story gets its
 * own memory db with the demo people ("Noordlicht") and a clock that stands still.
 */

const START = Date.UTC(2026, 0, 12, 9, 0, 0);

interface PeopleArgs {
  element: 'person' | 'picker';
  personId?: string;
  show?: '' | 'title';
  label?: string;
  multiple?: boolean;
  lang: 'en' | 'nl';
  theme: '' | 'light' | 'dark';
}

interface Loaded {
  store: PleinStore;
  clock: ManualClock;
  /** People chosen before the story renders (the picker's `value`). */
  chosen: Person[];
}

/** A loader that makes a fresh world for one story; `fail` makes every store call reject. */
function world(options: { fail?: boolean; chosen?: string[] } = {}) {
  return async (): Promise<Loaded> => {
    const clock = new ManualClock(START);
    let store = createDemoDb({ clock }).storeFor(DEMO_PERSONAS.member);
    const chosen = options.chosen ? await store.people.getMany(options.chosen) : [];
    if (options.fail) {
      const faults = createFaults();
      faults.failNext('unavailable', { count: Number.MAX_SAFE_INTEGER });
      store = withFaults(store, faults.gate);
    }
    return { store, clock, chosen };
  };
}

type Play = NonNullable<StoryObj<PeopleArgs>['play']>;

/** Opens the person's card, as a click on it does. */
const openCard: Play = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('plein-person')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.trigger')?.click();
};

/** Types `text` into the picker and lets the search delay pass on the story's clock. */
const typeInPicker =
  (text: string): Play =>
  async ({ canvasElement, loaded }) => {
    const el = canvasElement.querySelector('plein-people-picker')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    (loaded as Loaded).clock.advance(1000); // past the search delay
  };

const meta: Meta<PeopleArgs> = {
  title: 'Elements/People',
  args: { element: 'person', personId: DEMO_PERSONAS.member, show: '', lang: 'en', theme: '' },
  argTypes: {
    element: { control: 'inline-radio', options: ['person', 'picker'] },
    show: { control: 'inline-radio', options: ['', 'title'] },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    personId: { control: 'text' },
    label: { control: 'text' },
    multiple: { control: 'boolean' },
  },
  loaders: [world()],
  render: (args, { loaded }): TemplateResult => {
    const { store, clock, chosen } = loaded as Loaded;
    return args.element === 'person'
      ? html`<p>
          Written by
          <plein-person
            .store=${store}
            person-id=${ifDefined(args.personId || undefined)}
            show=${ifDefined(args.show || undefined)}
            lang=${args.lang}
            theme=${ifDefined(args.theme || undefined)}
          ></plein-person>
        </p>`
      : html`<div style="max-width: 24em; min-height: 24em">
          <plein-people-picker
            .store=${store}
            .clock=${clock}
            .value=${chosen}
            label=${ifDefined(args.label || undefined)}
            ?multiple=${args.multiple ?? false}
            lang=${args.lang}
            theme=${ifDefined(args.theme || undefined)}
          ></plein-people-picker>
        </div>`;
  },
};
export default meta;

type Story = StoryObj<PeopleArgs>;

/** A person as avatar and name, looked up by id; hover or focus it for the card. */
export const PersonDefault: Story = { name: 'Person' };

/** With the job title beside the name. */
export const PersonWithTitle: Story = { name: 'Person, with job title', args: { show: 'title' } };

/** The card: job title, department, location and e-mail address. */
export const PersonCardOpen: Story = { name: 'Person, card open', play: openCard };

/** An id the store does not know. */
export const PersonUnknown: Story = { name: 'Person, unknown', args: { personId: 'p-nobody' } };

/** The picker before anyone typed. */
export const PickerEmpty: Story = {
  name: 'Picker, empty',
  args: { element: 'picker', label: 'Give kudos to' },
};

/** People found as the viewer types. */
export const PickerResults: Story = {
  name: 'Picker, results',
  args: { element: 'picker', label: 'Give kudos to' },
  play: typeInPicker('ma'),
};

/** Nobody matches. */
export const PickerNoResults: Story = {
  name: 'Picker, no one found',
  args: { element: 'picker', label: 'Give kudos to' },
  play: typeInPicker('zzz'),
};

/** The store fails (`unavailable`): a localized message and a retry. */
export const PickerError: Story = {
  name: 'Picker, error',
  args: { element: 'picker', label: 'Give kudos to' },
  loaders: [world({ fail: true })],
  play: typeInPicker('ma'),
};

/** `multiple`: the chosen people as chips, each removable (or Backspace in the empty field). */
export const PickerMultiple: Story = {
  name: 'Picker, multiple with chips',
  args: { element: 'picker', label: 'Invite', multiple: true },
  loaders: [world({ chosen: ['p-daan', 'p-fatima'] })],
  play: typeInPicker('it'),
};

/** In Dutch (`lang="nl"`). */
export const PickerDutch: Story = {
  name: 'Picker, Dutch',
  args: { element: 'picker', multiple: true, lang: 'nl' },
  loaders: [world({ chosen: ['p-emma'] })],
  play: typeInPicker('sa'),
};
