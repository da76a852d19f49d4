/**
 * Set-up for the browser tests of `<plein-onboarding>`: a memory world on a manual clock with
 * the contract cast and two new hires (their start dates and manager seeded), a campaign
 * created through the API by the communications lead (Cara), enrolments, and small helpers to
 * read the shadow DOM. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ManualClock, newIdempotencyKey, type CampaignDraft, type PleinStore } from '@plein/core';
import { CONTRACT_PEOPLE, type SeedPerson, type World } from '@plein/core/testing';
import { createMemoryWorld } from '@plein/store-memory';
import type { OnboardingMode, PleinOnboarding } from './onboarding.element.js';
import './onboarding.js';

export const PEOPLE = {
  ...CONTRACT_PEOPLE,
  /** Starts in three weeks; Bob is her manager (Zoë her buddy, by enrolment). */
  nina: {
    id: 'p-nina',
    displayName: 'Nina Bakker',
    email: 'nina.bakker@example.org',
    jobTitle: 'Junior controller',
    department: 'Finance',
    location: 'Utrecht',
    roles: ['member'],
    startDate: '2026-02-02',
    managerId: 'p-bob',
  },
  /** Starts a week later, also with Bob. */
  sam: {
    id: 'p-sam',
    displayName: 'Sam Peeters',
    email: 'sam.peeters@example.org',
    jobTitle: 'Service desk engineer',
    department: 'IT',
    location: 'Amsterdam',
    roles: ['member'],
    startDate: '2026-02-09',
    managerId: 'p-bob',
  },
} satisfies Record<string, SeedPerson>;
export type Name = keyof typeof PEOPLE;

/** The world's start time (ManualClock default): Monday 12 January 2026, 09:00 UTC. */
export const START = Date.UTC(2026, 0, 12, 9, 0, 0);
export const DAY = 24 * 3600e3;

/** Three phases, seven tasks: the new hire's own, the manager's and the buddy's. */
export const DRAFT: CampaignDraft = {
  title: 'Welcome to Noordlicht',
  description: 'Everything for a good start, from before your first day to your first month.',
  phases: [
    {
      title: 'Before day one',
      tasks: [
        {
          title: 'Sign your contract',
          text: 'Sign it online; HR sends the link.',
          link: 'https://hr.example.org/contract',
          owner: 'new-hire',
          dueDay: -5,
        },
        { title: 'Read the welcome guide', owner: 'new-hire', dueDay: -2 },
      ],
    },
    {
      title: 'Week one',
      tasks: [
        { title: 'Prepare the laptop', owner: 'manager', dueDay: -1 },
        { title: 'Set up your e-mail', owner: 'new-hire', dueDay: 0 },
        { title: 'Lunch with the team', owner: 'buddy', dueDay: 2 },
      ],
    },
    {
      title: 'Month one',
      tasks: [
        { title: 'Finish the security training', owner: 'new-hire', dueDay: 14 },
        { title: 'First check-in', owner: 'manager', dueDay: 30 },
      ],
    },
  ],
  target: { percent: 90, days: 30 },
};

export const write = () => ({ idempotencyKey: newIdempotencyKey() });

export interface Setup {
  world: World;
  campaignId: string;
  /** The store of the person the element acts as. */
  store: PleinStore;
  as(name: Name): PleinStore;
}

/**
 * A world with the cast and the new hires; Cara creates the campaign and enrols Nina (Zoë her
 * buddy) and, when asked, Sam; the element's store acts as `viewer` (Nina by default).
 */
export async function seeded(
  options: { viewer?: Name; sam?: boolean; draft?: CampaignDraft; clock?: ManualClock } = {},
): Promise<Setup> {
  const world = createMemoryWorld(options.clock ? { clock: options.clock } : {});
  await world.seed({ people: Object.values(PEOPLE) });
  const as = (name: Name) => world.as(PEOPLE[name].id);
  const cara = as('cara').onboarding!;
  const campaign = await cara.createCampaign(options.draft ?? DRAFT, write());
  await cara.enrol(campaign.id, { personId: PEOPLE.nina.id, buddyId: PEOPLE.zoe.id }, write());
  if (options.sam) await cara.enrol(campaign.id, { personId: PEOPLE.sam.id }, write());
  return { world, campaignId: campaign.id, store: as(options.viewer ?? 'nina'), as };
}

/** A task's id by its title. */
export async function taskId(s: Setup, title: string): Promise<string> {
  const campaign = await s.as('cara').onboarding!.campaign(s.campaignId);
  const task = campaign.phases.flatMap((phase) => phase.tasks).find((t) => t.title === title);
  if (!task) throw new Error(`no task "${title}"`);
  return task.id;
}

export interface Page {
  mode?: OnboardingMode;
  campaign?: string;
  person?: string;
  lang?: string;
  theme?: 'light' | 'dark';
}

/** Renders `<plein-onboarding>` with the store, the world's clock and the page's attributes. */
export async function render(s: Pick<Setup, 'world' | 'store'>, page: Page = {}): Promise<PleinOnboarding> {
  const el = await fixture<PleinOnboarding>(
    html`<plein-onboarding
      mode=${ifDefined(page.mode)}
      campaign=${ifDefined(page.campaign)}
      person=${ifDefined(page.person)}
      theme=${ifDefined(page.theme)}
      lang=${page.lang ?? 'en'}
      .store=${s.store}
      .clock=${s.world.clock}
    ></plein-onboarding>`,
  );
  await el.updateComplete;
  return el;
}

/** The checklist (or its empty state) shown. */
export async function checklist(s: Pick<Setup, 'world' | 'store'>, page: Page = {}): Promise<PleinOnboarding> {
  const el = await render(s, page);
  await until(el, () => has(el, '.onboarding .checklist, .onboarding .assigned, .empty-state'), 'the checklist');
  return el;
}

/** The task row whose title is `title` (the first one, or within `root`). */
export function task(el: PleinOnboarding, title: string, root: ParentNode = el.shadowRoot!): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('.task')].find((li) => textOf(li, '.task-title') === title);
  if (!found) throw new Error(`no task "${title}" in: ${textOf(el).slice(0, 400)}`);
  return found;
}

export const box = (row: HTMLElement): HTMLInputElement | null => row.querySelector('input[type="checkbox"]');

/** Ends running animations so axe measures contrast on the final look, not a frame halfway. */
export function calm(el: PleinOnboarding): PleinOnboarding {
  for (const animation of el.shadowRoot!.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  }
  return el;
}

/** Lets promise callbacks and queued work run: one macrotask, no wall-clock timing. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Waits (bounded by rounds, not by time) until `check` holds. */
export async function until(el: PleinOnboarding, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 300; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}; shown: ${textOf(el).slice(0, 400)}`);
}

/** Moves the world's clock and lets the element render what follows. */
export async function advance(el: PleinOnboarding, world: World, ms: number): Promise<void> {
  world.clock.advance(ms);
  await nextTask();
  await el.updateComplete;
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

/** What the polite live region says right now. */
export const spoken = (el: PleinOnboarding): string => textOf(el, '[role="status"][aria-live="polite"]');

/** What the assertive live region says right now. */
export const alerted = (el: PleinOnboarding): string => textOf(el, '[role="alert"][aria-live="assertive"]');
