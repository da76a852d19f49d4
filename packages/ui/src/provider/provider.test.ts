import { expect, fixture, html } from '@open-wc/testing';
import { PleinError, type PleinStore } from '@plein/core';
import { PleinElement } from '../element/plein-element.js';
import { PleinProvider } from './provider.element.js';
import './provider.js';

function fakeStore(): PleinStore {
  const missing = () => Promise.reject(new PleinError('not-found'));
  return {
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

class ProviderProbe extends PleinElement {
  get current() {
    return this.storeRef.value;
  }
}
customElements.define('ui-provider-probe', ProviderProbe);

describe('<plein-provider>', () => {
  it('is registered under its tag and adds no box of its own', async () => {
    const el = await fixture<PleinProvider>(html`<plein-provider><p>Hello</p></plein-provider>`);
    expect(el instanceof PleinProvider).to.be.true;
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.querySelector('p')!.assignedSlot).to.exist;
  });

  it('gives the nearest provider’s store to elements inside it', async () => {
    const outer = fakeStore();
    const inner = fakeStore();
    const el = await fixture<PleinProvider>(
      html`<plein-provider .store=${outer}>
        <ui-provider-probe id="a"></ui-provider-probe>
        <plein-provider .store=${inner}><ui-provider-probe id="b"></ui-provider-probe></plein-provider>
      </plein-provider>`,
    );
    expect((el.querySelector('#a') as ProviderProbe).current).to.equal(outer);
    expect((el.querySelector('#b') as ProviderProbe).current).to.equal(inner);
  });

  it('reaches elements inside other elements’ shadow roots', async () => {
    const store = fakeStore();
    const el = await fixture<PleinProvider>(html`<plein-provider .store=${store}><div></div></plein-provider>`);
    const root = el.querySelector('div')!.attachShadow({ mode: 'open' });
    const probe = document.createElement('ui-provider-probe') as ProviderProbe;
    root.append(probe);
    await probe.updateComplete;
    expect(probe.current).to.equal(store);
  });

  it('passes axe', async () => {
    const el = await fixture<PleinProvider>(html`<plein-provider .store=${fakeStore()}><p>Text</p></plein-provider>`);
    await expect(el).to.be.accessible();
  });
});
