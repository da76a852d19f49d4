/**
 * `node scripts/screenshots.mjs`: screenshots of every demo page, phone (360×780) and desktop
 * (1280×900), light and dark (the moderation queue also as the moderator), the feed's open states
 * in dark, one vote cast by keyboard alone on the homepage poll, and the feed, kudos, onboarding
 * and insights journeys by keyboard alone at both widths (scripts/feed-journey.mjs,
 * scripts/kudos-journey.mjs, scripts/onboarding-journey.mjs, scripts/insights-journey.mjs).
 * Serves the demo (under its strict CSP) on a free port, drives Debian's Chromium with
 * puppeteer-core, writes PNGs to screenshots/ (gitignored) and stops the server.
 *
 * Exits 1 when a page breaks the Content-Security-Policy, throws, fails to load a file, scrolls
 * sideways, or the keyboard vote or a journey step does not go through: the pictures are for
 * people, these checks for CI.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { feedJourney, startAt, tabUntil } from './feed-journey.mjs';
import { kudosJourney } from './kudos-journey.mjs';
import { insightsJourney } from './insights-journey.mjs';
import { onboardingJourney } from './onboarding-journey.mjs';
import { serve } from './serve.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = join(repo, 'screenshots');

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'news', path: '/news.html' },
  { name: 'news-en', path: '/news.en.html' },
  { name: 'presenter', path: '/presenter.html' },
  { name: 'polls', path: '/polls.html' },
  { name: 'kudos', path: '/kudos.html' },
  { name: 'kudos-screen', path: '/kudos-screen.html' },
  // A member sees why the queue is not theirs; the moderator sees the queue.
  { name: 'moderation', path: '/moderation.html' },
  { name: 'moderation-moderator', path: '/moderation.html', persona: 'moderator' },
  // The new hire's checklist; the team's campaigns (a member sees whom that page is for).
  { name: 'onboarding', path: '/onboarding.html', persona: 'newHire' },
  { name: 'onboarding-team', path: '/onboarding-team.html', persona: 'communications' },
  { name: 'onboarding-team-member', path: '/onboarding-team.html' },
  // The communication team's figures; a member sees whom that page is for.
  { name: 'insights', path: '/insights.html', persona: 'communications' },
  { name: 'insights-member', path: '/insights.html' },
];
const DARK = [
  'home',
  'news',
  'presenter',
  'moderation-moderator',
  'kudos',
  'kudos-screen',
  'onboarding',
  'onboarding-team',
  'insights',
];

const VIEWPORTS = {
  phone: { width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1 },
};

const problems = [];
/** What a person would trip over but the checks let pass (printed, not failing). */
const notes = [];

if (!existsSync(join(repo, 'dist', 'plein.js'))) {
  console.log('screenshots: dist/plein.js is missing, building first');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}
mkdirSync(out, { recursive: true });

const server = await serve({ port: 0 });
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
  headless: true,
});

/** Reports CSP violations, errors and failed requests of one page, tagged with where they happened. */
async function watch(page, label) {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    // Chromium's own CSP messages repeat what the securitypolicyviolation listener reports, with less detail.
    if (message.type() !== 'error' || /^(Refused to|Applying inline style violates)/.test(message.text())) return;
    problems.push(`${label}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`${label}: request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${label}: HTTP ${response.status()} for ${response.url()}`);
  });
}

/** Waits until every Plein element on the page has rendered something other than its loading skeleton. */
async function settled(page, label) {
  try {
    await page.waitForFunction(
      () =>
        [
          ...document.querySelectorAll(
            'plein-poll, plein-feed, plein-trending, plein-kudos-wall, plein-onboarding, plein-insights',
          ),
        ].every((element) => {
          const root = element.shadowRoot;
          return root && root.textContent.trim() !== '' && !root.querySelector('[aria-busy="true"]');
        }),
      { timeout: 15000, polling: 100 },
    );
  } catch {
    problems.push(`${label}: a Plein element was still loading after 15 s`);
  }
  // Fonts, images and the last transition.
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** A demo page, settled; `persona` ("moderator"…) is who the demo bar acts as. */
async function open(context, path, viewport, label, scheme = 'light', persona = undefined) {
  const page = await context.newPage();
  await watch(page, label);
  if (persona)
    await page.evaluateOnNewDocument((p) => {
      if (location.protocol.startsWith('http')) localStorage.setItem('kompas-demo.persona', p);
    }, persona);
  await page.setViewport(VIEWPORTS[viewport]);
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await settled(page, label);
  return page;
}

/** A PNG of the whole page (or only the viewport: what a person sees at that moment). */
async function shoot(page, file, { fullPage = true } = {}) {
  // A tab in the background does not paint.
  await page.bringToFront();
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  if (scrollWidth > width)
    problems.push(`${file}: the page is ${scrollWidth} px wide on a ${width} px screen (it scrolls sideways)`);
  if (fullPage) {
    // Feed posts far below the screen skip painting (content-visibility: auto), even in a
    // full-page capture: for the picture, the screen is as tall as the page.
    const viewport = page.viewport();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ ...viewport, height });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: join(out, file), fullPage });
    await page.setViewport(viewport);
  } else {
    await page.screenshot({ path: join(out, file) });
  }
  console.log(`  screenshots/${file}`);
}

async function snapElement(handle, file) {
  await handle.screenshot({ path: join(out, file) });
  console.log(`  screenshots/${file}`);
}

/** Tab, Space, Tab, Enter on the homepage poll; no mouse. */
async function keyboardVote(context) {
  const label = 'keyboard vote';
  const page = await open(context, '/', 'desktop', label);
  try {
    // The feed comes before the poll in Tab order: start from the poll's own heading.
    await startAt(page, '#poll-heading');
    const option = await tabUntil(
      page,
      (f) => f.inPoll && (f.type === 'radio' || f.role === 'radio'),
      'a poll option',
      { limit: 12 },
    );
    console.log(`  click #poll-heading, Tab → option "${option.text || '(radio)'}"`);
    await page.keyboard.press('Space');
    const button = await tabUntil(
      page,
      (f) => f.inPoll && (f.tag === 'button' || f.role === 'button'),
      'the vote button',
      { limit: 12 },
    );
    console.log(`  Space, Tab → button "${button.text}"`);
    await page.keyboard.press('Enter');
    console.log('  Enter');
    await page.waitForFunction(
      () => {
        const root = document.querySelector('plein-poll')?.shadowRoot;
        return root?.querySelector('[part~="results"]') && !root.querySelector('[aria-busy="true"]');
      },
      { timeout: 10000, polling: 100 },
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    await shoot(page, 'home-voted-desktop.png');
    const poll = await page.$('plein-poll');
    await poll.screenshot({ path: join(out, 'home-voted-poll.png') });
    console.log('  screenshots/home-voted-poll.png');
  } catch (error) {
    problems.push(`${label}: ${error.message}`);
    await shoot(page, 'home-voted-desktop-FAILED.png');
  }
  await page.close();
  const phone = await open(context, '/', 'phone', `${label} (phone)`);
  await shoot(phone, 'home-voted-phone.png');
  await phone.close();
}

/** The demo bar's "acting as" switch: the communication team's page as Emma, who owns the town hall poll. */
async function actingAs(context) {
  const label = 'acting as';
  const page = await open(context, '/polls.html', 'desktop', label);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.select('.demo-bar__select', 'communications'),
  ]);
  await settled(page, label);
  const owns = await page.evaluate(() =>
    [...document.querySelectorAll('plein-poll[mode="manage"]')].some((el) =>
      el.shadowRoot?.textContent.includes('townhall'),
    ),
  );
  if (!owns)
    problems.push(`${label}: after switching to the communication team, "my polls" does not list the town hall poll`);
  await shoot(page, 'polls-communications-desktop.png');
  // Back to the member, for the steps after this one.
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.select('.demo-bar__select', 'member')]);
  await page.close();
}

/** A vote in one tab reaches the presenter in another (the memory store syncs tabs through localStorage). */
async function liveAcrossTabs(context) {
  const label = 'live across tabs';
  const presenter = await open(context, '/presenter.html', 'desktop', `${label} (presenter)`);
  const count = () =>
    presenter.evaluate(() =>
      document.querySelector('plein-poll')?.shadowRoot?.querySelector('.voters')?.textContent.trim(),
    );
  const before = await count();
  const article = await open(context, '/news.html', 'desktop', `${label} (article)`);
  await article.evaluate(() => {
    const root = document.querySelector('plein-poll[poll-id="poll-townhall"]').shadowRoot;
    root.querySelector('input[type="radio"]').click();
    root.querySelector('button[type="submit"]').click();
  });
  let updated = true;
  try {
    await presenter.waitForFunction(
      (was) => document.querySelector('plein-poll')?.shadowRoot?.querySelector('.voters')?.textContent.trim() !== was,
      { timeout: 10000, polling: 100 },
      before,
    );
  } catch {
    updated = false;
    problems.push(`${label}: the presenter still shows "${before}" 10 s after a vote in another tab`);
  }
  if (updated) {
    console.log(`  presenter: "${before}" → "${await count()}"`);
    await shoot(presenter, 'presenter-after-vote-desktop.png');
  }
  await article.close();
  await presenter.close();
}

/** What the feed opens (a thread, a post menu, the report dialog) in dark, where full-page shots do not reach. */
async function feedStatesDark(context) {
  for (const viewport of Object.keys(VIEWPORTS)) {
    const label = `feed states ${viewport} dark`;
    const page = await open(context, '/', viewport, label, 'dark');
    try {
      const thread = await inFeed(page, (feed) => {
        const toggle = [...feed.shadowRoot.querySelectorAll('.comments-toggle')].find((b) => /\d/.test(b.textContent));
        toggle.click();
        return toggle.closest('article');
      });
      await waitFor(page, 'the comments', (a) => a.querySelector('.comment-list'), thread);
      await snapElement(thread, `home-${viewport}-dark-comments.png`);
      const post = await inFeed(page, (feed) => {
        const other = [...feed.shadowRoot.querySelectorAll('[role="feed"] > article.post')].find(
          (a) =>
            a.querySelector('.person-name')?.textContent.trim() !== 'Sanne de Vries' && !a.querySelector('.thread'),
        );
        other.querySelector('.more').click();
        return other;
      });
      await waitFor(page, 'the post menu', (a) => a.querySelector('[role="menu"]'), post);
      await snapElement(post, `home-${viewport}-dark-menu.png`);
      await post.evaluate((a) =>
        [...a.querySelectorAll('[role="menuitem"]')]
          .find((item) => /^(Melden|Report)/.test(item.textContent.trim()))
          .click(),
      );
      const radio = await waitFor(page, 'the report dialog', () =>
        document.querySelector('plein-feed').shadowRoot.querySelector('dialog[open] input[type="radio"]'),
      );
      await radio.click();
      await shoot(page, `home-${viewport}-dark-report.png`, { fullPage: false });
    } catch (error) {
      problems.push(`${label}: ${error.message}`);
    }
    await page.close();
  }
}

/** Runs `fn(feed)` in the page on its first <plein-feed> and returns a handle to what it returns. */
async function inFeed(page, fn) {
  const feed = await page.$('plein-feed');
  return feed.evaluateHandle(fn);
}

/** Waits for `fn(...args)` in the page; the error names `what`. */
async function waitFor(page, what, fn, ...args) {
  try {
    return await page.waitForFunction(fn, { timeout: 10000, polling: 100 }, ...args);
  } catch {
    throw new Error(`${what} did not show within 10 s`);
  }
}

try {
  console.log(`screenshots: serving the demo at ${server.url}`);
  // Fresh profiles: the demo's persisted data starts from the seed. The chosen persona is kept in
  // the profile's localStorage, so each persona gets a profile of its own.
  const context = await browser.createBrowserContext();
  const profiles = new Map();
  const contextOf = async (persona) => {
    if (!persona) return context;
    if (!profiles.has(persona)) profiles.set(persona, await browser.createBrowserContext());
    return profiles.get(persona);
  };
  for (const { name, path, persona } of PAGES) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      const page = await open(await contextOf(persona), path, viewport, `${name} ${viewport}`, 'light', persona);
      await shoot(page, `${name}-${viewport}.png`);
      await page.close();
    }
  }
  for (const { name, path, persona } of PAGES.filter((p) => DARK.includes(p.name))) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      const page = await open(await contextOf(persona), path, viewport, `${name} ${viewport} dark`, 'dark', persona);
      await shoot(page, `${name}-${viewport}-dark.png`);
      await page.close();
    }
  }
  for (const profile of profiles.values()) await profile.close();
  await feedStatesDark(context);
  await actingAs(context);
  await keyboardVote(context);
  await liveAcrossTabs(context);
  await context.close();
  for (const viewport of Object.keys(VIEWPORTS)) {
    await feedJourney(browser, viewport, { open, settled, shoot, snapElement, problems, notes });
    await kudosJourney(browser, viewport, { open, settled, shoot, snapElement, problems });
    await onboardingJourney(browser, viewport, { open, settled, shoot, problems });
    await insightsJourney(browser, viewport, { open, settled, shoot, snapElement, problems, notes });
  }
} finally {
  await browser.close();
  await server.close();
}

if (notes.length) {
  console.log(`\nscreenshots: ${notes.length} note(s) for people to look at:`);
  for (const note of notes) console.log(`  - ${note}`);
}
const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`\nscreenshots: ${unique.length} problem(s):`);
  for (const problem of unique) console.error(`  - ${problem}`);
  process.exitCode = 1;
} else {
  console.log('\nscreenshots: no CSP violations, errors or failed requests.');
}
