import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Catalog } from '@plein/core';
import { PleinElement } from '../element/plein-element.js';
import { uiStrings } from '../i18n/ui-strings.js';

// Plain (non-Lit) roots use fixtureSync: `fixture` would wait for an animation frame, which
// a background tab may never get.

/** Renders its locale and a translated string, so the test reads what a person would see. */
class LocaleProbe extends PleinElement {
  get locale() {
    return this.i18n.locale;
  }
  protected override render() {
    return html`<p>${this.i18n.strings(uiStrings).dismiss}</p>`;
  }
}
customElements.define('ui-locale-probe', LocaleProbe);

/** A plain element with the probe inside its shadow root: ancestors across shadow roots count. */
class ShadowWrapper extends LitElement {
  protected override render() {
    return html`<ui-locale-probe></ui-locale-probe>`;
  }
}
customElements.define('ui-locale-wrapper', ShadowWrapper);

const text = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent;

/** The attribute change is seen in a mutation-observer microtask, then the element updates. */
async function settled(el: LocaleProbe) {
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await el.updateComplete;
}

describe('LocaleController', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('follows the lang attribute on the element itself', async () => {
    const el = await fixture<LocaleProbe>(html`<ui-locale-probe lang="en"></ui-locale-probe>`);
    expect(text(el)).to.equal('Dismiss');
    el.setAttribute('lang', 'nl-NL');
    await settled(el);
    expect(el.locale).to.equal('nl');
    expect(text(el)).to.equal('Sluiten');
    el.lang = 'en-GB';
    await settled(el);
    expect(text(el)).to.equal('Dismiss');
  });

  it('follows lang on an ancestor', async () => {
    const section = fixtureSync<HTMLElement>(
      html`<section lang="en">
        <div><ui-locale-probe></ui-locale-probe></div>
      </section>`,
    );
    const el = section.querySelector('ui-locale-probe') as LocaleProbe;
    await el.updateComplete;
    expect(text(el)).to.equal('Dismiss');
    section.lang = 'nl';
    await settled(el);
    expect(text(el)).to.equal('Sluiten');
  });

  it('follows lang on an ancestor outside its shadow root', async () => {
    const wrapper = await fixture<ShadowWrapper>(html`<ui-locale-wrapper lang="nl"></ui-locale-wrapper>`);
    const el = wrapper.shadowRoot!.querySelector('ui-locale-probe') as LocaleProbe;
    await el.updateComplete;
    expect(text(el)).to.equal('Sluiten');
    wrapper.lang = 'en';
    await settled(el);
    expect(text(el)).to.equal('Dismiss');
  });

  it('follows lang on <html>, and a closer lang still wins', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocaleProbe>(html`<ui-locale-probe></ui-locale-probe>`);
    const pinned = fixtureSync<HTMLElement>(html`<div lang="en"><ui-locale-probe></ui-locale-probe></div>`);
    const inner = pinned.querySelector('ui-locale-probe') as LocaleProbe;
    await inner.updateComplete;
    expect(text(el)).to.equal('Dismiss');
    document.documentElement.lang = 'nl';
    await settled(el);
    await settled(inner);
    expect(text(el)).to.equal('Sluiten');
    expect(text(inner)).to.equal('Dismiss');
  });

  it('stops watching once removed, and catches up when put back', async () => {
    const box = fixtureSync<HTMLElement>(html`<div lang="en"><ui-locale-probe></ui-locale-probe></div>`);
    const el = box.querySelector('ui-locale-probe') as LocaleProbe;
    await el.updateComplete;
    el.remove();
    box.lang = 'nl';
    await settled(el);
    expect(el.locale).to.equal('en');
    box.append(el);
    await settled(el);
    expect(text(el)).to.equal('Sluiten');
  });

  it('loads a catalog for the locale before showing it: `ready` stays false until it is here', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const catalog = new Catalog({ hello: 'Hello' }, { nl: () => (loads++, gate.then(() => ({ hello: 'Hallo' }))) });
    class CatalogProbe extends PleinElement {
      constructor() {
        super();
        this.i18n.use(catalog);
      }
      protected override render() {
        return html`<p>${this.i18n.ready ? this.i18n.strings(catalog).hello : 'waiting'}</p>`;
      }
    }
    customElements.define('ui-catalog-probe', CatalogProbe);
    const el = await fixture<CatalogProbe>(html`<ui-catalog-probe lang="nl"></ui-catalog-probe>`);
    expect(text(el)).to.equal('waiting');
    el.requestUpdate();
    await el.updateComplete;
    expect(loads).to.equal(1);
    release();
    await catalog.load('nl');
    await new Promise<void>((resolve) => setTimeout(resolve)); // the controller's own then()
    await el.updateComplete;
    expect(text(el)).to.equal('Hallo');
    el.lang = 'en';
    await settled(el as unknown as LocaleProbe);
    expect(text(el)).to.equal('Hello');
  });
});
