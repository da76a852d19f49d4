import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { PleinOnboarding } from './onboarding.element.js';
import {
  $,
  $$,
  button,
  choose,
  focused,
  has,
  manage,
  openCampaign,
  seeded,
  textOf,
  toast,
  type,
  until,
} from './manage.fixtures.js';

/** The editor of the seeded campaign. */
async function editor(options: Parameters<typeof seeded>[0] = {}) {
  const s = await seeded(options);
  const el = await manage(s);
  await openCampaign(el, s.campaignId, 'edit');
  return { s, el };
}

/** The task row whose title is `title`. */
function task(el: PleinOnboarding, title: string): HTMLElement {
  const found = $$(el, '.task').find((row) => textOf(row, '.task-name') === title);
  if (!found) throw new Error(`no task "${title}"; tasks: ${$$(el, '.task-name').map((n) => n.textContent)}`);
  return found;
}

/** Opens a task's fields and returns its field of `name` (`title`, `link`, `dueDay` …). */
async function taskField<T extends HTMLElement = HTMLInputElement>(el: PleinOnboarding, title: string, name: string) {
  const row = task(el, title);
  const toggle = row.querySelector<HTMLButtonElement>('.task-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  return row.querySelector<T>(`[id$="-${name}"]`)!;
}

const titles = (el: PleinOnboarding) =>
  $$(el, '.phase').map((phase) => [...phase.querySelectorAll('.task-name')].map((n) => n.textContent!.trim()));

const save = async (el: PleinOnboarding) => {
  $<HTMLButtonElement>(el, '.campaign-form button[type="submit"]')!.click();
  await until(el, () => textOf(el, '.campaign-form button[type="submit"]') !== 'Saving…', 'the save');
};

describe('<plein-onboarding mode="manage">: the campaign editor', () => {
  it('adds a task, moves it by keyboard and changes a due day; tasks keep their ids', async () => {
    const { s, el } = await editor();
    const before = await s.store.onboarding!.campaign(s.campaignId);
    expect(titles(el)).to.deep.equal([
      ['Sign your contract', 'Prepare the laptop'],
      ['Set up your e-mail', 'Lunch with the team'],
    ]);
    button(el, 'Add a task to “First week”').click();
    await until(el, () => focused(el).endsWith('-title') && focused(el).startsWith('input#ce-'), 'the new task');
    type(el.shadowRoot!.activeElement as HTMLInputElement, 'Meet the director');
    await el.updateComplete;
    const added = task(el, 'Meet the director');
    choose(added.querySelector<HTMLSelectElement>('select[id$="-owner"]')!, 'manager');
    type(added.querySelector<HTMLInputElement>('input[id$="-dueDay"]')!, '3');
    await el.updateComplete;
    expect(textOf(added, '.task-meta')).to.equal('Their manager · 3 days after the start');

    // Up, by keyboard: focus stays on the moved task's button.
    added.querySelector<HTMLButtonElement>('[data-move$=":-1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)[1]).to.deep.equal(['Set up your e-mail', 'Meet the director', 'Lunch with the team']);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Move “Meet the director” up');
    expect(textOf(el, '[role="status"][aria-live="polite"]')).to.equal(
      '“Meet the director” is now number 2 in “First week”.',
    );

    // Past the top of its phase, a task moves into the phase before.
    task(el, 'Set up your e-mail').querySelector<HTMLButtonElement>('[data-move$=":-1"]')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      ['Sign your contract', 'Prepare the laptop', 'Set up your e-mail'],
      ['Meet the director', 'Lunch with the team'],
    ]);

    const days = await taskField(el, 'Sign your contract', 'dueDay');
    type(days, '7');
    await expect(el).to.be.accessible();
    await save(el);
    expect(toast(el)).to.equal('“Welcome to Noordlicht” is saved.');
    const after = await s.store.onboarding!.campaign(s.campaignId);
    expect(after.phases.map((p) => p.tasks.map((t) => [t.title, t.owner, t.dueDay]))).to.deep.equal([
      [
        ['Sign your contract', 'new-hire', -7],
        ['Prepare the laptop', 'manager', -1],
        ['Set up your e-mail', 'new-hire', 0],
      ],
      [
        ['Meet the director', 'manager', 3],
        ['Lunch with the team', 'buddy', 2],
      ],
    ]);
    const ids = (c: typeof before) => Object.fromEntries(c.phases.flatMap((p) => p.tasks.map((t) => [t.title, t.id])));
    expect(ids(after)).to.deep.include(ids(before));
    expect(after.phases[0]!.tasks[2]!.link).to.equal('https://intranet.example.org/mail');
  });

  it('renames, reorders and removes phases', async () => {
    const { s, el } = await editor();
    type($$<HTMLInputElement>(el, '.phase-title input')[1]!, 'Week one');
    await el.updateComplete;
    button(el, 'Move the phase “Week one” up').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Move the phase “Week one” up');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Add a phase').click();
    await el.updateComplete;
    type(el.shadowRoot!.activeElement as HTMLInputElement, 'Later');
    await el.updateComplete;
    button(el, 'Add a task to “Later”').click();
    await el.updateComplete;
    type(el.shadowRoot!.activeElement as HTMLInputElement, 'Evaluate');
    button(el, 'Remove the phase “Before day one” and its tasks').click();
    await el.updateComplete;
    await save(el);
    const after = await s.store.onboarding!.campaign(s.campaignId);
    expect(after.phases.map((p) => [p.title, p.tasks.map((t) => t.title)])).to.deep.equal([
      ['Week one', ['Set up your e-mail', 'Lunch with the team']],
      ['Later', ['Evaluate']],
    ]);
  });

  it('shows each refusal at its field with focus on it, and keeps everything typed', async () => {
    const { s, el } = await editor();
    type($<HTMLTextAreaElement>(el, '#ce-description')!, 'Kept through every refusal.');
    const link = await taskField(el, 'Set up your e-mail', 'link');
    type(link, 'intranet/mail');
    type($<HTMLInputElement>(el, '#ce-percent')!, '300');
    // Collapsed again: a refusal opens the task it is about.
    task(el, 'Set up your e-mail').querySelector<HTMLButtonElement>('.task-toggle')!.click();
    await save(el);
    await until(el, () => focused(el) === `input#${link.id}`, 'focus on the link');
    expect(textOf(el, `#${link.id}-error`)).to.equal('Use a web address that starts with https:// or http://.');
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    expect(link.getAttribute('aria-describedby')).to.contain(`${link.id}-error`);
    expect(task(el, 'Set up your e-mail').classList.contains('wrong')).to.be.true;
    await expect(el).to.be.accessible();

    type(link, 'https://intranet.example.org/mail-setup');
    await save(el);
    await until(el, () => focused(el) === 'input#ce-percent', 'focus on the target');
    expect(textOf(el, '#ce-percent-error')).to.equal('The target is a percentage from 1 to 100.');
    expect(has(el, `#${link.id}-error`), 'the link is right now').to.be.false;
    expect($<HTMLTextAreaElement>(el, '#ce-description')!.value).to.equal('Kept through every refusal.');
    expect((await s.store.onboarding!.campaign(s.campaignId)).description).to.equal('Everything for a good start.');

    type($<HTMLInputElement>(el, '#ce-percent')!, '85');
    await save(el);
    const saved = await s.store.onboarding!.campaign(s.campaignId);
    expect(saved.description).to.equal('Kept through every refusal.');
    expect(saved.target).to.deep.equal({ percent: 85, days: 30 });
    expect(saved.phases[1]!.tasks[0]!.link).to.equal('https://intranet.example.org/mail-setup');
  });

  it('marks every empty required field of a new campaign at once, focus on the first', async () => {
    const s = await seeded({ campaign: false });
    const el = await manage(s, { lang: 'nl' });
    button(el, 'Nieuwe lege campagne').click();
    await until(el, () => has(el, '.campaign-form'), 'the editor');
    button(el, 'Fase toevoegen').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.campaign-form button[type="submit"]')!.click();
    await until(el, () => focused(el) === 'input#ce-title', 'focus on the title');
    const marked = $$(el, '.campaign-form [aria-invalid="true"]');
    expect(marked.map((field) => [field.id.replace(/-[^-]+-/, '-*-'), textOf(el, `#${field.id}-error`)])).to.deep.equal(
      [
        ['ce-title', 'Geef de campagne een titel.'],
        ['ce-*-title', 'Geef de fase een naam.'],
        ['ce-*-title', 'Zeg wat er moet gebeuren.'],
        ['ce-*-title', 'Geef de fase een naam.'],
      ],
    );
    for (const field of marked) expect(field.getAttribute('aria-describedby')).to.contain(`${field.id}-error`);
    expect((await s.store.onboarding!.campaigns()).length, 'nothing saved').to.equal(0);
    await expect(el).to.be.accessible();

    // Filled in, each mark goes; the store's own refusal (no task at all) still lands on its field.
    type($<HTMLInputElement>(el, '#ce-title')!, 'Welkom');
    for (const field of $$<HTMLInputElement>(el, '.phase input[aria-invalid="true"]')) type(field, 'Iets');
    await el.updateComplete;
    expect($$(el, '.campaign-form [aria-invalid="true"]')).to.have.length(0);
  });

  it('refuses a campaign without tasks, and a due day out of range', async () => {
    const { s, el } = await editor();
    for (const title of ['Sign your contract', 'Prepare the laptop', 'Set up your e-mail', 'Lunch with the team']) {
      button(el, `Remove “${title}”`).click();
      await el.updateComplete;
    }
    expect(textOf(el, '.phase .none')).to.equal('No tasks in this phase yet.');
    await save(el);
    await until(el, () => focused(el) === 'p#ce-phases-error', 'focus on the refusal');
    expect(textOf(el, '#ce-phases-error')).to.equal(
      'Add at least one task: a campaign without tasks gives new colleagues nothing to do.',
    );
    await expect(el).to.be.accessible();
    button(el, 'Add a task to “First week”').click();
    await el.updateComplete;
    expect(has(el, '#ce-phases-error'), 'the refusal goes once a task is added').to.be.false;
    type(el.shadowRoot!.activeElement as HTMLInputElement, 'Say hello');
    await el.updateComplete;
    const days = await taskField(el, 'Say hello', 'dueDay');
    type(days, '400');
    await save(el);
    await until(el, () => focused(el) === `input#${days.id}`, 'focus on the due day');
    expect(textOf(el, `#${days.id}-error`)).to.equal(
      'Choose a due day from 90 days before to 365 days after the start date.',
    );
    expect((await s.store.onboarding!.campaign(s.campaignId)).phases[0]!.tasks).to.have.length(2);
  });

  it('explains that progress is kept per task when people are enrolled', async () => {
    const { el } = await editor({ enrol: ['nina', 'sam'] });
    expect(textOf(el, '.enrolled-note')).to.equal(
      '2 people are enrolled. Their progress is kept per task: tasks you keep stay ticked, new tasks appear on their checklists, and a task you remove takes its progress out of sight (it is not deleted).',
    );
  });

  it('keeps a new campaign through a failed save, and a retry saves it once', async () => {
    const s = await seeded({ campaign: false });
    const el = await manage(s);
    button(el, 'New empty campaign').click();
    await until(el, () => has(el, '.campaign-form'), 'the editor');
    type($<HTMLInputElement>(el, '#ce-title')!, 'Interns');
    type($$<HTMLInputElement>(el, '.phase-title input')[0]!, 'Day one');
    type($$<HTMLInputElement>(el, '.task input[id$="-title"]')[0]!, 'Collect your badge');
    s.world.faults.failNext('unavailable');
    await save(el);
    await until(el, () => has(el, '#ce-form-error'), 'the failure');
    expect(focused(el)).to.equal('p#ce-form-error');
    expect($<HTMLInputElement>(el, '#ce-title')!.value).to.equal('Interns');
    expect(await s.store.onboarding!.campaigns()).to.have.length(0);
    await save(el);
    await until(el, () => has(el, '.enrol-form'), 'the new campaign');
    const made = await s.store.onboarding!.campaigns();
    expect(made.map((c) => [c.title, c.phases[0]!.title, c.phases[0]!.tasks[0]!.title])).to.deep.equal([
      ['Interns', 'Day one', 'Collect your badge'],
    ]);
  });

  it('edits the audience: departments from the directory, locations, a start-date range', async () => {
    const { s, el } = await editor();
    await until(el, () => has(el, '#ce-departments'), 'the departments');
    const boxes = $$<HTMLInputElement>(el, '.departments input[type="checkbox"]');
    expect(boxes.map((b) => b.parentElement!.textContent!.trim())).to.deep.equal(await s.store.people.departments());
    boxes.find((b) => b.parentElement!.textContent!.trim() === 'Finance')!.click();
    type($<HTMLInputElement>(el, '#ce-locations')!, 'Utrecht, Amsterdam ,');
    type($<HTMLInputElement>(el, '#ce-startFrom')!, '2026-03-01');
    type($<HTMLInputElement>(el, '#ce-startTo')!, '2026-02-01');
    await save(el);
    await until(el, () => focused(el) === 'input#ce-startTo', 'focus on the range');
    expect(textOf(el, '#ce-startTo-error')).to.equal('The end of the range cannot be before its start.');
    type($<HTMLInputElement>(el, '#ce-startFrom')!, '2026-01-01');
    await save(el);
    const saved = await s.store.onboarding!.campaign(s.campaignId);
    expect(saved.audience).to.deep.equal({
      departments: ['Finance'],
      locations: ['Utrecht', 'Amsterdam'],
      startFrom: '2026-01-01',
      startTo: '2026-02-01',
    });
    // The rule enrolled Lea (Finance, Utrecht, starting in the range); Nina starts a day too late.
    expect(saved.enrolled).to.equal(1);
  });

  describe('on a 320px phone', () => {
    afterEach(async () => {
      document.body.style.removeProperty('font-family');
      await setViewport({ width: 800, height: 600 });
    });

    it('fits in Dutch with a task open: phase headers, task rows and the due-day fields within the element', async () => {
      await setViewport({ width: 320, height: 640 });
      // A sans-serif as on an intranet page (the test page's default serif is narrower).
      document.body.style.fontFamily = 'system-ui, sans-serif';
      const s = await seeded();
      const el = await manage(s, { lang: 'nl' });
      await openCampaign(el, s.campaignId, 'edit');
      $$<HTMLButtonElement>(el, '.task-toggle')[0]!.click();
      await el.updateComplete;
      expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      for (const node of $$(el, '.phase-head, .task-row, .due, .due-row'))
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right);
    });
  });
});
