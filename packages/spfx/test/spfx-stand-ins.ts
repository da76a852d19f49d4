/**
 * Just enough of the SharePoint Framework to run the built web part bundle in a test page: a tiny
 * AMD loader (SPFx bundles are `define([...deps], factory)` scripts) and stand-ins for the SPFx
 * modules the bundle asks for. The web part base class is an ES5 constructor function, like
 * SPFx's own: the web parts are compiled to ES5, and ES5 subclasses call their base with
 * `apply`, which a native `class` refuses.
 */
/** SPFx's `DisplayMode` enum (`@microsoft/sp-core-library`). */
export const DisplayMode = { Read: 1, Edit: 2 } as const;
export type DisplayMode = (typeof DisplayMode)[keyof typeof DisplayMode];

type Factory = (...deps: unknown[]) => unknown;

/**
 * Runs the AMD script at `url` (a real `<script src>`, so webpack finds its chunks next to it)
 * and returns what its factory returns, with each dependency taken from `modules`.
 */
export async function requireAmd(url: string, modules: Record<string, unknown>): Promise<unknown> {
  let defined: { deps: string[]; factory: Factory } | undefined;
  const define = (deps: string[], factory: Factory) => void (defined = { deps, factory });
  define.amd = {};
  Object.assign(window, { define });
  try {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${url}`));
      document.head.append(script);
    });
  } finally {
    delete (window as { define?: unknown }).define;
  }
  if (!defined) throw new Error(`${url} defined no AMD module`);
  const deps = defined.deps.map((name) => {
    if (!(name in modules)) throw new Error(`${url} asks for ${name}, which has no stand-in`);
    return modules[name];
  });
  return defined.factory(...deps);
}

/** A stand-in ThemeProvider: the section's current theme and its change event. */
export class StandInThemeProvider {
  static readonly serviceKey = { id: 'ThemeProvider' };
  private theme: unknown;
  private readonly observers: { observer: unknown; handler: (args: { theme: unknown }) => void }[] = [];

  constructor(theme?: unknown) {
    this.theme = theme;
  }
  tryGetTheme() {
    return this.theme;
  }
  readonly themeChangedEvent = {
    add: (observer: unknown, handler: (args: { theme: unknown }) => void) => this.observers.push({ observer, handler }),
    remove: (observer: unknown, handler: unknown) => {
      const at = this.observers.findIndex((o) => o.observer === observer && o.handler === handler);
      if (at >= 0) this.observers.splice(at, 1);
    },
  };
  /** What SharePoint does when an editor changes the site theme or a section background. */
  change(theme: unknown) {
    this.theme = theme;
    for (const { observer, handler } of [...this.observers]) handler.call(observer, { theme });
  }
  get listeners() {
    return this.observers.length;
  }
}

/** A property pane field as SPFx describes it: which property it edits, and how. */
export interface PaneField {
  type: string;
  targetProperty: string;
  properties: Record<string, unknown>;
}
const field =
  (type: string) =>
  (targetProperty: string, properties: Record<string, unknown>): PaneField => ({ type, targetProperty, properties });

/** What a web part instance looks like to the test (the members SPFx itself calls or sets). */
export interface WebPartInstance {
  context: unknown;
  domElement: HTMLElement;
  properties: Record<string, unknown>;
  displayMode: DisplayMode;
  onInit(): Promise<void>;
  render(): void;
  onDispose(): void;
  getPropertyPaneConfiguration(): { pages: { groups: { groupFields: PaneField[] }[] }[] };
}

/** The stand-in BaseClientSideWebPart: SPFx sets these four members before `onInit`. */
function BaseClientSideWebPart(this: WebPartInstance) {
  this.properties = {};
  this.displayMode = DisplayMode.Read;
}
BaseClientSideWebPart.prototype.onInit = () => Promise.resolve();
BaseClientSideWebPart.prototype.onDispose = () => undefined;
BaseClientSideWebPart.prototype.render = () => undefined;

/** The stand-in modules, by the names the bundle's `define` asks for. */
export function spfxModules(strings: unknown): Record<string, unknown> {
  return {
    '@microsoft/sp-core-library': {
      DisplayMode,
      Version: { parse: (version: string) => ({ version }) },
    },
    '@microsoft/sp-component-base': { ThemeProvider: StandInThemeProvider },
    '@microsoft/sp-http': { SPHttpClient: { configurations: { v1: { flags: 'v1' } } } },
    '@microsoft/sp-webpart-base': { BaseClientSideWebPart },
    '@microsoft/sp-property-pane': {
      PropertyPaneTextField: field('TextField'),
      PropertyPaneChoiceGroup: field('ChoiceGroup'),
      PropertyPaneDropdown: field('Dropdown'),
      PropertyPaneToggle: field('Toggle'),
      PropertyPaneSlider: field('Slider'),
    },
    PleinWebPartStrings: strings,
  };
}
