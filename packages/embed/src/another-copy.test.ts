import { expect } from '@open-wc/testing';
import { pageStore } from '@plein/core';
import { PleinPoll } from '@plein/poll';

// Another copy of Plein loaded first: its `Plein` global is kept, and it already read the
// page's config block, so this copy must not configure a second store from it.
const first = { version: '0.0.1', configure: () => Promise.reject(new Error('not this one')) };
(globalThis as { Plein?: unknown }).Plein = first;
document.body.append(
  Object.assign(document.createElement('script'), {
    type: 'application/json',
    id: 'plein-config',
    textContent: '{"store": {"kind": "memory"}}',
  }),
);

const { Plein } = await import('./index.js');

describe('@plein/embed after another copy', () => {
  it('keeps the first copy on globalThis and still exports its own Plein', () => {
    expect((globalThis as { Plein?: unknown }).Plein).to.equal(first);
    expect(Plein).not.to.equal(first);
    expect(Plein.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('still registers the elements no one defined yet', () => {
    expect(customElements.get('plein-poll')).to.equal(PleinPoll);
    expect(customElements.get('plein-provider')).to.be.a('function');
  });

  it('leaves the config block to the first copy', async () => {
    const marker = Symbol('pending');
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(await Promise.race([pageStore(), Promise.resolve(marker)])).to.equal(marker);
  });
});
