import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PleinInsightsTargetDetail } from './events.js';
import type { PleinInsights } from './insights.element.js';
import { lazy } from './lazy.js';
import {
  $,
  button,
  calm,
  counting,
  dashboard,
  focused,
  has,
  replaceChunk,
  seeded,
  tabTo,
  textOf,
  tileText,
  toast,
  until,
} from './insights.fixtures.js';

/** Replaces what the target field holds, by keyboard, and submits with Enter. */
async function submit(el: PleinInsights, value: string): Promise<void> {
  expect(focused(el)).to.equal('input#target-value');
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Says why a value is not a target, at the field, with focus back in it. */
async function refused(el: PleinInsights, value: string, message: string): Promise<void> {
  await submit(el, value);
  await until(el, () => textOf(el, '#target-error') === message, message);
  const input = $<HTMLInputElement>(el, '#target-value')!;
  expect(input.getAttribute('aria-invalid'), value).to.equal('true');
  expect(input.getAttribute('aria-describedby')).to.equal('target-hint target-error');
  expect(focused(el)).to.equal('input#target-value');
}

/** Opens a tile's target form by keyboard alone. */
async function open(el: PleinInsights, label: string): Promise<void> {
  await tabTo(el, `button[aria-label="${label}"]`);
  await sendKeys({ press: 'Enter' });
  await until(el, () => focused(el) === 'input#target-value', 'the form, focused');
}

describe('<plein-insights>: targets', () => {
  it('sets a share target by keyboard alone, after answering -5, 0, 300% and nothing', async () => {
    const s = await seeded();
    const el = await dashboard(s);
    const events: PleinInsightsTargetDetail[] = [];
    el.addEventListener('plein-insights-target', (event) => events.push(event.detail));
    await open(el, 'Set target for Active people');
    expect(textOf(el, '#target-heading')).to.equal('Target for Active people');
    expect($<HTMLSelectElement>(el, '#target-per')!.value, 'this month: a monthly target').to.equal('month');
    expect(textOf(el, '#target-hint')).to.equal('A percentage above 0, at most 100.');
    expect(textOf(el, '.with-unit')).to.equal('%');
    expect($(el, '[data-target-open="active"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(calm(el)).to.be.accessible();

    await refused(el, '', 'Type a target.');
    await refused(el, '-5', 'The target has to be more than 0.');
    await refused(el, '0', 'The target has to be more than 0.');
    await refused(el, '300', 'A percentage can be at most 100.');
    await expect(calm(el)).to.be.accessible();
    expect(await s.store.insights!.targets(), 'nothing sent').to.deep.equal([]);

    await submit(el, '60');
    await until(el, () => !has(el, '.target-form'), 'the form to close');
    expect(toast(el)).to.equal('Target for Active people saved: 60% a month.');
    expect(focused(el)).to.equal('button[data-target-open=active]');
    await until(el, () => tileText(el, 'active').target !== '', 'the target on the tile');
    // 33.3% of 60%.
    expect(tileText(el, 'active').target).to.equal('Target 60% a month 56% of target');
    expect($(el, '[data-target-open="active"]')!.getAttribute('aria-label')).to.equal('Edit target for Active people');
    const [saved] = await s.store.insights!.targets();
    expect(saved).to.deep.include({ metric: 'active', per: 'month', value: 60, updatedBy: 'p-cara' });
    expect(events).to.have.length(1);
    expect(events[0]!.target).to.deep.include({ metric: 'active', per: 'month', value: 60 });
  });

  it('asks whole numbers for counts, and closes on Escape with focus back on its button', async () => {
    const s = await seeded();
    const el = await dashboard(s);
    await open(el, 'Set target for Posts');
    expect(textOf(el, '#target-hint')).to.equal('A whole number from 1 to 10,000,000.');
    expect(has(el, '.with-unit .unit'), 'no % for a count').to.be.false;
    await refused(el, '2.5', 'Use a whole number.');
    await refused(el, '20000000', 'The target can be at most 10,000,000.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(has(el, '.target-form')).to.be.false;
    expect(focused(el)).to.equal('button[data-target-open=posts]');
    expect($(el, '[data-target-open="posts"]')!.getAttribute('aria-expanded')).to.equal('false');

    // A weekly target for a count, on a period of twelve days: scaled, and said so.
    await sendKeys({ press: 'Enter' });
    await until(el, () => focused(el) === 'input#target-value', 'the form again');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal('select#target-per');
    await sendKeys({ press: 'ArrowUp' });
    expect($<HTMLSelectElement>(el, '#target-per')!.value).to.equal('week');
    await sendKeys({ press: 'Tab' });
    await submit(el, '7');
    await until(el, () => tileText(el, 'posts').target !== '', 'the target on the tile');
    expect(tileText(el, 'posts').target).to.equal('Target 12 (7 a week) 25% of target');
  });

  it('edits and removes a target by keyboard', async () => {
    const s = await seeded({ targets: [{ metric: 'active', per: 'month', value: 60 }] });
    const el = await dashboard(s);
    const events: PleinInsightsTargetDetail[] = [];
    el.addEventListener('plein-insights-target', (event) => events.push(event.detail));
    await open(el, 'Edit target for Active people');
    expect($<HTMLInputElement>(el, '#target-value')!.value).to.equal('60');
    await submit(el, '30');
    await until(el, () => tileText(el, 'active').target.startsWith('Target 30%'), 'the new target');
    expect(tileText(el, 'active').target).to.equal('Target 30% a month Target reached');
    expect(toast(el)).to.equal('Target for Active people saved: 30% a month.');

    await tabTo(el, 'button[aria-label="Remove target for Active people"]');
    await sendKeys({ press: 'Enter' });
    await until(el, () => tileText(el, 'active').target === '', 'no target');
    expect(toast(el)).to.equal('The target for Active people is removed.');
    expect(focused(el)).to.equal('button[data-target-open=active]');
    expect(textOf(el, '[data-target-open="active"]')).to.equal('Set target');
    expect(has(el, '[data-target-remove="active"]')).to.be.false;
    expect(await s.store.insights!.targets()).to.deep.equal([]);
    expect(events.map((e) => e.removed ?? e.target?.value)).to.deep.equal([30, { metric: 'active', per: 'month' }]);
    await expect(calm(el)).to.be.accessible();
  });

  it('shows the store’s refusal at the field, and a retry after a lost answer writes once', async () => {
    const s = await seeded();
    const counted = counting(s.store);
    const el = await dashboard({ world: s.world, store: counted.store });
    await open(el, 'Set target for Managers taking part');
    // 0.04% passes the form, but targets keep one decimal: the store finds 0.0% and says no.
    await submit(el, '0.04');
    await until(el, () => has(el, '#target-error'), 'the refusal');
    expect(textOf(el, '#target-error')).to.equal('A percentage above 0, at most 100.');
    expect(focused(el)).to.equal('input#target-value');

    s.world.faults.failNext('unavailable');
    await submit(el, '50');
    await until(el, () => has(el, '#target-failure'), 'the failure');
    expect(textOf(el, '#target-failure')).to.equal(
      "We can't reach the service right now. Please try again in a moment.",
    );
    expect(has(el, '#target-error'), 'not about the value').to.be.false;
    expect(focused(el)).to.equal('p#target-failure');
    await expect(calm(el)).to.be.accessible();

    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await until(el, () => !has(el, '.target-form'), 'saved');
    expect(await s.store.insights!.targets()).to.have.length(1);
    const [first, ...retries] = counted.keys.slice(1);
    expect(retries, 'the retry sends the same key').to.deep.equal([first]);
    expect(counted.keys[0], 'another target, another key').to.not.equal(first);
  });

  it('offers a retry when the form’s code cannot be loaded', async () => {
    const standIn = lazy.targetForm;
    let fail = true;
    const restore = replaceChunk('targetForm', () => (fail ? Promise.reject(new TypeError('offline')) : standIn()));
    try {
      const el = await dashboard(await seeded());
      button(el, 'Set target for Posts').click();
      await until(el, () => has(el, '.target-panel .error-state'), 'the error');
      expect(textOf(el, '.target-panel')).to.equal("The target form couldn't be loaded. Try again");
      await expect(calm(el)).to.be.accessible();
      fail = false;
      $<HTMLButtonElement>(el, '.target-panel .error-state button')!.click();
      await until(el, () => focused(el) === 'input#target-value', 'the form, focused');
    } finally {
      restore();
    }
  });

  it('speaks Dutch in the form', async () => {
    const el = await dashboard(await seeded(), { lang: 'nl' });
    await open(el, 'Doel instellen voor Berichten');
    expect(textOf(el, '#target-heading')).to.equal('Doel voor Berichten');
    expect(textOf(el, 'label[for="target-per"]')).to.equal('Periode');
    expect(textOf(el, '#target-per option:checked')).to.equal('Elke maand');
    await refused(el, '-5', 'Het doel moet meer dan 0 zijn.');
    await refused(el, '2.5', 'Gebruik een heel getal.');
    await refused(el, '', 'Vul een doel in.');
    expect(button(el, 'Annuleren')).to.exist;
    await submit(el, '20');
    await until(el, () => toast(el) !== '', 'saved');
    expect(toast(el)).to.equal('Doel voor Berichten opgeslagen: 20 per maand.');
    await expect(calm(el)).to.be.accessible();
  });
});
