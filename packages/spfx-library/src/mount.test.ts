import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ManualClock, type PleinStore } from '@plein/core';
import { PleinFeed, PleinTrending } from '@plein/feed';
import { PleinInsights } from '@plein/insights';
import { PleinKudosWall } from '@plein/kudos';
import { PleinOnboarding } from '@plein/onboarding';
import { PleinPoll } from '@plein/poll';
import { createEmulator } from '@plein/sharepoint-emulator';
import {
  createSharePointStore,
  FetchHttp,
  PLEIN_SCHEMA,
  ResilientHttp,
  setUpSite,
  SpClient,
} from '@plein/store-sharepoint';
import { SITE, standInSpHttpClient } from '../../store-sharepoint/src/sp.fixtures.js';
import { mountWebPart, unmountWebPart, versionedTag, type PleinWebPartKind, type SpfxHost } from './index.js';

type StoreElement = HTMLElement & { store?: PleinStore };

/** The emulator's and the seeding store's time: now, standing still (the mounted stores use the system clock). */
const clock = new ManualClock(Date.now());
let users = 0;

/** A fresh emulated site (not set up) with an owner and a member of their own (the library keeps one store per user). */
function world() {
  const sp = createEmulator({ clock });
  const site = sp.addSite(SITE);
  const n = ++users;
  const owner = site.addUser({ title: 'Olga Owner', email: `olga${n}@contoso.com`, groups: [site.owners] });
  const ann = site.addUser({ title: 'Ann Member', email: `ann${n}@contoso.com`, groups: [site.members] });
  const host = (user: typeof owner, more: Partial<SpfxHost> = {}): SpfxHost => ({
    siteUrl: SITE,
    loginName: user.loginName,
    locale: 'en-US',
    spHttpClient: standInSpHttpClient(sp.fetchAs(user.id)),
    configurations: { v1: {} },
    editMode: false,
    host: 'SharePoint',
    ...more,
  });
  const setUp = () =>
    setUpSite(
      new SpClient(new ResilientHttp(new FetchHttp(SITE, sp.fetchAs(owner.id), clock), clock), clock),
      PLEIN_SCHEMA,
    );
  /** A store acting as `user` over plain fetch, to seed data the way a colleague would. */
  const storeAs = (user: typeof owner) =>
    createSharePointStore({ http: new FetchHttp(SITE, sp.fetchAs(user.id), clock), clock });
  return { sp, site, owner, ann, host, setUp, storeAs };
}

const classes: Record<PleinWebPartKind, [string, CustomElementConstructor]> = {
  feed: ['plein-feed', PleinFeed],
  poll: ['plein-poll', PleinPoll],
  kudos: ['plein-kudos-wall', PleinKudosWall],
  onboarding: ['plein-onboarding', PleinOnboarding],
  insights: ['plein-insights', PleinInsights],
  trending: ['plein-trending', PleinTrending],
};

/** Each kind's properties, as the property pane names them (the element's attributes). */
const properties: Record<PleinWebPartKind, Record<string, unknown>> = {
  feed: { channel: 'news', mode: 'feed', 'page-size': 10 },
  poll: { mode: 'vote', 'vote-url': 'https://contoso.sharepoint.com/sites/intranet/SitePages/Vote.aspx' },
  kudos: { mode: 'wall', leaderboard: true, 'page-size': 6, department: 'Sales' },
  onboarding: { mode: 'checklist', campaign: 'welcome' },
  insights: { period: 'quarter', 'tag-url': '/SitePages/News.aspx#tag={tag}' },
  trending: { period: 'month', limit: 3, channel: 'news' },
};

/** What each element shows a member on a site that is set up but has no data yet. */
const empty: Record<PleinWebPartKind, string> = {
  feed: 'No posts yet',
  poll: 'No poll here yet',
  kudos: 'No kudos match these filters', // the department filter is set
  onboarding: 'You have no onboarding checklist',
  insights: 'Insights are for the communication team',
  trending: 'No hashtags yet this month',
};

/** SharePoint's Purple theme in a soft section (IReadonlyTheme's palette and semantic slots). */
const purple = {
  palette: {
    themePrimary: '#8764b8',
    themeLighterAlt: '#f9f8fc',
    themeLighter: '#e9e2f4',
    themeLight: '#d7c9ea',
    themeTertiary: '#b29ad4',
    themeSecondary: '#9373c0',
    themeDarkAlt: '#7a5aa6',
    themeDark: '#674c8c',
    themeDarker: '#4c3867',
  },
  semanticColors: {
    bodyBackground: '#f9f8fc',
    bodyText: '#201f1e',
    bodySubtext: '#605e5c',
    bodyDivider: '#edebe9',
    errorText: '#a4262c',
  },
  isInverted: false,
};

async function webPart(): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div class="web-part"></div>`);
}

const only = (domElement: HTMLElement, kind: PleinWebPartKind) => {
  const found = domElement.querySelectorAll(versionedTag(kind));
  expect(found.length).to.equal(1);
  return found[0] as StoreElement;
};

const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Past the loading skeleton: data, an empty or unsupported state, or an error state. */
const answered = (el: Element) =>
  !!el.shadowRoot?.textContent?.trim() && !el.shadowRoot.querySelector('[part~="skeleton"]');

/** Yields a task at a time (no timer the test measures) until `check()` holds; gives up after many rounds. */
async function until(check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 1000; round++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('mountWebPart', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('registers every element under its versioned tag, as its own class, and no plain tag', async () => {
    const { host, owner } = world();
    const domElement = await webPart();
    for (const kind of Object.keys(classes) as PleinWebPartKind[]) {
      const [plain, base] = classes[kind];
      expect(versionedTag(kind)).to.equal(`${plain}-0-1-0`);
      mountWebPart(domElement, kind, {}, host(owner));
      const ctor = await customElements.whenDefined(versionedTag(kind));
      expect(ctor.prototype).to.be.instanceOf(base);
      expect(ctor).not.to.equal(base);
      expect(customElements.get(plain)).to.equal(undefined);
    }
    // The shared parts keep their plain, first-copy-wins tags.
    expect(customElements.get('plein-person')).to.be.a('function');
    expect(customElements.get('plein-people-picker')).to.be.a('function');
    unmountWebPart(domElement);
  });

  for (const kind of Object.keys(classes) as PleinWebPartKind[]) {
    it(`renders the ${kind} web part with its properties, the theme and the locale`, async () => {
      const { host, ann, setUp } = world();
      await setUp();
      const domElement = await webPart();
      mountWebPart(
        domElement,
        kind,
        { ...properties[kind], onclick: 'alert(1)', title: 'Web part title' },
        host(ann, { theme: purple }),
      );
      const element = only(domElement, kind);
      for (const [name, value] of Object.entries(properties[kind])) {
        expect(element.getAttribute(name), name).to.equal(value === true ? '' : String(value));
      }
      expect(element.hasAttribute('onclick')).to.equal(false);
      expect(element.hasAttribute('title')).to.equal(false);
      expect(element.getAttribute('lang')).to.equal('en-US');
      expect(element.getAttribute('theme')).to.equal('light');
      const style = getComputedStyle(element);
      // themePrimary is 4.36:1 on this soft section: the nearest readable shade instead.
      expect(style.getPropertyValue('--plein-accent')).to.equal('#7a5aa6');
      expect(style.getPropertyValue('--plein-accent-hover')).to.equal('#674c8c');
      expect(style.getPropertyValue('--plein-surface')).to.equal('#f9f8fc');
      expect(style.getPropertyValue('--plein-text-muted')).to.equal('#605e5c');
      expect(style.getPropertyValue('--plein-danger')).to.equal('#a4262c');
      expect(element.store).to.be.an('object');
      // An empty site that is set up: each element's own empty state, read from the emulator (no error).
      await until(() => shown(element).includes(empty[kind]), `the ${kind} element's empty state`);
      expect(element.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      await expect(element).to.be.accessible();
      unmountWebPart(domElement);
    });
  }

  it("shows the seeded poll's question from the emulator, as a member", async () => {
    const { host, owner, ann, setUp, storeAs } = world();
    await setUp();
    const poll = await storeAs(owner).polls.create(
      {
        question: 'Where shall we hold the summer party?',
        options: ['On the roof', 'In the park'],
        kind: 'single',
        anonymous: false,
        resultsVisibility: 'always',
      },
      { idempotencyKey: 'seed-poll' },
    );
    const domElement = await webPart();
    mountWebPart(domElement, 'poll', { 'poll-id': poll.id }, host(ann, { theme: purple }));
    const element = only(domElement, 'poll');
    await oneEvent(element, 'plein-load');
    await (element as PleinPoll).updateComplete;
    expect(shown(element)).to.contain('Where shall we hold the summer party?');
    expect(shown(element)).to.contain('On the roof');
    await expect(element).to.be.accessible();
    unmountWebPart(domElement);
  });

  it("shows a colleague's post in the feed web part", async () => {
    const { host, owner, ann, setUp, storeAs } = world();
    await setUp();
    const olga = storeAs(owner);
    await olga.me(); // signs her in to Plein (her People entry), as her own web part would
    await olga.feed!.post('news', { text: 'The #summer party is on the roof' }, { idempotencyKey: 'seed-post' });
    const domElement = await webPart();
    mountWebPart(domElement, 'feed', { channel: 'news' }, host(ann));
    const element = only(domElement, 'feed');
    await oneEvent(element, 'plein-load');
    await until(() => shown(element).includes('The #summer party is on the roof'), 'the post');
    // The author's name comes from the people directory, a moment after the post.
    await until(() => shown(element).includes('Olga Owner'), "the author's name");
    await expect(element).to.be.accessible();
    unmountWebPart(domElement);
  });

  it('speaks Dutch on a Dutch page', async () => {
    const { host, ann } = world(); // not set up: the element's own error state, in Dutch
    const domElement = await webPart();
    mountWebPart(domElement, 'poll', { 'poll-id': '1' }, host(ann, { locale: 'nl-NL' }));
    const element = only(domElement, 'poll') as PleinPoll;
    expect(element.getAttribute('lang')).to.equal('nl-NL');
    await oneEvent(element, 'plein-error');
    await until(() => shown(element).includes('Probeer het opnieuw'), 'the Dutch error state');
    await expect(element).to.be.accessible();
    unmountWebPart(domElement);
  });

  it('updates the same element when mounted again, and replaces it for another kind', async () => {
    const { host, ann } = world();
    const domElement = await webPart();
    mountWebPart(domElement, 'feed', { channel: 'news', tag: 'summer' }, host(ann, { theme: purple }));
    const first = only(domElement, 'feed');
    const dark = {
      palette: { themePrimary: '#2899f5' },
      semanticColors: { bodyBackground: '#1b1a19', bodyText: '#f3f2f1' },
      isInverted: true,
    };
    mountWebPart(domElement, 'feed', { channel: 'sales', tag: '' }, host(ann, { theme: dark, locale: 'nl-NL' }));
    expect(only(domElement, 'feed')).to.equal(first);
    expect(domElement.children.length).to.equal(1);
    expect(first.getAttribute('channel')).to.equal('sales');
    expect(first.hasAttribute('tag')).to.equal(false);
    expect(first.getAttribute('lang')).to.equal('nl-NL');
    expect(first.getAttribute('theme')).to.equal('dark');
    expect(first.style.getPropertyValue('--plein-accent')).to.equal('#2899f5');
    expect(first.style.getPropertyValue('--plein-surface')).to.equal('#1b1a19');
    // Colours the new theme does not give are gone, not left over from the old one.
    expect(first.style.getPropertyValue('--plein-text-muted')).to.equal('');

    mountWebPart(domElement, 'feed', { channel: 'sales' }, host(ann));
    expect(first.hasAttribute('theme')).to.equal(false);
    expect(first.style.getPropertyValue('--plein-accent')).to.equal('');

    mountWebPart(domElement, 'trending', { limit: 5 }, host(ann));
    expect(domElement.children.length).to.equal(1);
    expect(only(domElement, 'trending').getAttribute('limit')).to.equal('5');
    expect(first.isConnected).to.equal(false);
    unmountWebPart(domElement);
  });

  it('removes everything it rendered on unmount', async () => {
    const { host, owner } = world();
    const domElement = await webPart();
    mountWebPart(domElement, 'kudos', {}, host(owner, { editMode: true }));
    expect(domElement.children.length).to.equal(2);
    unmountWebPart(domElement);
    expect(domElement.children.length).to.equal(0);
    unmountWebPart(domElement); // twice is harmless
    mountWebPart(domElement, 'kudos', {}, host(owner));
    expect(domElement.children.length).to.equal(1);
    unmountWebPart(domElement);
  });

  it('shares one store between the web parts of one site and user', async () => {
    const { host, owner, ann } = world();
    const [a, b, c] = [await webPart(), await webPart(), await webPart()];
    mountWebPart(a, 'poll', {}, host(ann));
    mountWebPart(b, 'feed', {}, host(ann, { siteUrl: `${SITE}/` })); // SharePoint's URL with a slash
    mountWebPart(c, 'poll', {}, host(owner));
    const store = only(a, 'poll').store;
    expect(store).to.be.an('object');
    expect(only(b, 'feed').store).to.equal(store);
    expect(only(c, 'poll').store).not.to.equal(store);
    [a, b, c].forEach(unmountWebPart);
  });
});

describe('the site set-up action', () => {
  const setUpTag = 'plein-site-setup-0-1-0';
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('in view mode, on a site that is not set up, says who can fix it, without a button', async () => {
    const { host, owner, ann } = world();
    for (const [user, text] of [
      [owner, 'Edit this page to set Plein up on this site'],
      [ann, 'Ask a site owner to open this page in edit mode and set up Plein.'],
    ] as const) {
      const domElement = await webPart();
      mountWebPart(domElement, 'poll', { 'poll-id': '1' }, host(user));
      expect(domElement.querySelector(setUpTag)).to.equal(null, 'nothing before the element finds out');
      const element = only(domElement, 'poll');
      const { detail } = await oneEvent(element, 'plein-error');
      expect(detail.error.details.reason).to.equal('site-needs-set-up');
      const card = domElement.querySelector(setUpTag) as HTMLElement & { updateComplete: Promise<boolean> };
      expect(card?.nextElementSibling).to.equal(element);
      await oneEvent(card, 'plein-load');
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('p')!.textContent).to.contain(text);
      expect(card.shadowRoot!.querySelector('button')).to.equal(null);
      await expect(card).to.be.accessible();
      unmountWebPart(domElement);
    }
  });

  it('lets an owner set up a fresh site in edit mode, shows the report, and the element loads', async () => {
    await setViewport({ width: 320, height: 640 });
    const { host, owner } = world();
    const domElement = await webPart();
    mountWebPart(domElement, 'poll', {}, host(owner, { editMode: true, theme: purple }));
    const action = domElement.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    expect(action.localName).to.equal(setUpTag);
    expect(action.nextElementSibling).to.equal(only(domElement, 'poll'));
    expect(action.style.getPropertyValue('--plein-accent')).to.equal('#7a5aa6');
    expect((await oneEvent(action, 'plein-load')).detail).to.include({ state: 'needs-set-up', canSetUp: true });
    await action.updateComplete;
    const button = action.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(button.textContent!.trim()).to.equal('Set up Plein on this site');
    await expect(action).to.be.accessible();

    const before = only(domElement, 'poll');
    const ran = oneEvent(action, 'plein-site-set-up');
    button.click();
    const { detail } = await ran;
    expect(detail.report.done.length).to.be.greaterThan(0);
    await action.updateComplete;
    expect(shown(action)).to.contain(`Plein is set up on this site (version ${detail.report.version}).`);
    for (const entry of detail.report.manual)
      expect(shown(action)).to.contain(entry.split(' ').pop()!.split('.').pop()!);
    expect(action.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Plein is set up on this site');
    // The element starts over on the site that is now ready.
    const after = only(domElement, 'poll');
    expect(after).not.to.equal(before);
    await until(() => answered(after), 'the reloaded element to leave its loading state');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(action).to.be.accessible();
    unmountWebPart(domElement);
  });

  it('tells a member to ask a site owner', async () => {
    const { host, ann } = world();
    const domElement = await webPart();
    mountWebPart(domElement, 'feed', {}, host(ann, { editMode: true, locale: 'nl-NL' }));
    const action = domElement.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    expect((await oneEvent(action, 'plein-load')).detail).to.include({ state: 'needs-set-up', canSetUp: false });
    await action.updateComplete;
    expect(action.shadowRoot!.querySelector('button')).to.equal(null);
    expect(shown(action)).to.contain(
      'Vraag een site-eigenaar deze pagina in de bewerkmodus te openen en Plein in te stellen.',
    );
    await expect(action).to.be.accessible();
    unmountWebPart(domElement);
  });

  it('shows nothing on a site that is ready, and goes away when editing ends', async () => {
    const { host, owner, setUp } = world();
    await setUp();
    const domElement = await webPart();
    mountWebPart(domElement, 'poll', {}, host(owner, { editMode: true }));
    const action = domElement.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    expect(action.localName).to.equal(setUpTag);
    expect((await oneEvent(action, 'plein-load')).detail.state).to.equal('ready');
    await action.updateComplete;
    expect(action.shadowRoot!.querySelector('section')).to.equal(null);
    await expect(action).to.be.accessible();
    mountWebPart(domElement, 'poll', {}, host(owner, { editMode: false }));
    expect(domElement.querySelector(setUpTag)).to.equal(null);
    expect(domElement.children.length).to.equal(1);
    unmountWebPart(domElement);
  });
});
