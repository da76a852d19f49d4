import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ManualClock, newIdempotencyKey, type PleinStore } from '@plein/core';
import { createFaults, withFaults, type FaultInjector } from '@plein/core/testing';
import { MemoryDb } from '@plein/store-memory';
import { createDemoDb, demoSeed, DEMO_PEOPLE, DEMO_PERSONAS } from '@plein/store-memory/demo.js';
import type { KudosMode } from '@plein/kudos';
import '@plein/kudos/kudos-wall.js';

/**
 * `<plein-kudos-wall>` in every state, on the wall and on the office screen. Each story gets its
 * own memory db with the demo data ("Noordlicht": six values and about 25 kudos over five weeks)
 * and a clock that stands still, so every render is the same.
 */

const START = Date.UTC(2026, 0, 12, 9, 0, 0);
const GIVE_URL = 'https://intranet.example/complimenten#plein-kudos=give';

interface KudosArgs {
  mode: KudosMode;
  recipient?: string;
  value?: string;
  department?: string;
  pageSize?: number;
  leaderboard: boolean;
  giveUrl?: string;
  lang: 'en' | 'nl';
  theme: '' | 'light' | 'dark';
}

interface Loaded {
  store: PleinStore;
  clock: ManualClock;
  db: MemoryDb;
  faults: FaultInjector;
}

interface WorldOptions {
  /** Who the element acts as. */
  as: string;
  /** `demo` (default): the demo company with its kudos; `values`: the demo people and values, no kudos. */
  data?: 'demo' | 'values';
  /** Writes to make before the story renders (settings, kudos of one's own). */
  prepare?: (db: MemoryDb) => Promise<unknown>;
  /** Puts the store behind faults: `fail` rejects every call, `stall` never answers. */
  fault?: 'fail' | 'stall';
}

/** A loader that makes a fresh world for one story. */
function world({ as, data = 'demo', prepare, fault }: WorldOptions) {
  return async (): Promise<Loaded> => {
    // The give form keeps a draft per person in localStorage: every story starts without one.
    for (const key of Object.keys(localStorage)) if (key.startsWith('plein-kudos-draft:')) localStorage.removeItem(key);
    const clock = new ManualClock(START);
    const db = data === 'demo' ? createDemoDb({ clock }) : new MemoryDb({ clock });
    if (data === 'values') db.seed({ people: DEMO_PEOPLE, kudosValues: demoSeed(START).kudosValues });
    await prepare?.(db);
    const faults = createFaults();
    if (fault === 'fail') faults.failNext('unavailable', { count: Number.MAX_SAFE_INTEGER });
    else if (fault === 'stall') faults.stall();
    return { store: withFaults(db.storeFor(as), faults.gate), clock, db, faults };
  };
}

const key = () => ({ idempotencyKey: newIdempotencyKey() });

/** The communications team turns the people leaderboard on (it is off by default). */
const peopleBoardOn = (db: MemoryDb) =>
  db.storeFor(DEMO_PERSONAS.communications).kudos!.configure({ peopleLeaderboard: true }, key());

/** The permalink `#plein-kudos=TARGET` on the story's page while it shows. */
const linkTo = (target: string) => () => {
  const { pathname, search } = window.location;
  history.replaceState(history.state, '', `${pathname}${search}#plein-kudos=${encodeURIComponent(target)}`);
  return () => history.replaceState(history.state, '', `${pathname}${search}`);
};

type Play = NonNullable<StoryObj<KudosArgs>['play']>;

/** Waits until `find` sees something in the wall's shadow root (the story's clock stands still, so frames do). */
async function waitFor<T>(el: HTMLElement, find: (root: ShadowRoot) => T | null | undefined): Promise<T> {
  for (let frame = 0; frame < 300; frame++) {
    const found = el.shadowRoot && find(el.shadowRoot);
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('The kudos wall did not show what the story waits for.');
}

const wallOf = (canvas: HTMLElement): HTMLElement => canvas.querySelector('plein-kudos-wall')!;

/** Opens the give form with its button; returns the form. */
async function openGiveForm(el: HTMLElement): Promise<HTMLFormElement> {
  const give = await waitFor(el, (root) => root.querySelector<HTMLButtonElement>('.give-button'));
  give.click();
  return waitFor(el, (root) => root.querySelector<HTMLFormElement>('form.give'));
}

const openGive: Play = async ({ canvasElement }) => {
  await openGiveForm(wallOf(canvasElement));
};

/** Opens the give form and sends it empty: every field says what it needs. */
const sendEmpty: Play = async ({ canvasElement }) => {
  const el = wallOf(canvasElement);
  const form = await openGiveForm(el);
  form.querySelector<HTMLButtonElement>('button.send')!.click();
  await waitFor(el, (root) => root.querySelector('#give-message-error'));
};

/** Opens the values editor with "Manage values". */
const openEditor: Play = async ({ canvasElement }) => {
  const el = wallOf(canvasElement);
  const manage = await waitFor(el, (root) => root.querySelector<HTMLButtonElement>('.manage-button'));
  manage.click();
  await waitFor(el, (root) => root.querySelector('.editor-section'));
};

/**
 * The screen shows its first card, then the network drops: a colleague gives kudos elsewhere,
 * the screen's read fails, and it keeps its card while it says it is reconnecting.
 */
const dropConnection: Play = async ({ canvasElement, loaded }) => {
  const { db, faults } = loaded as Loaded;
  const el = wallOf(canvasElement);
  await waitFor(el, (root) => root.querySelector('.screen-card:not(.loading)'));
  faults.failNext('unavailable', { count: Number.MAX_SAFE_INTEGER });
  await db
    .storeFor('p-daan')
    .kudos!.give({ toIds: ['p-eva'], valueId: 'value-joy', message: 'Dank voor de taart! 🎂' }, key());
  await waitFor(el, (root) => root.querySelector('.connection-dot'));
};

const meta: Meta<KudosArgs> = {
  title: 'Elements/plein-kudos-wall',
  component: 'plein-kudos-wall',
  args: { mode: 'wall', leaderboard: false, lang: 'en', theme: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['wall', 'screen'] },
    recipient: { control: 'text' },
    value: { control: 'text' },
    department: { control: 'text' },
    pageSize: { control: 'number' },
    leaderboard: { control: 'boolean' },
    giveUrl: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  parameters: {
    // Office screens: a TV in the canteen, and a smaller one.
    viewport: {
      options: {
        tv: { name: 'TV (1920 × 1080)', styles: { width: '1920px', height: '1080px' }, type: 'desktop' },
        smallTv: { name: 'Small screen (1280 × 720)', styles: { width: '1280px', height: '720px' }, type: 'desktop' },
      },
    },
  },
  loaders: [world({ as: DEMO_PERSONAS.member })],
  render: (args, { loaded }) => {
    const { store, clock } = loaded as Loaded;
    const dark = args.theme === 'dark';
    // A wall fills a page's main column; the screen fills the whole TV.
    return html`<div
      style=${styleMap({
        padding: dark && args.mode === 'wall' ? '1em' : undefined,
        background: dark ? '#141414' : undefined,
      })}
    >
      <plein-kudos-wall
        .store=${store}
        .clock=${clock}
        mode=${args.mode}
        recipient=${ifDefined(args.recipient || undefined)}
        value=${ifDefined(args.value || undefined)}
        department=${ifDefined(args.department || undefined)}
        page-size=${ifDefined(args.pageSize || undefined)}
        ?leaderboard=${args.leaderboard}
        give-url=${ifDefined(args.giveUrl || undefined)}
        lang=${args.lang}
        theme=${ifDefined(args.theme || undefined)}
      ></plein-kudos-wall>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<KudosArgs>;
const phone = { viewport: { value: 'phone', isRotated: false } };
const desktop = { viewport: { value: 'desktop', isRotated: false } };
const tv = { viewport: { value: 'tv', isRotated: false } };
const smallTv = { viewport: { value: 'smallTv', isRotated: false } };
const screen = { mode: 'screen', giveUrl: GIVE_URL } as const;
const fullscreen = { layout: 'fullscreen' };

// ---------------------------------------------------------------------------- the wall

/** The wall as a member: newest first, each card with its value, message, reactions and permalink. */
export const Wall: Story = { name: 'Wall, as a member', globals: desktop };

/** In Dutch (`lang="nl"`): every string, value name, number and relative time follows the element's language. */
export const WallDutch: Story = { name: 'Wall, Dutch', args: { lang: 'nl' }, globals: desktop };

/** On a 360 px wide phone: one column, the filters folded behind a button. */
export const WallOnAPhone: Story = { name: 'Wall, on a phone', globals: phone };

/** Dutch on a phone. */
export const WallDutchOnAPhone: Story = { name: 'Wall, Dutch, on a phone', args: { lang: 'nl' }, globals: phone };

/** `theme="dark"`. */
export const Dark: Story = { name: 'Wall, dark', args: { theme: 'dark' }, globals: desktop };

/** Dark, in Dutch, on a phone. */
export const DarkOnAPhone: Story = {
  name: 'Wall, dark, Dutch, on a phone',
  args: { theme: 'dark', lang: 'nl' },
  globals: phone,
};

/** `value="value-courage"`: only the kudos for one value; the other filters stay. */
export const ByValue: Story = { name: 'Filtered by value', args: { value: 'value-courage' }, globals: desktop };

/** Filtered by value, in Dutch, on a phone. */
export const ByValueDutch: Story = {
  name: 'Filtered by value, Dutch, on a phone',
  args: { value: 'value-courage', lang: 'nl' },
  globals: phone,
};

/** `department="IT"`: kudos received by people of one department. */
export const ByDepartment: Story = { name: 'Filtered by department (IT)', args: { department: 'IT' } };

/** `recipient="p-daan"`: a person's own page, with what they received (and a switch to what they gave). */
export const PersonPage: Story = { name: "A person's page", args: { recipient: 'p-daan' }, globals: desktop };

/** A person's page in Dutch on a phone. */
export const PersonPageDutch: Story = {
  name: "A person's page, Dutch, on a phone",
  args: { recipient: 'p-daan', lang: 'nl' },
  globals: phone,
};

/** `recipient="me"`: the signed-in person's own kudos. */
export const MyPage: Story = { name: 'My own page (recipient="me")', args: { recipient: 'me', lang: 'nl' } };

/** `#plein-kudos=ID`: a permalink opens and highlights one kudos. */
export const Linked: Story = {
  name: 'Kudos opened by its link',
  beforeEach: linkTo('demo-kudos-renewal'),
};

// ---------------------------------------------------------------------------- giving

/** The give form: colleagues from a people picker, one of the values, and a message with @-mentions and #hashtags. */
export const GiveForm: Story = { name: 'Give form', play: openGive, globals: desktop };

/** The give form in Dutch. */
export const GiveFormDutch: Story = {
  name: 'Give form, Dutch',
  args: { lang: 'nl' },
  play: openGive,
  globals: desktop,
};

/** The give form on a phone. */
export const GiveFormOnAPhone: Story = {
  name: 'Give form, Dutch, on a phone',
  args: { lang: 'nl' },
  play: openGive,
  globals: phone,
};

/** The give form in dark, on a phone. */
export const GiveFormDark: Story = {
  name: 'Give form, dark, on a phone',
  args: { theme: 'dark' },
  play: openGive,
  globals: phone,
};

/** Sent empty: each field says what it needs, and focus goes to the first one. */
export const GiveFormErrors: Story = { name: 'Give form with errors', play: sendEmpty, globals: desktop };

/** The errors in Dutch. */
export const GiveFormErrorsDutch: Story = {
  name: 'Give form with errors, Dutch',
  args: { lang: 'nl' },
  play: sendEmpty,
  globals: desktop,
};

/** `#plein-kudos=give` (the screen's QR code leads here): the wall opens with the form. */
export const GiveByLink: Story = {
  name: 'Give form opened by its link, on a phone',
  args: { lang: 'nl' },
  beforeEach: linkTo('give'),
  globals: phone,
};

// ---------------------------------------------------------------------------- leaderboard and values

/** `leaderboard`: the most-recognised values of the month beside the wall (the people board is off by default). */
export const Leaderboard: Story = { name: 'Leaderboard (values)', args: { leaderboard: true }, globals: desktop };

/** The values leaderboard in Dutch. */
export const LeaderboardDutch: Story = {
  name: 'Leaderboard (values), Dutch',
  args: { leaderboard: true, lang: 'nl' },
  globals: desktop,
};

/** With the people leaderboard turned on in the settings by the communications team. */
export const LeaderboardWithPeople: Story = {
  name: 'Leaderboard with people (turned on)',
  args: { leaderboard: true },
  loaders: [world({ as: DEMO_PERSONAS.member, prepare: peopleBoardOn })],
  globals: desktop,
};

/** Both leaderboards in Dutch, on a phone: under the wall. */
export const LeaderboardWithPeopleOnAPhone: Story = {
  name: 'Leaderboard with people, Dutch, on a phone',
  args: { leaderboard: true, lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.member, prepare: peopleBoardOn })],
  globals: phone,
};

/** As the communications team: "Manage values" opens the values editor and the wall's settings. */
export const ValuesEditor: Story = {
  name: 'Values editor, as communications',
  loaders: [world({ as: DEMO_PERSONAS.communications })],
  play: openEditor,
  globals: desktop,
};

/** The values editor in Dutch. */
export const ValuesEditorDutch: Story = {
  name: 'Values editor, Dutch',
  args: { lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.communications })],
  play: openEditor,
  globals: desktop,
};

/** The values editor in Dutch on a phone. */
export const ValuesEditorOnAPhone: Story = {
  name: 'Values editor, Dutch, on a phone',
  args: { lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.communications })],
  play: openEditor,
  globals: phone,
};

// ---------------------------------------------------------------------------- states

/** No kudos yet: an invitation to give the first. */
export const Empty: Story = { name: 'Empty', loaders: [world({ as: DEMO_PERSONAS.member, data: 'values' })] };

/** Empty, in Dutch. */
export const EmptyDutch: Story = {
  name: 'Empty, Dutch',
  args: { lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.member, data: 'values' })],
};

/** The store never answers: the loading skeleton stays. */
export const LoadingState: Story = { name: 'Loading', loaders: [world({ as: DEMO_PERSONAS.member, fault: 'stall' })] };

/** Every store call rejects (`unavailable`): a localized message and a retry button. */
export const ErrorState: Story = { name: 'Error', loaders: [world({ as: DEMO_PERSONAS.member, fault: 'fail' })] };

/** The error in Dutch. */
export const ErrorDutch: Story = {
  name: 'Error, Dutch',
  args: { lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.member, fault: 'fail' })],
};

/** Script and HTML in a message are shown as the text they are, never run. */
export const ScriptShownAsText: Story = {
  name: 'Script and HTML shown as text',
  loaders: [
    world({
      as: DEMO_PERSONAS.member,
      prepare: (db) =>
        db.storeFor('p-finn').kudos!.give(
          {
            toIds: ['p-bram'],
            valueId: 'value-joy',
            message: '<script>alert(1)</script> <img src=x onerror=alert(1)>',
          },
          key(),
        ),
    }),
  ],
};

// ---------------------------------------------------------------------------- the office screen

/** `mode="screen"` on a 1920 × 1080 TV: one large card at a time, rotating, and a QR code to give kudos. */
export const Screen: Story = { name: 'Screen, 1920 × 1080', args: screen, parameters: fullscreen, globals: tv };

/** The screen in Dutch. */
export const ScreenDutch: Story = {
  name: 'Screen, Dutch, 1920 × 1080',
  args: { ...screen, lang: 'nl' },
  parameters: fullscreen,
  globals: tv,
};

/** A smaller screen: the same layout, scaled to its width. */
export const ScreenSmall: Story = {
  name: 'Screen, Dutch, 1280 × 720',
  args: { ...screen, lang: 'nl' },
  parameters: fullscreen,
  globals: smallTv,
};

/** `theme="dark"` on the screen. */
export const ScreenDark: Story = {
  name: 'Screen, dark, 1920 × 1080',
  args: { ...screen, theme: 'dark' },
  parameters: fullscreen,
  globals: tv,
};

/** No kudos yet: the screen invites people to scan the code. */
export const ScreenEmpty: Story = {
  name: 'Screen, empty',
  args: screen,
  loaders: [world({ as: DEMO_PERSONAS.member, data: 'values' })],
  parameters: fullscreen,
  globals: tv,
};

/** The empty screen in Dutch. */
export const ScreenEmptyDutch: Story = {
  name: 'Screen, empty, Dutch',
  args: { ...screen, lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.member, data: 'values' })],
  parameters: fullscreen,
  globals: tv,
};

/** The network dropped: the screen keeps its card, says it is reconnecting and tries again with backoff. */
export const ScreenReconnecting: Story = {
  name: 'Screen, reconnecting',
  args: screen,
  play: dropConnection,
  parameters: fullscreen,
  globals: tv,
};

/** Reconnecting, in Dutch. */
export const ScreenReconnectingDutch: Story = {
  name: 'Screen, reconnecting, Dutch',
  args: { ...screen, lang: 'nl' },
  play: dropConnection,
  parameters: fullscreen,
  globals: smallTv,
};

/** The store never answered: the skeleton, and "reconnecting" once the first read failed. */
export const ScreenOffline: Story = {
  name: 'Screen, store failing from the start',
  args: screen,
  loaders: [world({ as: DEMO_PERSONAS.member, fault: 'fail' })],
  parameters: fullscreen,
  globals: smallTv,
};

/** The screen page opened on a phone: below about 700 px the screen stacks in plain page type. */
export const ScreenOnAPhone: Story = {
  name: 'Screen, Dutch, on a phone',
  args: { ...screen, lang: 'nl' },
  parameters: fullscreen,
  globals: phone,
};
