/**
 * Set-up for the browser tests of `<plein-onboarding mode="manage">`: a memory world on a manual
 * clock with the contract cast and a few new hires (start dates and managers seeded), campaigns
 * made through the API by the communications lead (Cara), and helpers to read and drive the
 * shadow DOM. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ManualClock, newIdempotencyKey, type CampaignDraft, type PleinStore } from '@plein/core';
import { CONTRACT_PEOPLE, type SeedPerson, type World } from '@plein/core/testing';
import { createMemoryWorld } from '@plein/store-memory';
import { PEOPLE_SEARCH_DELAY_MS, type PleinPeoplePicker } from '@plein/ui';
import type { PleinOnboarding } from './onboarding.element.js';
import './onboarding.js';

export const PEOPLE = {
  ...CONTRACT_PEOPLE,
  /** Started last week in Finance; Bob is her manager. */
  lea: {
    id: 'p-lea',
    displayName: 'Lea de Wit',
    email: 'lea.dewit@example.org',
    department: 'Finance',
    location: 'Utrecht',
    roles: ['member'],
    startDate: '2026-01-05',
    managerId: 'p-bob',
  },
  /** Starts in three weeks, in Finance. */
  nina: {
    id: 'p-nina',
    displayName: 'Nina Bakker',
    email: 'nina.bakker@example.org',
    department: 'Finance',
    location: 'Utrecht',
    roles: ['member'],
    startDate: '2026-02-02',
    managerId: 'p-bob',
  },
  /** Starts in four weeks, in IT. */
  sam: {
    id: 'p-sam',
    displayName: 'Sam Peeters',
    email: 'sam.peeters@example.org',
    department: 'IT',
    location: 'Amsterdam',
    roles: ['member'],
    startDate: '2026-02-09',
  },
} satisfies Record<string, SeedPerson>;
export type Name = keyof typeof PEOPLE;

/** The world's start time (ManualClock default): Monday 12 January 2026, 09:00 UTC. */
export const START = Date.UTC(2026, 0, 12, 9, 0, 0);
export const DAY = 24 * 3600e3;

/** A small campaign: two phases, four tasks, 90% within 30 days. */
export const DRAFT: CampaignDraft = {
  title: 'Welcome to Noordlicht',
  description: 'Everything for a good start.',
  phases: [
    {
      title: 'Before day one',
      tasks: [
        { title: 'Sign your contract', owner: 'new-hire', dueDay: -5 },
        { title: 'Prepare the laptop', owner: 'manager', dueDay: -1 },
      ],
    },
    {
      title: 'First week',
      tasks: [
        { title: 'Set up your e-mail', owner: 'new-hire', dueDay: 0, link: 'https://intranet.example.org/mail' },
        { title: 'Lunch with the team', owner: 'buddy', dueDay: 2 },
      ],
    },
  ],
  target: { percent: 90, days: 30 },
};

export const write = () => ({ idempotencyKey: newIdempotencyKey() });

export interface Setup {
  world: World;
  /** The store of the person the element acts as. */
  store: PleinStore;
  as(name: Name): PleinStore;
  /** The campaign made by the set-up (when asked for). */
  campaignId: string;
}

export interface SetupOptions {
  /** Who the element acts as (Cara, of the communications team, by default). */
  viewer?: Name;
  /** Make the campaign (`DRAFT` unless given); `false` leaves the world without campaigns. */
  campaign?: CampaignDraft | false;
  /** Enrol these people in it. */
  enrol?: Name[];
  /** Also make an archived campaign. */
  archived?: boolean;
}

export async function seeded(options: SetupOptions = {}): Promise<Setup> {
  const world = createMemoryWorld({ clock: new ManualClock(START) });
  await world.seed({ people: Object.values(PEOPLE) });
  const as = (name: Name) => world.as(PEOPLE[name].id);
  const cara = as('cara').onboarding!;
  let campaignId = '';
  if (options.campaign !== false) {
    const campaign = await cara.createCampaign(options.campaign ?? DRAFT, write());
    campaignId = campaign.id;
    for (const name of options.enrol ?? []) await cara.enrol(campaignId, { personId: PEOPLE[name].id }, write());
  }
  if (options.archived) {
    const old = await cara.createCampaign({ ...DRAFT, title: 'Summer interns 2025' }, write());
    await cara.archiveCampaign(old.id, true, write());
  }
  return { world, store: as(options.viewer ?? 'cara'), as, campaignId };
}

/** Renders `<plein-onboarding mode="manage">` with the store and the world's clock. */
export async function renderManage(
  { world, store }: Setup,
  page: { lang?: string; campaign?: string; width?: number; theme?: 'light' | 'dark' } = {},
): Promise<PleinOnboarding> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <plein-onboarding
        mode="manage"
        campaign=${ifDefined(page.campaign)}
        theme=${ifDefined(page.theme)}
        lang=${page.lang ?? 'en'}
        .store=${store}
        .clock=${world.clock}
      ></plein-onboarding>
    </div>`,
  );
  if (page.width) wrapper.style.width = `${page.width}px`;
  const el = wrapper.querySelector('plein-onboarding')!;
  await el.updateComplete;
  return el;
}

/** The campaign list (or its empty state, or the "for the communication team" state). */
export async function manage(
  setup: Setup,
  page: { lang?: string; theme?: 'light' | 'dark' } = {},
): Promise<PleinOnboarding> {
  const el = await renderManage(setup, page);
  await until(el, () => has(el, '.campaigns, .manage .empty-state'), 'the campaigns');
  return el;
}

/** Opens a campaign from the list and waits for its tab. */
export async function openCampaign(el: PleinOnboarding, id: string, tab?: 'progress' | 'people' | 'edit') {
  $<HTMLButtonElement>(el, `[data-open="${id}"]`)!.click();
  await until(el, () => has(el, '.cohort, .campaign-body .empty-state, .campaign-body .none'), 'the campaign');
  if (tab && tab !== 'progress') {
    $<HTMLButtonElement>(el, `[data-tab="${tab}"]`)!.click();
    const ready = tab === 'edit' ? '.campaign-form' : '.campaign-people .enrolled .section-head, .enrolled .none';
    await until(el, () => has(el, ready), `the ${tab} tab`);
  }
}

// ---------------------------------------------------------------------------- reading the shadow DOM

/** Lets promise callbacks and queued work run: one macrotask, no wall-clock timing. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Waits (bounded by rounds, not by time) until `check` holds. */
export async function until(el: PleinOnboarding, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 300; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}; shown: ${textOf(el).slice(0, 500)}`);
}

export function $<T extends Element = HTMLElement>(el: PleinOnboarding, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: PleinOnboarding, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export const has = (el: PleinOnboarding, selector: string): boolean => el.shadowRoot!.querySelector(selector) !== null;

/** The visible text of the element (or of one part of it), with white space collapsed. */
export function textOf(el: PleinOnboarding | Element, selector?: string): string {
  const root = el instanceof HTMLElement && el.shadowRoot ? el.shadowRoot : el;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The toast's text, or '' when none shows. */
export const toast = (el: PleinOnboarding): string => textOf(el, '.toast-text');

/** The focused node inside the element, as a short name. */
export function focused(el: PleinOnboarding): string {
  const node = el.shadowRoot!.activeElement;
  if (!node) return '(nothing)';
  return `${node.localName}${node.id ? `#${node.id}` : ''}`;
}

/** Types into an input the way a person does (value + input event). */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Chooses an option of a select the way a person does. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The button whose text (or accessible label) is `label`. */
export function button(el: PleinOnboarding, label: string): HTMLButtonElement {
  const all = $$<HTMLButtonElement>(el, 'button');
  const found = all.find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === label || b.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no button "${label}" in: ${textOf(el).slice(0, 500)}`);
  return found;
}

/** Presses Tab until the focused node inside the element matches `selector` (at most 200 times). */
export async function tabTo(el: PleinOnboarding, selector: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (el.shadowRoot!.activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}; at ${focused(el)}`);
}

/** Searches a people picker for `query` and picks the first person found. */
export async function pick(el: PleinOnboarding, world: World, id: string, query: string): Promise<void> {
  const box = $<PleinPeoplePicker>(el, `#${id}`)!;
  const input = box.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  type(input, query);
  world.clock.advance(PEOPLE_SEARCH_DELAY_MS);
  await until(el, () => box.shadowRoot!.querySelector('[role="option"]'), `someone for "${query}"`);
  box.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
  await box.updateComplete;
  await el.updateComplete;
}

/** Gives the import's file input a file, as choosing one does. */
export function chooseFile(el: PleinOnboarding, text: string, name = 'people.csv'): void {
  const input = $<HTMLInputElement>(el, '#import-file')!;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
