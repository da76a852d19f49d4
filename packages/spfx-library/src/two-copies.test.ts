import { expect, fixture, html } from '@open-wc/testing';
import { ManualClock } from '@plein/core';
import { PleinPoll } from '@plein/poll';
import { createEmulator } from '@plein/sharepoint-emulator';
import { SITE, standInSpHttpClient } from '../../store-sharepoint/src/sp.fixtures.js';
import { mountWebPart, unmountWebPart, versionedTag } from './index.js';

// Another SharePoint solution with an older Plein came first: it defined its own versioned
// elements and the shared parts under their plain tags.
class OlderPerson extends HTMLElement {}
class OlderPoll extends HTMLElement {}
customElements.define('plein-person', OlderPerson);
customElements.define('plein-poll-0-0-9', OlderPoll);

describe('two Plein versions on one page', () => {
  it('keeps its own element class and uses the first copy of the shared parts', async () => {
    const sp = createEmulator({ clock: new ManualClock(Date.now()) });
    const site = sp.addSite(SITE);
    const ann = site.addUser({ title: 'Ann Member', email: 'ann@contoso.com', groups: [site.members] });
    const domElement = await fixture<HTMLElement>(html`<div></div>`);
    mountWebPart(
      domElement,
      'poll',
      {},
      {
        siteUrl: SITE,
        loginName: ann.loginName,
        locale: 'en-US',
        spHttpClient: standInSpHttpClient(sp.fetchAs(ann.id)),
        configurations: { v1: {} },
        editMode: false,
        host: 'SharePoint',
      },
    );
    const ctor = await customElements.whenDefined(versionedTag('poll'));
    expect(ctor.prototype).to.be.instanceOf(PleinPoll);
    expect(customElements.get('plein-poll-0-0-9')).to.equal(OlderPoll);
    expect(customElements.get('plein-person')).to.equal(OlderPerson);
    expect(customElements.get('plein-people-picker')).to.be.a('function');
    unmountWebPart(domElement);
  });
});
