import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { PleinError } from '@plein/core';
import { defineElement } from '@plein/ui';
import type { SetUpReport } from '@plein/store-sharepoint';
import { PleinSiteSetUp } from './site-setup.element.js';
import type { SiteSetUp } from './store.js';

// The element on its own, over a set-up action the test controls (mount.test.ts runs the real one on the emulator).
const tag = defineElement('plein-site-setup', PleinSiteSetUp, { suffix: 'test' });

type Status = Awaited<ReturnType<SiteSetUp['status']>>;

/** A set-up action whose answers the test settles by hand. */
function action(status: Status | Error, run?: SetUpReport | Error) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const calls = { status: 0, run: 0 };
  const setUp = {
    status: async () => {
      calls.status++;
      if (status instanceof Error) throw status;
      return status;
    },
    run: async () => {
      calls.run++;
      await gate;
      if (run instanceof Error) throw run;
      return run!;
    },
  } as SiteSetUp;
  return { setUp, release, calls };
}

const report: SetUpReport = {
  version: 3,
  previousVersion: undefined,
  done: ['group Plein moderators', 'list Plein Polls', 'field Plein Polls.Channel', 'security Plein Votes'],
  manual: ['index Plein Posts.Author', 'moderators-only Plein Hidden Posts'],
};

async function mount(setUp: SiteSetUp, lang = 'en'): Promise<PleinSiteSetUp> {
  const el = await fixture<PleinSiteSetUp>(html`<div lang=${lang}></div>`).then((div) => {
    const el = document.createElement(tag) as PleinSiteSetUp;
    el.setUp = setUp;
    div.append(el);
    return el;
  });
  await settle(el);
  return el;
}

/** Lets the stubbed promises settle and the element render. */
async function settle(el: PleinSiteSetUp): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
    await el.updateComplete;
  }
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const button = (el: PleinSiteSetUp) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary');
const spoken = (el: PleinSiteSetUp) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

describe('<plein-site-setup>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows nothing on a site that is ready', async () => {
    const el = await mount(action({ state: 'ready', canSetUp: true, missing: [] }).setUp);
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('lets an owner set up the site, then shows what was done and what is left to do by hand', async () => {
    const { setUp, release, calls } = action({ state: 'needs-set-up', canSetUp: true, missing: [] }, report);
    const el = await mount(setUp);
    expect(text(el)).to.contain('Plein is not set up on this site yet');
    expect(button(el)!.textContent!.trim()).to.equal('Set up Plein on this site');
    await expect(el).to.be.accessible();

    button(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(calls.run).to.equal(1);
    expect(button(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    expect(spoken(el)).to.equal('Setting up Plein on this site…');
    button(el)!.click(); // a second press while running does nothing
    await settle(el);
    expect(calls.run).to.equal(1);
    await expect(el).to.be.accessible();

    release();
    await settle(el);
    expect(text(el)).to.contain('Plein is set up on this site (version 3).');
    expect(el.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal('4 changes made');
    expect(text(el)).to.contain('Created the list “Plein Polls”');
    expect(text(el)).to.contain('Added the column “Channel” to “Plein Polls”');
    expect(text(el)).to.contain('A site owner must still do this by hand:');
    expect(text(el)).to.contain('Index the column “Author” of the list “Plein Posts”');
    expect(spoken(el)).to.contain('Plein is set up on this site (version 3).');
    expect(spoken(el)).to.contain('Give only the Plein moderators group access to the list “Plein Hidden Posts”');
    // Keyboard focus lands on the result, not on the body.
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
    await expect(el).to.be.accessible();
  });

  it('tells the site set up its element when set-up ran', async () => {
    const { setUp, release } = action({ state: 'needs-upgrade', canSetUp: true, missing: [] }, report);
    const el = await mount(setUp);
    expect(button(el)!.textContent!.trim()).to.equal('Upgrade Plein on this site');
    let detail: unknown;
    el.parentElement!.addEventListener('plein-site-set-up', (e) => (detail = e.detail));
    button(el)!.click();
    release();
    await settle(el);
    expect(detail).to.deep.equal({ report });
  });

  it('lists what an upgrade would repair, such as a list deleted by hand', async () => {
    const missing = ['list Plein Polls', 'index Plein Votes.Author', 'permissions Plein Hidden Posts'];
    const el = await mount(action({ state: 'needs-upgrade', canSetUp: false, missing }).setUp);
    expect(text(el)).to.contain('Plein on this site needs an upgrade');
    expect(text(el)).to.contain('Ask a site owner to open this page in edit mode and upgrade Plein.');
    expect(el.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal('3 things to create or repair');
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'The list “Plein Polls”',
      'The index on the column “Author” of “Plein Votes”',
      'The permissions of “Plein Hidden Posts”',
    ]);
    await expect(el).to.be.accessible();
  });

  it('tells a member who can set up the site, without a button', async () => {
    const el = await mount(action({ state: 'needs-set-up', canSetUp: false, missing: [] }).setUp);
    expect(button(el)).to.equal(null);
    expect(text(el)).to.contain('Ask a site owner to open this page in edit mode and set up Plein.');
    await expect(el).to.be.accessible();
  });

  it('turns a refusal while running into the same message', async () => {
    const refused = new PleinError('forbidden', { reason: 'site-setup-needs-owner' });
    const { setUp, release } = action({ state: 'needs-set-up', canSetUp: true, missing: [] }, refused);
    const el = await mount(setUp);
    button(el)!.click();
    release();
    await settle(el);
    expect(button(el)).to.equal(null);
    expect(text(el)).to.contain('Ask a site owner');
  });

  it('shows a localized error with a retry when the check fails, and checks again', async () => {
    const { setUp, calls } = action(new PleinError('unavailable', {}, undefined, 'down'));
    const el = await mount(setUp, 'nl');
    await el.updateComplete;
    expect(text(el)).to.contain('Kon niet nagaan of Plein op deze site is ingesteld.');
    expect(text(el)).not.to.contain('down');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await settle(el);
    expect(calls.status).to.equal(2);
  });

  it('speaks Dutch and fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(action({ state: 'needs-set-up', canSetUp: true, missing: [] }).setUp, 'nl-NL');
    expect(button(el)!.textContent!.trim()).to.equal('Plein instellen op deze site');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
