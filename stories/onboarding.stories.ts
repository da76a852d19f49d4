import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { newIdempotencyKey } from '@plein/core';
import type { MemoryDb } from '@plein/store-memory';
import { DEMO_PERSONAS } from '@plein/store-memory/demo.js';
import type { OnboardingMode } from '@plein/onboarding';
import '@plein/onboarding/onboarding.js';
import { demoWorld, type Loaded, type WorldOptions } from './demo-world.js';

/**
 * `<plein-onboarding>` in every state: the new hire's checklist, the people a manager or buddy
 * onboards, and `mode="manage"` for the communication team. Each story gets its own memory db
 * with the demo data ("Noordlicht": the campaign "Welkom bij Noordlicht" with five new hires,
 * dated around the story's moment) and a clock that stands still, so every render is the same.
 * The campaign's own texts are the team's (Dutch); the element's words follow `lang`.
 */

const START = Date.UTC(2026, 0, 12, 9, 0, 0);
/** The demo's campaign (DEMO_CAMPAIGN in @plein/store-memory). */
const CAMPAIGN = 'campaign-welkom';

/** People of the demo cast, besides the personas. */
const CAST = {
  /** Started 16 days ago and behind: overdue tasks. */
  chloe: 'p-chloe',
  /** Starts in 6 days: the manager's and buddy's tasks before day one are due soon. */
  noah: 'p-noah',
  /** IT manager of the new hire (and of Chloe). */
  ruben: 'p-ruben',
  /** Neither enrolled nor onboarding anyone. */
  sophie: 'p-sophie',
};

interface OnboardingArgs {
  mode: OnboardingMode;
  campaign?: string;
  person?: string;
  lang: 'en' | 'nl';
  theme: '' | 'light' | 'dark';
}

/** A loader that makes a fresh demo world for one story, at the story's moment. */
const world = (options: WorldOptions) => demoWorld(START, options);

const key = () => ({ idempotencyKey: newIdempotencyKey() });

/** The communication team archives the demo campaign. */
const archived = (db: MemoryDb) =>
  db.storeFor(DEMO_PERSONAS.communications).onboarding!.archiveCampaign(CAMPAIGN, true, key());

type Play = NonNullable<StoryObj<OnboardingArgs>['play']>;

/** Waits until `find` sees something in the element's shadow root (the story's clock stands still, so frames do). */
async function waitFor<T>(el: HTMLElement, find: (root: ShadowRoot) => T | null | undefined): Promise<T> {
  for (let frame = 0; frame < 300; frame++) {
    const found = el.shadowRoot && find(el.shadowRoot);
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('<plein-onboarding> did not show what the story waits for.');
}

const elementOf = (canvas: HTMLElement): HTMLElement => canvas.querySelector('plein-onboarding')!;

/** Clicks what `selector` finds once it is there. */
async function click(el: HTMLElement, selector: string): Promise<void> {
  (await waitFor(el, (root) => root.querySelector<HTMLElement>(selector))).click();
}

/** The new hire ticks the last open task of the first week: the phase is done and celebrates. */
const completePhase: Play = async ({ canvasElement }) => {
  const el = elementOf(canvasElement);
  await click(el, '.task[data-task="task-security"] input[type="checkbox"]');
  await waitFor(el, (root) => root.querySelector('[part~="celebration"]'));
};

/** "New campaign from the template": the editor, filled in in the element's language. */
const fromTemplate: Play = async ({ canvasElement }) => {
  const el = elementOf(canvasElement);
  await click(el, '.new-template');
  await waitFor(el, (root) => root.querySelector('form.campaign-form'));
};

/** An empty campaign, saved at once: every field says what it needs. */
const saveEmpty: Play = async ({ canvasElement }) => {
  const el = elementOf(canvasElement);
  await click(el, '.new-empty');
  await click(el, 'form.campaign-form button[type="submit"]');
  await waitFor(el, (root) => root.querySelector('form.campaign-form .field-error'));
};

/** Rows with a missing name, a bad e-mail, a date that does not exist and a repeated e-mail, next to good ones. */
const CSV_WITH_ERRORS = [
  'Naam;E-mail;Startdatum;Afdeling',
  'Lucas Jansen;lucas.jansen@noordlicht.example;12-01-2026;IT',
  'Iris Vermeulen;iris.vermeulen@noordlicht.example;02-02-2026;Sales',
  ';kees@noordlicht.example;02-02-2026;Sales',
  'Bo Smit;bo.smit(at)noordlicht.example;02-02-2026;Finance',
  'Jade Koster;jade.koster@noordlicht.example;31-02-2026;HR',
  'Iris V.;iris.vermeulen@noordlicht.example;09-02-2026;Sales',
].join('\n');

/** The campaign's People tab, the import, rows pasted, "Preview": each row's outcome and errors. */
const previewImport: Play = async ({ canvasElement }) => {
  const el = elementOf(canvasElement);
  await click(el, '[data-tab="people"]');
  await click(el, '.open-import');
  const paste = await waitFor(el, (root) => root.querySelector<HTMLTextAreaElement>('#import-paste'));
  paste.value = CSV_WITH_ERRORS;
  paste.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await click(el, 'button.preview[aria-disabled="false"]');
  await waitFor(el, (root) => root.querySelector('#import-preview-heading'));
};

/** The campaign's progress: figures against the target, the chart, per task and per person. */
const cohort: Play = async ({ canvasElement }) => {
  await waitFor(elementOf(canvasElement), (root) => root.querySelector('.chart .stack'));
};

const meta: Meta<OnboardingArgs> = {
  title: 'Elements/plein-onboarding',
  component: 'plein-onboarding',
  args: { mode: 'checklist', lang: 'en', theme: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['checklist', 'manage'] },
    campaign: { control: 'text' },
    person: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  loaders: [world({ as: DEMO_PERSONAS.newHire })],
  render: (args, { loaded }) => {
    const { store, clock } = loaded as Loaded;
    const dark = args.theme === 'dark';
    return html`<div
      style=${styleMap({ padding: dark ? '1em' : undefined, background: dark ? '#141414' : undefined, minHeight: dark ? '100vh' : undefined })}
    >
      <plein-onboarding
        .store=${store}
        .clock=${clock}
        mode=${args.mode}
        campaign=${ifDefined(args.campaign || undefined)}
        person=${ifDefined(args.person || undefined)}
        lang=${args.lang}
        theme=${ifDefined(args.theme || undefined)}
      ></plein-onboarding>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<OnboardingArgs>;
const phone = { viewport: { value: 'phone', isRotated: false } };
const desktop = { viewport: { value: 'desktop', isRotated: false } };
const manage = { mode: 'manage' } as const;
const asTeam = [world({ as: DEMO_PERSONAS.communications })];
/** Dark stories fill the frame (the render pads them), so a phone keeps its full width. */
const fullscreen = { layout: 'fullscreen' };

// ---------------------------------------------------------------------------- the new hire

/**
 * The new hire (Lucas, who started four days ago): the welcome, progress, and the phases with due
 * dates from his start date; the first phase is done, today's task is due, the manager's and
 * buddy's tasks are shown but not his to tick.
 */
export const Checklist: Story = { name: 'Checklist, new hire', globals: desktop };

/** In Dutch (`lang="nl"`): every word, date and number of the element follows its language. */
export const ChecklistDutch: Story = { name: 'Checklist, Dutch', args: { lang: 'nl' }, globals: desktop };

/** On a 360 px wide phone. */
export const ChecklistOnAPhone: Story = { name: 'Checklist, on a phone', globals: phone };

/** Dutch on a phone. */
export const ChecklistDutchOnAPhone: Story = {
  name: 'Checklist, Dutch, on a phone',
  args: { lang: 'nl' },
  globals: phone,
};

/** `theme="dark"`. */
export const Dark: Story = {
  name: 'Checklist, dark',
  args: { theme: 'dark' },
  parameters: fullscreen,
  globals: desktop,
};

/** Dark, in Dutch, on a phone. */
export const DarkOnAPhone: Story = {
  name: 'Checklist, dark, Dutch, on a phone',
  args: { theme: 'dark', lang: 'nl' },
  parameters: fullscreen,
  globals: phone,
};

/** Someone who is behind (Chloë, 16 days in): overdue tasks marked with an icon and words, the count in the header. */
export const Overdue: Story = {
  name: 'Overdue tasks',
  loaders: [world({ as: CAST.chloe })],
  globals: desktop,
};

/** Overdue, in Dutch, on a phone. */
export const OverdueDutchOnAPhone: Story = {
  name: 'Overdue tasks, Dutch, on a phone',
  args: { lang: 'nl' },
  loaders: [world({ as: CAST.chloe })],
  globals: phone,
};

/** Before day one (Noah starts in six days): the manager's and buddy's preparations are due soon. */
export const DueSoon: Story = {
  name: 'Due soon, before the first day',
  loaders: [world({ as: CAST.noah })],
  globals: desktop,
};

/** Due soon, in Dutch. */
export const DueSoonDutch: Story = {
  name: 'Due soon, Dutch',
  args: { lang: 'nl' },
  loaders: [world({ as: CAST.noah })],
  globals: desktop,
};

/** The new hire ticks the last task of the first week: the phase is complete, with a small celebration. */
export const PhaseComplete: Story = {
  name: 'A phase completed (celebration)',
  play: completePhase,
  globals: desktop,
};

/** The phase completed, in Dutch on a phone. */
export const PhaseCompleteDutchOnAPhone: Story = {
  name: 'A phase completed, Dutch, on a phone',
  args: { lang: 'nl' },
  play: completePhase,
  globals: phone,
};

// ---------------------------------------------------------------------------- other people's checklists

/**
 * A manager (Ruben) with nobody to onboard himself: "People you are onboarding", each new hire with
 * progress, overdue count and his own tasks for them.
 */
export const Manager: Story = {
  name: 'Manager: people you are onboarding',
  loaders: [world({ as: CAST.ruben })],
  globals: desktop,
};

/** The manager's view in Dutch on a phone. */
export const ManagerDutchOnAPhone: Story = {
  name: 'Manager, Dutch, on a phone',
  args: { lang: 'nl' },
  loaders: [world({ as: CAST.ruben })],
  globals: phone,
};

/** A buddy (Sanne, Finn's buddy) sees the new hire she helps. */
export const Buddy: Story = {
  name: 'Buddy: people you are onboarding',
  args: { lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.member })],
  globals: desktop,
};

/**
 * `person="p-lucas"` opened by his manager: the manager's own tasks can be ticked, the new hire's
 * and the buddy's are read-only (who does them, and whether they are done).
 */
export const PersonAsManager: Story = {
  name: "Someone else's checklist, as their manager",
  args: { person: 'p-lucas' },
  loaders: [world({ as: CAST.ruben })],
  globals: desktop,
};

/** `person="p-chloe"` opened by the communication team: everything read-only. */
export const PersonReadOnly: Story = {
  name: "Someone else's checklist, read-only (the team)",
  args: { person: CAST.chloe, lang: 'nl' },
  loaders: asTeam,
  globals: desktop,
};

// ---------------------------------------------------------------------------- states

/** Not enrolled and onboarding nobody: a friendly empty state. */
export const Empty: Story = { name: 'Empty (not enrolled)', loaders: [world({ as: CAST.sophie })] };

/** Empty, in Dutch. */
export const EmptyDutch: Story = {
  name: 'Empty, Dutch',
  args: { lang: 'nl' },
  loaders: [world({ as: CAST.sophie })],
};

/** `campaign="campaign-welkom"` after the team archived it: still readable, marked archived, nothing to tick. */
export const Archived: Story = {
  name: 'Archived campaign',
  args: { campaign: CAMPAIGN },
  loaders: [world({ as: DEMO_PERSONAS.newHire, prepare: archived })],
  globals: desktop,
};

/** Archived, in Dutch. */
export const ArchivedDutch: Story = {
  name: 'Archived campaign, Dutch',
  args: { campaign: CAMPAIGN, lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.newHire, prepare: archived })],
  globals: desktop,
};

/** The store never answers: the loading skeleton stays. */
export const LoadingState: Story = { name: 'Loading', loaders: [world({ as: DEMO_PERSONAS.newHire, fault: 'stall' })] };

/** Every store call rejects (`unavailable`): a localized message and a retry button. */
export const ErrorState: Story = { name: 'Error', loaders: [world({ as: DEMO_PERSONAS.newHire, fault: 'fail' })] };

/** The error in Dutch. */
export const ErrorDutch: Story = {
  name: 'Error, Dutch',
  args: { lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.newHire, fault: 'fail' })],
};

// ---------------------------------------------------------------------------- the communication team

/** `mode="manage"` as the communication team: the campaigns, each with its people and whether it is on track. */
export const Campaigns: Story = { name: 'Team: campaigns', args: manage, loaders: asTeam, globals: desktop };

/** The campaigns in Dutch on a phone. */
export const CampaignsDutchOnAPhone: Story = {
  name: 'Team: campaigns, Dutch, on a phone',
  args: { ...manage, lang: 'nl' },
  loaders: asTeam,
  globals: phone,
};

/** The campaigns, dark. */
export const CampaignsDark: Story = {
  name: 'Team: campaigns, dark',
  args: { ...manage, theme: 'dark' },
  loaders: asTeam,
  parameters: fullscreen,
  globals: desktop,
};

/** "New campaign from the template": three phases of tasks for the new hire, manager and buddy, ready to adjust. */
export const EditorFromTemplate: Story = {
  name: 'Team: editor from the template',
  args: manage,
  loaders: asTeam,
  play: fromTemplate,
  globals: desktop,
};

/** The template in Dutch. */
export const EditorFromTemplateDutch: Story = {
  name: 'Team: editor from the template, Dutch',
  args: { ...manage, lang: 'nl' },
  loaders: asTeam,
  play: fromTemplate,
  globals: desktop,
};

/** The template in Dutch on a phone. */
export const EditorOnAPhone: Story = {
  name: 'Team: editor, Dutch, on a phone',
  args: { ...manage, lang: 'nl' },
  loaders: asTeam,
  play: fromTemplate,
  globals: phone,
};

/** An empty campaign saved at once: each field says what it needs. */
export const EditorErrors: Story = {
  name: 'Team: editor with errors',
  args: manage,
  loaders: asTeam,
  play: saveEmpty,
  globals: desktop,
};

/** The errors in Dutch. */
export const EditorErrorsDutch: Story = {
  name: 'Team: editor with errors, Dutch',
  args: { ...manage, lang: 'nl' },
  loaders: asTeam,
  play: saveEmpty,
  globals: desktop,
};

/**
 * A CSV pasted into the import: the preview says per row what would happen (enrol a colleague,
 * add someone new) and shows each error at its cell; nothing is saved yet.
 */
export const ImportPreview: Story = {
  name: 'Team: import preview with row errors',
  args: { ...manage, campaign: CAMPAIGN },
  loaders: asTeam,
  play: previewImport,
  globals: desktop,
};

/** The import preview in Dutch on a phone. */
export const ImportPreviewDutchOnAPhone: Story = {
  name: 'Team: import preview, Dutch, on a phone',
  args: { ...manage, campaign: CAMPAIGN, lang: 'nl' },
  loaders: asTeam,
  play: previewImport,
  globals: phone,
};

/** `campaign="campaign-welkom"`: the cohort against its target (90% within 30 days), as figures, a chart and tables. */
export const Cohort: Story = {
  name: 'Team: cohort with chart',
  args: { ...manage, campaign: CAMPAIGN },
  loaders: asTeam,
  play: cohort,
  globals: desktop,
};

/** The cohort in Dutch. */
export const CohortDutch: Story = {
  name: 'Team: cohort, Dutch',
  args: { ...manage, campaign: CAMPAIGN, lang: 'nl' },
  loaders: asTeam,
  play: cohort,
  globals: desktop,
};

/** The cohort on a phone. */
export const CohortOnAPhone: Story = {
  name: 'Team: cohort, on a phone',
  args: { ...manage, campaign: CAMPAIGN },
  loaders: asTeam,
  play: cohort,
  globals: phone,
};

/** The cohort, dark, in Dutch, on a phone. */
export const CohortDarkOnAPhone: Story = {
  name: 'Team: cohort, dark, Dutch, on a phone',
  args: { ...manage, campaign: CAMPAIGN, theme: 'dark', lang: 'nl' },
  loaders: asTeam,
  parameters: fullscreen,
  play: cohort,
  globals: phone,
};

/** A member opens the team's view: it says who it is for (and the store would refuse them anyway). */
export const MemberWithoutRights: Story = {
  name: 'Team view, as a member without rights',
  args: manage,
  loaders: [world({ as: DEMO_PERSONAS.member })],
  globals: desktop,
};

/** Without rights, in Dutch. */
export const MemberWithoutRightsDutch: Story = {
  name: 'Team view without rights, Dutch',
  args: { ...manage, lang: 'nl' },
  loaders: [world({ as: DEMO_PERSONAS.member })],
};

/** The team's view when the store fails. */
export const ManageError: Story = {
  name: 'Team: error',
  args: manage,
  loaders: [world({ as: DEMO_PERSONAS.communications, fault: 'fail' })],
};
