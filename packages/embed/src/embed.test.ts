import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pageStore, resetPageStore, type PleinStore } from '@plein/core';
import { PleinInsights } from '@plein/insights';
import { PleinKudosWall } from '@plein/kudos';
import { PleinOnboarding } from '@plein/onboarding';
import { createMemoryStore, createMemoryWorld } from '@plein/store-memory';
import { PleinPeoplePicker, PleinPerson, PleinProvider } from '@plein/ui';

// The page as the embed finds it: another copy of Plein already defined <plein-poll>, and a
// config block names the store. Both must exist before the embed is imported.
class OtherCopyPoll extends HTMLElement {}
customElements.define('plein-poll', OtherCopyPoll);
const block = Object.assign(document.createElement('script'), {
  type: 'application/json',
  id: 'plein-config',
  textContent: JSON.stringify({ store: { kind: 'memory', seed: 'demo', user: 'p-daan' } }),
});
document.body.append(block);

const embed = await import('./index.js');
const { Plein } = embed;

/** Whether `promise` is still pending once every queued microtask has run. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return (await Promise.race([promise, Promise.resolve(marker)])) === marker;
}

describe('@plein/embed', () => {
  it('configures the page store from the plein-config block on load', async () => {
    const store = await pageStore();
    const me = await store.me();
    expect(me.id).to.equal('p-daan');
    expect(me.roles).to.include('moderator');
  });

  it('publishes Plein on globalThis, with its version', () => {
    expect((globalThis as { Plein?: unknown }).Plein).to.equal(Plein);
    expect(Plein.version).to.match(/^\d+\.\d+\.\d+/);
  });

  describe('Plein.configure', () => {
    let store: PleinStore;
    beforeEach(() => {
      resetPageStore();
      store = createMemoryStore({ user: 'p-test', seed: { people: [{ id: 'p-test', displayName: 'Test Person' }] } });
    });

    it('accepts a store', async () => {
      expect(await Plein.configure(store)).to.equal(store);
      expect(await pageStore()).to.equal(store);
    });

    it('accepts a promise of a store, and elements wait for it', async () => {
      let resolve!: (store: PleinStore) => void;
      const waiting = pageStore();
      const configured = Plein.configure(new Promise<PleinStore>((done) => (resolve = done)));
      expect(await isPending(waiting)).to.equal(true);
      resolve(store);
      expect(await waiting).to.equal(store);
      expect(await configured).to.equal(store);
    });

    it('accepts a descriptor and creates the memory store it names', async () => {
      const created = await Plein.configure({ kind: 'memory', seed: 'demo', user: 'p-emma' });
      expect(await pageStore()).to.equal(created);
      expect((await created.me()).id).to.equal('p-emma');
      expect((await created.people.get('p-sanne')).displayName).to.be.a('string');
    });

    it('starts an unseeded memory store empty', async () => {
      const created = await Plein.configure({ kind: 'memory', seed: 'none' });
      expect((await created.polls.listMine()).items).to.deep.equal([]);
    });

    it('refuses a malformed descriptor at once and keeps the page store as it was', async () => {
      expect(() => Plein.configure({ kind: 'sharepoint' } as never)).to.throw(TypeError, /unknown store kind/);
      expect(await isPending(pageStore())).to.equal(true);
    });
  });

  describe('the config block', () => {
    let errors: unknown[][];
    const original = console.error;
    beforeEach(() => {
      resetPageStore();
      errors = [];
      console.error = (...args: unknown[]) => errors.push(args);
    });
    afterEach(() => {
      console.error = original;
    });

    for (const [name, text] of [
      ['invalid JSON', '{"store": {"kind": "memory",}'],
      ['no store', '{"kind": "memory"}'],
      ['an unknown store kind', '{"store": {"kind": "mainframe"}}'],
    ]) {
      it(`with ${name} logs one clear error and configures nothing`, async () => {
        block.textContent = text;
        expect(embed.readConfigBlock()).to.equal(false);
        expect(errors).to.have.length(1);
        expect(String(errors[0]![0])).to.match(/^Plein: ignoring #plein-config: /);
        expect(await isPending(pageStore())).to.equal(true);
      });
    }

    it('is data, never code', async () => {
      const marker = globalThis as { pleinEvaluated?: boolean };
      block.textContent = '{"store": {"kind": "memory"}}; globalThis.pleinEvaluated = true';
      expect(embed.readConfigBlock()).to.equal(false);
      expect(marker.pleinEvaluated).to.equal(undefined);
      expect(errors).to.have.length(1);
    });
  });

  describe('registration', () => {
    it('registers <plein-provider>, and registering again is harmless', async () => {
      embed.registerElements();
      embed.registerElements();
      expect(customElements.get('plein-provider')).to.equal(PleinProvider);
      const store = createMemoryStore();
      const provider = await fixture<PleinProvider>(
        html`<plein-provider .store=${store}><p>inside</p></plein-provider>`,
      );
      expect(provider).to.be.instanceOf(PleinProvider);
      expect(provider.store).to.equal(store);
    });

    it('registers <plein-person> and <plein-people-picker>', () => {
      embed.registerElements();
      expect(customElements.get('plein-person')).to.equal(PleinPerson);
      expect(customElements.get('plein-people-picker')).to.equal(PleinPeoplePicker);
    });

    it('registers <plein-kudos-wall>, whose wall loads as a chunk of its own', async () => {
      embed.registerElements();
      expect(customElements.get('plein-kudos-wall')).to.equal(PleinKudosWall);
      const world = createMemoryWorld();
      await world.seed({ people: [{ id: 'p-an', displayName: 'An', roles: ['member'] }] });
      const el = await fixture<PleinKudosWall>(html`<plein-kudos-wall .store=${world.as('p-an')}></plein-kudos-wall>`);
      const loaded = await oneEvent(el, 'plein-load');
      expect(loaded.detail).to.deep.equal({ mode: 'wall' });
      expect(el.shadowRoot!.querySelector('[part~="base"] .give-button')).to.not.equal(null);
    });

    it('registers <plein-onboarding>, whose checklist loads as a chunk of its own', async () => {
      embed.registerElements();
      expect(customElements.get('plein-onboarding')).to.equal(PleinOnboarding);
      const world = createMemoryWorld();
      await world.seed({ people: [{ id: 'p-an', displayName: 'An', roles: ['member'] }] });
      const el = await fixture<PleinOnboarding>(html`<plein-onboarding .store=${world.as('p-an')}></plein-onboarding>`);
      const loaded = await oneEvent(el, 'plein-load');
      expect(loaded.detail).to.deep.equal({ mode: 'checklist' });
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.not.equal(null);
    });

    it('registers <plein-insights>, whose dashboard loads as a chunk of its own', async () => {
      embed.registerElements();
      expect(customElements.get('plein-insights')).to.equal(PleinInsights);
      const world = createMemoryWorld();
      await world.seed({ people: [{ id: 'p-em', displayName: 'Em', roles: ['communications'] }] });
      const el = await fixture<PleinInsights>(html`<plein-insights .store=${world.as('p-em')}></plein-insights>`);
      await oneEvent(el, 'plein-load');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="tiles"]'), 'the tiles did not render');
    });

    it("leaves another copy's <plein-poll> alone", () => {
      embed.registerElements();
      expect(customElements.get('plein-poll')).to.equal(OtherCopyPoll);
    });
  });
});
