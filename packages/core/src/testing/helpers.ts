import { newIdempotencyKey } from '../ids.js';
import { mentionMarkup } from '../text.js';
import type {
  CampaignDraft,
  Campaign,
  Capabilities,
  ChangeEvent,
  Checklist,
  ChecklistTask,
  IsoDate,
  FeedApi,
  InsightsApi,
  KudosApi,
  KudosDraft,
  KudosValueDraft,
  Notification,
  OnboardingApi,
  Page,
  PageRequest,
  PleinStore,
  Poll,
  PollDraft,
  Topic,
  WriteOptions,
} from '../types.js';
import { AssertionError, ok } from './assert.js';
import {
  CONTRACT_PEOPLE,
  type CastName,
  type ContractSuiteOptions,
  type SeedData,
  type SeedPerson,
  type World,
} from './world.js';

/** A fresh world, seeded with the contract cast, and a store signed in as each of them. */
export type Cast = Record<CastName, PleinStore> & { world: World };

/** What each part of the suite registers its tests with. */
export interface SuiteContext {
  describe: ContractSuiteOptions['describe'];
  capabilities: Capabilities;
  /** Registers a test that runs against a fresh world, disposed afterwards even on failure. */
  test(name: string, body: (cast: Cast) => Promise<void>): void;
}

export function suiteContext(options: ContractSuiteOptions, capabilities: Capabilities): SuiteContext {
  return {
    describe: options.describe,
    capabilities,
    test(name, body) {
      options.it(name, async () => {
        const world = await options.createWorld();
        try {
          await world.seed({ people: Object.values(CONTRACT_PEOPLE) });
          const cast = { world } as Cast;
          for (const [name, person] of Object.entries(CONTRACT_PEOPLE)) cast[name as CastName] = world.as(person.id);
          await body(cast);
        } finally {
          world.faults.clear();
          await world.dispose?.();
        }
      });
    },
  };
}

/** A fresh write key. */
export const key = (): WriteOptions => ({ idempotencyKey: newIdempotencyKey() });

/** A valid draft; `patch` overrides fields. */
export function draft(patch: Partial<PollDraft> = {}): PollDraft {
  return {
    question: 'Where shall we have lunch on Friday?',
    options: ['Pizza', 'Sushi', 'Salad'],
    kind: 'single',
    anonymous: false,
    resultsVisibility: 'always',
    ...patch,
  };
}

/** An ISO time `ms` after the world's now. */
export const after = (world: World, ms: number): string => new Date(world.clock.now() + ms).toISOString();

export const HOUR = 3_600_000;

/** The id of the option with this label. */
export function optionId(poll: Poll, label: string): string {
  const option = poll.options.find((o) => o.label === label);
  ok(option, `poll has no option "${label}"`);
  return option.id;
}

/** Vote counts by label, for readable comparisons. */
export function countsByLabel(
  poll: Poll,
  results: { options: { optionId: string; votes: number }[] },
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const option of poll.options) {
    counts[option.label] = results.options.find((r) => r.optionId === option.id)?.votes ?? 0;
  }
  return counts;
}

/** Lets pending work (promises, I/O, timers at zero) run. */
export const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** How far the clock moves per round while waiting on a store that polls for changes. */
const POLLING_STEP = 60_000;

/**
 * Waits until `check()` holds. Push stores get turns of the event loop; polling stores also get
 * the world clock moved on a polling interval per round. Bounded by rounds, not by wall time.
 */
export async function eventually(world: World, check: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 500; round++) {
    if (check()) return;
    if (world.capabilities.liveUpdates === 'polling' && round % 10 === 9) world.clock.advance(POLLING_STEP);
    await macrotask();
  }
  throw new AssertionError(`gave up waiting for ${what}`);
}

/** Subscribes and records every event, for later inspection. */
export function record(store: PleinStore, topic: Topic): { events: ChangeEvent[]; stop: () => void } {
  const events: ChangeEvent[] = [];
  const stop = store.subscribe(topic, (event) => events.push(event));
  return { events, stop };
}

// ---------------------------------------------------------------------------- feed

/** The cast's feeds, with their stores (for `subscribe`) and the world beside them. */
export type FeedCast = Record<CastName, FeedApi> & { world: World; stores: Cast };

/** The feed of a store that offers it. */
export function feedOf(store: PleinStore): FeedApi {
  ok(store.feed, 'the store offers a feed');
  return store.feed;
}

/** Registers feed tests: the body gets each cast member's `FeedApi`. */
export function feedSuite({ describe, test, capabilities }: SuiteContext): {
  describe: SuiteContext['describe'];
  capabilities: Capabilities;
  test(name: string, body: (cast: FeedCast) => Promise<void>): void;
} {
  return {
    describe,
    capabilities,
    test: (name, body) =>
      test(name, (cast) => {
        const feeds = { world: cast.world, stores: cast } as FeedCast;
        for (const name of Object.keys(CONTRACT_PEOPLE) as CastName[]) feeds[name] = feedOf(cast[name]);
        return body(feeds);
      }),
  };
}

/** Mention markup for a cast member, as a composer inserts it. */
export const mention = (person: { id: string; displayName: string }): string => mentionMarkup(person);

/** The world's now as an ISO time. */
export const nowIso = (world: World): string => new Date(world.clock.now()).toISOString();

/** Every item of a paged list, with the size of each page (at most `rounds` pages). */
export async function allPages<T>(
  list: (page: PageRequest) => Promise<Page<T>>,
  limit: number,
  rounds = 50,
): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  for (let round = 0; round < rounds; round++) {
    const page = await list(cursor === undefined ? { limit } : { cursor, limit });
    items.push(...page.items);
    sizes.push(page.items.length);
    if (page.next === undefined) return { items, sizes };
    cursor = page.next;
  }
  throw new AssertionError(`more than ${rounds} pages`);
}

/** Ids, for readable comparisons. */
export const idsOf = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND). */
export const PNG_1X1: Uint8Array<ArrayBuffer> = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

/** A blob of `size` bytes that starts with the PNG signature: an image by its first bytes. */
export function pngOfSize(size: number): Blob {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_1X1.subarray(0, 16));
  return new Blob([bytes], { type: 'image/png' });
}

// ---------------------------------------------------------------------------- kudos

/** The cast's kudos, with their stores (for `me` and `subscribe`) and the world beside them. */
export type KudosCast = Record<CastName, KudosApi> & { world: World; stores: Cast };

/** The kudos of a store that offers them. */
export function kudosOf(store: PleinStore): KudosApi {
  ok(store.kudos, 'the store offers kudos');
  return store.kudos;
}

/** Values every kudos test starts with: three active, one archived ("deleted"), in this order. */
export const KUDOS_VALUES = {
  teamwork: {
    id: 'v-teamwork',
    name: { en: 'Teamwork', nl: 'Samenwerking' },
    description: { en: 'Better together', nl: 'Samen sterker' },
    emoji: '🤝',
    color: '#0f6cbd',
  },
  courage: { id: 'v-courage', name: { en: 'Courage', nl: 'Moed' }, description: {}, emoji: '🦁', color: '#c50f1f' },
  customer: {
    id: 'v-customer',
    name: { en: 'Customer first', nl: 'Klant voorop' },
    description: { en: 'The customer’s problem is ours' },
    emoji: '💡',
    color: '#107c10',
  },
  legacy: {
    id: 'v-legacy',
    name: { en: 'Legacy', nl: 'Erfgoed' },
    description: {},
    emoji: '🏛️',
    color: '#605e5c',
    archived: true,
  },
} satisfies Record<string, NonNullable<SeedData['kudosValues']>[number]>;

/** Registers kudos tests: the world is seeded with `KUDOS_VALUES`; the body gets each cast member's `KudosApi`. */
export function kudosSuite({ describe, test, capabilities }: SuiteContext): {
  describe: SuiteContext['describe'];
  capabilities: Capabilities;
  test(name: string, body: (cast: KudosCast) => Promise<void>): void;
} {
  return {
    describe,
    capabilities,
    test: (name, body) =>
      test(name, async (cast) => {
        await cast.world.seed({ people: [], kudosValues: Object.values(KUDOS_VALUES) });
        const kudos = { world: cast.world, stores: cast } as KudosCast;
        for (const name of Object.keys(CONTRACT_PEOPLE) as CastName[]) kudos[name] = kudosOf(cast[name]);
        return body(kudos);
      }),
  };
}

/** A valid kudos draft (to bob, for teamwork); `patch` overrides fields. */
export function kudosDraft(patch: Partial<KudosDraft> = {}): KudosDraft {
  return {
    toIds: [CONTRACT_PEOPLE.bob.id],
    valueId: KUDOS_VALUES.teamwork.id,
    message: 'Thanks for the help!',
    ...patch,
  };
}

/** A valid value draft; `patch` overrides fields. */
export function valueDraft(patch: Partial<KudosValueDraft> = {}): KudosValueDraft {
  return {
    name: { en: 'Ownership', nl: 'Eigenaarschap' },
    description: { en: 'We finish what we start', nl: 'We maken af waar we aan beginnen' },
    emoji: '🎯',
    color: '#8764b8',
    ...patch,
  };
}

/** The notifications among recorded events, optionally of one kind. */
export const notificationsIn = (events: readonly ChangeEvent[], kind?: Notification['kind']): Notification[] =>
  events.flatMap((e) => (e.notification && (!kind || e.notification.kind === kind) ? [e.notification] : []));

// ---------------------------------------------------------------------------- onboarding

/** Everyone in an onboarding test: the contract cast and the new hires. */
export type OnboardingName = CastName | HireName;
export type HireName = keyof typeof NEW_HIRES;

/** Everyone's onboarding, with their stores (for `me`, `people` and `subscribe`) and the world beside them. */
export type OnboardingCast = Record<OnboardingName, OnboardingApi> & {
  world: World;
  stores: Record<OnboardingName, PleinStore>;
};

/** The onboarding of a store that offers it. */
export function onboardingOf(store: PleinStore): OnboardingApi {
  ok(store.onboarding, 'the store offers onboarding');
  return store.onboarding;
}

/**
 * New hires every onboarding test starts with. The world's clock starts on Monday 2026-01-12;
 * nina and tom start on the Mondays after, eva a month later; bob manages nina and tom, ada
 * manages eva. Buddies are named at enrolment.
 */
export const NEW_HIRES = {
  nina: {
    id: 'p-nina',
    displayName: 'Nina Bakker',
    email: 'nina.bakker@example.org',
    department: 'Sales',
    location: 'Amsterdam',
    startDate: '2026-01-19',
    managerId: CONTRACT_PEOPLE.bob.id,
    roles: ['member'],
  },
  tom: {
    id: 'p-tom',
    displayName: 'Tom Smit',
    email: 'tom.smit@example.org',
    department: 'Sales',
    location: 'Utrecht',
    startDate: '2026-01-26',
    managerId: CONTRACT_PEOPLE.bob.id,
    roles: ['member'],
  },
  eva: {
    id: 'p-eva',
    displayName: 'Eva Mulder',
    email: 'eva.mulder@example.org',
    department: 'IT',
    location: 'Amsterdam',
    startDate: '2026-02-16',
    managerId: CONTRACT_PEOPLE.ada.id,
    roles: ['member'],
  },
} satisfies Record<string, SeedPerson>;

/** Registers onboarding tests: the world is seeded with `NEW_HIRES`; the body gets each cast member's `OnboardingApi`. */
export function onboardingSuite({ describe, test, capabilities }: SuiteContext): {
  describe: SuiteContext['describe'];
  capabilities: Capabilities;
  test(name: string, body: (cast: OnboardingCast) => Promise<void>): void;
} {
  return {
    describe,
    capabilities,
    test: (name, body) =>
      test(name, async (cast) => {
        await cast.world.seed({ people: Object.values(NEW_HIRES) });
        const stores = {} as Record<OnboardingName, PleinStore>;
        for (const name of Object.keys(CONTRACT_PEOPLE) as CastName[]) stores[name] = cast[name];
        for (const [name, person] of Object.entries(NEW_HIRES)) stores[name as HireName] = cast.world.as(person.id);
        const onboarding = { world: cast.world, stores } as OnboardingCast;
        for (const [name, store] of Object.entries(stores)) onboarding[name as OnboardingName] = onboardingOf(store);
        return body(onboarding);
      }),
  };
}

/**
 * A valid campaign: four tasks, one per owner and phase, due (for nina, who starts 2026-01-19)
 * on 01-17, 01-20, 01-24 and 01-31; target 60% within 10 days. `patch` overrides fields.
 */
export function campaignDraft(patch: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    title: 'Welcome to Noordlicht',
    description: 'Everything for your first month.',
    phases: [
      {
        title: 'Before day one',
        tasks: [
          {
            title: 'Sign your contract',
            text: 'HR sends it by e-mail.',
            link: 'https://intranet.example.org/contract',
            owner: 'new-hire',
            dueDay: -2,
          },
        ],
      },
      {
        title: 'First week',
        tasks: [
          { title: 'Welcome talk', owner: 'manager', dueDay: 1 },
          { title: 'Set up your laptop', owner: 'new-hire', dueDay: 5 },
        ],
      },
      { title: 'First month', tasks: [{ title: 'Lunch with your buddy', owner: 'buddy', dueDay: 12 }] },
    ],
    target: { percent: 60, days: 10 },
    ...patch,
  };
}

/** A campaign as a draft again (ids kept), for edits. */
export function draftOf(campaign: Campaign): CampaignDraft {
  const copy = structuredClone(campaign);
  const draft: CampaignDraft = {
    title: copy.title,
    description: copy.description,
    phases: copy.phases,
    target: copy.target,
  };
  if (copy.audience) draft.audience = copy.audience;
  return draft;
}

/** The ids of a campaign's tasks, in order: `[contract, talk, laptop, lunch]` for `campaignDraft()`. */
export const taskIds = (campaign: Campaign): string[] => campaign.phases.flatMap((p) => p.tasks.map((t) => t.id));

/** A checklist's tasks in order. */
export const tasksOf = (checklist: Checklist): ChecklistTask[] => checklist.phases.flatMap((p) => p.tasks);

/** One task of a checklist. */
export function taskIn(checklist: Checklist, taskId: string): ChecklistTask {
  const task = tasksOf(checklist).find((t) => t.id === taskId);
  ok(task, `the checklist has task ${taskId}`);
  return task;
}

/** Moves the world's clock to 09:00 UTC on `date` (never back). */
export function setDay(world: World, date: IsoDate, time = '09:00'): void {
  const to = Date.parse(`${date}T${time}:00.000Z`);
  ok(to >= world.clock.now(), `the clock moves forward only (to ${date} ${time})`);
  world.clock.advance(to - world.clock.now());
}

/** The calendar date `days` after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------- insights

/** The cast's insights, with their stores (for `me`, the other APIs and `subscribe`) and the world beside them. */
export type InsightsCast = Record<CastName, InsightsApi> & { world: World; stores: Cast };

/** The insights of a store that offers them. */
export function insightsOf(store: PleinStore): InsightsApi {
  ok(store.insights, 'the store offers insights');
  return store.insights;
}

/** Registers insights tests: the body gets each cast member's `InsightsApi`. */
export function insightsSuite({ describe, test, capabilities }: SuiteContext): {
  describe: SuiteContext['describe'];
  capabilities: Capabilities;
  test(name: string, body: (cast: InsightsCast) => Promise<void>): void;
} {
  return {
    describe,
    capabilities,
    test: (name, body) =>
      test(name, (cast) => {
        const insights = { world: cast.world, stores: cast } as InsightsCast;
        for (const name of Object.keys(CONTRACT_PEOPLE) as CastName[]) insights[name] = insightsOf(cast[name]);
        return body(insights);
      }),
  };
}
