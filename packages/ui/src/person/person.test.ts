import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PleinStore } from '@plein/core';
import { CONTRACT_PEOPLE, type World } from '@plein/core/testing';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinPerson } from './person.element.js';
import './person.js';

const { alice, bob } = CONTRACT_PEOPLE;

async function seeded(): Promise<{ world: World; store: PleinStore }> {
  const world = createMemoryWorld();
  await world.seed({ people: Object.values(CONTRACT_PEOPLE) });
  return { world, store: world.as(alice.id) };
}

const $ = <T extends Element = HTMLElement>(el: PleinPerson, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: PleinPerson, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const trigger = (el: PleinPerson) => $<HTMLButtonElement>(el, 'button.trigger')!;
const card = (el: PleinPerson) => $(el, '#card')!;
const cardOpen = (el: PleinPerson) => !card(el).hidden;

/** Lets store calls settle and the element render, without any clock or timer. */
async function until(el: PleinPerson, condition: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    if (condition()) return;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function render(
  options: { store?: PleinStore; personId?: string; lang?: string; show?: 'title'; withPerson?: boolean } = {},
): Promise<PleinPerson> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <button type="button" id="before">Before</button>
      <plein-person
        person-id=${ifDefined(options.personId)}
        show=${ifDefined(options.show)}
        .person=${options.withPerson === false || options.personId ? undefined : alice}
        .store=${options.store}
      ></plein-person>
    </div>`,
  );
  const el = wrapper.querySelector('plein-person')!;
  await el.updateComplete;
  return el;
}

describe('<plein-person>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows the avatar and name as a closed disclosure', async () => {
    const el = await render();
    expect(text(el, '.trigger .name')).to.equal('Alice Andersen');
    expect($(el, '.trigger .avatar')?.textContent?.trim()).to.equal('AA');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(trigger(el).getAttribute('aria-controls')).to.equal('card');
    expect(cardOpen(el)).to.be.false;
    expect(has(el, '.title')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('shows the job title beside the name with show="title"', async () => {
    const el = await render({ show: 'title' });
    expect(text(el, '.trigger .name')).to.equal('Alice Andersen');
    expect(text(el, '.trigger .title')).to.equal('Controller');
    expect(trigger(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('AA Alice Andersen Controller');
  });

  it('opens the card on keyboard focus, with job, department, location and e-mail; Escape closes it', async () => {
    const el = await render();
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(cardOpen(el)).to.be.true;
    expect(card(el).getAttribute('aria-label')).to.equal('About Alice Andersen');
    expect(text(el, '.card-name')).to.equal('Alice Andersen');
    expect(text(el, '.job-title')).to.equal('Job title Controller');
    expect(text(el, '.department')).to.equal('Department Finance');
    expect(text(el, '.location')).to.equal('Location Utrecht');
    const mail = $<HTMLAnchorElement>(el, '.email a')!;
    expect(mail.getAttribute('href')).to.equal('mailto:alice.andersen@example.org');
    expect(mail.textContent).to.equal('alice.andersen@example.org');
    await expect(el).to.be.accessible();

    // The e-mail link is reachable: focus moves into the card, which stays open.
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(mail);
    expect(cardOpen(el)).to.be.true;

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(cardOpen(el)).to.be.false;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));

    // Leaving it closes the card too.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cardOpen(el)).to.be.true;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(cardOpen(el)).to.be.false;
  });

  it('opens the card while the pointer rests on it', async () => {
    const el = await render();
    const box = trigger(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
    await until(el, () => cardOpen(el), 'the card on hover');
    expect(text(el, '.job-title')).to.equal('Job title Controller');
    await expect(el).to.be.accessible();
    await sendMouse({ type: 'move', position: [700, 500] });
    await until(el, () => !cardOpen(el), 'the card to close');
  });

  it('looks up person-id through the store, loading first', async () => {
    const { world, store } = await seeded();
    world.faults.stall();
    const el = await render({ store, personId: bob.id });
    expect(text(el, '.name')).to.equal('Loading…');
    expect($(el, '[aria-busy="true"]')).to.exist;
    expect(has(el, 'button')).to.be.false;
    await expect(el).to.be.accessible();
    world.faults.release();
    await until(el, () => text(el, '.trigger .name') === 'Bob de Bruijn', 'Bob');
    trigger(el).click();
    await el.updateComplete;
    expect(text(el, '.department')).to.equal('Department IT');
  });

  it('says "Unknown person" for an id the store does not know', async () => {
    const { store } = await seeded();
    const el = await render({ store, personId: 'p-nobody' });
    await until(el, () => text(el, '.name') === 'Unknown person', 'the unknown state');
    expect(has(el, 'button')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch', async () => {
    const { store } = await seeded();
    const el = await render({ lang: 'nl' });
    trigger(el).click();
    await el.updateComplete;
    expect(card(el).getAttribute('aria-label')).to.equal('Over Alice Andersen');
    expect(text(el, '.job-title')).to.equal('Functie Controller');
    expect(text(el, '.department')).to.equal('Afdeling Finance');
    expect(text(el, '.location')).to.equal('Locatie Utrecht');
    await expect(el).to.be.accessible();
    const unknown = await render({ store, personId: 'p-nobody', lang: 'nl' });
    await until(unknown, () => text(unknown, '.name') === 'Onbekende persoon', 'the Dutch unknown state');
  });

  it('keeps the card on screen at 320 px without covering the trigger', async () => {
    await setViewport({ width: 320, height: 480 });
    const el = await render();
    // At the bottom right of the screen: the card must open above and towards the start.
    el.parentElement!.style.cssText = 'position: fixed; right: 0; bottom: 0';
    trigger(el).click();
    await until(el, () => card(el).classList.contains('above'), 'the card above');
    const cardBox = card(el).getBoundingClientRect();
    const triggerBox = trigger(el).getBoundingClientRect();
    expect(cardBox.left).to.be.at.least(0);
    expect(cardBox.right).to.be.at.most(320);
    expect(cardBox.top).to.be.at.least(0);
    expect(cardBox.bottom).to.be.at.most(triggerBox.top);
    await expect(el).to.be.accessible();
  });

  it('shifts the card sideways to stay on screen, below a trigger in the middle', async () => {
    await setViewport({ width: 320, height: 480 });
    const el = await render();
    el.parentElement!.style.cssText = 'position: fixed; left: 150px; top: 0';
    trigger(el).click();
    await until(el, () => cardOpen(el) && card(el).getBoundingClientRect().right <= 320, 'the card on screen');
    const cardBox = card(el).getBoundingClientRect();
    expect(card(el).classList.contains('above')).to.be.false;
    expect(cardBox.left).to.be.at.least(0);
    expect(cardBox.top).to.be.at.least(trigger(el).getBoundingClientRect().bottom);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

function has(el: PleinPerson, selector: string): boolean {
  return $(el, selector) !== null;
}
