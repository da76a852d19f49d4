/**
 * The kudos wall by keyboard alone, on the real demo pages (imported by scripts/screenshots.mjs):
 * as the member, open the give form, pick two colleagues, a value by arrows, write a message
 * with a mention and a hashtag, send; then see the kudos first on the wall, on the canteen
 * screen, and again after a reload.
 *
 * Only page.keyboard drives the page, with the feed journey's helpers. The one exception is a
 * click on the page's heading, which cannot take focus: it sets where the next Tab starts.
 * Opening the screen page and reloading are the browser's own doing, not the page's.
 */
import { describe, focusNow, pause, pressUntil, startAt, tabUntil, until, untilFocus } from './feed-journey.mjs';

const ME = 'Sanne de Vries';
/** Colleagues to thank, found by typing the start of their name in the people picker. */
const COLLEAGUES = ['Daa', 'Emm'];
/** The value picked with the arrow keys (the third in the demo's list). */
const VALUE = 'value-courage';

// ---------------------------------------------------------------------------- reading the wall (in the page)

/** The give form's people picker, chosen names and open options. */
function pickerState() {
  const picker = document.querySelector('plein-kudos-wall').shadowRoot.querySelector('#give-people');
  const root = picker?.shadowRoot;
  return {
    chosen: [...(root?.querySelectorAll('.chip-name') ?? [])].map((chip) => chip.textContent.trim()),
    options: root?.querySelectorAll('[role="option"]').length ?? 0,
    active: root?.querySelector('[role="option"][aria-selected="true"] .option-name')?.textContent.trim() ?? '',
  };
}

/** The first card on the wall, as a person reads it. */
function firstCard() {
  const card = document.querySelector('plein-kudos-wall')?.shadowRoot?.querySelector('[role="feed"] > article.kudos');
  if (!card) return undefined;
  return {
    id: card.dataset.id,
    title: card.querySelector('.kudos-title')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    value: card.querySelector('[part~="value"] .value-name')?.textContent.trim() ?? '',
    text: card.querySelector('.text')?.textContent.trim() ?? '',
    mention: card.querySelector('.rich-mention')?.textContent.trim() ?? '',
    tag: card.querySelector('.rich-tag')?.textContent.trim() ?? '',
  };
}

/** The card on the office screen. */
function screenCard() {
  const root = document.querySelector('plein-kudos-wall[mode="screen"]')?.shadowRoot;
  const card = root?.querySelector('article.screen-card:not(.board-card)');
  if (!card) return undefined;
  return {
    names: [...card.querySelectorAll('.person-name')].map((name) => name.textContent.trim()),
    value: card.querySelector('[part~="value"] .value-name')?.textContent.trim() ?? '',
    text: card.querySelector('[part~="text"]')?.textContent.trim() ?? '',
    address: root.querySelector('.address')?.textContent.trim() ?? '',
  };
}

/** Whether a card holds everything the journey gave: its marker, both colleagues and the value. */
function matches(card, j) {
  return Boolean(
    card &&
    card.text.includes(j.marker) &&
    j.chosen.every((name) => card.title.includes(name)) &&
    card.title.startsWith(ME) &&
    card.value &&
    j.valueLabel.includes(card.value),
  );
}

// ---------------------------------------------------------------------------- the steps

/** a. From the page's heading, Tab to "Give kudos" and press Enter: focus lands in the people picker. */
async function openForm(j) {
  const { page } = j;
  await until(page, 'the wall', () =>
    document.querySelector('plein-kudos-wall')?.shadowRoot?.querySelector('[role="feed"] > article.kudos'),
  );
  await startAt(page, '#kudos-heading');
  j.log(
    'click #kudos-heading, Tab',
    await tabUntil(page, (f) => f.cls.includes('give-button'), 'the "Give kudos" button', { limit: 10 }),
  );
  await j.snap('1-wall');
  await page.keyboard.press('Enter');
  j.log(
    'Enter',
    await untilFocus(page, (f) => f.host === 'plein-people-picker' && f.tag === 'input', 'the people picker'),
  );
}

/** b. Two colleagues: type the start of a name, ArrowDown, Enter, each time. */
async function pickPeople(j) {
  const { page } = j;
  j.chosen = [];
  for (const query of COLLEAGUES) {
    await page.keyboard.type(query);
    await until(page, `people for "${query}"`, () => {
      const picker = document.querySelector('plein-kudos-wall').shadowRoot.querySelector('#give-people');
      return picker.shadowRoot.querySelector('[role="option"]');
    });
    await page.keyboard.press('ArrowDown');
    const { active } = await page.evaluate(pickerState);
    if (!active) throw new Error(`ArrowDown did not select anyone for "${query}"`);
    await page.keyboard.press('Enter');
    const wanted = [...j.chosen, active];
    await until(
      page,
      `${active} chosen`,
      (names) => {
        const picker = document.querySelector('plein-kudos-wall').shadowRoot.querySelector('#give-people');
        const chips = [...picker.shadowRoot.querySelectorAll('.chip-name')].map((chip) => chip.textContent.trim());
        return names.every((name) => chips.includes(name)) && chips.length === names.length;
      },
      wanted,
    );
    j.chosen = wanted;
    j.log(`type "${query}", ArrowDown, Enter → chose "${active}"; focus on`, await focusNow(page));
  }
  await j.snap('2-people');
}

/** c. Tab into the values and move with ArrowDown to the one wanted (arrows check a radio). */
async function pickValue(j) {
  const { page } = j;
  j.log('Tab', await tabUntil(page, (f) => f.type === 'radio', 'the values', { limit: 4 }));
  const chosen = await pressUntil(
    page,
    'ArrowDown',
    (f) => f.type === 'radio' && f.checked && f.value === VALUE,
    `the value ${VALUE}`,
    8,
  );
  // Its label (emoji, name, description): a card shows the name.
  j.valueLabel = await page.evaluate(
    () =>
      document
        .querySelector('plein-kudos-wall')
        .shadowRoot.querySelector('input[name="give-value"]:checked')
        ?.labels[0]?.textContent.replace(/\s+/g, ' ')
        .trim() ?? '',
  );
  j.log('ArrowDown', chosen);
  await j.snap('3-value');
}

/** d. Tab to the message: text, an @mention picked with the keyboard, a #hashtag. */
async function writeMessage(j) {
  const { page } = j;
  j.log('Tab', await tabUntil(page, (f) => f.tag === 'textarea', 'the message', { limit: 4 }));
  await page.keyboard.type(`${j.marker}: dank voor jullie moed bij de klantdag, met hulp van @Fat`);
  await until(page, 'the mention picker', () =>
    document.querySelector('plein-kudos-wall').shadowRoot.querySelector('.mention-list [role="option"]'),
  );
  await page.keyboard.press('ArrowDown');
  j.mentioned = await page.evaluate(
    () =>
      document
        .querySelector('plein-kudos-wall')
        .shadowRoot.querySelector('.mention-option[aria-selected="true"] .mention-name')
        ?.textContent.trim() ?? '',
  );
  if (!j.mentioned) throw new Error('ArrowDown selected nobody in the mention picker');
  await page.keyboard.press('Enter');
  await page.keyboard.type('#klantdag');
  j.log(`type "… @Fat", ArrowDown, Enter → "${j.mentioned}", type "#klantdag"`, await focusNow(page));
  await j.snap('4-message');
}

/** e. Tab to Send, Enter: the kudos is the first card, with both colleagues, the value, mention and tag. */
async function send(j) {
  const { page } = j;
  j.log('Tab', await tabUntil(page, (f) => f.cls.includes('send'), 'the send button', { limit: 4 }));
  await page.keyboard.press('Enter');
  const card = await until(
    page,
    'the new kudos as the first card on the wall',
    (marker) => {
      const root = document.querySelector('plein-kudos-wall').shadowRoot;
      const first = root.querySelector('[role="feed"] > article.kudos');
      return !root.querySelector('form.give') && first?.querySelector('.text')?.textContent.includes(marker);
    },
    j.marker,
  ).then(() => page.evaluate(firstCard));
  if (!matches(card, j))
    throw new Error(
      `the first card reads "${card.title}" for "${card.value}", not ${ME} to ${j.chosen.join(' and ')} for "${j.valueLabel}"`,
    );
  if (card.mention !== `@${j.mentioned}`)
    throw new Error(`the card shows mention "${card.mention}", not @${j.mentioned}`);
  if (card.tag !== '#klantdag') throw new Error(`the card shows hashtag "${card.tag}", not #klantdag`);
  j.id = card.id;
  console.log(`  ${j.viewport}: gave ${card.id}: "${card.title}", ${card.value}, ${card.mention}, ${card.tag}`);
  const toast = await until(page, 'the "sent" toast', () =>
    document.querySelector('plein-kudos-wall').shadowRoot.querySelector('.toast')?.textContent.trim(),
  );
  console.log(`  ${j.viewport}: toast "${toast}"; focus on ${describe(await focusNow(page))}`);
  await pause(300);
  await j.snap('5-given');
  const handle = await page.evaluateHandle(
    (id) => document.querySelector('plein-kudos-wall').shadowRoot.querySelector(`article.kudos[data-id="${id}"]`),
    j.id,
  );
  await j.snapElement(handle, `kudos-journey-${j.viewport}-5-given-card.png`);
}

/** f. The canteen screen shows it first (it is the newest), with the QR code to give kudos. */
async function onScreen(j) {
  const screen = await j.open('/kudos-screen.html');
  try {
    // The first card shown, before the rotation (10 s) moves on: the newest kudos.
    const seen = await until(screen, 'a kudos on the screen', () =>
      document
        .querySelector('plein-kudos-wall[mode="screen"]')
        ?.shadowRoot?.querySelector('article.screen-card:not(.board-card) [part~="text"]'),
    ).then(() => screen.evaluate(screenCard));
    if (!seen.text.includes(j.marker)) throw new Error(`the screen shows "${seen.text}" first, not the new kudos`);
    const names = seen.names.join(', ');
    // The screen names the giver, then the recipients as one list ("Daan Bakker en Emma Visser").
    const [giver, ...recipients] = seen.names;
    if (
      giver !== ME ||
      !j.chosen.every((name) => recipients.some((r) => r.includes(name))) ||
      !seen.value ||
      !j.valueLabel.includes(seen.value)
    )
      throw new Error(
        `the screen shows ${names} for "${seen.value}", not ${j.chosen.join(' and ')} for "${j.valueLabel}"`,
      );
    // The QR code is drawn by a chunk of its own, loaded once the screen shows.
    await until(screen, 'the QR code on the screen', () =>
      document.querySelector('plein-kudos-wall[mode="screen"]').shadowRoot.querySelector('svg[part~="qr"]'),
    );
    if (!seen.address.includes('kudos.html')) throw new Error(`the screen's address reads "${seen.address}"`);
    console.log(`  ${j.viewport}: the screen shows it first: ${names}, ${seen.value}; QR code to ${seen.address}`);
    await j.shoot(screen, `kudos-journey-${j.viewport}-6-screen.png`, { fullPage: true });
  } finally {
    await screen.close();
  }
}

/** g. The wall after a reload: still there, first. */
async function afterReload(j) {
  const { page } = j;
  await page.bringToFront();
  await page.reload({ waitUntil: 'load' });
  await j.settled(page);
  const card = await until(page, 'the wall after the reload', () =>
    document.querySelector('plein-kudos-wall')?.shadowRoot?.querySelector('[role="feed"] > article.kudos'),
  ).then(() => page.evaluate(firstCard));
  if (card.id !== j.id || !matches(card, j))
    throw new Error(`after the reload the first card is ${card.id} ("${card.title}"), not the kudos given`);
  console.log(`  ${j.viewport}: after a reload it is still first, with ${card.mention} and ${card.tag}`);
  await j.snap('7-after-reload');
}

const STEPS = [
  ['a. open the give form', openForm],
  ['b. pick two colleagues', pickPeople],
  ['c. pick a value with the arrows', pickValue],
  ['d. write a message with a mention and a hashtag', writeMessage],
  ['e. send: first on the wall', send],
  ['f. on the canteen screen', onScreen],
  ['g. still there after a reload', afterReload],
];

/**
 * Runs the journey at one viewport in a fresh browser context (the demo data starts from the seed).
 * `kit` comes from screenshots.mjs: open, settled, shoot, snapElement and problems.
 */
export async function kudosJourney(browser, viewport, kit) {
  const label = `kudos journey (${viewport})`;
  const context = await browser.createBrowserContext();
  const page = await kit.open(context, '/kudos.html', viewport, label);
  const j = {
    page,
    viewport,
    marker: `Toetsenbordtest ${viewport}`,
    open: (path) => kit.open(context, path, viewport, label),
    settled: (p) => kit.settled(p, label),
    shoot: (p, file, options) => kit.shoot(p, file, options),
    snap: (moment) => kit.shoot(page, `kudos-journey-${viewport}-${moment}.png`, { fullPage: false }),
    snapElement: (handle, file) => kit.snapElement(handle, file),
    log: (keys, focus) => console.log(`  ${viewport}: ${keys} → ${describe(focus)}`),
  };
  console.log(`  ${label}`);
  try {
    for (const [name, run] of STEPS) {
      try {
        await run(j);
      } catch (error) {
        kit.problems.push(`${label}: step "${name}": ${error.message}`);
        await kit.shoot(page, `kudos-journey-${viewport}-FAILED.png`, { fullPage: false });
        break; // later steps build on this one
      }
    }
  } finally {
    await context.close();
  }
}
