import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

/**
 * The production bundle, as a page gets it: dist/plein.js (run `npm run build` first; `npm test`
 * does). Proves that the minified build registers the elements, reads the config block, loads
 * the memory store and the QR code as lazy chunks, and renders a poll.
 */
document.body.append(
  Object.assign(document.createElement('script'), {
    type: 'application/json',
    id: 'plein-config',
    textContent: JSON.stringify({ store: { kind: 'memory', seed: 'demo' } }),
  }),
);

const bundle = new URL('/dist/plein.js', location.href).href;
const loaded = (await import(bundle).catch(() => undefined)) as { Plein: { version: string } } | undefined;

describe('dist/plein.js', () => {
  it('loads (build it with `npm run build`)', () => {
    expect(loaded, `${bundle} did not load`).to.not.equal(undefined);
    expect((globalThis as { Plein?: unknown }).Plein).to.equal(loaded!.Plein);
  });

  it('registers every element: poll, feed, trending, kudos wall, onboarding, insights, provider, person and people picker', () => {
    expect(customElements.get('plein-poll')).to.be.a('function');
    expect(customElements.get('plein-kudos-wall')).to.be.a('function');
    expect(customElements.get('plein-onboarding')).to.be.a('function');
    expect(customElements.get('plein-insights')).to.be.a('function');
    expect(customElements.get('plein-feed')).to.be.a('function');
    expect(customElements.get('plein-trending')).to.be.a('function');
    expect(customElements.get('plein-provider')).to.be.a('function');
    expect(customElements.get('plein-person')).to.be.a('function');
    expect(customElements.get('plein-people-picker')).to.be.a('function');
  });

  it('renders a demo poll from the store named in the config block', async () => {
    const el = await fixture<HTMLElement>(html`<plein-poll poll-id="poll-friday-lunch"></plein-poll>`);
    await oneEvent(el, 'plein-load');
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Sushi'), 'the options did not render');
  });

  it('renders the demo feed, its posts coming from the lazily loaded feed chunk', async () => {
    const el = await fixture<HTMLElement>(html`<plein-feed channel="general"></plein-feed>`);
    await oneEvent(el, 'plein-load');
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('[part~="post"]').length ?? 0) > 5, 'no posts rendered');
  });

  it('renders the demo kudos wall from its lazily loaded chunk', async () => {
    const el = await fixture<HTMLElement>(html`<plein-kudos-wall></plein-kudos-wall>`);
    await oneEvent(el, 'plein-load');
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'the wall did not render');
  });

  it('renders the demo onboarding checklist from its lazily loaded chunk', async () => {
    const el = await fixture<HTMLElement>(html`<plein-onboarding></plein-onboarding>`);
    await oneEvent(el, 'plein-load');
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'the checklist did not render');
  });

  it('renders insights from its lazily loaded chunk (for a member: whom the dashboard is for)', async () => {
    const el = await fixture<HTMLElement>(html`<plein-insights></plein-insights>`);
    await oneEvent(el, 'plein-load');
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"], [part~="empty"]'), 'insights did not render');
  });

  it('draws the presenter QR code from its lazy chunk', async () => {
    const el = await fixture<HTMLElement>(html`<plein-poll poll-id="poll-townhall" mode="presenter"></plein-poll>`);
    await waitUntil(() => el.shadowRoot?.querySelector('svg[part~="qr"] path'), 'no QR code was drawn');
  });
});
