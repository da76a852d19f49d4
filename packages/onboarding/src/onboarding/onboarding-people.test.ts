/**
 * Managers and buddies: "People you are onboarding" with each new hire's start date, progress,
 * overdue count and the viewer's own tasks to tick; one person's checklist through `person`;
 * live ticks by others and reminders.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  DAY,
  PEOPLE,
  $,
  $$,
  advance,
  box,
  calm,
  checklist,
  has,
  seeded,
  spoken,
  task,
  taskId,
  textOf,
  until,
  write,
} from './onboarding.fixtures.js';

describe('<plein-onboarding> for managers and buddies', () => {
  it('lists the people the viewer onboards, with their own tasks to tick', async () => {
    const s = await seeded({ viewer: 'bob', sam: true });
    const el = await checklist(s);
    expect(has(el, '.checklist')).to.equal(false);
    expect(has(el, '.empty-state')).to.equal(false);
    expect(textOf(el, '.assigned h2')).to.equal('People you are onboarding');
    const people = $$(el, '.assigned .person');
    expect(people.map((p) => textOf(p, '.person-name'))).to.deep.equal([
      PEOPLE.nina.displayName,
      PEOPLE.sam.displayName,
    ]);
    const nina = people[0]!;
    expect(textOf(nina, '.person-detail')).to.equal(
      'Starts Mon, Feb 2 · You are their manager · Welcome to Noordlicht',
    );
    expect(textOf(nina, '.progress-text')).to.equal('0 of 7 tasks done');
    const mine = [...nina.querySelectorAll(':scope > .tasks > .task')].map((li) => textOf(li, '.task-title'));
    expect(mine).to.deep.equal(['Prepare the laptop', 'First check-in']);
    // The whole checklist, read-only, on demand.
    const whole = nina.querySelector<HTMLDetailsElement>('details.whole')!;
    expect(whole.open).to.equal(false);
    whole.querySelector('summary')!.click();
    await el.updateComplete;
    expect(whole.querySelectorAll('.task')).to.have.length(7);
    expect(whole.querySelectorAll('input')).to.have.length(0);
    expect(textOf(task(el, 'Sign your contract', whole), '.owner')).to.equal(`${PEOPLE.nina.displayName} does this`);
    await expect(calm(el)).to.be.accessible();

    // Bob ticks his task for Nina by keyboard.
    box(task(el, 'Prepare the laptop', nina))!.focus();
    await sendKeys({ press: 'Space' });
    await until(el, () => task(el, 'Prepare the laptop', nina).classList.contains('state-done'), 'the tick');
    const saved = await s.as('nina').onboarding!.checklist(s.campaignId, PEOPLE.nina.id);
    expect(saved.phases[1]!.tasks.find((t) => t.title === 'Prepare the laptop')!.done).to.equal(true);
    expect(textOf(nina, '.progress-text')).to.equal('1 of 7 tasks done');
  });

  it('counts overdue tasks per person', async () => {
    const s = await seeded({ viewer: 'bob' });
    const el = await checklist(s);
    await advance(el, s.world, 21 * DAY); // Monday 2 February: the contract, the guide and the laptop are late
    expect(textOf(el, '.person .overdue-badge')).to.equal('3 overdue');
    expect(textOf($(el, '.person')!, '.person-detail')).to.match(/^Started Mon, Feb 2/);
  });

  it("shows the viewer's own checklist first, then the people they onboard", async () => {
    const s = await seeded({ viewer: 'zoe' });
    await s.as('cara').onboarding!.enrol(s.campaignId, { personId: PEOPLE.zoe.id, startDate: '2026-01-05' }, write());
    const el = await checklist(s);
    await until(el, () => has(el, '.checklist') && has(el, '.assigned'), 'both');
    const order = $$(el, '.onboarding > *').map((node) => node.localName);
    expect(order).to.deep.equal(['article', 'section']);
    expect(textOf($(el, '.person')!, '.person-detail')).to.include('You are their buddy');
    const mine = [...$(el, '.person')!.querySelectorAll(':scope > .tasks > .task')].map((li) =>
      textOf(li, '.task-title'),
    );
    expect(mine).to.deep.equal(['Lunch with the team']);
    await expect(calm(el)).to.be.accessible();
  });

  it("shows one person's checklist through `person`, the viewer's tasks tickable", async () => {
    const s = await seeded({ viewer: 'bob' });
    const el = await checklist(s, { person: PEOPLE.nina.id });
    expect(textOf(el, '.eyebrow')).to.equal(`Onboarding of ${PEOPLE.nina.displayName}`);
    expect(has(el, '.assigned')).to.equal(false);
    expect(box(task(el, 'Prepare the laptop'))).to.not.equal(null);
    expect(box(task(el, 'Sign your contract'))).to.equal(null);
    expect(textOf(task(el, 'Sign your contract'), '.owner')).to.equal(`${PEOPLE.nina.displayName} does this`);
    expect(textOf(el, '.first-day')).to.equal('Starts Mon, Feb 2');
    await expect(calm(el)).to.be.accessible();

    const stranger = await checklist({ world: s.world, store: s.as('alice') }, { person: PEOPLE.nina.id });
    expect(textOf(stranger, '.state-heading')).to.equal('No onboarding checklist');
    await expect(calm(stranger)).to.be.accessible();
  });

  it('shows a tick by the manager live, and says who did it', async () => {
    const s = await seeded();
    const el = await checklist(s);
    const laptop = await taskId(s, 'Prepare the laptop');
    await s.as('bob').onboarding!.tick(s.campaignId, PEOPLE.nina.id, laptop, true, write());
    await until(el, () => task(el, 'Prepare the laptop').classList.contains('state-done'), 'the live tick');
    expect(textOf(task(el, 'Prepare the laptop'), '.due')).to.equal(`Done by ${PEOPLE.bob.displayName}, Jan 12`);
    expect(task(el, 'Prepare the laptop').querySelector('.mark')!.getAttribute('aria-label')).to.equal('Done');
    expect(textOf(el, '.head .progress-text')).to.equal('1 of 7 tasks done');
    expect(spoken(el)).to.equal(`${PEOPLE.bob.displayName} ticked off “Prepare the laptop”.`);
  });

  it('reads again and reminds politely when a task of the viewer is due soon or overdue', async () => {
    const s = await seeded();
    const el = await checklist(s);
    await advance(el, s.world, 13 * DAY); // the contract is due in 3 days
    await until(el, () => spoken(el).startsWith('Reminder:'), 'the reminder');
    expect(spoken(el)).to.equal('Reminder: “Sign your contract” is due soon.');
  });
});
