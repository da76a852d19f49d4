import { expect } from '@open-wc/testing';
import type { PleinInsights } from './insights.element.js';
import { REFRESH_MS } from './dashboard.js';
import {
  $,
  advance,
  button,
  calm,
  counting,
  dashboard,
  nextTask,
  seeded,
  spoken,
  tile,
  tileText,
  until,
  write,
} from './insights.fixtures.js';

describe('<plein-insights>: live', () => {
  it('refreshes the figures a few seconds after a colleague posts or reacts, keeping focus and scroll', async () => {
    const s = await seeded();
    const counted = counting(s.store);
    const el = await dashboard({ world: s.world, store: counted.store });
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      const posts = tile(el, 'posts').querySelector<HTMLButtonElement>('.tile-main')!;
      posts.click();
      posts.focus();
      window.scrollTo(0, 200);
      const scrolled = window.scrollY;
      const asked = counted.reports;

      // Bob posts twice and Zoë reacts, within a few seconds: one refresh, after the wait.
      const bob = s.as('p-bob').feed!;
      await bob.post('general', { text: 'Lunch talk on Thursday #lunch' }, write());
      await advance(el, s.world, 1000);
      await bob.post('it', { text: 'The VPN is back' }, write());
      await s.as('p-eva').feed!.react('post-2', 'celebrate', true, write());
      await advance(el, s.world, REFRESH_MS - 1001);
      expect(tileText(el, 'posts').figure, 'not yet').to.equal('3');
      expect(counted.reports).to.equal(asked);
      await advance(el, s.world, 1);
      await until(el, () => tileText(el, 'posts').figure === '5', 'the new posts');
      expect(counted.reports, 'one read for three changes').to.equal(asked + 1);
      expect(tileText(el, 'posts').trend).to.equal('Up 4 from 1');
      expect(tileText(el, 'reactions').figure).to.equal('2');
      expect(tileText(el, 'active')).to.deep.include({ figure: '42%', share: '5 of 12 people' });
      expect(spoken(el)).to.equal('Figures updated');
      expect(el.shadowRoot!.activeElement, 'focus stays on the tile').to.equal(posts);
      expect(posts.getAttribute('aria-pressed')).to.equal('true');
      expect(window.scrollY).to.equal(scrolled);
    } finally {
      spacer.remove();
    }
  });

  it('follows targets set elsewhere, and stops listening when it leaves the page', async () => {
    const s = await seeded();
    const counted = counting(s.store);
    const el = await dashboard({ world: s.world, store: counted.store });
    // Ada (an admin) sets a target in another browser.
    await s.as('p-ada').insights!.setTarget({ metric: 'posts', per: 'month', value: 20 }, write());
    await advance(el, s.world, REFRESH_MS);
    await until(el, () => tileText(el, 'posts').target !== '', 'the target');
    expect(tileText(el, 'posts').target).to.equal('Target 8 (20 a month) 38% of target');
    expect($(el, '[data-target-open="posts"]')!.textContent!.trim()).to.equal('Edit target');

    const asked = counted.reports;
    el.remove();
    await s.as('p-bob').feed!.post('general', { text: 'Anyone there?' }, write());
    s.world.clock.advance(REFRESH_MS * 2);
    await nextTask();
    expect(counted.reports).to.equal(asked);
  });
});

/** Clicks "Download CSV" and returns the file offered (the Blob behind the Blob URL, read with its byte-order mark). */
async function download(el: PleinInsights, label: string) {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    button(el, label).click();
    await until(el, () => name !== '', 'the download');
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { name, bom, type: blob!.type, lines: (await blob!.text()).replace(/^\ufeff/, '').split('\r\n') };
}

describe('<plein-insights>: CSV export', () => {
  it('downloads every figure shown, with headers, named after the period', async () => {
    const s = await seeded({ targets: [{ metric: 'active', per: 'month', value: 30 }] });
    const el = await dashboard(s, { postUrl: '/news.html#plein-post={id}' });
    const file = await download(el, 'Download CSV');
    expect(file.name).to.equal('insights-2026-01-01-2026-01-12.csv');
    expect([file.bom, file.type]).to.deep.equal([true, 'text/csv;charset=utf-8']);
    expect(spoken(el)).to.equal('insights-2026-01-01-2026-01-12.csv is downloaded.');
    const section = (header: string) => {
      const start = file.lines.indexOf(header);
      expect(start, header).to.be.at.least(0);
      const end = file.lines.indexOf('', start);
      return file.lines.slice(start + 1, end);
    };
    expect(file.lines.slice(0, 3)).to.deep.equal([
      'Period,"Jan 1 – 12, 2026"',
      'Compared with,"Dec 20 – 31, 2025"',
      '',
    ]);
    expect(section('KPI,Value,Previous period,Change,Target,Progress (%),Counted,Out of')).to.deep.equal([
      'Active people,33.3,8.3,25,30,111,4,12',
      'Posts,3,1,2,,,,',
      'Comments,1,0,1,,,,',
      'Reactions,1,0,1,,,,',
      'Poll votes,0,0,0,,,,',
      'Kudos given,0,0,0,,,,',
      'Kudos received,0,0,0,,,,',
      'Onboarding tasks done,No tasks were due,,,,,0,0',
      'Reports to moderators,0,0,0,,,,',
      'Managers taking part,Hidden: fewer than 5 people,,,,,,',
    ]);
    const names =
      'Active people,Posts,Comments,Reactions,Poll votes,Kudos given,Kudos received,Onboarding tasks done,Reports to moderators,Managers taking part';
    const days = section(`Day,${names}`);
    expect(days).to.have.length(12);
    expect(days[4], 'Alice posts on the 5th').to.equal('2026-01-05,8.3,1,0,0,0,0,0,,0,');
    expect(days[5], 'Zoë comments and Mo reacts on the 6th').to.equal('2026-01-06,16.7,0,1,1,0,0,0,,0,');
    // Departments under five people are marked, without a single figure.
    expect(section(`Department,People,${names}`)).to.deep.equal([
      'Communicatie,1,Hidden: fewer than 5 people',
      'Finance,1,Hidden: fewer than 5 people',
      'HR,1,Hidden: fewer than 5 people',
      'IT,2,Hidden: fewer than 5 people',
      'Sales,7,14.3,0,1,0,0,0,0,,0,',
    ]);
    expect(section('Channel,Posts,Comments,Reactions,Active people')).to.deep.equal(['general,2,1,1,3', 'it,1,0,0,1']);
    expect(section('Hashtag,Uses,Previous period')).to.deep.equal(['#canteen,2,0']);
    expect(section('Post,Channel,Comments,Reactions,Previous period,Link')).to.deep.equal([
      `The new canteen opens on Monday #canteen,general,1,1,0,${new URL('/news.html#plein-post=post-1', document.baseURI).href}`,
    ]);
    await expect(calm(el)).to.be.accessible();
  });

  it('writes Dutch headers, semicolons and decimal commas for Dutch Excel, and defuses formulas in post text', async () => {
    const s = await seeded();
    await s.as('p-zoe').feed!.post('general', { text: '=HYPERLINK("http://evil.example") #sales' }, write());
    await s
      .as('p-mo')
      .feed!.react((await s.as('p-zoe').feed!.list({ channel: 'general' })).items[0]!.id, 'like', true, write());
    const el = await dashboard(s, { lang: 'nl', period: 'last-month' });
    const file = await download(el, 'CSV downloaden');
    expect(file.name).to.equal('inzichten-2025-12-01-2025-12-31.csv');
    expect(file.lines.slice(0, 2)).to.deep.equal(['Periode;december 2025', 'Vergeleken met;31 okt – 30 nov 2025']);
    expect(file.lines).to.include('Kerncijfer;Waarde;Vorige periode;Verschil;Doel;Voortgang (%);Geteld;Van');
    expect(file.lines).to.include('Actieve mensen;8,3;0;8,3;;;1;12');
    expect(file.lines).to.include('Leidinggevenden die meedoen;Verborgen: minder dan 5 mensen;;;;;;');

    // This month Zoë's post is among the most discussed: its text cannot run as a formula.
    const month = el.shadowRoot!.querySelector<HTMLSelectElement>('#period-preset')!;
    month.value = 'month';
    month.dispatchEvent(new Event('change'));
    await until(el, () => tileText(el, 'posts').figure === '4', 'this month');
    const now = await download(el, 'CSV downloaden');
    expect(now.name).to.equal('inzichten-2026-01-01-2026-01-12.csv');
    expect(now.lines).to.include(`"'=HYPERLINK(""http://evil.example"") #sales";general;0;1;0;`);
  });
});
