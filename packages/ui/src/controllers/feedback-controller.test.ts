import { expect, fixture, html } from '@open-wc/testing';
import { css } from 'lit';
import { ManualClock } from '@plein/core';
import { PleinElement } from '../element/plein-element.js';
import type { ToastOptions } from './feedback-controller.js';

/** Exposes the feedback controller the way an element's own code would use it. */
class FeedbackProbe extends PleinElement {
  say(text: string) {
    this.feedback.announce(text);
  }
  show(text: string, options?: ToastOptions) {
    this.feedback.toast(text, options);
  }
  protected override render() {
    return html`<p>Content</p>
      ${this.feedback.render()}`;
  }
}
customElements.define('ui-feedback-probe', FeedbackProbe);

/** A probe far taller than the viewport (a long feed), its toast placed at its end. */
class TallProbe extends FeedbackProbe {
  static override styles = [
    PleinElement.styles,
    css`
      .tall {
        height: 300vh;
        margin: 0;
      }
    `,
  ];
  protected override render() {
    return html`<p class="tall">Content</p>
      ${this.feedback.render()}`;
  }
}
customElements.define('ui-feedback-tall-probe', TallProbe);

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
/** Booleans, not elements, in assertions: a failing assertion that holds a DOM node crashes the runner's report. */
const has = (el: Element, selector: string) => q(el, selector) !== null;

describe('FeedbackController', () => {
  let clock: ManualClock;
  let el: FeedbackProbe;
  beforeEach(async () => {
    clock = new ManualClock();
    el = await fixture<FeedbackProbe>(html`<ui-feedback-probe .clock=${clock}></ui-feedback-probe>`);
  });

  it('announces in a polite live region that is not shown', async () => {
    const region = q(el, '[aria-live="polite"]')!;
    expect(region).to.exist;
    expect(region.textContent!.trim()).to.equal('');
    el.say('Vote saved');
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Vote saved');
    expect(region.classList.contains('visually-hidden')).to.be.true;
    expect(has(el, '.toast')).to.be.false;
  });

  it('puts a repeated message in a fresh node, so it is spoken again', async () => {
    el.say('Copied');
    await el.updateComplete;
    const first = q(el, '[aria-live="polite"] span');
    el.say('Copied');
    await el.updateComplete;
    const second = q(el, '[aria-live="polite"] span');
    expect(second?.textContent).to.equal('Copied');
    expect(second === first, 'a fresh node').to.be.false;
  });

  it('shows a toast, announces it, and hides it when the clock says so', async () => {
    el.show('Poll closed', { tone: 'success' });
    await el.updateComplete;
    expect(q(el, '.toast.success .toast-text')?.textContent).to.equal('Poll closed');
    expect(q(el, '[aria-live="polite"]')!.textContent!.trim()).to.equal('Poll closed');

    clock.advance(5999);
    await el.updateComplete;
    expect(has(el, '.toast')).to.be.true;
    clock.advance(1);
    await el.updateComplete;
    expect(has(el, '.toast')).to.be.false;
    expect(clock.pendingTimers).to.equal(0);
  });

  it('lets people dismiss a toast, with a labelled button, and leaves no timer behind', async () => {
    el.show('Saved');
    await el.updateComplete;
    const dismiss = q(el, '.toast-dismiss') as HTMLButtonElement;
    expect(dismiss.getAttribute('aria-label')).to.equal('Dismiss');
    dismiss.click();
    await el.updateComplete;
    expect(has(el, '.toast')).to.be.false;
    expect(clock.pendingTimers).to.equal(0);
  });

  it('replaces a toast with the next one and says errors assertively', async () => {
    el.show('First', { duration: 1000 });
    el.show('It failed', { tone: 'error' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.toast')).to.have.length(1);
    expect(q(el, '.toast.error .toast-text')?.textContent).to.equal('It failed');
    expect(q(el, '[aria-live="assertive"]')!.textContent!.trim()).to.equal('It failed');
    expect(clock.pendingTimers).to.equal(1);
    clock.advance(1000);
    await el.updateComplete;
    expect(has(el, '.toast')).to.be.true;
  });

  it('clears its timer when the element is removed', async () => {
    el.show('Bye');
    el.remove();
    expect(clock.pendingTimers).to.equal(0);
  });

  describe('in an element taller than the viewport', () => {
    let tall: TallProbe;
    beforeEach(async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <p style="height: 150vh; margin: 0">Page content above</p>
          <ui-feedback-tall-probe .clock=${clock}></ui-feedback-tall-probe>
        </div>`,
      );
      tall = page.querySelector('ui-feedback-tall-probe')!;
      await tall.updateComplete;
    });
    afterEach(() => window.scrollTo(0, 0));

    const rect = () => q(tall, '.toast')!.getBoundingClientRect();

    it('keeps the toast at the bottom of the viewport while the element is on screen', async () => {
      window.scrollTo(0, tall.getBoundingClientRect().top + window.scrollY);
      tall.show('Your post is published.', { tone: 'success' });
      await tall.updateComplete;
      const box = rect();
      const host = tall.getBoundingClientRect();
      expect(box.height).to.be.above(0);
      expect(box.top, 'top in view').to.be.at.least(0);
      expect(box.bottom, 'bottom in view').to.be.at.most(window.innerHeight);
      expect(window.innerHeight - box.bottom, 'near the bottom').to.be.below(40);
      expect(box.left).to.be.at.least(host.left);
      expect(box.right).to.be.at.most(host.right);
      // Still announced.
      expect(q(tall, '[aria-live="polite"]')!.textContent!.trim()).to.equal('Your post is published.');
    });

    it('stays inside the element when it is off screen, so it never covers the page', async () => {
      window.scrollTo(0, 0);
      tall.show('Saved');
      await tall.updateComplete;
      const box = rect();
      expect(box.top, 'below the viewport').to.be.at.least(window.innerHeight);
      expect(box.top, 'inside the element').to.be.at.least(tall.getBoundingClientRect().top);
    });
  });

  it('is accessible with a toast showing', async () => {
    el.show('Saved');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
