import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { PleinElement } from '../element/plein-element.js';
import { formStyles } from './form.styles.js';
import { skeleton } from '../templates/skeleton.js';

class StyleProbe extends PleinElement {
  static override styles = [PleinElement.styles, formStyles];
  protected override render() {
    return html`<button class="button primary">Vote</button
      ><span class="hint">Hint</span>${skeleton({ label: 'Loading' })}`;
  }
}
customElements.define('ui-style-probe', StyleProbe);

async function probe(template = html`<ui-style-probe></ui-style-probe>`, style = '') {
  const box = fixtureSync<HTMLElement>(html`<div style=${style}>${template}</div>`);
  const el = box.querySelector('ui-style-probe') as StyleProbe;
  await el.updateComplete;
  return el;
}
const part = (el: StyleProbe, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

describe('shared styles', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('is light by default and dark with theme="dark"', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const light = await probe();
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(light).color).to.equal('rgb(36, 36, 36)');
    const dark = await probe(html`<ui-style-probe theme="dark"></ui-style-probe>`);
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(41, 41, 41)');
    expect(getComputedStyle(dark).color).to.equal('rgb(255, 255, 255)');
  });

  it('follows a dark system setting unless theme="light" says otherwise', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(await probe()).backgroundColor).to.equal('rgb(41, 41, 41)');
    const light = await probe(html`<ui-style-probe theme="light"></ui-style-probe>`);
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('lets a page override a token on the element', async () => {
    const el = await probe(html`<ui-style-probe style="--plein-accent: rgb(1, 2, 3)"></ui-style-probe>`);
    expect(part(el, '.button').backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('lets a page set a token once for every element, above them (e.g. on :root)', async () => {
    const el = await probe(undefined, '--plein-accent: rgb(4, 5, 6)');
    expect(part(el, '.button').backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it("inherits the host's font and never goes below 12px", async () => {
    const big = await probe(undefined, 'font: 20px Georgia, serif');
    expect(getComputedStyle(big).fontSize).to.equal('20px');
    expect(part(big, '.button').fontFamily).to.contain('Georgia');
    expect(part(big, '.hint').fontSize).to.equal('17.5px');
    const tiny = await probe(undefined, 'font-size: 10px');
    expect(part(tiny, '.hint').fontSize).to.equal('12px');
  });

  it('shows a focus ring on keyboard focus', async () => {
    const el = await probe();
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Shift' });
    const ring = part(el, '.button:focus-visible');
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('2px');
  });

  it('stops animating under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await probe();
    expect(parseFloat(part(el, '.skeleton-line').animationDuration)).to.be.below(0.001);
  });
});
