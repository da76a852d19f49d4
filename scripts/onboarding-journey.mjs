/**
 * Onboarding by keyboard alone, on the real demo pages (imported by scripts/screenshots.mjs): as
 * the communication team, create a campaign from the template and save it, import three new
 * hires from CSV rows (preview, then confirm); as one of them, tick two tasks on "Mijn start";
 * back as the team, see that progress in the cohort view, and again after a reload.
 *
 * Only page.keyboard drives the page, with the feed journey's helpers; the CSV rows are typed
 * into the import's text box. The one exception is a click on a page heading that cannot take
 * focus: it sets where the next Tab starts. Reloading and switching person (which reloads) are
 * the browser's own doing, not the page's.
 *
 * The demo bar can only act as its four personas, and the store gives imported newcomers ids
 * of its own. So the CSV holds the demo's new hire, Lucas Jansen (a known colleague: enrolled),
 * and two newcomers (added to the directory and enrolled); the ticks are Lucas's.
 */
import { pause, startAt, until } from './feed-journey.mjs';

const TEAM = '/onboarding-team.html';
const MINE = '/onboarding.html';
/** The demo bar's personas, in its order (demo/demo.js). */
const PERSONAS = ['member', 'moderator', 'communications', 'newHire'];
const HIRE = { id: 'p-lucas', name: 'Lucas Jansen', email: 'lucas.jansen@noordlicht.example' };
const DAY = 86_400_000;

/** A date as Dutch spreadsheets write it (DD-MM-YYYY), `days` from today (UTC). */
function dutchDate(days) {
  const [year, month, day] = new Date(Date.now() + days * DAY).toISOString().slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

/** The rows pasted into the import: semicolons and day-first dates, as Dutch Excel writes them. */
function csvRows(viewport) {
  const tag = viewport === 'phone' ? 'tel' : 'desk';
  return [
    'Naam;E-mail;Startdatum;Afdeling',
    `${HIRE.name};${HIRE.email};${dutchDate(-1)};IT`,
    `Iris Vermeulen;iris.vermeulen.${tag}@noordlicht.example;${dutchDate(-1)};Sales`,
    `Bo de Wit;bo.dewit.${tag}@noordlicht.example;${dutchDate(-1)};Finance`,
  ];
}

// ---------------------------------------------------------------------------- reading the page (in the page)

/** The focused element, looking through shadow roots, with where it sits in the onboarding element. */
function focusInfo() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return { tag: 'body', text: '' };
  const text =
    active.localName === 'textarea'
      ? ''
      : active.localName === 'select'
        ? active.selectedOptions[0]?.textContent
        : active.getAttribute('aria-label') || active.textContent || active.labels?.[0]?.textContent || '';
  const task = active.closest('.task');
  return {
    tag: active.localName,
    type: active.getAttribute('type') ?? '',
    id: active.id,
    cls: active.getAttribute('class') ?? '',
    href: active.getAttribute('href') ?? '',
    value: typeof active.value === 'string' ? active.value : '',
    checked: Boolean(active.checked),
    open: active.dataset?.open ?? '',
    text: text.trim().replace(/\s+/g, ' ').slice(0, 70),
    checklist: active.closest('article.checklist')?.querySelector('.title')?.textContent.trim() ?? '',
    task: task?.querySelector('.task-title')?.textContent.trim() ?? '',
  };
}

const show = (f) => `${f.tag}${f.type ? `[${f.type}]` : ''}${f.id ? `#${f.id}` : ''} "${f.task || f.text}"`;

/** Presses Tab (or Shift+Tab) until `wanted(focus)`; throws naming `what` when it is not reached. */
async function tabTo(page, wanted, what, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(focusInfo);
    if (wanted(focus)) return focus;
  }
  throw new Error(`${what} not reached with Tab within ${limit} presses`);
}

/** Waits until focus lands where `wanted` says (the element moves it after its next render). */
async function focusLands(page, wanted, what) {
  for (let i = 0; i < 100; i++) {
    const focus = await page.evaluate(focusInfo);
    if (wanted(focus)) return focus;
    await pause(100);
  }
  throw new Error(`focus did not move to ${what} (it is on ${show(await page.evaluate(focusInfo))})`);
}

/** The onboarding element's shadow root has `selector` (runs in the page). */
function shows(selector) {
  return Boolean(document.querySelector('plein-onboarding')?.shadowRoot?.querySelector(selector));
}

/** The import's counts per outcome, as shown (runs in the page). */
function importCounts() {
  const root = document.querySelector('plein-onboarding')?.shadowRoot;
  return Object.fromEntries(
    [...(root?.querySelectorAll('.counts .count') ?? [])].map((c) => [
      c.dataset.outcome,
      Number(c.querySelector('dd')?.textContent.replace(/\D/g, '')),
    ]),
  );
}

/** What the cohort view says about the campaign, the new hire and one task (runs in the page). */
function cohortSeen(personId) {
  const root = document.querySelector('plein-onboarding')?.shadowRoot;
  if (!root?.querySelector('.cohort .figures')) return undefined;
  const figure = (name) => root.querySelector(`[data-figure="${name}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const row = root.querySelector(`.people-table [data-person="${personId}"]`)?.closest('tr');
  return {
    title: root.querySelector('#manage-campaign-title')?.textContent.trim() ?? '',
    enrolled: figure('enrolled'),
    progress: figure('progress'),
    achieved: figure('achieved'),
    target: figure('target'),
    status: figure('status'),
    person: row?.querySelector('td .cell-title')?.textContent.trim() ?? '',
    state: row?.querySelector('.state')?.textContent.trim() ?? '',
    people: root.querySelectorAll('.people-table tbody tr').length,
    tasks: [...root.querySelectorAll('.task-table tbody tr')].map((tr) => ({
      title: tr.querySelector('th .cell-title')?.textContent.trim() ?? '',
      done: tr.querySelector('.done-cell .cell-title')?.textContent.trim() ?? '',
    })),
  };
}

// ---------------------------------------------------------------------------- moving around

/** Reloads, Tabs to the demo bar's "acting as" select and moves it with arrows until it shows `to` (each move reloads). */
async function actAs(j, to) {
  const { page } = j;
  for (let moves = 0; moves < PERSONAS.length; moves++) {
    await page.reload({ waitUntil: 'load' });
    await j.settled(page);
    await tabTo(page, (f) => f.tag === 'select' && f.cls.includes('demo-bar__select'), 'the "acting as" select', 5);
    const now = await page.evaluate(() => document.querySelector('.demo-bar__select').value);
    if (now === to) {
      console.log(`  ${j.viewport}: acting as the ${to}`);
      return;
    }
    const key = PERSONAS.indexOf(to) > PERSONAS.indexOf(now) ? 'ArrowDown' : 'ArrowUp';
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
    console.log(`  ${j.viewport}: ${key} on "acting as" (${now} →) reloads`);
  }
  throw new Error(`the demo bar never showed "${to}"`);
}

/** Follows a link (by its href) with Tab and Enter, from the top of the page. */
async function follow(j, href) {
  const { page } = j;
  await tabTo(page, (f) => f.tag === 'a' && f.href === href, `the link to ${href}`, 30);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await j.settled(page);
  console.log(`  ${j.viewport}: Tab, Enter → ${href}`);
}

/** From the list, Tab to the campaign's title and open it with Enter: its progress (the cohort). */
async function openCampaign(j) {
  const { page } = j;
  await until(page, 'the campaign list', shows, '[data-open]');
  await startAt(page, '#onboarding-team-heading');
  await tabTo(page, (f) => f.open !== '' && f.text === j.title, `the campaign "${j.title}" in the list`, 30);
  await page.keyboard.press('Enter');
  await until(page, 'the cohort view', shows, '.cohort .figures');
  await pause(300);
}

// ---------------------------------------------------------------------------- the steps

/** a. As the team: "New campaign from the template", a title of one's own, Enter saves it. */
async function createCampaign(j) {
  const { page } = j;
  await actAs(j, 'communications');
  await until(page, 'the campaign list', shows, '.new-template');
  await startAt(page, '#onboarding-team-heading');
  await tabTo(page, (f) => f.cls.includes('new-template'), 'the "from the template" button', 10);
  await j.snap('1-campaigns');
  await page.keyboard.press('Enter');
  await until(page, 'the editor', shows, 'form.campaign-form #ce-title');
  await focusLands(page, (f) => f.id === 'manage-campaign-title', 'the heading of the new campaign');
  const title = await tabTo(page, (f) => f.id === 'ce-title', 'the title field', 5);
  console.log(`  ${j.viewport}: Enter → the editor, the template's title "${title.value}"`);
  if (!title.value) throw new Error('the template left the title empty');
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(j.title);
  await j.snap('2-editor');
  // Enter in a text field submits its form.
  await page.keyboard.press('Enter');
  await until(
    page,
    'the new campaign opened on its people',
    (wanted) => {
      const root = document.querySelector('plein-onboarding').shadowRoot;
      return (
        root.querySelector('#manage-campaign-title')?.textContent.trim() === wanted &&
        root.querySelector('[data-tab="people"][aria-current="page"]') &&
        root.querySelector('.open-import')
      );
    },
    j.title,
  );
  await focusLands(page, (f) => f.id === 'manage-campaign-title', 'the heading of the saved campaign');
  console.log(`  ${j.viewport}: Ctrl+A, type "${j.title}", Enter → saved; its People tab opens`);
}

/** b. Import three new hires: paste the rows, Preview, check each row's outcome, Import. */
async function importHires(j) {
  const { page } = j;
  await tabTo(page, (f) => f.cls.includes('open-import'), 'the import button', 15);
  await page.keyboard.press('Enter');
  await until(page, 'the import', shows, '#import-paste');
  await tabTo(page, (f) => f.id === 'import-paste', 'the text box for the rows', 6);
  const rows = csvRows(j.viewport);
  // Enter in a text box is a new line.
  await page.keyboard.type(rows.join('\n'));
  console.log(`  ${j.viewport}: Enter on "import", Tab to the text box, typed ${rows.length - 1} rows`);
  await j.snap('3-import-rows');
  await tabTo(page, (f) => f.cls.includes('preview'), 'the Preview button', 4);
  await page.keyboard.press('Enter');
  await until(page, 'the preview', shows, '#import-preview-heading');
  const preview = await page.evaluate(importCounts);
  console.log(`  ${j.viewport}: Preview → ${JSON.stringify(preview)}`);
  if (preview.enrol !== 1 || preview.add !== 2 || preview.error)
    throw new Error(
      `the preview should enrol 1 colleague and add 2 newcomers without errors, it says ${JSON.stringify(preview)}`,
    );
  await pause(300);
  await j.snap('4-import-preview');
  const confirm = await tabTo(page, (f) => f.cls.includes('import-rows'), 'the Import button', 10);
  await page.keyboard.press('Enter');
  await until(page, 'the import report', () => {
    const root = document.querySelector('plein-onboarding').shadowRoot;
    return !root.querySelector('.import-rows') && root.querySelector('#import-preview-heading');
  });
  const done = await page.evaluate(importCounts);
  if (done.enrol !== 1 || done.add !== 2) throw new Error(`the import report says ${JSON.stringify(done)}`);
  const enrolled = await until(page, 'three people enrolled', () => {
    const meta = document
      .querySelector('plein-onboarding')
      .shadowRoot.querySelector('.campaign-head .campaign-meta')
      ?.textContent.trim();
    return /\b3\b/.test(meta ?? '') && meta;
  });
  console.log(`  ${j.viewport}: Tab to "${confirm.text}", Enter → ${JSON.stringify(done)}; "${enrolled}"`);
  await pause(300);
  await j.snap('5-imported');
}

/** c. As the new hire, on "Mijn start": tick two of one's own tasks of the new campaign with Space. */
async function tickTwo(j) {
  const { page } = j;
  await actAs(j, 'newHire');
  await follow(j, MINE);
  await until(
    page,
    `the checklist "${j.title}"`,
    (title) =>
      [...(document.querySelector('plein-onboarding')?.shadowRoot?.querySelectorAll('article.checklist .title') ?? [])]
        .map((h) => h.textContent.trim())
        .includes(title),
    j.title,
  );
  await startAt(page, '#onboarding-heading');
  j.ticked = [];
  for (let n = 0; n < 2; n++) {
    const box = await tabTo(
      page,
      (f) => f.type === 'checkbox' && f.checklist === j.title && !f.checked,
      `an open task of my own in "${j.title}"`,
      60,
    );
    await page.keyboard.press('Space');
    await until(
      page,
      `"${box.task}" ticked and saved`,
      (id) => {
        const input = document.querySelector('plein-onboarding').shadowRoot.getElementById(id);
        return input?.checked && input.closest('.task')?.getAttribute('aria-busy') === 'false';
      },
      box.id,
    );
    j.ticked.push(box.task);
    console.log(`  ${j.viewport}: Tab → ${show(box)}, Space → ticked`);
  }
  const progress = await page.evaluate((title) => {
    const article = [
      ...document.querySelector('plein-onboarding').shadowRoot.querySelectorAll('article.checklist'),
    ].find((a) => a.querySelector('.title')?.textContent.trim() === title);
    return article?.querySelector('[part~="progress"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  }, j.title);
  if (!/\b2\b/.test(progress)) throw new Error(`the checklist's progress reads "${progress}" after two ticks`);
  console.log(`  ${j.viewport}: progress "${progress}"`);
  await pause(300);
  await j.snap('6-ticked');
}

/** Checks the cohort view against what the journey did: three people, the hire's two ticks. */
function checkCohort(j, seen) {
  if (!seen) throw new Error('the cohort view shows no figures');
  if (seen.title !== j.title) throw new Error(`the cohort is of "${seen.title}", not "${j.title}"`);
  if (seen.enrolled !== '3' || seen.people !== 3)
    throw new Error(`the cohort counts ${seen.enrolled} enrolled and ${seen.people} rows, not 3`);
  if (!/^2\b/.test(seen.person)) throw new Error(`${HIRE.name} shows "${seen.person}" done, not 2`);
  for (const task of j.ticked) {
    const row = seen.tasks.find((t) => t.title === task);
    if (!row || !/^1\b/.test(row.done)) throw new Error(`the task "${task}" shows "${row?.done}" done, not 1 of 3`);
  }
  if (!seen.target) throw new Error('the cohort view shows no target');
}

/** d. Back as the team: the campaign's progress shows the two ticks against the target. */
async function cohort(j) {
  const { page } = j;
  await actAs(j, 'communications');
  await follow(j, TEAM);
  await openCampaign(j);
  const seen = await page.evaluate(cohortSeen, HIRE.id);
  checkCohort(j, seen);
  console.log(
    `  ${j.viewport}: cohort: ${seen.enrolled} enrolled; ${HIRE.name} ${seen.person} (${seen.state}); ` +
      `progress "${seen.progress}", achieved "${seen.achieved}", target "${seen.target}", "${seen.status}"`,
  );
  await j.snap('7-cohort');
  await j.shoot(page, `onboarding-journey-${j.viewport}-7-cohort-page.png`);
}

/** e. Reload: the campaign, the three people and the ticks are all still there. */
async function afterReload(j) {
  const { page } = j;
  await page.reload({ waitUntil: 'load' });
  await j.settled(page);
  await openCampaign(j);
  const seen = await page.evaluate(cohortSeen, HIRE.id);
  checkCohort(j, seen);
  console.log(`  ${j.viewport}: after a reload: ${seen.enrolled} enrolled, ${HIRE.name} ${seen.person}`);
  await j.snap('8-after-reload');
}

const STEPS = [
  ['a. create a campaign from the template', createCampaign],
  ['b. import three new hires from CSV rows', importHires],
  ['c. tick two tasks as the new hire', tickTwo],
  ['d. the cohort view as the team', cohort],
  ['e. still there after a reload', afterReload],
];

/**
 * Runs the journey at one viewport in a fresh browser context (the demo data starts from the seed).
 * `kit` comes from screenshots.mjs: open, settled, shoot and problems.
 */
export async function onboardingJourney(browser, viewport, kit) {
  const label = `onboarding journey (${viewport})`;
  const context = await browser.createBrowserContext();
  const page = await kit.open(context, TEAM, viewport, label);
  const j = {
    page,
    viewport,
    title: `Welkom in het team (${viewport === 'phone' ? 'telefoon' : 'desktop'})`,
    settled: (p) => kit.settled(p, label),
    shoot: (p, file, options) => kit.shoot(p, file, options),
    snap: (moment) => kit.shoot(page, `onboarding-journey-${viewport}-${moment}.png`, { fullPage: false }),
  };
  console.log(`  ${label}`);
  try {
    for (const [name, run] of STEPS) {
      try {
        await run(j);
      } catch (error) {
        kit.problems.push(`${label}: step "${name}": ${error.message}`);
        await kit.shoot(page, `onboarding-journey-${viewport}-FAILED.png`, { fullPage: false });
        break; // later steps build on this one
      }
    }
  } finally {
    await context.close();
  }
}
