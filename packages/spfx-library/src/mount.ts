/**
 * What a web part renders into its `domElement`: its element (under the versioned tag) and, in
 * edit mode, the site set-up action above it. Idempotent: SPFx calls `render()` on every
 * property and theme change, and the same element is updated in place.
 */
import { isPleinError, type PleinStore } from '@plein/core';
import { defineElement } from '@plein/ui';
import type { PleinSiteSetUp } from './site-setup.element.js';
import { applyAttributes } from './attributes.js';
import type { PleinWebPartKind, SpfxHost } from './public-api.js';
import { registerKind } from './register.js';
import { setUpFor, storeFor } from './store.js';
import { applyTheme } from './theme.js';
import { tagSuffix } from './version.js';

type StoreElement = HTMLElement & { store?: PleinStore };

interface Mounted {
  kind: PleinWebPartKind;
  element: StoreElement;
  setUp?: PleinSiteSetUp;
  properties: Record<string, unknown>;
  host: SpfxHost;
  /** The element reported that the site is not set up for Plein. */
  notSetUp?: boolean;
}

const mounted = new WeakMap<HTMLElement, Mounted>();

export function mountWebPart(
  domElement: HTMLElement,
  kind: PleinWebPartKind,
  properties: Record<string, unknown>,
  host: SpfxHost,
): void {
  let current = mounted.get(domElement);
  if (current && (current.kind !== kind || current.element.parentNode !== domElement)) {
    unmountWebPart(domElement);
    current = undefined;
  }
  if (!current) {
    current = { kind, element: create(kind), properties, host };
    mounted.set(domElement, current);
    domElement.append(current.element);
    watchSetUp(domElement, current);
  }
  current.properties = properties;
  current.host = host;
  dress(current.element, current);
  current.element.store = storeFor(host, kind);

  if (host.editMode) showSetUp(domElement, current, false);
  else if (current.notSetUp) showSetUp(domElement, current, true);
  else {
    current.setUp?.remove();
    current.setUp = undefined;
  }
}

/**
 * The set-up card above the element: always while editing; while viewing, only once the
 * element found the site not set up (then it says who can fix it, instead of a bare error).
 */
function showSetUp(domElement: HTMLElement, current: Mounted, view: boolean): void {
  if (!current.setUp) {
    defineSetUp();
    current.setUp = document.createElement(`plein-site-setup-${tagSuffix}`) as PleinSiteSetUp;
    current.setUp.addEventListener('plein-site-set-up', () => reload(domElement));
  }
  if (current.setUp.parentNode !== domElement || current.setUp.nextSibling !== current.element)
    domElement.insertBefore(current.setUp, current.element);
  dress(current.setUp, current, false);
  current.setUp.view = view;
  current.setUp.setUp = setUpFor(current.host);
}

/** Watches the element for the store's "this site is not set up" and shows the card then. */
function watchSetUp(domElement: HTMLElement, current: Mounted): void {
  current.element.addEventListener('plein-error', (event) => {
    const error = (event as CustomEvent<{ error?: unknown }>).detail?.error;
    if (!isPleinError(error) || error.details?.reason !== 'site-needs-set-up' || current.notSetUp) return;
    current.notSetUp = true;
    if (mounted.get(domElement) === current && !current.host.editMode) showSetUp(domElement, current, true);
  });
}

export function unmountWebPart(domElement: HTMLElement): void {
  const current = mounted.get(domElement);
  if (!current) return;
  current.element.remove();
  current.setUp?.remove();
  mounted.delete(domElement);
}

function create(kind: PleinWebPartKind): StoreElement {
  return document.createElement(registerKind(kind));
}

/** The host's language and theme, and (for the element) its properties. */
function dress(element: HTMLElement, { kind, properties, host }: Mounted, withProperties = true): void {
  if (host.locale) element.setAttribute('lang', host.locale);
  else element.removeAttribute('lang');
  applyTheme(element, host.theme);
  if (withProperties) applyAttributes(element, kind, properties);
}

let setUpDefined: Promise<void> | undefined;

/** The set-up action is for editors only: its code loads the first time a page is edited. */
function defineSetUp(): void {
  setUpDefined ??= import('./site-setup.element.js').then(
    ({ PleinSiteSetUp }) => void defineElement('plein-site-setup', PleinSiteSetUp, { suffix: tagSuffix }),
    (error: unknown) => {
      setUpDefined = undefined;
      console.error('Plein: the code of the site set-up action could not be loaded.', error);
    },
  );
}

/** After set-up, a fresh element loads from the now ready site (the old one shows its error state). */
function reload(domElement: HTMLElement): void {
  const current = mounted.get(domElement);
  if (!current) return;
  const fresh = create(current.kind);
  current.element.replaceWith(fresh);
  current.element = fresh;
  current.notSetUp = false;
  watchSetUp(domElement, current);
  dress(fresh, current);
  fresh.store = storeFor(current.host, current.kind);
}
