/**
 * The built web parts, loaded as SharePoint loads them. NEEDS dist/plein.sppkg: run
 * `node scripts/build-sppkg.mjs` first (CI does, before the browser tests). The web test runner
 * serves the package's files at /__sppkg/ (scripts/sppkg.mjs), so this runs the shipped bundle
 * and chunks, with stand-in SPFx modules (./spfx-stand-ins.ts) and a stand-in SPHttpClient that
 * sends SPHttpClient's real default headers to the SharePoint emulator, in the page, no server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { systemClock } from '@plein/core';
import { createEmulator, type Fetch, type User } from '@plein/sharepoint-emulator';
import { createSharePointStore, FetchHttp, siteSetUp } from '@plein/store-sharepoint';
// The store's own stand-in for SPHttpClient (its real defaults, a digest it fetches for writes).
import { SITE, standInSpHttpClient } from '../../store-sharepoint/src/sp.fixtures.js';
import { DisplayMode, requireAmd, spfxModules, StandInThemeProvider, type WebPartInstance } from './spfx-stand-ins.js';

const ASSETS = '/__sppkg/ClientSideAssets/';

interface Manifest {
  id: string;
  alias: string;
  loaderConfig: {
    entryModuleId: string;
    exportName: string;
    scriptResources: Record<string, { path?: string; paths?: Record<string, string> }>;
  };
  preconfiguredEntries: { properties: Record<string, unknown> }[];
}

/** Each web part's element (plain tag; the library registers it with a version suffix). */
const ELEMENTS: Record<string, string> = {
  FeedWebPart: 'plein-feed',
  PollWebPart: 'plein-poll',
  KudosWebPart: 'plein-kudos-wall',
  OnboardingWebPart: 'plein-onboarding',
  InsightsWebPart: 'plein-insights',
  TrendingWebPart: 'plein-trending',
};

/** What an editor might set in each property pane, named as the element's attributes. */
const EDITED: Record<string, Record<string, string | number | boolean>> = {
  FeedWebPart: { channel: 'launch', tag: 'summer', mode: 'moderation' },
  PollWebPart: { 'poll-id': 'p-42', mode: 'presenter' },
  KudosWebPart: { mode: 'screen', value: 'courage', leaderboard: true },
  OnboardingWebPart: { campaign: 'spring', mode: 'manage' },
  InsightsWebPart: { period: 'quarter' },
  TrendingWebPart: { channel: 'general', period: 'month', limit: 7 },
};

const sp = createEmulator({ clock: systemClock });
const site = sp.addSite(SITE);
const owner = site.addUser({ title: 'Olga Owner', groups: [site.owners] });
const ann = site.addUser({ title: 'Ann Member', groups: [site.members] });
/** The headers of every request the web parts sent. */
const sent: Headers[] = [];
const recorded =
  (user: User): Fetch =>
  (input, init) => {
    sent.push(new Headers(init?.headers));
    return sp.fetchAs(user.id)(input, init);
  };

let manifests: Manifest[];
/** The bundle's exports: each web part's module under its manifest's `exportName`. */
let bundle: Record<string, { default: new () => WebPartInstance }>;
let suffix: string;
const mounted: WebPartInstance[] = [];

before(async () => {
  const answer = await fetch('/__sppkg/manifests.json');
  if (!answer.ok) throw new Error(await answer.text());
  manifests = await answer.json();
  const { loaderConfig } = manifests[0];
  const strings = await requireAmd(ASSETS + loaderConfig.scriptResources.PleinWebPartStrings.paths!['en-US'], {});
  const entry = loaderConfig.scriptResources[loaderConfig.entryModuleId].path!;
  bundle = (await requireAmd(ASSETS + entry, spfxModules(strings))) as typeof bundle;
  const library = await (await fetch('/packages/spfx-library/package.json')).json();
  suffix = library.version.replace(/\./g, '-');
});

afterEach(() => {
  for (const part of mounted.splice(0)) {
    part.onDispose();
    part.domElement.remove();
  }
});

interface MountOptions {
  properties?: Record<string, unknown>;
  user?: User;
  displayMode?: DisplayMode;
  locale?: string;
  theme?: unknown;
}

/** Does what SharePoint does with a web part on a page: construct, set up, onInit, render. */
async function mount(alias: string, options: MountOptions = {}) {
  const manifest = manifests.find((m) => m.alias === alias)!;
  const part = new bundle[manifest.loaderConfig.exportName].default();
  const themes = new StandInThemeProvider(options.theme);
  const user = options.user ?? ann;
  part.context = {
    pageContext: {
      web: { absoluteUrl: SITE },
      user: { loginName: user.loginName },
      cultureInfo: { currentUICultureName: options.locale ?? 'en-US' },
    },
    spHttpClient: standInSpHttpClient(recorded(user)),
    serviceScope: {
      consume: (key: unknown) => {
        if (key !== StandInThemeProvider.serviceKey) throw new Error('unknown service');
        return themes;
      },
    },
    sdks: {},
  };
  part.domElement = document.createElement('div');
  document.body.append(part.domElement);
  part.properties = { ...manifest.preconfiguredEntries[0].properties, ...options.properties };
  part.displayMode = options.displayMode ?? DisplayMode.Read;
  mounted.push(part);
  await part.onInit();
  part.render();
  const tag = `${ELEMENTS[alias]}-${suffix}`;
  const element = part.domElement.querySelector(tag) as (HTMLElement & { store?: { capabilities: unknown } }) | null;
  // The library loads each element's class on first use (a chunk next to the bundle).
  await customElements.whenDefined(tag);
  return { part, themes, element, tag };
}

describe('the SharePoint web parts (built bundle from dist/plein.sppkg)', () => {
  it('has one web part per element in the package', () => {
    expect(manifests.map((m) => m.alias).sort()).to.deep.equal(Object.keys(ELEMENTS).sort());
    for (const manifest of manifests) expect(bundle[manifest.loaderConfig.exportName].default).to.be.a('function');
  });

  for (const alias of Object.keys(ELEMENTS)) {
    it(`${alias} renders its versioned element with the editor's properties as attributes`, async () => {
      const { element, tag } = await mount(alias, { properties: EDITED[alias] });
      expect(element, tag).to.exist;
      expect(element instanceof customElements.get(tag)!, `${tag} is upgraded`).to.be.true;
      for (const [name, value] of Object.entries(EDITED[alias])) {
        if (value === true) expect(element!.hasAttribute(name), name).to.be.true;
        else expect(element!.getAttribute(name), name).to.equal(String(value));
      }
      expect(element!.getAttribute('lang')).to.equal('en-US');
      expect(element!.store?.capabilities, 'a SharePoint store').to.exist;
    });

    it(`${alias}: every property pane field edits an attribute of its element`, async () => {
      const { part, tag } = await mount(alias);
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const fields = part
        .getPropertyPaneConfiguration()
        .pages.flatMap((page) => page.groups.flatMap((g) => g.groupFields));
      expect(fields.length).to.be.greaterThan(0);
      for (const field of fields) {
        expect(observed, `${alias} edits ${field.targetProperty}`).to.include(field.targetProperty);
        expect(field.properties.label, `${field.targetProperty} has a label`).to.be.a('string').and.not.empty;
      }
    });
  }

  it("the poll web part shows a poll from the site's lists, over SPHttpClient's OData 4.0", async () => {
    const http = new FetchHttp(SITE, sp.fetchAs(owner.id), systemClock);
    await siteSetUp({ http }).run();
    const question = 'Where shall we hold the summer party?';
    const poll = await createSharePointStore({ http }).polls.create(
      {
        question,
        options: ['On the beach', 'In the forest'],
        kind: 'single',
        anonymous: false,
        resultsVisibility: 'always',
      },
      { idempotencyKey: 'web-part-test-poll' },
    );
    sent.length = 0;
    const { element } = await mount('PollWebPart', { properties: { 'poll-id': poll.id } });
    await waitUntil(() => element!.shadowRoot?.textContent?.includes(question), 'the poll question never appeared', {
      timeout: 10000,
    });
    expect(sent.length).to.be.greaterThan(0);
    for (const headers of sent) {
      expect(headers.get('Accept')).to.equal('application/json;odata.metadata=minimal');
      expect(headers.get('OData-Version')).to.equal('4.0');
    }
  });

  it("takes the page's language and follows the section's theme as it changes", async () => {
    const { element, themes } = await mount('TrendingWebPart', { locale: 'nl-NL' });
    expect(element!.getAttribute('lang')).to.equal('nl-NL');
    expect(element!.hasAttribute('theme')).to.be.false;
    themes.change({
      isInverted: true,
      palette: { themePrimary: '#4f6bed' },
      semanticColors: { bodyBackground: '#1b1a19' },
    });
    expect(element!.isConnected, 'the same element is updated').to.be.true;
    expect(element!.getAttribute('theme')).to.equal('dark');
    expect(element!.style.getPropertyValue('--plein-accent')).to.equal('#4f6bed');
    expect(element!.style.getPropertyValue('--plein-surface')).to.equal('#1b1a19');
  });

  it('offers the site set-up above the element in edit mode only', async () => {
    const editing = await mount('FeedWebPart', { user: owner, displayMode: DisplayMode.Edit });
    expect(editing.element!.previousElementSibling?.localName).to.equal(`plein-site-setup-${suffix}`);
    const reading = await mount('FeedWebPart', { user: owner });
    expect(reading.part.domElement.querySelector(`plein-site-setup-${suffix}`)).to.be.null;
  });

  it('removes its element and stops following the theme when disposed', async () => {
    const { part, themes } = await mount('KudosWebPart');
    expect(themes.listeners).to.equal(1);
    part.onDispose();
    expect(part.domElement.children.length).to.equal(0);
    expect(themes.listeners).to.equal(0);
  });
});
