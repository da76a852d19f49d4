import { newIdempotencyKey } from '../ids.js';
import type { Capabilities, ChangeEvent, PleinStore, Poll, PollDraft, Topic, WriteOptions } from '../types.js';
import { AssertionError, ok } from './assert.js';
import { CONTRACT_PEOPLE, type CastName, type ContractSuiteOptions, type World } from './world.js';

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
