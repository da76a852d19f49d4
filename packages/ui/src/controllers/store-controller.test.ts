import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { configurePageStore, PleinError, resetPageStore, type PleinStore } from '@plein/core';
import { PleinElement } from '../element/plein-element.js';
import { skeleton } from '../templates/skeleton.js';
import { defineElement } from '../define.js';
import { PleinProvider } from '../provider/provider.element.js';
import '../provider/provider.js';

// Plain (non-Lit) roots use fixtureSync: `fixture` would wait for an animation frame, which
// a background tab may never get.

/** The smallest store that satisfies the contract; only its identity matters here. */
function fakeStore(name: string): PleinStore & { name: string } {
  const missing = () => Promise.reject(new PleinError('not-found'));
  return {
    name,
    capabilities: {
      features: ['polls'],
      anonymousPolls: false,
      sealedResults: false,
      liveUpdates: 'push',
      maxPageSize: 50,
    },
    me: missing,
    people: { search: async () => [], get: missing, getMany: async () => [], departments: async () => [] },
    polls: {
      get: missing,
      listMine: async () => ({ items: [] }),
      create: missing,
      update: missing,
      vote: missing,
      results: missing,
      close: missing,
    },
    subscribe: () => () => {},
  };
}

/** Shows which store it uses, or its loading state, and records every `storeChanged`. */
class StoreProbe extends PleinElement {
  changes: string[] = [];
  get current() {
    return this.storeRef.value as ReturnType<typeof fakeStore> | undefined;
  }
  get failure() {
    return this.storeRef.error;
  }
  protected override storeChanged(store: PleinStore) {
    this.changes.push((store as ReturnType<typeof fakeStore>).name);
  }
  protected override render() {
    const store = this.storeRef.value as ReturnType<typeof fakeStore> | undefined;
    return store ? html`<p>${store.name}</p>` : skeleton({ label: 'Loading' });
  }
}
customElements.define('ui-store-probe', StoreProbe);

const shown = (el: StoreProbe) => el.shadowRoot?.querySelector('p')?.textContent;

/** Lets pending promise callbacks (the page default resolving) run: one macrotask, no timing. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('StoreController', () => {
  beforeEach(() => resetPageStore());
  after(() => resetPageStore());

  it('prefers the store property, then a provider, then the page default', async () => {
    configurePageStore(fakeStore('page'));
    const provider = await fixture<PleinProvider>(
      html`<plein-provider .store=${fakeStore('provider')}>
        <ui-store-probe .store=${fakeStore('property')}></ui-store-probe>
      </plein-provider>`,
    );
    const el = provider.querySelector('ui-store-probe') as StoreProbe;
    await el.updateComplete;
    expect(shown(el)).to.equal('property');

    el.store = undefined;
    await el.updateComplete;
    expect(shown(el)).to.equal('provider');

    provider.store = undefined;
    await nextTask();
    await el.updateComplete;
    expect(shown(el)).to.equal('page');
    expect(el.changes).to.deep.equal(['property', 'provider', 'page']);
  });

  it('switches when the store property changes', async () => {
    const el = await fixture<StoreProbe>(html`<ui-store-probe .store=${fakeStore('a')}></ui-store-probe>`);
    el.store = fakeStore('b');
    await el.updateComplete;
    expect(shown(el)).to.equal('b');
    expect(el.changes).to.deep.equal(['a', 'b']);
  });

  it('shows loading without throwing until a page default is configured', async () => {
    const el = await fixture<StoreProbe>(html`<ui-store-probe></ui-store-probe>`);
    await nextTask();
    expect(el.current).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    expect(el.changes).to.deep.equal([]);

    configurePageStore(Promise.resolve(fakeStore('late page')));
    await nextTask();
    await el.updateComplete;
    expect(shown(el)).to.equal('late page');
    expect(el.changes).to.deep.equal(['late page']);
  });

  it('reports a page default that fails to load instead of throwing', async () => {
    const el = await fixture<StoreProbe>(html`<ui-store-probe></ui-store-probe>`);
    configurePageStore(Promise.reject(new PleinError('unavailable')));
    await nextTask();
    expect(el.current).to.equal(undefined);
    expect((el.failure as PleinError).code).to.equal('unavailable');
  });

  it('picks up a store set on its provider later', async () => {
    configurePageStore(fakeStore('page'));
    const provider = await fixture<PleinProvider>(
      html`<plein-provider><ui-store-probe></ui-store-probe></plein-provider>`,
    );
    const el = provider.querySelector('ui-store-probe') as StoreProbe;
    await nextTask();
    await el.updateComplete;
    expect(shown(el)).to.equal('page');

    provider.store = fakeStore('provided later');
    await el.updateComplete;
    expect(shown(el)).to.equal('provided later');
  });

  it('finds a provider that is defined after the element started', async () => {
    // A tag nobody has defined yet: the provider stays a plain element until it is registered.
    const box = fixtureSync<HTMLElement>(html`<div></div>`);
    box.append(document.createElement('plein-provider-late'));
    box.firstElementChild!.append(document.createElement('ui-store-probe'));
    const el = box.querySelector('ui-store-probe') as StoreProbe;
    await el.updateComplete;
    expect(el.current).to.equal(undefined);

    const provider = box.firstElementChild as PleinProvider;
    provider.store = fakeStore('upgraded');
    defineElement('plein-provider', PleinProvider, { suffix: 'late' });
    await provider.updateComplete;
    await el.updateComplete;
    expect(shown(el)).to.equal('upgraded');
  });

  it('moves to the closer provider when it is moved between providers', async () => {
    const box = fixtureSync<HTMLElement>(
      html`<div>
        <plein-provider id="one" .store=${fakeStore('one')}><ui-store-probe></ui-store-probe></plein-provider>
        <plein-provider id="two" .store=${fakeStore('two')}></plein-provider>
      </div>`,
    );
    const el = box.querySelector('ui-store-probe') as StoreProbe;
    await el.updateComplete;
    expect(shown(el)).to.equal('one');
    box.querySelector('#two')!.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('two');
    // The old provider no longer drives it.
    (box.querySelector('#one') as PleinProvider).store = fakeStore('one again');
    await el.updateComplete;
    expect(shown(el)).to.equal('two');
  });
});
