import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { PleinError } from '@plein/core';
import type { SetUpReport, SetUpStatus } from '@plein/store-sharepoint';
import { defineElement } from '@plein/ui';
import { PleinSiteSetUp } from '../packages/spfx-library/src/site-setup.element.js';

/**
 * The card above a Plein web part on SharePoint that sets Plein up on the site: what a site
 * owner sees in edit mode, what a member sees, and what anyone sees on a page in view mode
 * once the web part found the site not set up. The site is a stand-in that answers at once.
 */
defineElement('plein-site-setup-story', PleinSiteSetUp);

const REPORT: SetUpReport = {
  version: 3,
  previousVersion: undefined,
  done: [
    'group Plein moderators',
    'group Plein communications',
    'list Plein People',
    'field Plein People.PersonId',
    'list Plein Polls',
    'permissions Plein Hidden Posts',
    'index Plein Polls.Author',
    'version 3',
  ],
  manual: [],
};

const UPGRADE: SetUpStatus = {
  state: 'needs-upgrade',
  canSetUp: true,
  missing: ['list Plein Votes', 'index Plein Posts.Shelf'],
};

type Outcome = 'works' | 'fails' | 'forbidden';

interface SetUpArgs {
  state: SetUpStatus['state'];
  canSetUp: boolean;
  view: boolean;
  outcome: Outcome;
  lang: 'en' | 'nl';
  width: number;
}

function site({ state, canSetUp, outcome }: SetUpArgs) {
  const status: SetUpStatus = state === 'needs-upgrade' ? { ...UPGRADE, canSetUp } : { state, canSetUp, missing: [] };
  return {
    status: async () => status,
    run: async (): Promise<SetUpReport> => {
      if (outcome === 'forbidden') throw new PleinError('forbidden', { reason: 'site-setup-needs-owner' });
      if (outcome === 'fails') throw new PleinError('unavailable', { reason: 'server-busy' });
      return state === 'needs-upgrade'
        ? { ...REPORT, previousVersion: 2, done: ['list Plein Votes', 'index Plein Posts.Shelf', 'version 3'] }
        : REPORT;
    },
  };
}

const meta: Meta<SetUpArgs> = {
  title: 'SharePoint/Site set-up',
  args: { state: 'needs-set-up', canSetUp: true, view: false, outcome: 'works', lang: 'en', width: 0 },
  argTypes: {
    state: { control: 'inline-radio', options: ['needs-set-up', 'needs-upgrade', 'ready'] },
    outcome: { control: 'inline-radio', options: ['works', 'fails', 'forbidden'] },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    width: { control: { type: 'number', min: 0, step: 10 } },
  },
  render: (args) =>
    html`<div style=${styleMap(args.width ? { maxWidth: `${args.width}px` } : {})}>
      <plein-site-setup-story lang=${args.lang} ?view=${args.view} .setUp=${site(args)}></plein-site-setup-story>
      <p><em>(the web part's element follows here)</em></p>
    </div>`,
};
export default meta;

type Story = StoryObj<SetUpArgs>;

/** A site owner, in edit mode, on a site where Plein never ran: one button; press it for the report. */
export const OwnerFreshSite: Story = {};
/** The same in Dutch, on a phone. */
export const OwnerFreshSiteDutchPhone: Story = { args: { lang: 'nl', width: 360 } };
/** A list was deleted by hand and an index dropped: what will be repaired, and the upgrade button. */
export const OwnerUpgrade: Story = { args: { state: 'needs-upgrade' } };
/** A member in edit mode: who can do it, instead of an error. */
export const MemberAsksOwner: Story = { args: { canSetUp: false } };
/** A member in edit mode, upgrade needed, in Dutch. */
export const MemberAsksOwnerDutch: Story = { args: { canSetUp: false, state: 'needs-upgrade', lang: 'nl' } };
/** View mode, on a site not set up, seen by an owner: edit the page to set it up. */
export const ViewModeOwner: Story = { args: { view: true } };
/** View mode, seen by a member. */
export const ViewModeMember: Story = { args: { view: true, canSetUp: false } };
/** Set-up fails (SharePoint busy): a localized message and a retry. Press the button to see it. */
export const SetUpFails: Story = { args: { outcome: 'fails' } };
/** Rights changed since the check: the button gives way to who can do it. Press it to see. */
export const RightsChanged: Story = { args: { outcome: 'forbidden' } };
/** A ready site: nothing at all. */
export const Ready: Story = { args: { state: 'ready' } };
