import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Person, PleinStore } from '@plein/core';
import { CONTRACT_PEOPLE, type World } from '@plein/core/testing';
import { createMemoryWorld } from '@plein/store-memory';
import { SEARCH_DELAY_MS, type PleinPeoplePicker, type PleinPeopleChangeDetail } from './people-picker.element.js';
import './people-picker.js';

const { alice, bob } = CONTRACT_PEOPLE;

interface Setup {
  world: World;
  store: PleinStore;
  /** Every `people.search` call, in order. */
  searches: { query: string; limit?: number }[];
}

async function seeded(): Promise<Setup> {
  const world = createMemoryWorld();
  await world.seed({ people: Object.values(CONTRACT_PEOPLE) });
  const searches: Setup['searches'] = [];
  const real = world.as(alice.id);
  const people = {
    search: (query: string, options?: { limit?: number }) => {
      searches.push({ query, limit: options?.limit });
      return real.people.search(query, options);
    },
    get: (id: string) => real.people.get(id),
    getMany: (ids: readonly string[]) => real.people.getMany(ids),
  };
  const store = new Proxy(real, { get: (target, key) => (key === 'people' ? people : Reflect.get(target, key)) });
  return { world, store, searches };
}

async function render(s: Setup, options: { lang?: string; multiple?: boolean; label?: string } = {}) {
  const el = await fixture<PleinPeoplePicker>(
    html`<plein-people-picker
      lang=${options.lang ?? 'en'}
      label=${options.label ?? 'Give kudos to'}
      ?multiple=${options.multiple ?? false}
      .store=${s.store}
      .clock=${s.world.clock}
    ></plein-people-picker>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PleinPeoplePicker, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: PleinPeoplePicker, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();
const has = (el: PleinPeoplePicker, selector: string) => $(el, selector) !== null;
const input = (el: PleinPeoplePicker) => $<HTMLInputElement>(el, 'input[role="combobox"]')!;
const options = (el: PleinPeoplePicker) => $$(el, '[role="option"] .option-text').map((o) => clean(o.textContent));
const chips = (el: PleinPeoplePicker) => $$(el, '.chip-name').map((c) => c.textContent);
const spoken = (el: PleinPeoplePicker) => clean($(el, '[role="status"]')?.textContent);
const expanded = (el: PleinPeoplePicker) => input(el).getAttribute('aria-expanded');
const activeOption = (el: PleinPeoplePicker) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? clean($(el, `#${id} .option-text`)?.textContent) : undefined;
};

async function until(el: PleinPeoplePicker, condition: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    if (condition()) return;
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Types into the field and lets the search delay pass on the manual clock. */
async function search(s: Setup, el: PleinPeoplePicker, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  s.world.clock.advance(SEARCH_DELAY_MS);
  await until(el, () => !$(el, '.message') || !clean($(el, '.message')?.textContent)?.endsWith('…'), 'the search');
}

describe('<plein-people-picker>', () => {
  it('is a labelled, collapsed combobox to start with', async () => {
    const s = await seeded();
    const el = await render(s);
    expect(clean($(el, 'label')?.textContent)).to.equal('Give kudos to');
    expect(input(el).getAttribute('aria-controls')).to.equal('listbox');
    expect(input(el).getAttribute('aria-autocomplete')).to.equal('list');
    expect(expanded(el)).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.be.false;
    expect($(el, '[role="listbox"]')!.hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('takes focus into its search field when the page focuses the element', async () => {
    const s = await seeded();
    const el = await render(s);
    el.focus();
    expect(el.shadowRoot!.activeElement === input(el)).to.be.true;
  });

  it('searches once the typing pauses, on the element clock', async () => {
    const s = await seeded();
    const el = await render(s);
    input(el).focus();
    await sendKeys({ type: 'bo' });
    s.world.clock.advance(SEARCH_DELAY_MS - 1);
    await sendKeys({ type: 'b' });
    s.world.clock.advance(SEARCH_DELAY_MS - 1);
    expect(s.searches).to.deep.equal([]);
    s.world.clock.advance(1);
    expect(s.searches).to.deep.equal([{ query: 'bob', limit: 8 }]);
    await until(el, () => expanded(el) === 'true', 'the results');
    expect(options(el)).to.deep.equal(['Bob de Bruijn Service desk engineer · IT']);
    expect($(el, '[role="option"] .avatar')?.textContent?.trim()).to.equal('BB');
    expect(spoken(el)).to.equal('1 person found');
    await expect(el).to.be.accessible();
  });

  it('moves through the results with the keyboard and chooses with Enter', async () => {
    const s = await seeded();
    const el = await render(s);
    await search(s, el, 'a');
    expect(options(el)).to.deep.equal(['Ada Visser Platform owner · IT', 'Alice Andersen Controller · Finance']);
    expect(spoken(el)).to.equal('2 people found');
    expect(activeOption(el)).to.equal(undefined);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal('Ada Visser Platform owner · IT');
    expect($(el, '#option-0')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.match(/^Alice/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.match(/^Ada/);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(activeOption(el)).to.match(/^Alice/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeOption(el)).to.match(/^Ada/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeOption(el)).to.match(/^Alice/);
    await expect(el).to.be.accessible();

    const changed = oneEvent(el, 'plein-people-change');
    await sendKeys({ press: 'Enter' });
    const event = (await changed) as CustomEvent<PleinPeopleChangeDetail>;
    expect(event.detail.people.map((p) => p.id)).to.deep.equal([alice.id]);
    await el.updateComplete;
    expect(el.value.map((p) => p.id)).to.deep.equal([alice.id]);
    expect(chips(el)).to.deep.equal(['Alice Andersen']);
    expect(input(el).value).to.equal('');
    expect(expanded(el)).to.equal('false');
    expect(spoken(el)).to.equal('Alice Andersen added.');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));

    // Without `multiple`, a new choice replaces the old one.
    await search(s, el, 'bob');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Bob de Bruijn']);
  });

  it('closes with Escape, then clears the text with a second Escape', async () => {
    const s = await seeded();
    const el = await render(s);
    await search(s, el, 'a');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.be.false;
    expect(input(el).value).to.equal('a');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(expanded(el)).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('chooses with the mouse', async () => {
    const s = await seeded();
    const el = await render(s);
    await search(s, el, 'it');
    const changed = oneEvent(el, 'plein-people-change');
    $$(el, '[role="option"]')[1]!.click();
    const event = (await changed) as CustomEvent<PleinPeopleChangeDetail>;
    expect(event.detail.people.map((p) => p.displayName)).to.deep.equal(['Bob de Bruijn']);
  });

  it('ignores an answer that arrives after a newer query', async () => {
    const s = await seeded();
    const el = await render(s);
    s.world.faults.stall();
    input(el).focus();
    await sendKeys({ type: 'a' });
    s.world.clock.advance(SEARCH_DELAY_MS); // asked, but the answer hangs
    await el.updateComplete;
    expect(clean($(el, '.message')?.textContent)).to.equal('Searching…');
    await sendKeys({ type: 'da' });
    s.world.faults.release(); // the stale "a" answer arrives now, and is dropped
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    await el.updateComplete;
    expect(options(el)).to.deep.equal([]);
    expect(spoken(el)).to.equal('');
    s.world.clock.advance(SEARCH_DELAY_MS);
    await until(el, () => expanded(el) === 'true', 'the results for "ada"');
    expect(s.searches.map((q) => q.query)).to.deep.equal(['a', 'ada']);
    expect(options(el)).to.deep.equal(['Ada Visser Platform owner · IT']);
  });

  it('says when no one is found', async () => {
    const s = await seeded();
    const el = await render(s);
    await search(s, el, 'zzz');
    expect(expanded(el)).to.equal('false');
    expect(clean($(el, '#message')?.textContent)).to.equal('No one found for “zzz”.');
    expect(input(el).getAttribute('aria-describedby')).to.equal('message');
    expect(spoken(el)).to.equal('No one found for “zzz”.');
    await expect(el).to.be.accessible();
  });

  it('shows a localized error with a retry', async () => {
    const s = await seeded();
    const el = await render(s);
    s.world.faults.failNext('unavailable');
    await search(s, el, 'bob');
    await until(el, () => $(el, '.message.error'), 'the error');
    const message = clean($(el, '.message.error span')?.textContent)!;
    expect(message).to.not.contain('injected');
    expect(message.length).to.be.greaterThan(0);
    expect(spoken(el)).to.equal(message);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.message.error button')!.click();
    await until(el, () => expanded(el) === 'true', 'the results after retry');
    expect(options(el)).to.deep.equal(['Bob de Bruijn Service desk engineer · IT']);
  });

  it('keeps several people as chips with `multiple`, removable by keyboard', async () => {
    const s = await seeded();
    const el = await render(s, { multiple: true });
    const events: Person[][] = [];
    el.addEventListener('plein-people-change', (e) => events.push(e.detail.people));
    el.value = [bob]; // a property change is not the person's action: no event
    await el.updateComplete;
    expect(events).to.deep.equal([]);

    await search(s, el, 'it');
    expect(options(el)).to.deep.equal(['Ada Visser Platform owner · IT']); // Bob is chosen already
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Bob de Bruijn', 'Ada Visser']);
    expect(clean($(el, '.chips')?.getAttribute('aria-label'))).to.equal('Chosen people');
    await expect(el).to.be.accessible();

    // Backspace in the empty field removes the last one.
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Bob de Bruijn']);
    expect(spoken(el)).to.equal('Ada Visser removed.');

    // Each chip has its own remove button.
    const remove = $<HTMLButtonElement>(el, '.chip-remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Bob de Bruijn');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(events.map((people) => people.map((p) => p.displayName))).to.deep.equal([
      ['Bob de Bruijn', 'Ada Visser'],
      ['Bob de Bruijn'],
      [],
    ]);
  });

  it("shows the form's hint and error below its field, which they describe", async () => {
    const s = await seeded();
    const el = await render(s, { multiple: true });
    const describedBy = () => input(el).getAttribute('aria-describedby')?.split(' ') ?? [];
    const said = () => describedBy().map((id) => clean($(el, `#${id}`)?.textContent));
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect(input(el).hasAttribute('aria-describedby')).to.be.false;

    el.description = 'Choose up to 10 colleagues.';
    await el.updateComplete;
    expect(said()).to.deep.equal(['Choose up to 10 colleagues.']);
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');

    el.error = 'Choose at least one colleague.';
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(said()).to.deep.equal(['Choose up to 10 colleagues.', 'Choose at least one colleague.']);
    // Below the field, announced as it appears, and drawn as an error.
    const error = $(el, '#error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.getAttribute('part')).to.equal('error');
    expect(input(el).compareDocumentPosition(error) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(getComputedStyle(input(el)).borderTopColor).to.equal(getComputedStyle(error).color);
    await expect(el).to.be.accessible();

    // A search's own message joins them while it is shown.
    await search(s, el, 'zzz');
    expect(describedBy()).to.deep.equal(['description', 'error', 'message']);
    await expect(el).to.be.accessible();

    // The form clears it: valid again, the hint stays.
    el.error = undefined;
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect(has(el, '#error')).to.be.false;
    expect(describedBy()).to.deep.equal(['description', 'message']);
  });

  it('takes the hint and the error as attributes too', async () => {
    const s = await seeded();
    const el = await fixture<PleinPeoplePicker>(
      html`<plein-people-picker
        lang="nl"
        label="Aan"
        description="Kies maximaal 10 collega’s."
        error="Kies minstens één collega."
        .store=${s.store}
        .clock=${s.world.clock}
      ></plein-people-picker>`,
    );
    await el.updateComplete;
    expect(clean($(el, '#description')?.textContent)).to.equal('Kies maximaal 10 collega’s.');
    expect(clean($(el, '#error')?.textContent)).to.equal('Kies minstens één collega.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('description error');
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch', async () => {
    const s = await seeded();
    const el = await render(s, { lang: 'nl', multiple: true, label: '' });
    expect(clean($(el, 'label')?.textContent)).to.equal('Personen');
    await search(s, el, 'zzz');
    expect(clean($(el, '#message')?.textContent)).to.equal('Niemand gevonden voor ‘zzz’.');
    await sendKeys({ press: 'Escape' });
    await search(s, el, 'a');
    expect(spoken(el)).to.equal('2 personen gevonden');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(spoken(el)).to.equal('Ada Visser toegevoegd.');
    expect($(el, '.chip-remove')!.getAttribute('aria-label')).to.equal('Ada Visser verwijderen');
    expect($(el, '.chips')!.getAttribute('aria-label')).to.equal('Gekozen personen');
    await expect(el).to.be.accessible();
    s.world.faults.failNext('unavailable');
    await search(s, el, 'bob');
    await until(el, () => $(el, '.message.error'), 'the error');
    expect(clean($(el, '.message.error button')?.textContent)).to.equal('Probeer het opnieuw');
  });
});
