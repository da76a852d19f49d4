import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  DAY,
  DRAFT,
  button,
  focused,
  has,
  manage,
  seeded,
  tabTo,
  textOf,
  toast,
  type,
  until,
  write,
} from './manage.fixtures.js';

/** The campaigns as listed: title, and what the row says about them. */
const rows = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('.campaign-row')].map((row) =>
    [row.querySelector('.campaign-name')!.textContent, row.querySelector('.campaign-meta')!.textContent]
      .map((s) => s!.replace(/\s+/g, ' ').trim())
      .join(' | '),
  );

describe('<plein-onboarding mode="manage">: campaigns', () => {
  it('lists active and archived campaigns with the people enrolled and whether they are on track', async () => {
    const s = await seeded({ enrol: ['lea', 'nina'], archived: true });
    // Ten days on, Lea's first tasks are past due and none is done.
    s.world.clock.advance(10 * DAY);
    const el = await manage(s);
    await until(el, () => has(el, '.track'), 'on track or not');
    expect(textOf(el, '#manage-title')).to.equal('Onboarding campaigns');
    expect(textOf(el, '#manage-active')).to.equal('Active campaigns');
    expect(textOf(el, '#manage-archived')).to.equal('Archived campaigns');
    const report = await s.store.onboarding!.cohort(s.campaignId);
    expect(report.onTrack).to.equal(false, 'Lea started a week ago and has done nothing');
    expect(rows(el)).to.deep.equal([
      'Welcome to Noordlicht | 2 people enrolled ! Behind target',
      'Summer interns 2025 | 0 people enrolled Archived',
    ]);
    expect($$(el, '[data-archive]').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Archive “Welcome to Noordlicht”',
      'Restore “Summer interns 2025”',
    ]);
    await expect(el).to.be.accessible();
  });

  it('invites the first campaign when there is none', async () => {
    const el = await manage(await seeded({ campaign: false }));
    expect(textOf(el, '.empty-state')).to.equal(
      'No campaigns yet Start from the ready-made template: three phases with tasks for the new colleague, their manager and their buddy.',
    );
    expect(button(el, 'New campaign from the template')).to.exist;
    expect(button(el, 'New empty campaign')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('tells colleagues outside the communication team who it is for, and the store refuses them too', async () => {
    const s = await seeded({ viewer: 'alice' });
    const el = await manage(s);
    expect(textOf(el, '.forbidden')).to.equal(
      'For the communication team Onboarding campaigns, enrolments and cohort figures are run by the communication team. Your own checklist is on the onboarding page.',
    );
    expect(has(el, '.campaigns'), 'no campaigns shown').to.be.false;
    expect(has(el, '.new-template'), 'no way to make one').to.be.false;
    let refused = '';
    await s.store.onboarding!.campaigns().catch((error: { code: string }) => (refused = error.code));
    expect(refused).to.equal('forbidden');
    await expect(el).to.be.accessible();
  });

  it('creates a campaign from the template by keyboard alone', async () => {
    const s = await seeded({ campaign: false });
    const el = await manage(s);
    await tabTo(el, '.new-template');
    await sendKeys({ press: 'Enter' });
    await until(el, () => has(el, '.campaign-form') && focused(el) === 'h2#manage-campaign-title', 'the editor');
    expect(textOf(el, '#manage-campaign-title')).to.equal('New campaign');
    expect($<HTMLInputElement>(el, '#ce-title')!.value).to.equal('Welcome to the team');
    expect($$(el, '.phase-title input').map((i) => (i as HTMLInputElement).value)).to.deep.equal([
      'Before day one',
      'First week',
      'First month',
    ]);
    await expect(el).to.be.accessible();
    await tabTo(el, 'button[type="submit"]');
    expect(textOf(el, 'button[type="submit"]')).to.equal('Create the campaign');
    await sendKeys({ press: 'Enter' });
    await until(el, () => has(el, '.enrol-form'), 'the new campaign on its people');
    const [made] = await s.store.onboarding!.campaigns();
    expect(made!.title).to.equal('Welcome to the team');
    expect(made!.phases.map((p) => p.tasks.length)).to.deep.equal([3, 4, 5]);
    expect(made!.phases.flatMap((p) => p.tasks.map((t) => t.owner))).to.include.members([
      'new-hire',
      'manager',
      'buddy',
    ]);
    expect(made!.target).to.deep.equal({ percent: 90, days: 30 });
    expect(made!.audience).to.equal(undefined);
    expect(textOf(el, '#manage-campaign-title')).to.equal('Welcome to the team');
    expect(textOf(el, '[aria-current="page"]')).to.equal('People');
    // Said, not shown: a toast would cover the people page's controls on a phone.
    expect(textOf(el, '[role="status"]')).to.equal(
      '“Welcome to the team” is created. Now enrol people by hand or from a CSV file.',
    );
    expect(toast(el)).to.equal('');
  });

  it('starts an empty campaign with one empty task, and goes back to the list on cancel', async () => {
    const s = await seeded({ campaign: false });
    const el = await manage(s);
    button(el, 'New empty campaign').click();
    await until(el, () => has(el, '.campaign-form'), 'the editor');
    expect($<HTMLInputElement>(el, '#ce-title')!.value).to.equal('');
    expect($$(el, '.task')).to.have.length(1);
    button(el, 'Cancel').click();
    await until(el, () => has(el, '.empty-state'), 'the list');
    expect(await s.store.onboarding!.campaigns()).to.deep.equal([]);
  });

  it('copies a campaign under a new title, asking for it first', async () => {
    const s = await seeded({ enrol: ['nina'] });
    const el = await manage(s);
    button(el, 'Copy “Welcome to Noordlicht”').click();
    await until(el, () => focused(el) === 'input#manage-copy-title', 'the copy form');
    const title = $<HTMLInputElement>(el, '#manage-copy-title')!;
    expect(title.value).to.equal('Copy of Welcome to Noordlicht');
    await expect(el).to.be.accessible();
    type(title, '');
    button(el, 'Make the copy').click();
    await until(el, () => has(el, '#manage-copy-error'), 'the refusal');
    expect(textOf(el, '#manage-copy-error')).to.equal('Give the copy a title.');
    expect(focused(el)).to.equal('input#manage-copy-title');
    type(title, 'Welcome, spring 2026');
    button(el, 'Make the copy').click();
    await until(el, () => rows(el).length === 2, 'the copy in the list');
    const copy = (await s.store.onboarding!.campaigns({ status: 'active' })).find(
      (c) => c.title === 'Welcome, spring 2026',
    )!;
    expect(copy.enrolled).to.equal(0);
    expect(copy.phases.map((p) => p.tasks.map((t) => t.title))).to.deep.equal(
      DRAFT.phases.map((p) => p.tasks.map((t) => t.title)),
    );
    expect(toast(el)).to.equal('“Welcome, spring 2026” is ready. Nobody is enrolled in it yet.');
    await until(el, () => el.shadowRoot!.activeElement?.getAttribute('data-open') === copy.id, 'focus on the copy');
  });

  it('archives and restores a campaign, keeping focus on its button', async () => {
    const s = await seeded();
    const el = await manage(s);
    button(el, 'Archive “Welcome to Noordlicht”').click();
    await until(el, () => has(el, '#manage-archived'), 'the archived list');
    expect((await s.store.onboarding!.campaign(s.campaignId)).status).to.equal('archived');
    expect(textOf(el, '.none')).to.equal('No active campaigns. Start a new one, or restore an archived one.');
    expect(toast(el)).to.equal(
      '“Welcome to Noordlicht” is archived. It no longer shows in checklists; its data is kept.',
    );
    await until(el, () => el.shadowRoot!.activeElement?.getAttribute('data-archive') === s.campaignId, 'focus');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Restore “Welcome to Noordlicht”');
    button(el, 'Restore “Welcome to Noordlicht”').click();
    await until(el, () => !has(el, '#manage-archived'), 'the campaign back');
    expect((await s.store.onboarding!.campaign(s.campaignId)).status).to.equal('active');
    expect(toast(el)).to.equal('“Welcome to Noordlicht” is active again.');
  });

  it('follows campaigns made elsewhere', async () => {
    const s = await seeded();
    const el = await manage(s);
    await s.as('ada').onboarding!.createCampaign({ ...DRAFT, title: 'Welcome, IT' }, write());
    await until(el, () => rows(el).length === 2, 'the new campaign');
    expect(rows(el)[0]).to.match(/^Welcome, IT \| 0 people enrolled/);
  });

  it('speaks Dutch, and the template is Dutch too', async () => {
    const s = await seeded({ enrol: ['nina'] });
    const el = await manage(s, { lang: 'nl' });
    expect(textOf(el, '#manage-title')).to.equal('Onboardingcampagnes');
    expect(rows(el)).to.deep.equal(['Welcome to Noordlicht | 1 persoon ingeschreven – Nog niet te meten']);
    button(el, 'Nieuwe campagne vanuit het sjabloon').click();
    await until(el, () => has(el, '.campaign-form'), 'the editor');
    expect($<HTMLInputElement>(el, '#ce-title')!.value).to.equal('Welkom in het team');
    expect($$(el, '.phase-title input').map((i) => (i as HTMLInputElement).value)).to.deep.equal([
      'Voor je eerste dag',
      'Eerste week',
      'Eerste maand',
    ]);
    expect(textOf(el, '.task-name')).to.equal('Lever je getekende contract en gegevens in');
    expect(textOf(el, '.task-meta')).to.equal('De nieuwe collega · 10 dagen voor de start');
    await expect(el).to.be.accessible();
  });
});
