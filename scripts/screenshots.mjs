/**
 * `node scripts/screenshots.mjs`: screenshots of every demo page, phone (360×780) and desktop
 * (1280×900), light and dark, plus one vote cast by keyboard alone on the homepage poll.
 * Serves the demo (under its strict CSP) on a free port, drives Debian's Chromium with
 * puppeteer-core, writes PNGs to screenshots/ (gitignored) and stops the server.
 *
 * Exits 1 when a page breaks the Content-Security-Policy, throws, fails to load a file, or the
 * keyboard vote does not go through: the pictures are for people, these checks for CI.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = join(repo, 'screenshots');

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'news', path: '/news.html' },
  { name: 'news-en', path: '/news.en.html' },
  { name: 'presenter', path: '/presenter.html' },
  { name: 'polls', path: '/polls.html' },
];

const VIEWPORTS = {
  phone: { width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1 },
};

const problems = [];

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

/** Waits until every <plein-poll> on the page has rendered something other than its loading skeleton. */
async function settled(page, label) {
  try {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('plein-poll')].every((poll) => {
          const root = poll.shadowRoot;
          return root && root.textContent.trim() !== '' && !root.querySelector('[aria-busy="true"]');
        }),
      { timeout: 15000, polling: 100 },
    );
  } catch {
    problems.push(`${label}: a <plein-poll> was still loading after 15 s`);
  }
  // Fonts, images and the last transition.
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 400));
}

async function open(context, path, viewport, label, scheme = 'light') {
  const page = await context.newPage();
  await watch(page, label);
  await page.setViewport(VIEWPORTS[viewport]);
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await settled(page, label);
  return page;
}

async function shoot(page, file) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  if (scrollWidth > width)
    problems.push(`${file}: the page is ${scrollWidth} px wide on a ${width} px screen (it scrolls sideways)`);
  await page.screenshot({ path: join(out, file), fullPage: true });
  console.log(`  screenshots/${file}`);
}

/** The focused element, looking through shadow roots. */
function describeFocus() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return { tag: '', type: '', role: '', text: '', inPoll: false };
  const root = active.getRootNode();
  return {
    tag: active.tagName.toLowerCase(),
    type: active.getAttribute('type') ?? '',
    role: active.getAttribute('role') ?? '',
    text: (active.textContent || active.getAttribute('aria-label') || active.value || '').trim().slice(0, 60),
    inPoll: root instanceof ShadowRoot && root.host.localName.startsWith('plein-poll'),
  };
}

/** Tab, Space, Tab, Enter on the homepage poll; no mouse. */
async function keyboardVote(context) {
  const label = 'keyboard vote';
  const page = await open(context, '/', 'desktop', label);
  const pressTabUntil = async (wanted, what, limit) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(describeFocus);
      if (wanted(focus)) return focus;
    }
    throw new Error(`no ${what} reached with Tab within ${limit} presses`);
  };
  try {
    const option = await pressTabUntil(
      (f) => f.inPoll && (f.type === 'radio' || f.role === 'radio'),
      'poll option',
      80,
    );
    console.log(`  Tab → option "${option.text || '(radio)'}"`);
    await page.keyboard.press('Space');
    const button = await pressTabUntil(
      (f) => f.inPoll && (f.tag === 'button' || f.role === 'button'),
      'vote button',
      12,
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
  try {
    await presenter.waitForFunction(
      (was) => document.querySelector('plein-poll')?.shadowRoot?.querySelector('.voters')?.textContent.trim() !== was,
      { timeout: 10000, polling: 100 },
      before,
    );
    console.log(`  presenter: "${before}" → "${await count()}"`);
    await shoot(presenter, 'presenter-after-vote-desktop.png');
  } catch {
    problems.push(`${label}: the presenter still shows "${before}" 10 s after a vote in another tab`);
  }
  await article.close();
  await presenter.close();
}

try {
  console.log(`screenshots: serving the demo at ${server.url}`);
  // A fresh profile: the demo's persisted data starts from the seed.
  const context = await browser.createBrowserContext();
  for (const { name, path } of PAGES) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      const page = await open(context, path, viewport, `${name} ${viewport}`);
      await shoot(page, `${name}-${viewport}.png`);
      await page.close();
    }
  }
  for (const { name, path } of PAGES.filter((p) => ['home', 'news', 'presenter'].includes(p.name))) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      const page = await open(context, path, viewport, `${name} ${viewport} dark`, 'dark');
      await shoot(page, `${name}-${viewport}-dark.png`);
      await page.close();
    }
  }
  await actingAs(context);
  await keyboardVote(context);
  await liveAcrossTabs(context);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`\nscreenshots: ${unique.length} problem(s):`);
  for (const problem of unique) console.error(`  - ${problem}`);
  process.exitCode = 1;
} else {
  console.log('\nscreenshots: no CSP violations, errors or failed requests.');
}
