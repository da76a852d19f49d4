/**
 * The feed by keyboard alone, on the real demo pages (imported by scripts/screenshots.mjs): as the
 * member, post with a mention and a hashtag, comment, react and report; as the moderator, hide
 * what was reported; back as the member, check that it all survived a reload.
 *
 * Only page.keyboard drives the page. The one exception is a click on a heading that cannot take
 * focus: it sets where the next Tab starts, as a person clicks next to what they want to reach.
 * Reloading and switching person (which reloads) are the browser's own doing, not the page's.
 */

const MEMBER = 'Sanne de Vries';
const WAIT_MS = 10_000;

// ---------------------------------------------------------------------------- keyboard helpers

/** The focused element, looking through shadow roots (runs in the page). */
function describeFocus() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return { tag: 'body', cls: '', text: '', host: '', inPoll: false };
  const root = active.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.localName : '';
  const article = active.closest('article');
  const name =
    active.getAttribute('aria-label') || active.labels?.[0]?.textContent || active.getAttribute('placeholder') || '';
  const text =
    active.localName === 'select'
      ? active.selectedOptions[0]?.textContent
      : active.localName === 'textarea'
        ? ''
        : active.textContent;
  return {
    tag: active.localName,
    type: active.getAttribute('type') ?? '',
    role: active.getAttribute('role') ?? '',
    id: active.id,
    cls: active.getAttribute('class') ?? '',
    href: active.getAttribute('href') ?? '',
    value: typeof active.value === 'string' ? active.value : '',
    checked: Boolean(active.checked),
    pressed: active.getAttribute('aria-pressed') ?? '',
    reaction: active.dataset?.reaction ?? '',
    text: (text?.trim() || name).trim().replace(/\s+/g, ' ').slice(0, 60),
    host,
    inPoll: host.startsWith('plein-poll'),
    inDialog: Boolean(active.closest('dialog')),
    // The feed entry around it: a post or comment (data-id) or a moderation item (data-entry).
    entry: active.closest('[data-id]')?.dataset.id ?? active.closest('[data-entry]')?.dataset.entry ?? '',
    article: article
      ? {
          id: article.dataset.id ?? '',
          kind: article.classList.contains('comment') ? 'comment' : 'post',
          author: article.querySelector('.person-name')?.textContent.trim() ?? '',
        }
      : undefined,
  };
}

/** Sets the sequential focus starting point by clicking a heading that cannot take focus itself. */
export async function startAt(page, selector) {
  await page.click(selector);
  // Out of the way, so no :hover shows in the pictures.
  await page.mouse.move(0, 0);
}

/** Presses Tab (or Shift+Tab) until `wanted(focus)`; throws naming `what` when it is not reached. */
export async function tabUntil(page, wanted, what, { limit = 60, back = false } = {}) {
  for (let i = 0; i < limit; i++) {
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
    const focus = await page.evaluate(describeFocus);
    if (wanted(focus)) return focus;
  }
  throw new Error(`${what} not reached with ${back ? 'Shift+Tab' : 'Tab'} within ${limit} presses`);
}

/** Presses `key` until `wanted(focus)` (arrows in a menu or a radio group). */
export async function pressUntil(page, key, wanted, what, limit = 8) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focus = await page.evaluate(describeFocus);
    if (wanted(focus)) return focus;
  }
  throw new Error(`${what} not reached with ${key} within ${limit} presses`);
}

export async function focusNow(page) {
  return page.evaluate(describeFocus);
}

/** Waits until focus lands where `wanted` says (the element moves it after its next render). */
export async function untilFocus(page, wanted, what) {
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await pause(100)) {
    const focus = await focusNow(page);
    if (wanted(focus)) return focus;
  }
  throw new Error(`focus did not move to ${what} (it is on ${describe(await focusNow(page))})`);
}

/** Waits until `fn(...args)` (run in the page) is truthy and returns its value; throws naming `what`. */
export async function until(page, what, fn, ...args) {
  try {
    const handle = await page.waitForFunction(fn, { timeout: WAIT_MS, polling: 100 }, ...args);
    return await handle.jsonValue();
  } catch {
    throw new Error(`${what}: not seen within ${WAIT_MS / 1000} s`);
  }
}

/** A keyboard shortcut such as Control+Enter. */
async function chord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

/** The feed's toast, once shown; a note when it is outside the viewport, where nobody sees it. */
async function toast(j, what) {
  const shown = await until(j.page, what, () => {
    const element = document.querySelector('plein-feed').shadowRoot.querySelector('.toast');
    const box = element?.getBoundingClientRect();
    return element && { text: element.textContent.trim(), inView: box.bottom > 0 && box.top < innerHeight };
  });
  console.log(`  ${j.viewport}: toast "${shown.text}"${shown.inView ? '' : ' (outside the viewport)'}`);
  if (!shown.inView) j.note(`${what} "${shown.text}" shows outside the viewport`);
}

/** A handle to the feed entry (post or comment) with this id. */
function entry(page, id) {
  return page.evaluateHandle(
    (entryId) => document.querySelector('plein-feed').shadowRoot.querySelector(`[data-id="${entryId}"]`),
    id,
  );
}

export const describe = (focus) =>
  `${focus.role || focus.tag}${focus.type ? `[${focus.type}]` : ''}${focus.reaction ? `(${focus.reaction})` : ''} "${focus.text}"`;

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------- the steps

/** a. Composer: text, a mention picked with the keyboard, a hashtag, Ctrl+Enter. */
async function post(j) {
  const { page } = j;
  await until(page, 'the composer', () =>
    document.querySelector('plein-feed')?.shadowRoot?.querySelector('form.composer'),
  );
  await startAt(page, '#feed-heading');
  j.log(
    'click #feed-heading, Tab',
    await tabUntil(page, (f) => f.tag === 'textarea' && f.host === 'plein-feed', 'the composer'),
  );
  await page.keyboard.type(`${j.marker}, met dank aan @Daa`);
  await until(page, 'the people picker', () =>
    document.querySelector('plein-feed').shadowRoot.querySelector('.mention-list [role="option"]'),
  );
  await j.snap('1-composer');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.evaluate(
    () =>
      document
        .querySelector('plein-feed')
        .shadowRoot.querySelector('.mention-option[aria-selected="true"] .mention-name')
        ?.textContent.trim() ?? '',
  );
  await page.keyboard.press('Enter');
  j.log(`type "@Daa", ArrowDown, Enter → picked "${chosen}"`, await focusNow(page));
  await page.keyboard.type('voor de hulp! #journey');
  await chord(page, 'Control', 'Enter');
  j.log('type "… #journey", Ctrl+Enter', await focusNow(page));
  const top = await until(
    page,
    'the new post at the top of the list',
    (marker) => {
      const first = document.querySelector('plein-feed').shadowRoot.querySelector('[role="feed"] > article.post');
      if (!first?.querySelector('.text')?.textContent.includes(marker)) return false;
      const tag = first.querySelector('a.rich-tag');
      return {
        id: first.dataset.id,
        mention: first.querySelector('.rich-mention')?.textContent.trim() ?? '',
        tag: tag?.textContent.trim() ?? '',
        href: tag?.getAttribute('href') ?? '',
      };
    },
    j.marker,
  );
  if (top.mention !== `@${chosen}`) throw new Error(`the post shows mention "${top.mention}", not "@${chosen}"`);
  if (top.tag !== '#journey' || !top.href.includes('plein-tag=journey'))
    throw new Error(`the post shows hashtag "${top.tag}" linking to "${top.href}", not #journey`);
  j.own = top.id;
  console.log(`  ${j.viewport}: posted ${top.id} with ${top.mention} and ${top.tag} (${top.href})`);
  await toast(j, 'the "posted" toast');
  await pause(300);
  await j.snap('2-posted');
  await j.snapElement(await entry(page, j.own), `feed-journey-${j.viewport}-2-posted-post.png`);
}

/** b. The new post's comments: open with Enter, write, Tab to the send button, Enter. */
async function comment(j) {
  const { page } = j;
  j.log(
    'Tab',
    await tabUntil(
      page,
      (f) => f.cls.includes('comments-toggle') && f.entry === j.own,
      'the comments button of the new post',
    ),
  );
  await page.keyboard.press('Enter');
  // With no comments yet the element takes focus to the comment box itself.
  j.log('Enter', await untilFocus(page, (f) => f.tag === 'textarea' && f.entry === j.own, 'the comment box'));
  j.comment = `${j.marker}: eerste opmerking`;
  await page.keyboard.type(j.comment);
  j.log(
    `type "${j.comment}", Tab`,
    await tabUntil(
      page,
      (f) => f.tag === 'button' && f.entry === j.own && f.cls.includes('primary'),
      'the send button',
      {
        limit: 5,
      },
    ),
  );
  await page.keyboard.press('Enter');
  await until(
    page,
    'the comment under the post',
    (id, text) =>
      [
        ...document
          .querySelector('plein-feed')
          .shadowRoot.querySelectorAll(`[data-id="${id}"] .comment-list article.comment`),
      ].some((c) => c.querySelector('.text')?.textContent.includes(text)),
    j.own,
    j.comment,
  );
  console.log(`  ${j.viewport}: Enter → comment shown`);
  await pause(300);
  await j.snap('3-comment');
}

/** The reaction buttons of one entry: pressed state and count per reaction (runs in the page). */
function reactionsOf(id) {
  const bar = document.querySelector('plein-feed').shadowRoot.querySelector(`[data-id="${id}"] .reaction-bar`);
  return Object.fromEntries(
    [...(bar?.querySelectorAll('.reaction') ?? [])].map((b) => [
      b.dataset.reaction,
      { pressed: b.getAttribute('aria-pressed'), count: Number(b.querySelector('.count')?.textContent || 0) },
    ]),
  );
}

/** c. The next post's reactions: Tab into the toolbar, ArrowRight to "celebrate", Space. */
async function react(j) {
  const { page } = j;
  const target = await tabUntil(
    page,
    (f) =>
      f.cls.includes('reaction') && f.role !== 'toolbar' && f.entry && f.entry !== j.own && f.article?.kind === 'post',
    'the reactions of the next post',
  );
  j.log('Tab', target);
  j.reacted = target.entry;
  const before = (await page.evaluate(reactionsOf, j.reacted)).celebrate;
  j.log(
    'ArrowRight',
    await pressUntil(page, 'ArrowRight', (f) => f.reaction === 'celebrate', 'the celebrate button', 4),
  );
  await page.keyboard.press('Space');
  j.celebrations = before.count + 1;
  // Pressed at once (optimistic), and still pressed once the store has answered.
  for (const moment of ['at once', 'after the store answered']) {
    await until(
      page,
      `celebrate pressed with ${j.celebrations} (${moment})`,
      (id, n) => {
        const bar = document.querySelector('plein-feed').shadowRoot.querySelector(`[data-id="${id}"] .reaction-bar`);
        const button = bar?.querySelector('[data-reaction="celebrate"]');
        return (
          button?.getAttribute('aria-pressed') === 'true' && Number(button.querySelector('.count')?.textContent) === n
        );
      },
      j.reacted,
      j.celebrations,
    );
    await pause(500);
  }
  console.log(`  ${j.viewport}: Space → celebrate aria-pressed=true, count ${before.count} → ${j.celebrations}`);
}

/** The comments of a post that has some, opened by keyboard: a picture of the thread. */
async function openThread(j) {
  const { page } = j;
  const toggle = await tabUntil(
    page,
    (f) => f.cls.includes('comments-toggle') && /\d/.test(f.text) && f.entry !== j.own,
    'the comments button of a post with comments',
  );
  j.log('Tab', toggle);
  await page.keyboard.press('Enter');
  await until(
    page,
    'its comments',
    (id) => document.querySelector('plein-feed').shadowRoot.querySelector(`[data-id="${id}"] .comment-list`),
    toggle.entry,
  );
  j.threaded = toggle.entry;
  await pause(300);
  await j.snapElement(await entry(page, toggle.entry), `home-comments-open-${j.viewport}.png`);
}

/** d. Another person's post: its menu, Report, a reason by arrows, a note, Submit. */
async function report(j) {
  const { page } = j;
  const skip = new Set([j.own, j.reacted, j.threaded]);
  const more = await tabUntil(
    page,
    (f) => f.cls.includes('more') && f.article?.kind === 'post' && !skip.has(f.entry) && f.article.author !== MEMBER,
    "the menu button of another person's post",
    { limit: 80 },
  );
  j.log('Tab', more);
  j.reported = more.entry;
  await page.keyboard.press('Enter');
  j.log('Enter', await untilFocus(page, (f) => f.role === 'menuitem' && f.entry === j.reported, 'the post menu'));
  j.log('ArrowDown', await pressUntil(page, 'ArrowDown', (f) => /^(Melden|Report)/.test(f.text), 'the Report item', 6));
  await page.keyboard.press('Enter');
  j.log('Enter', await untilFocus(page, (f) => f.inDialog, 'the report dialog'));
  j.log(
    'ArrowDown',
    await pressUntil(
      page,
      'ArrowDown',
      (f) => f.type === 'radio' && f.checked && f.value === 'off-topic',
      'reason "off-topic"',
      5,
    ),
  );
  j.log('Tab', await tabUntil(page, (f) => f.tag === 'textarea' && f.inDialog, 'the note', { limit: 3 }));
  await page.keyboard.type('Getest met alleen het toetsenbord.');
  await j.snap('4-report');
  j.log(
    'type a note, Tab',
    await tabUntil(page, (f) => f.cls.includes('report-submit'), 'the Report button', { limit: 3 }),
  );
  await page.keyboard.press('Enter');
  await until(
    page,
    'the dialog closing',
    () => !document.querySelector('plein-feed').shadowRoot.querySelector('dialog[open]'),
  );
  await toast(j, 'the thank-you toast');
  const back = await focusNow(page);
  j.log('Enter → dialog closed; focus back on', back);
  if (!(back.cls.includes('more') && back.entry === j.reported))
    throw new Error(`focus did not return to the post's menu button (it is on ${describe(back)})`);
  // The menu now says "Reported", disabled.
  await page.keyboard.press('Enter');
  const reported = await until(
    page,
    'the menu saying "Reported"',
    (id) =>
      [...document.querySelector('plein-feed').shadowRoot.querySelectorAll(`[data-id="${id}"] [role="menuitem"]`)]
        .filter((item) => item.getAttribute('aria-disabled') === 'true')
        .map((item) => item.textContent.trim())
        .find((text) => /^(Gemeld|Reported)$/.test(text)),
    j.reported,
  );
  console.log(`  ${j.viewport}: Enter → the menu says "${reported}" (disabled)`);
  await j.snap('4-reported');
  await page.keyboard.press('Escape');
}

/** Tab from the top of the page to the demo bar's person switch and move it with an arrow (the page reloads). */
async function switchPerson(j, key, to) {
  const { page } = j;
  await page.reload({ waitUntil: 'load' });
  await j.settled(page);
  j.log(
    'reload, Tab',
    await tabUntil(page, (f) => f.cls.includes('demo-bar__select'), 'the "acting as" select', { limit: 5 }),
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  await j.settled(page);
  const person = await page.evaluate(() => document.querySelector('.demo-bar__select').value);
  if (person !== to) throw new Error(`the demo bar shows "${person}" after ${key}, not "${to}"`);
  console.log(`  ${j.viewport}: ${key} → the page reloads as the ${to}`);
}

/** Follows a link of the site's main menu with Tab and Enter. */
async function follow(j, href) {
  const { page } = j;
  j.log(
    'Tab',
    await tabUntil(page, (f) => f.tag === 'a' && f.href === href, `the menu link to ${href}`, { limit: 15 }),
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await j.settled(page);
}

/** e. As the moderator: the queue, Hide on the reported post, then the Hidden tab by arrow. */
async function moderate(j) {
  const { page } = j;
  await switchPerson(j, 'ArrowDown', 'moderator');
  await follow(j, '/moderation.html');
  const inQueue = (id) =>
    Boolean(document.querySelector('plein-feed[mode="moderation"]')?.shadowRoot?.querySelector(`[data-entry="${id}"]`));
  await until(page, 'the reported post in the Open tab', inQueue, j.reported);
  j.log('Tab', await tabUntil(page, (f) => f.cls.includes('mq-hide') && f.entry === j.reported, 'its Hide button'));
  await j.snap('5-queue');
  await page.keyboard.press('Enter');
  await until(
    page,
    'the post leaving the Open tab',
    (id) => {
      const root = document.querySelector('plein-feed[mode="moderation"]').shadowRoot;
      return root.querySelector('#mq-tab-open[aria-selected="true"]') && !root.querySelector(`[data-entry="${id}"]`);
    },
    j.reported,
  );
  j.log('Enter → gone from Open; focus on', await focusNow(page));
  j.log('Shift+Tab', await tabUntil(page, (f) => f.role === 'tab', 'the tabs', { limit: 10, back: true }));
  await page.keyboard.press('ArrowRight');
  await until(
    page,
    'the post in the Hidden tab',
    (id) => {
      const root = document.querySelector('plein-feed[mode="moderation"]').shadowRoot;
      return root.querySelector('#mq-tab-hidden[aria-selected="true"]') && root.querySelector(`[data-entry="${id}"]`);
    },
    j.reported,
  );
  j.log('ArrowRight → the Hidden tab lists it; focus on', await focusNow(page));
  await pause(300);
  await j.snap('5-hidden');
}

/** f. Back as the member, home, reloaded: own post and comment there, reaction kept, hidden post gone. */
async function afterReload(j) {
  const { page } = j;
  await switchPerson(j, 'ArrowUp', 'member');
  await follow(j, '/');
  await page.reload({ waitUntil: 'load' });
  await j.settled(page);
  const seen = await page.evaluate(
    (own, hidden, reacted, marker) => {
      const root = document.querySelector('plein-feed').shadowRoot;
      const post = root.querySelector(`[data-id="${own}"]`);
      const celebrate = root.querySelector(`[data-id="${reacted}"] [data-reaction="celebrate"]`);
      return {
        own: Boolean(post?.querySelector('.text')?.textContent.includes(marker)),
        mention: Boolean(post?.querySelector('.rich-mention')),
        tag: Boolean(post?.querySelector('a.rich-tag')),
        hidden: Boolean(root.querySelector(`[data-id="${hidden}"]`)),
        celebrate: celebrate ? `${celebrate.getAttribute('aria-pressed')} ${celebrate.textContent.trim()}` : 'missing',
      };
    },
    j.own,
    j.reported,
    j.reacted,
    j.marker,
  );
  if (!seen.own || !seen.mention || !seen.tag)
    throw new Error(`the member's post is missing or lost its mention or tag`);
  if (seen.hidden) throw new Error('the post the moderator hid still shows for the member');
  if (!seen.celebrate.startsWith('true'))
    throw new Error(`the reaction did not survive (celebrate: ${seen.celebrate})`);
  await startAt(page, '#feed-heading');
  j.log(
    'click #feed-heading, Tab',
    await tabUntil(
      page,
      (f) => f.cls.includes('comments-toggle') && f.entry === j.own,
      'the comments button of the post',
    ),
  );
  await page.keyboard.press('Enter');
  await until(
    page,
    'the comment after the reload',
    (id, text) =>
      [
        ...document.querySelector('plein-feed').shadowRoot.querySelectorAll(`[data-id="${id}"] .comment-list .text`),
      ].some((c) => c.textContent.includes(text)),
    j.own,
    j.comment,
  );
  console.log(`  ${j.viewport}: post, comment and reaction kept; the hidden post is gone`);
  await pause(300);
  await j.snapElement(await entry(page, j.own), `feed-journey-${j.viewport}-6-after-reload.png`);
}

const STEPS = [
  ['a. post with a mention and a hashtag', post],
  ['b. comment on it', comment],
  ['c. react to the next post', react],
  ['comments open on a post with comments', openThread],
  ["d. report another person's post", report],
  ['e. hide it as the moderator', moderate],
  ['f. reload as the member', afterReload],
];

/**
 * Runs the journey at one viewport in a fresh browser context (the demo data starts from the seed).
 * `kit` comes from screenshots.mjs: open, settled, shoot, snapElement, problems, and notes (seen, not failures).
 */
export async function feedJourney(browser, viewport, kit) {
  const label = `feed journey (${viewport})`;
  const context = await browser.createBrowserContext();
  const page = await kit.open(context, '/', viewport, label);
  const j = {
    page,
    viewport,
    marker: `Toetsenbordtest ${viewport}`,
    settled: (p) => kit.settled(p, label),
    snap: (moment) => kit.shoot(page, `feed-journey-${viewport}-${moment}.png`, { fullPage: false }),
    snapElement: (handle, file) => kit.snapElement(handle, file),
    note: (text) => kit.notes.push(`${label}: ${text}`),
    log: (keys, focus) => console.log(`  ${viewport}: ${keys} → ${describe(focus)}`),
  };
  console.log(`  ${label}`);
  try {
    for (const [name, run] of STEPS) {
      try {
        await run(j);
      } catch (error) {
        kit.problems.push(`${label}: step "${name}": ${error.message}`);
        await kit.shoot(page, `feed-journey-${viewport}-FAILED.png`, { fullPage: false });
        break; // later steps build on this one
      }
    }
  } finally {
    await context.close();
  }
}
