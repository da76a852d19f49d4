/**
 * The contract suite's world on SharePoint: one emulated site, set up over REST by its owner
 * exactly as the edit-mode action does, with each seeded person a site user (roles as group
 * memberships) and a store per person over fetch, or over a stand-in SPHttpClient.
 */
import { ManualClock, type PleinStore } from '@plein/core';
import { createFaults, withFaults, type SeedData, type World } from '@plein/core/testing';
// eslint-disable-next-line no-restricted-imports -- tests run the store against the emulator
import { createEmulator, type Group, type List, type User } from '@plein/sharepoint-emulator';
import { SpClient } from './client.js';
import { seedFeed } from './feed.seed.fixtures.js';
import { FetchHttp } from './fetch-http.js';
import { ResilientHttp } from './resilience.js';
import { COMMUNICATIONS, MODERATORS, PLEIN_SCHEMA } from './schema.js';
import { seedPeople, seedPolls, type SeedContext } from './seed.fixtures.js';
import { seedOnboarding } from './onboarding.seed.fixtures.js';
import { seedKudos } from './kudos.seed.fixtures.js';
import { seedInsights } from './insights.seed.fixtures.js';
import { setUpSite } from './setup.js';
import { SITE, spfxHttp } from './sp.fixtures.js';
import { createSharePointStore, SHAREPOINT_CAPABILITIES } from './store.js';

const CLAIMS = 'i:0#.f|membership|';

/**
 * `transport`: how the stores talk (fetch with a digest, or a stand-in SPHttpClient).
 * The world also keeps a `log` of every request the people's stores sent, and `server.skew`
 * moves SharePoint's clock ahead of the stores' (to expire a digest they still trust).
 */
export async function createSharePointWorld(options: { transport?: 'fetch' | 'spfx' } = {}) {
  const clock = new ManualClock();
  const server = { skew: 0 };
  const sp = createEmulator({ clock: { now: () => clock.now() + server.skew } });
  const log: { personId: string; method: string; url: string }[] = [];
  const site = sp.addSite(SITE);
  const setup = site.addUser({ title: 'Site owner', groups: [site.owners] });
  const owner = new SpClient(new ResilientHttp(new FetchHttp(SITE, sp.fetchAs(setup.id), clock), clock), clock);
  await setUpSite(owner, PLEIN_SCHEMA);
  const group = (title: string): Group => [...site.groups.values()].find((g) => g.title === title)!;
  const users = new Map<string, User>();
  const stores = new Map<string, PleinStore>();
  const faults = createFaults();

  const userOf = (personId: string): User => {
    const user = users.get(personId);
    if (!user) throw new Error(`${personId} was not seeded`);
    return user;
  };
  const list = (title: string): List => site.list(title)!;
  const at = (iso: string | undefined): number => (iso ? Date.parse(iso) : clock.now());

  const world = {
    clock,
    faults,
    capabilities: SHAREPOINT_CAPABILITIES,
    emulator: sp,
    site,
    server,
    log,
    userOf,
    as(personId: string): PleinStore {
      let store = stores.get(personId);
      if (!store) {
        // Someone an import added signs in for the first time: a new member of the site.
        if (!users.has(personId)) {
          const user = site.addUser({ title: personId, email: personId, groups: [site.members] });
          user.loginName = CLAIMS + personId;
          users.set(personId, user);
        }
        const asUser = sp.fetchAs(userOf(personId).id);
        const f: typeof asUser = (input, init) => {
          log.push({ personId, method: init?.method ?? 'GET', url: String(input) });
          return asUser(input, init);
        };
        const http = options.transport === 'spfx' ? spfxHttp(f) : new FetchHttp(SITE, f, clock);
        store = withFaults(createSharePointStore({ http, clock }), faults.gate);
        stores.set(personId, store);
      }
      return store;
    },
    async seed(data: SeedData): Promise<void> {
      const context: SeedContext = { site, userOf, list, at, clock };
      for (const p of data.people) {
        const roles = p.roles ?? ['member'];
        const groups = [site.members];
        if (roles.includes('moderator')) groups.push(group(MODERATORS));
        if (roles.includes('communications')) groups.push(group(COMMUNICATIONS));
        if (roles.includes('admin')) groups.push(site.owners);
        const user = site.addUser({ title: p.displayName, ...(p.email ? { email: p.email } : {}), groups });
        user.loginName = CLAIMS + p.id;
        users.set(p.id, user);
      }
      // Each feature seeds its own lists.
      seedPeople(context, data);
      seedPolls(context, data);
      seedFeed(context, data);
      seedOnboarding(context, data);
      seedKudos(context, data);
      seedInsights(context, data);
    },
  } satisfies World & Record<string, unknown>;
  return world;
}
