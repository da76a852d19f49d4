/**
 * Insights by keyboard alone, on the real demo pages (imported by scripts/screenshots.mjs), for
 * issue 6's "done when": as the communication team, read the KPI tiles and trending topics, set
 * a target (120 posts a month) and see it on its tile with progress; on the homepage post a
 * message with a hashtag of the journey's own, react to it and comment on it with the same tag,
 * vote in the poll if not voted yet; on the kudos page give kudos with the tag; then back on the
 * insights page see the tiles up by exactly that, the target still set, the tag among this
 * week's trending topics, and all of it again after a reload.
 *
 * Only page.keyboard drives the page, with the feed journey's helpers. The one exception is a
 * click on a heading that cannot take focus: it sets where the next Tab starts. Reloading is the
 * browser's own doing; it also puts the next Tab at the top of the page, where the site's menu is.
 *
 * Trending topics are the most used tags of the period (ten at most). A tag used three times
 * makes this week's list (Sunday's week of demo data has its tenth tag at three uses); in a whole
 * month the tenth has more uses than that, so the month's list is only noted, not required.
 */
import { describe, pause, pressUntil, startAt, tabUntil, until, untilFocus } from './feed-journey.mjs';

const INSIGHTS = '/insights.html';
/** The target set: a kind of period the demo's team has none of for posts yet (theirs is 40 a week). */
const TARGET = { metric: 'posts', per: 'month', value: '120' };
/** The KPIs the other widgets move, and by how much the journey moves them (votes: if the persona had not voted). */
const MOVES = { posts: 1, comments: 1, reactions: 1, kudosGiven: 1 };
/** Whom the communications persona thanks, found by typing the start of a name. */
const COLLEAGUE = 'Daa';

// ---------------------------------------------------------------------------- reading the pages (in the page)

/** The dashboard as shown, once its tiles and trending topics are there and nothing loads. */
function dashboard() {
  const root = document.querySelector('plein-insights')?.shadowRoot;
  if (!root?.querySelector('.tiles[aria-busy="false"]') || !root.querySelector('.charts .chart-card.tags')) return null;
  if (root.querySelector('.caption-busy')?.textContent.trim()) return null;
  const text = (element) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  return {
    preset: root.querySelector('#period-preset')?.value ?? '',
    period: text(root.querySelector('.caption-period')),
    tiles: Object.fromEntries(
      [...root.querySelectorAll('.tile[data-metric]')].map((tile) => [
        tile.dataset.metric,
        {
          figure: text(tile.querySelector('.tile-figure')),
          target: text(tile.querySelector('.target-text')),
          meter: tile.querySelector('meter') ? Number(tile.querySelector('meter').value) : null,
        },
      ]),
    ),
    tags: [...root.querySelectorAll('.tag-list .tag-name')].map(text),
  };
}

/** The `data-target-open` of the focused element in the dashboard (which tile's target button). */
function focusedTargetButton() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.dataset?.targetOpen ?? '';
}

/** The homepage poll: whether the viewer can still vote (options to choose, no results yet). */
function pollState() {
  const root = document.querySelector('plein-poll')?.shadowRoot;
  return {
    radios: root?.querySelectorAll('input[type="radio"], [role="radio"]').length ?? 0,
    results: Boolean(root?.querySelector('[part~="results"]')),
    voters: root?.querySelector('.voters')?.textContent.trim() ?? '',
  };
}

/** A count as shown ("1.234", "85"): its digits. */
const count = (figure) => Number(figure.replace(/\D/g, ''));

// ---------------------------------------------------------------------------- moving around

/** Waits for the dashboard to show the period `preset` with its figures settled, and reads it. */
async function shown(j, preset, what = `the dashboard (${preset})`) {
  for (let tries = 0; tries < 100; tries++) {
    const seen = await j.page.evaluate(dashboard);
    if (seen?.preset === preset) return seen;
    await pause(100);
  }
  throw new Error(`${what}: not seen within 10 s`);
}

/** Reloads (focus starts at the top again), Tabs to the menu link to `href` and follows it with Enter. */
async function go(j, href) {
  const { page } = j;
  await page.reload({ waitUntil: 'load' });
  await j.settled(page);
  await tabUntil(page, (f) => f.tag === 'a' && f.href === href, `the link to ${href}`, { limit: 30 });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await j.settled(page);
  console.log(`  ${j.viewport}: reload, Tab, Enter → ${href}`);
}

/** From the page heading, Tab to the period picker and move it with `key` (it loads at once). */
async function choosePeriod(j, key, preset) {
  const { page } = j;
  await startAt(page, '#insights-heading');
  await tabUntil(page, (f) => f.id === 'period-preset', 'the period picker', { limit: 12 });
  await page.keyboard.press(key);
  const seen = await shown(j, preset);
  console.log(`  ${j.viewport}: Tab to the period, ${key} → "${seen.period}"`);
  return seen;
}

// ---------------------------------------------------------------------------- the checks

const summary = (seen) =>
  ['posts', 'comments', 'reactions', 'votes', 'kudosGiven'].map((m) => `${m} ${seen.tiles[m]?.figure}`).join(', ');

/** The posts tile carries the target set, with a meter of its progress. */
function checkTarget(seen) {
  const tile = seen.tiles[TARGET.metric];
  if (!tile?.target.includes(TARGET.value))
    throw new Error(`the ${TARGET.metric} tile reads "${tile?.target}", not a target of ${TARGET.value} a month`);
  if (tile.meter === null) throw new Error(`the ${TARGET.metric} tile shows no progress towards its target`);
}

/** This month's tiles moved by what the journey did, and nothing else. */
function checkMoved(j, seen) {
  const moves = { ...MOVES, votes: j.voted ? 1 : 0 };
  const wrong = Object.entries(moves)
    .map(([metric, by]) => [metric, count(j.before.tiles[metric].figure) + by, count(seen.tiles[metric]?.figure ?? '')])
    .filter(([, wanted, now]) => wanted !== now)
    .map(([metric, wanted, now]) => `${metric} ${now} (wanted ${wanted})`);
  if (wrong.length) throw new Error(`the tiles did not follow what was done: ${wrong.join(', ')}`);
  checkTarget(seen);
}

/** This week's trending topics list the journey's tag; the month's list is noted either way. */
async function checkTrending(j, month) {
  const tag = `#${j.tag}`;
  if (!month.tags.includes(tag) && !j.noted) {
    j.noted = true;
    j.note(
      `this month's trending topics ("${month.period}", the ${month.tags.length} most used tags) do not list ${tag}`,
    );
  }
  const week = await choosePeriod(j, 'ArrowUp', 'week');
  if (!week.tags.includes(tag))
    throw new Error(`this week's trending topics do not list ${tag}: ${week.tags.join(' ') || '(none)'}`);
  console.log(`  ${j.viewport}: this week's trending topics: ${week.tags.join(' ')}`);
  return week;
}

// ---------------------------------------------------------------------------- the steps

/** a. As the communication team: the dashboard of this month, its tiles and trending topics. */
async function read(j) {
  const seen = await shown(j, 'month');
  for (const metric of Object.keys(MOVES))
    if (!seen.tiles[metric]?.figure) throw new Error(`the ${metric} tile shows no figure`);
  if (!seen.tags.length) throw new Error('the dashboard lists no trending topics');
  j.before = seen;
  console.log(`  ${j.viewport}: "${seen.period}": ${summary(seen)}; trending ${seen.tags.join(' ')}`);
  await j.snap('1-dashboard');
}

/** b. "Edit target" on the Posts tile, Enter; the period by arrow to "each month", 120, Enter. */
async function setTarget(j) {
  const { page } = j;
  await startAt(page, '#insights-heading');
  for (let presses = 0; (await page.evaluate(focusedTargetButton)) !== TARGET.metric; presses++) {
    if (presses === 25) throw new Error(`the target button of the ${TARGET.metric} tile not reached with Tab`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  j.log('Tab to its target button, Enter', await untilFocus(page, (f) => f.id === 'target-value', 'the target field'));
  j.log(
    'Shift+Tab',
    await tabUntil(page, (f) => f.id === 'target-per', 'the period of the target', { limit: 2, back: true }),
  );
  j.log('ArrowDown', await pressUntil(page, 'ArrowDown', (f) => f.value === TARGET.per, `"each ${TARGET.per}"`, 3));
  await tabUntil(page, (f) => f.id === 'target-value', 'the target field', { limit: 2 });
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(TARGET.value);
  await j.snap('2-target-form');
  // Enter in the field submits the form.
  await page.keyboard.press('Enter');
  const seen = await until(
    page,
    'the target on its tile',
    (metric, value) => {
      const root = document.querySelector('plein-insights').shadowRoot;
      const text = root.querySelector(`.tile[data-metric="${metric}"] .target-text`)?.textContent ?? '';
      return !root.querySelector('.target-form') && text.includes(value) && text.replace(/\s+/g, ' ').trim();
    },
    TARGET.metric,
    TARGET.value,
  );
  const toast = await until(page, 'the "saved" toast', () =>
    document.querySelector('plein-insights').shadowRoot.querySelector('.toast')?.textContent.trim(),
  );
  checkTarget(await shown(j, 'month'));
  console.log(`  ${j.viewport}: Tab, type ${TARGET.value}, Enter → "${seen}"; toast "${toast}"`);
  await pause(300);
  await j.snap('3-target-set');
}

/** c. On the homepage: post with the tag, react to it, comment on it with the tag; vote if not voted. */
async function home(j) {
  const { page } = j;
  await go(j, '/');
  await until(page, 'the composer', () =>
    document.querySelector('plein-feed')?.shadowRoot?.querySelector('form.composer'),
  );
  await startAt(page, '#feed-heading');
  await tabUntil(page, (f) => f.tag === 'textarea' && f.host === 'plein-feed', 'the composer');
  await page.keyboard.type(`${j.marker}: de cijfers lopen mee #${j.tag}`);
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  const post = await until(
    page,
    'the new post at the top',
    (marker) => {
      const first = document.querySelector('plein-feed').shadowRoot.querySelector('[role="feed"] > article.post');
      return first?.querySelector('.text')?.textContent.includes(marker)
        ? { id: first.dataset.id, tag: first.querySelector('a.rich-tag')?.textContent.trim() ?? '' }
        : null;
    },
    j.marker,
  );
  if (post.tag !== `#${j.tag}`) throw new Error(`the post shows hashtag "${post.tag}", not #${j.tag}`);
  j.own = post.id;
  console.log(`  ${j.viewport}: type "… #${j.tag}", Ctrl+Enter → posted ${post.id}`);

  const reaction = await tabUntil(
    page,
    (f) => f.cls.includes('reaction') && f.role !== 'toolbar' && f.entry === j.own,
    'the reactions of the new post',
    { limit: 25 },
  );
  if (reaction.pressed === 'true') throw new Error(`${describe(reaction)} of a new post is already pressed`);
  await page.keyboard.press('Space');
  await until(
    page,
    `${reaction.reaction} pressed on the new post`,
    (id, name) =>
      document
        .querySelector('plein-feed')
        .shadowRoot.querySelector(`[data-id="${id}"] [data-reaction="${name}"][aria-pressed="true"]`),
    j.own,
    reaction.reaction,
  );
  j.log('Tab, Space', reaction);

  j.log(
    'Tab',
    await tabUntil(page, (f) => f.cls.includes('comments-toggle') && f.entry === j.own, 'the comments button', {
      limit: 5,
    }),
  );
  await page.keyboard.press('Enter');
  await untilFocus(page, (f) => f.tag === 'textarea' && f.entry === j.own, 'the comment box');
  const comment = `${j.marker}: eerste reactie #${j.tag}`;
  await page.keyboard.type(comment);
  await tabUntil(page, (f) => f.tag === 'button' && f.entry === j.own && f.cls.includes('primary'), 'send', {
    limit: 5,
  });
  await page.keyboard.press('Enter');
  await until(
    page,
    'the comment under the post',
    (id, text) =>
      [
        ...document
          .querySelector('plein-feed')
          .shadowRoot.querySelectorAll(`[data-id="${id}"] .comment-list article.comment .text`),
      ].some((c) => c.textContent.includes(text)),
    j.own,
    comment,
  );
  console.log(`  ${j.viewport}: Enter, type "${comment}", Tab, Enter → commented`);
  await pause(300);
  await j.snap('4-posted');

  const poll = await until(page, 'the homepage poll', () => {
    const root = document.querySelector('plein-poll')?.shadowRoot;
    return root?.querySelector('form, [part~="results"]') && !root.querySelector('[aria-busy="true"]');
  }).then(() => page.evaluate(pollState));
  j.voted = poll.radios > 0 && !poll.results;
  if (!j.voted) {
    console.log(`  ${j.viewport}: the poll shows results (${poll.voters}): already voted, no vote to add`);
    return;
  }
  await startAt(page, '#poll-heading');
  await tabUntil(page, (f) => f.inPoll && (f.type === 'radio' || f.role === 'radio'), 'a poll option', {
    limit: 12,
  });
  await page.keyboard.press('Space');
  await tabUntil(page, (f) => f.inPoll && (f.tag === 'button' || f.role === 'button'), 'the vote button', {
    limit: 12,
  });
  await page.keyboard.press('Enter');
  await until(page, 'the poll results', () =>
    document.querySelector('plein-poll').shadowRoot.querySelector('[part~="results"]'),
  );
  console.log(`  ${j.viewport}: Tab, Space, Tab, Enter → voted`);
}

/** d. On the kudos page: kudos to a colleague, a value by arrow, a message with the tag. */
async function kudos(j) {
  const { page } = j;
  await go(j, '/kudos.html');
  await until(page, 'the wall', () =>
    document.querySelector('plein-kudos-wall')?.shadowRoot?.querySelector('[role="feed"] > article.kudos'),
  );
  await startAt(page, '#kudos-heading');
  await tabUntil(page, (f) => f.cls.includes('give-button'), 'the "Give kudos" button', { limit: 10 });
  await page.keyboard.press('Enter');
  await untilFocus(page, (f) => f.host === 'plein-people-picker' && f.tag === 'input', 'the people picker');
  await page.keyboard.type(COLLEAGUE);
  await until(page, `people for "${COLLEAGUE}"`, () =>
    document
      .querySelector('plein-kudos-wall')
      .shadowRoot.querySelector('#give-people')
      .shadowRoot.querySelector('[role="option"]'),
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const chosen = await until(page, 'a colleague chosen', () =>
    document
      .querySelector('plein-kudos-wall')
      .shadowRoot.querySelector('#give-people')
      .shadowRoot.querySelector('.chip-name')
      ?.textContent.trim(),
  );
  await tabUntil(page, (f) => f.type === 'radio', 'the values', { limit: 4 });
  await pressUntil(page, 'ArrowDown', (f) => f.type === 'radio' && f.checked, 'a value', 3);
  await tabUntil(page, (f) => f.tag === 'textarea', 'the message', { limit: 4 });
  await page.keyboard.type(`${j.marker}: dank voor je hulp met de cijfers #${j.tag}`);
  await tabUntil(page, (f) => f.cls.includes('send'), 'the send button', { limit: 4 });
  await page.keyboard.press('Enter');
  await until(
    page,
    'the kudos first on the wall',
    (marker) => {
      const root = document.querySelector('plein-kudos-wall').shadowRoot;
      const first = root.querySelector('[role="feed"] > article.kudos');
      return !root.querySelector('form.give') && first?.querySelector('.text')?.textContent.includes(marker);
    },
    j.marker,
  );
  console.log(`  ${j.viewport}: gave kudos to ${chosen} with #${j.tag}`);
  await pause(300);
  await j.snap('5-kudos');
}

/** e. Back on the insights page: the tiles moved, the target still set, the tag trending this week. */
async function after(j) {
  await go(j, INSIGHTS);
  const month = await shown(j, 'month');
  checkMoved(j, month);
  console.log(
    `  ${j.viewport}: back on ${INSIGHTS}: ${summary(month)}; ${TARGET.metric}: "${month.tiles.posts.target}"`,
  );
  await j.snapPart(`.tile[data-metric="${TARGET.metric}"]`, '6-after-posts-tile');
  await checkTrending(j, month);
  await j.snapPart('.chart-card.tags', '7-trending-week-tags');
  await j.shoot(j.page, `insights-journey-${j.viewport}-7-trending-week.png`);
}

/** f. Reloaded: the same figures, target and trending topics. */
async function afterReload(j) {
  const { page } = j;
  await page.reload({ waitUntil: 'load' });
  await j.settled(page);
  const month = await shown(j, 'month', 'the dashboard after a reload');
  checkMoved(j, month);
  await checkTrending(j, month);
  console.log(`  ${j.viewport}: after a reload: ${summary(month)}; the target and the tag are still there`);
  await j.snapPart('.chart-card.tags', '8-after-reload-tags');
}

const STEPS = [
  ['a. the dashboard as the communication team', read],
  ['b. set a target by keyboard', setTarget],
  ['c. post, react, comment and vote on the homepage', home],
  ['d. give kudos', kudos],
  ['e. the dashboard reflects it', after],
  ['f. the same after a reload', afterReload],
];

/**
 * Runs the journey at one viewport in a fresh browser context (the demo data starts from the seed).
 * `kit` comes from screenshots.mjs: open, settled, shoot, snapElement, problems, and notes (seen, not failures).
 */
export async function insightsJourney(browser, viewport, kit) {
  const label = `insights journey (${viewport})`;
  const context = await browser.createBrowserContext();
  const page = await kit.open(context, INSIGHTS, viewport, label, 'light', 'communications');
  const j = {
    page,
    viewport,
    marker: `Toetsenbordtest inzichten ${viewport}`,
    tag: `journey-${viewport}`,
    settled: (p) => kit.settled(p, label),
    shoot: (p, file, options) => kit.shoot(p, file, options),
    snap: (moment) => kit.shoot(page, `insights-journey-${viewport}-${moment}.png`, { fullPage: false }),
    /** A picture of one part of the dashboard (a tile, a chart), wherever it is on the page. */
    snapPart: async (selector, moment) =>
      kit.snapElement(
        await page.evaluateHandle(
          (s) => document.querySelector('plein-insights').shadowRoot.querySelector(s),
          selector,
        ),
        `insights-journey-${viewport}-${moment}.png`,
      ),
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
        await kit.shoot(page, `insights-journey-${viewport}-FAILED.png`, { fullPage: false });
        break; // later steps build on this one
      }
    }
  } finally {
    await context.close();
  }
}
