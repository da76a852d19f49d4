/**
 * The public API of `@plein/spfx-library`, self-contained (it imports nothing), so the SPFx
 * solution's TypeScript (`moduleResolution: node`) reads it as `dist/index.d.ts`. The sources
 * type-check against it: `src/index.ts` implements exactly these declarations.
 */

/** The web parts, one per element. */
export type PleinWebPartKind = 'feed' | 'poll' | 'kudos' | 'onboarding' | 'insights' | 'trending';

/** The part of `@microsoft/sp-http`'s SPHttpClient the library uses. */
export interface SPHttpClientLike {
  get(url: string, configuration: unknown, options?: RequestInit): Promise<Response>;
  post(url: string, configuration: unknown, options?: RequestInit): Promise<Response>;
}

/** What a web part passes from its context (`this.context`, `this.displayMode`, its theme). */
export interface SpfxHost {
  /** `context.pageContext.web.absoluteUrl`. */
  siteUrl: string;
  /** `context.pageContext.user.loginName`. */
  loginName: string;
  /** `context.pageContext.cultureInfo.currentUICultureName`, e.g. `nl-NL`. */
  locale: string;
  /** `context.spHttpClient`. */
  spHttpClient: SPHttpClientLike;
  /** `SPHttpClient.configurations` (its `v1` is passed through untouched). */
  configurations: { v1: unknown };
  /** The section's theme (`IReadonlyTheme` from ThemeProvider), when there is one. */
  theme?: {
    palette?: Record<string, string>;
    semanticColors?: Record<string, string>;
    isInverted?: boolean;
  };
  /** `this.displayMode === DisplayMode.Edit`: shows the site set-up action when a site needs it. */
  editMode: boolean;
  host: 'SharePoint' | 'Teams';
}

/**
 * Renders one element into `domElement` (idempotent: call again on every property change and
 * theme change; the same element is updated). `properties` are named as the element's
 * attributes (`poll-id`, `page-size`, `mode`…); empty values remove the attribute.
 */
export declare function mountWebPart(
  domElement: HTMLElement,
  kind: PleinWebPartKind,
  properties: Record<string, unknown>,
  host: SpfxHost,
): void;

/** Removes what `mountWebPart` rendered into `domElement` (the web part's `onDispose`). */
export declare function unmountWebPart(domElement: HTMLElement): void;

/** The versioned tag of an element, e.g. `plein-feed-0-1-0`. */
export declare function versionedTag(kind: PleinWebPartKind): string;

/** The library's version, e.g. `0.1.0`. */
export declare const version: string;
