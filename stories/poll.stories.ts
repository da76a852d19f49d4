import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { newIdempotencyKey } from '@plein/core';
import { DEMO_PERSONAS } from '@plein/store-memory/demo.js';
import type { PollMode } from '@plein/poll';
import '@plein/poll/poll.js';
import { demoWorld, type Loaded, type WorldOptions } from './demo-world.js';

/**
 * `<plein-poll>` in every state. Each story gets its own memory db with the demo data
 * ("Noordlicht") and a clock that stands still at the same moment, so every render is the same.
 */

const START = Date.UTC(2026, 0, 12, 9, 0, 0);

interface PollArgs {
  mode: PollMode;
  pollId?: string;
  lang: 'en' | 'nl';
  theme: '' | 'light' | 'dark';
  voteUrl?: string;
}

/** A loader that makes a fresh demo world for one story, at the story's moment. */
const world = (options: WorldOptions) => demoWorld(START, options);

const key = () => ({ idempotencyKey: newIdempotencyKey() });

const meta: Meta<PollArgs> = {
  title: 'Elements/plein-poll',
  component: 'plein-poll',
  args: { mode: 'vote', pollId: 'poll-friday-lunch', lang: 'en', theme: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['vote', 'presenter', 'create', 'manage'] },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    pollId: { control: 'text' },
    voteUrl: { control: 'text' },
  },
  loaders: [world({ as: DEMO_PERSONAS.newHire })],
  render: (args, { loaded }) => {
    const { store, clock } = loaded as Loaded;
    // A poll usually sits in a column or sidebar; the presenter view fills the screen.
    return html`<div style=${styleMap({ maxWidth: args.mode === 'presenter' ? 'none' : '30em' })}>
      <plein-poll
        .store=${store}
        .clock=${clock}
        mode=${args.mode}
        poll-id=${ifDefined(args.pollId || undefined)}
        lang=${args.lang}
        theme=${ifDefined(args.theme || undefined)}
        vote-url=${ifDefined(args.voteUrl || undefined)}
      ></plein-poll>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<PollArgs>;

/** A single-choice poll the viewer has not voted on yet. */
export const Open: Story = {};

/** After voting: the results, the viewer's own choice marked, and a way to change it. */
export const Voted: Story = {
  loaders: [
    world({
      as: DEMO_PERSONAS.member,
      prepare: (db) => db.storeFor(DEMO_PERSONAS.member).polls.vote('poll-friday-lunch', ['o3'], key()),
    }),
  ],
};

/** A closed poll shows its final results. */
export const Closed: Story = {
  args: { pollId: 'poll-summer-party' },
};

/** Anonymous: the store keeps no link between a voter and a choice, and says so before the vote. */
export const Anonymous: Story = {
  args: { pollId: 'poll-townhall' },
};

/** Results hidden until the poll closes: after voting, only the number of voters shows. */
export const HiddenResults: Story = {
  name: 'Hidden results (until close)',
  args: { pollId: 'poll-townhall' },
  loaders: [
    world({
      as: DEMO_PERSONAS.member,
      prepare: (db) => db.storeFor(DEMO_PERSONAS.member).polls.vote('poll-townhall', ['o4'], key()),
    }),
  ],
};

/** Multiple choice with a maximum of three answers; results appear after voting. */
export const MultipleChoice: Story = {
  args: { pollId: 'poll-office-days', lang: 'nl' },
};

/** For a screen in the room: large live results, the countdown and a QR code to vote. */
export const Presenter: Story = {
  args: { mode: 'presenter', voteUrl: 'https://intranet.example/nieuws/vrijdaglunch' },
  parameters: { layout: 'fullscreen' },
};

/** The creation form. */
export const Create: Story = {
  args: { mode: 'create', pollId: undefined },
  loaders: [world({ as: DEMO_PERSONAS.communications })],
};

/** The signed-in person's own polls: edit until the first vote, close, export, copy the link. */
export const Manage: Story = {
  args: { mode: 'manage', pollId: undefined },
  loaders: [
    world({
      as: DEMO_PERSONAS.communications,
      prepare: (db) =>
        db.storeFor(DEMO_PERSONAS.communications).polls.create(
          {
            question: 'Which training would you like to follow next quarter?',
            options: ['Writing for the intranet', 'Presenting with confidence', 'Accessibility basics'],
            kind: 'single',
            anonymous: false,
            resultsVisibility: 'after-vote',
            closesAt: new Date(START + 7 * 86_400_000).toISOString(),
          },
          key(),
        ),
    }),
  ],
};

/** Every store call rejects (`unavailable`): a localized message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [world({ as: DEMO_PERSONAS.newHire, fault: 'fail' })],
};

/** The store never answers: the loading skeleton stays. */
export const LoadingState: Story = {
  name: 'Loading',
  loaders: [world({ as: DEMO_PERSONAS.newHire, fault: 'stall' })],
};

/** The same poll in Dutch (`lang="nl"`): every string, number and date follows the element's language. */
export const Dutch: Story = {
  args: { lang: 'nl' },
};

/** On a 360 px wide phone. */
export const OnAPhone: Story = {
  name: 'Open, on a phone',
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** The presenter view on a phone stacks the QR code under the results. */
export const PresenterOnAPhone: Story = {
  name: 'Presenter, on a phone',
  args: { mode: 'presenter', voteUrl: 'https://intranet.example/nieuws/vrijdaglunch' },
  parameters: { layout: 'fullscreen' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};
