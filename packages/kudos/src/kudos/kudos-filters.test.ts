/**
 * Filtering the wall by value, department and person (received or given), alone and combined,
 * with the result count announced; and a person's own page (`recipient`).
 */
import { expect } from '@open-wc/testing';
import {
  PEOPLE,
  VALUES,
  $,
  calm,
  has,
  kudos,
  messages,
  nextTask,
  seeded,
  spoken,
  textOf,
  type,
  until,
  wall,
  type Setup,
  clearDrafts,
} from './wall.fixtures.js';
import { PEOPLE_SEARCH_DELAY_MS } from '@plein/ui';
import type { PleinKudosWall } from './kudos-wall.element.js';

/**
 * Bob → Alice (teamwork), Alice → Bob (courage), Cara → Ada (customer), Zoë → Mo (teamwork),
 * Bob → Zoë (customer). Departments: Alice Finance, Bob IT, Ada IT, Mo HR, Zoë Sales.
 */
const SEED = [
  kudos('k1', 1, { message: 'Bob to Alice' }),
  kudos('k2', 2, {
    fromId: PEOPLE.alice.id,
    toIds: [PEOPLE.bob.id],
    valueId: VALUES.courage.id,
    message: 'Alice to Bob',
  }),
  kudos('k3', 3, {
    fromId: PEOPLE.cara.id,
    toIds: [PEOPLE.ada.id],
    valueId: VALUES.customer.id,
    message: 'Cara to Ada',
  }),
  kudos('k4', 4, { fromId: PEOPLE.zoe.id, toIds: [PEOPLE.mo.id], message: 'Zoë to Mo' }),
  kudos('k5', 5, { toIds: [PEOPLE.zoe.id], valueId: VALUES.customer.id, message: 'Bob to Zoë' }),
];

async function select(el: PleinKudosWall, id: string, value: string): Promise<void> {
  const box = $<HTMLSelectElement>(el, `#${id}`)!;
  box.value = value;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Waits for the wall to show `expected` (a reload after a filter changed). */
async function shows(el: PleinKudosWall, expected: string[]): Promise<void> {
  await until(el, () => !has(el, '.skeleton') && messages(el).join('|') === expected.join('|'), expected.join(', '));
}

async function pickPerson(el: PleinKudosWall, s: Setup, query: string): Promise<void> {
  const picker = $(el, '.person-filter plein-people-picker')!;
  type(picker.shadowRoot!.querySelector('input')!, query);
  s.world.clock.advance(PEOPLE_SEARCH_DELAY_MS);
  await until(el, () => picker.shadowRoot!.querySelector('[role="option"]'), `${query} found`);
  picker.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
  await el.updateComplete;
}

describe('<plein-kudos-wall> filters', () => {
  afterEach(clearDrafts);

  it('filters by value, and says how many kudos it found', async () => {
    const el = await wall(await seeded({ kudos: SEED }));
    const options = [...$<HTMLSelectElement>(el, '#filter-value')!.options].map((o) => o.textContent?.trim());
    expect(options).to.deep.equal([
      'All values',
      '🤝 Teamwork',
      '🦁 Courage',
      '💡 Customer first',
      '🏛️ Legacy (archived)',
    ]);
    await select(el, 'filter-value', VALUES.customer.id);
    await shows(el, ['Cara to Ada', 'Bob to Zoë']);
    await until(el, () => spoken(el), 'the count');
    expect(spoken(el)).to.equal('2 kudos shown.');
    await expect(calm(el)).to.be.accessible();
  });

  it('filters by department (kudos received there)', async () => {
    const el = await wall(await seeded({ kudos: SEED }));
    const options = [...$<HTMLSelectElement>(el, '#filter-department')!.options].map((o) => o.value);
    expect(options).to.include.members(['', 'Finance', 'IT', 'HR', 'Sales']);
    await select(el, 'filter-department', 'IT');
    await shows(el, ['Alice to Bob', 'Cara to Ada']);
  });

  it('filters by person, received or given, and combines filters', async () => {
    const s = await seeded({ kudos: SEED });
    const el = await wall(s);
    await pickPerson(el, s, 'Bob');
    await shows(el, ['Alice to Bob']);
    const given = $<HTMLInputElement>(el, '.person-filter input[value="given"]')!;
    given.click();
    await shows(el, ['Bob to Alice', 'Bob to Zoë']);
    await select(el, 'filter-value', VALUES.customer.id);
    await shows(el, ['Bob to Zoë']);
    await select(el, 'filter-department', 'Finance');
    await until(el, () => has(el, '.empty-state'), 'no match');
    expect(textOf(el, '.empty-state')).to.include('No kudos match these filters');
    await until(el, () => spoken(el) === 'No kudos match.', 'the count');
    await expect(calm(el)).to.be.accessible();
    $<HTMLButtonElement>(el, '.empty-state button')!.click();
    await shows(el, ['Bob to Alice', 'Alice to Bob', 'Cara to Ada', 'Zoë to Mo', 'Bob to Zoë']);
    expect($<HTMLSelectElement>(el, '#filter-value')!.value).to.equal('');
  });

  it("is a person's own page with recipient, with a switch to the kudos they gave", async () => {
    const el = await wall(await seeded({ kudos: SEED }), { recipient: PEOPLE.bob.id });
    expect(textOf(el, '.person-title')).to.equal(PEOPLE.bob.displayName);
    expect(textOf(el, '.person-detail')).to.equal('Service desk engineer · IT');
    expect(messages(el)).to.deep.equal(['Alice to Bob']);
    expect(has(el, '.person-filter')).to.equal(false);
    $<HTMLInputElement>(el, '.person-head input[value="given"]')!.click();
    await shows(el, ['Bob to Alice', 'Bob to Zoë']);
    await expect(calm(el)).to.be.accessible();
  });

  it('takes recipient="me" as the signed-in person', async () => {
    const el = await wall(await seeded({ kudos: SEED }, 'zoe'), { recipient: 'me' });
    expect(textOf(el, '.person-title')).to.equal(PEOPLE.zoe.displayName);
    expect(messages(el)).to.deep.equal(['Bob to Zoë']);
  });

  it("invites kudos on an empty person's page, for that person", async () => {
    const el = await wall(await seeded({ kudos: SEED }), { recipient: PEOPLE.cara.id });
    expect(textOf(el, '.empty-state')).to.include(`Be the first to thank ${PEOPLE.cara.displayName}.`);
    $<HTMLButtonElement>(el, '.empty-state button')!.click();
    await until(el, () => has(el, 'form.give'), 'the give form');
    await nextTask();
    const chips = $(el, '#give-people')!.shadowRoot!.querySelectorAll('.chip-name');
    expect([...chips].map((c) => c.textContent)).to.deep.equal([PEOPLE.cara.displayName]);
  });

  it('keeps the filters a page fixed: value and department attributes are not offered again', async () => {
    const el = await wall(await seeded({ kudos: SEED }), { value: VALUES.teamwork.id, department: 'HR' });
    expect(messages(el)).to.deep.equal(['Zoë to Mo']);
    expect(has(el, '#filter-value')).to.equal(false);
    expect(has(el, '#filter-department')).to.equal(false);
  });
});
