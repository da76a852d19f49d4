import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LIMITS } from '@plein/core';
import type { PleinKudosWall } from './kudos-wall.element.js';
import {
  $,
  $$,
  PEOPLE,
  VALUES,
  calm,
  focused,
  has,
  renderWall,
  seeded,
  spoken,
  textOf,
  toast,
  type,
  until,
  type Name,
  type Setup,
} from './screen.fixtures.js';

const setup = (as: Name = 'cara', extra: Parameters<typeof seeded>[0] = {}) => seeded(extra, as);

/** The wall as `as`, with the values editor opened from its "Manage values" button. */
async function editor(s: Setup, lang = 'en'): Promise<PleinKudosWall> {
  const el = await renderWall(s, { lang });
  await until(el, () => has(el, '.manage-button'), 'the manage button');
  $<HTMLButtonElement>(el, '.manage-button')!.click();
  await until(el, () => has(el, '.values-editor .value-list'), 'the values');
  await until(el, () => focused(el) === 'h2#values-editor-title', 'focus on the editor');
  return el;
}

/** The values as listed: active first, then the archived ones. */
const listed = (el: PleinKudosWall): string[] =>
  $$(el, '.values-editor .value-row').map(
    (row) => `${textOf(row, '.value-badge')}${row.classList.contains('archived') ? ' (archived)' : ''}`,
  );

const field = <T extends HTMLElement = HTMLInputElement>(el: PleinKudosWall, id: string): T => $<T>(el, `#${id}`)!;
const submit = (el: PleinKudosWall) => $<HTMLButtonElement>(el, '.value-form button[type="submit"]')!.click();
const errorAt = (el: PleinKudosWall, name: string) => textOf(el, `#values-${name}-error`);

/** Presses Tab until the focused node inside the element matches `selector` (at most 40 times). */
async function tabTo(el: PleinKudosWall, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (el.shadowRoot!.activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}; at ${focused(el)}`);
}

describe('<plein-kudos-wall> values editor', () => {
  it('lists active and archived values, and explains what archiving does', async () => {
    const el = await editor(await setup());
    expect(textOf(el, '.editor-title')).to.equal('Values and settings');
    expect(listed(el)).to.deep.equal(['🤝Teamwork', '🦁Courage', '💡Customer first', '🏛️Legacy (archived)']);
    expect(textOf(el, '.values-editor .hint')).to.equal(
      'Archiving a value takes it out of the give form. Kudos already given for it stay on the wall, and you can restore it at any time.',
    );
    expect(textOf(el, '#values-archived')).to.equal('Archived values');
    expect($$(el, '.value-row [data-archive]').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Archive Teamwork',
      'Archive Courage',
      'Archive Customer first',
      'Restore Legacy',
    ]);
    await expect(calm(el)).to.be.accessible();
  });

  it('adds a value by keyboard alone', async () => {
    const s = await setup();
    const el = await editor(s);
    await tabTo(el, '.add-value');
    await sendKeys({ press: 'Enter' });
    await until(el, () => focused(el) === 'input#values-name-en', 'focus in the form');
    expect(textOf(el, '#values-form-title')).to.equal('Add a value');
    await sendKeys({ type: 'Ownership' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('input#values-name-nl');
    await sendKeys({ type: 'Eigenaarschap' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'We finish what we start' });
    // The suggested emoji are one stop: arrows pick.
    await tabTo(el, 'input[name="values-emoji-pick"]');
    await sendKeys({ press: 'ArrowRight' });
    expect(field(el, 'values-emoji').value).to.equal('💡');
    await tabTo(el, 'input[name="values-color"]');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect($<HTMLInputElement>(el, 'input[name="values-color"]:checked')!.value).to.equal('#107c10');
    expect(textOf(el, '.preview .value-badge')).to.equal('💡Ownership');
    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await until(el, () => !has(el, '.value-form'), 'the saved value');
    expect(listed(el)).to.deep.equal([
      '🤝Teamwork',
      '🦁Courage',
      '💡Customer first',
      '💡Ownership',
      '🏛️Legacy (archived)',
    ]);
    expect(toast(el)).to.equal('Ownership is saved.');
    const saved = (await s.store.kudos!.values()).at(-1)!;
    expect(saved).to.deep.include({
      name: { en: 'Ownership', nl: 'Eigenaarschap' },
      description: { en: 'We finish what we start' },
      emoji: '💡',
      color: '#107c10',
      archived: false,
    });
    expect(focused(el)).to.equal('button');
    expect(el.shadowRoot!.activeElement!.getAttribute('data-edit')).to.equal(saved.id);
  });

  it('edits a value, with a free colour from the colour picker', async () => {
    const s = await setup();
    const el = await editor(s);
    $<HTMLButtonElement>(el, '[data-edit="v-teamwork"]')!.click();
    await until(el, () => focused(el) === 'input#values-name-en', 'the form');
    expect(textOf(el, '#values-form-title')).to.equal('Edit Teamwork');
    expect(field(el, 'values-name-nl').value).to.equal('Samenwerking');
    expect(field<HTMLTextAreaElement>(el, 'values-description-en').value).to.equal('Better together');
    expect($<HTMLInputElement>(el, 'input[name="values-color"]:checked')!.value).to.equal('#0f6cbd');
    await expect(calm(el)).to.be.accessible();
    type(field(el, 'values-name-en'), 'Team spirit');
    type(field(el, 'values-description-nl'), '');
    const custom = field(el, 'values-color-custom');
    custom.value = '#aa5500';
    custom.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(has(el, 'input[name="values-color"]:checked'), 'no preset chosen').to.be.false;
    submit(el);
    await until(el, () => !has(el, '.value-form'), 'the saved value');
    expect(listed(el)[0]).to.equal('🤝Team spirit');
    expect((await s.store.kudos!.values())[0]).to.deep.equal({
      ...VALUES.teamwork,
      name: { en: 'Team spirit', nl: 'Samenwerking' },
      description: { en: 'Better together' },
      color: '#aa5500',
      archived: false,
    });
    expect(el.shadowRoot!.activeElement!.getAttribute('data-edit')).to.equal('v-teamwork');
  });

  it('archives and restores, keeping focus on the value', async () => {
    const s = await setup();
    const el = await editor(s);
    $<HTMLButtonElement>(el, '[data-archive="v-courage"]')!.click();
    await until(el, () => listed(el).includes('🦁Courage (archived)'), 'the archive');
    expect(toast(el)).to.equal('Courage is archived. Kudos already given for it stay on the wall.');
    await until(el, () => el.shadowRoot!.activeElement?.getAttribute('data-archive') === 'v-courage', 'focus');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Restore Courage');
    expect((await s.store.kudos!.values()).find((v) => v.id === 'v-courage')!.archived).to.be.true;

    $<HTMLButtonElement>(el, '[data-archive="v-legacy"]')!.click();
    await until(el, () => listed(el).includes('🏛️Legacy'), 'the restore');
    expect(toast(el)).to.equal('Legacy can be given again.');
    expect(listed(el)).to.deep.equal(['🤝Teamwork', '💡Customer first', '🏛️Legacy', '🦁Courage (archived)']);
  });

  it('shows every refusal of the store at its field', async () => {
    const s = await setup();
    const el = await editor(s);
    $<HTMLButtonElement>(el, '.add-value')!.click();
    await until(el, () => has(el, '.value-form'), 'the form');

    // No name at all.
    submit(el);
    await until(el, () => errorAt(el, 'name'), 'the name refusal');
    expect(errorAt(el, 'name')).to.equal('Give the value a name in at least one language.');
    expect(field(el, 'values-name-en').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'values-name-en').getAttribute('aria-describedby')).to.equal('values-name-hint values-name-error');
    expect(focused(el)).to.equal('input#values-name-en');
    await expect(calm(el)).to.be.accessible();

    // A name in use (in any language, any case).
    type(field(el, 'values-name-nl'), 'samenwerking');
    submit(el);
    await until(el, () => errorAt(el, 'name').startsWith('An active'), 'the duplicate');
    expect(errorAt(el, 'name')).to.equal('An active value already has this name. Choose another name.');

    // Not an emoji.
    type(field(el, 'values-name-nl'), 'Plezier');
    type(field(el, 'values-emoji'), 'ok');
    submit(el);
    await until(el, () => errorAt(el, 'emoji'), 'the emoji refusal');
    expect(errorAt(el, 'emoji')).to.equal('Use one emoji, such as 🤝 (no letters or numbers).');
    expect(errorAt(el, 'name'), 'the name is fine now').to.equal('');
    expect(focused(el)).to.equal('input#values-emoji');
    type(field(el, 'values-emoji'), '');
    submit(el);
    await until(el, () => errorAt(el, 'emoji') === 'Choose an emoji.', 'the empty emoji');

    // Not allowed (the store says so, whatever the page showed).
    type(field(el, 'values-emoji'), '🎉');
    s.world.faults.failNext('forbidden');
    submit(el);
    await until(el, () => has(el, '#values-form-error'), 'the form refusal');
    expect(textOf(el, '#values-form-error')).to.equal(
      'Only editors and the communications team can change the values and settings.',
    );
    expect(focused(el)).to.equal('p#values-form-error');
    await expect(calm(el)).to.be.accessible();

    // The store is down.
    s.world.faults.failNext('unavailable');
    submit(el);
    await until(el, () => textOf(el, '#values-form-error').startsWith("We can't"), 'the outage');

    submit(el);
    await until(el, () => !has(el, '.value-form'), 'the saved value');
    expect(listed(el)).to.include('🎉Plezier');
  });

  it('refuses a value past the limit and a restore that would duplicate a name', async () => {
    const extra = Array.from({ length: LIMITS.kudosValues - 3 }, (_, i) => ({
      id: `v-${i}`,
      name: { en: `Value ${i}` },
      description: {},
      emoji: '⭐',
      color: '#616161',
    }));
    const s = await setup('cara', {
      kudosValues: [...Object.values(VALUES), extra, { ...VALUES.teamwork, id: 'v-old', archived: true }].flat(),
    });
    const el = await editor(s);
    $<HTMLButtonElement>(el, '.add-value')!.click();
    await until(el, () => has(el, '.value-form'), 'the form');
    type(field(el, 'values-name-en'), 'One too many');
    submit(el);
    await until(el, () => has(el, '#values-form-error'), 'the refusal');
    expect(textOf(el, '#values-form-error')).to.equal('There can be at most 30 active values. Archive one first.');
    await sendKeys({ press: 'Escape' });
    await until(el, () => has(el, '.value-list'), 'the list');
    expect(el.shadowRoot!.activeElement!.classList.contains('add-value'), 'focus back on "Add"').to.be.true;

    $<HTMLButtonElement>(el, '[data-archive="v-courage"]')!.click();
    await until(el, () => listed(el).includes('🦁Courage (archived)'), 'the archive');
    const restore = $<HTMLButtonElement>(el, '[data-archive="v-old"]')!;
    restore.click();
    await until(el, () => has(el, '.row-error'), 'the row refusal');
    expect(textOf(el, '.row-error')).to.equal('An active value already has this name. Rename one of them first.');
    expect(restore.getAttribute('aria-describedby')).to.equal('values-row-error-v-old');
    await expect(calm(el)).to.be.accessible();
  });

  it('switches the people leaderboard, with its explanation', async () => {
    const s = await setup();
    const el = await editor(s);
    const toggle = field(el, 'values-people-board');
    expect(toggle.getAttribute('role')).to.equal('switch');
    expect(toggle.checked).to.be.false;
    expect(textOf(el, '#values-people-hint')).to.equal(
      'Ranks colleagues by the kudos they received, beside the wall. Off by default: ranking people is a choice to make on purpose.',
    );
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await until(el, () => spoken(el) === 'The people leaderboard is shown.', 'the setting');
    expect((await s.store.kudos!.settings()).peopleLeaderboard).to.be.true;
    expect(toggle.checked).to.be.true;

    s.world.faults.failNext('unavailable');
    await sendKeys({ press: 'Space' });
    await until(el, () => has(el, '#values-people-error'), 'the refusal');
    expect(toggle.checked, 'back as it was').to.be.true;
    expect(textOf(el, '#values-people-error')).to.equal(
      "We can't reach the service right now. Please try again in a moment.",
    );
    expect((await s.store.kudos!.settings()).peopleLeaderboard).to.be.true;
  });

  it('closes with Escape and returns focus to the wall’s button', async () => {
    const el = await editor(await setup());
    $<HTMLButtonElement>(el, '[data-edit="v-courage"]')!.click();
    await until(el, () => focused(el) === 'input#values-name-en', 'the form');
    await sendKeys({ press: 'Escape' });
    await until(el, () => has(el, '.value-list'), 'the list');
    expect(el.shadowRoot!.activeElement!.getAttribute('data-edit')).to.equal('v-courage');
    await sendKeys({ press: 'Escape' });
    await until(el, () => !has(el, '.values-editor'), 'the editor to close');
    expect(el.shadowRoot!.activeElement!.classList.contains('manage-button')).to.be.true;
  });

  it('is never offered to members, and the store refuses them anyway', async () => {
    const s = await setup('alice');
    const el = await renderWall(s);
    await until(el, () => has(el, '.give-button'), 'the toolbar');
    expect(has(el, '.manage-button')).to.be.false;
    expect(has(el, '.values-editor')).to.be.false;
    const refused = await s.store
      .kudos!.createValue(
        { name: { en: 'Mine' }, description: {}, emoji: '🎯', color: '#0f6cbd' },
        { idempotencyKey: 'x' },
      )
      .then(
        () => 'created',
        (error: { code: string }) => error.code,
      );
    expect(refused).to.equal('forbidden');
    expect(PEOPLE.alice.roles).to.deep.equal(['member']);
  });

  it('speaks Dutch', async () => {
    const el = await editor(await setup('cara'), 'nl');
    expect(textOf(el, '.editor-title')).to.equal('Waarden en instellingen');
    expect(listed(el)[0]).to.equal('🤝Samenwerking');
    expect($(el, '[data-edit="v-teamwork"]')!.getAttribute('aria-label')).to.equal('Samenwerking bewerken');
    expect(textOf(el, 'label[for="values-people-board"]')).to.equal('Ranglijst van mensen tonen');
    $<HTMLButtonElement>(el, '.add-value')!.click();
    await until(el, () => has(el, '.value-form'), 'the form');
    expect(textOf(el, '#values-form-title')).to.equal('Waarde toevoegen');
    expect(textOf(el, 'label[for="values-name-nl"]')).to.equal('Nederlands');
    submit(el);
    await until(el, () => errorAt(el, 'name'), 'the refusal');
    expect(errorAt(el, 'name')).to.equal('Geef de waarde een naam in ten minste één taal.');
    await expect(calm(el)).to.be.accessible();
  });
});
