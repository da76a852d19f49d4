import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PleinInsightsLoadDetail } from './events.js';
import {
  $,
  button,
  calm,
  choose,
  counting,
  dashboard,
  has,
  seeded,
  tabTo,
  textOf,
  tileText,
  type,
  until,
} from './insights.fixtures.js';

const preset = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  el.shadowRoot!.querySelector<HTMLSelectElement>('#period-preset')!;
const caption = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  textOf(el.shadowRoot!.querySelector('.caption')!);

describe('<plein-insights>: the period', () => {
  it('offers this and last week, month, quarter and year, and chosen dates; this month first', async () => {
    const el = await dashboard(await seeded());
    expect([...preset(el).options].map((o) => o.textContent!.trim())).to.deep.equal([
      'This week',
      'This month',
      'This quarter',
      'This year',
      'Last week',
      'Last month',
      'Last quarter',
      'Last year',
      'Choose dates',
    ]);
    expect(preset(el).value).to.equal('month');
    expect(textOf(el, 'label[for="period-preset"]')).to.equal('Period');
  });

  it('switches periods on the element’s clock, says each in words against the one before, and reads its figures', async () => {
    const s = await seeded();
    const el = await dashboard(s);
    const loads: string[] = [];
    el.addEventListener('plein-load', (event: Event) => {
      const { from, to } = (event as CustomEvent<PleinInsightsLoadDetail>).detail;
      loads.push(`${from}/${to}`);
    });
    const show = async (value: string) => {
      choose(preset(el), value);
      await until(el, () => !has(el, '.tiles.busy'), value);
    };

    await show('last-month');
    expect(caption(el)).to.equal('December 2025 compared with Oct 31 – Nov 30, 2025');
    expect(tileText(el, 'posts')).to.deep.include({ figure: '1', trend: 'Up 1 from 0' });
    expect(tileText(el, 'active')).to.deep.include({ figure: '8.3%', share: '1 of 12 people' });

    // Monday 12 January: this week is today so far.
    await show('week');
    expect(caption(el)).to.equal('Jan 12, 2026 compared with Jan 11, 2026');
    expect(tileText(el, 'posts').figure).to.equal('0');

    await show('last-week');
    expect(caption(el)).to.equal('Jan 5 – 11, 2026 compared with Dec 29, 2025 – Jan 4, 2026');
    expect(tileText(el, 'posts')).to.deep.include({ figure: '3', trend: 'Up 3 from 0' });

    await show('quarter');
    expect(caption(el)).to.equal('Jan 1 – 12, 2026 compared with Dec 20 – 31, 2025');
    await show('last-quarter');
    expect(caption(el)).to.equal('October – December 2025 compared with July – September 2025');
    await show('last-year');
    expect(caption(el)).to.equal('2025 compared with Jan 2 – Dec 31, 2024');
    expect(tileText(el, 'posts').figure).to.equal('1');

    const midnight = (y: number, m: number, d: number) => new Date(y, m, d).toISOString();
    expect(loads).to.deep.equal([
      `${midnight(2025, 11, 1)}/${midnight(2026, 0, 1)}`,
      `${midnight(2026, 0, 12)}/${midnight(2026, 0, 13)}`,
      `${midnight(2026, 0, 5)}/${midnight(2026, 0, 12)}`,
      `${midnight(2026, 0, 1)}/${midnight(2026, 0, 13)}`,
      `${midnight(2025, 9, 1)}/${midnight(2026, 0, 1)}`,
      `${midnight(2025, 0, 1)}/${midnight(2026, 0, 1)}`,
    ]);
  });

  it('starts on the period the page asks for', async () => {
    const el = await dashboard(await seeded(), { period: 'last-month' });
    expect(preset(el).value).to.equal('last-month');
    expect(caption(el)).to.equal('December 2025 compared with Oct 31 – Nov 30, 2025');
  });

  it('reads chosen dates only when they make a period: the refusals are said at the field', async () => {
    const s = await seeded();
    const counted = counting(s.store);
    const el = await dashboard({ world: s.world, store: counted.store });
    const asked = counted.reports;
    choose(preset(el), 'custom');
    await el.updateComplete;
    const start = $<HTMLInputElement>(el, '#period-start')!;
    const end = $<HTMLInputElement>(el, '#period-end')!;
    expect([textOf(el, 'label[for="period-start"]'), textOf(el, 'label[for="period-end"]')]).to.deep.equal([
      'First day',
      'Last day',
    ]);
    expect([start.value, end.value], 'the period shown').to.deep.equal(['2026-01-01', '2026-01-12']);
    expect(counted.reports, 'nothing asked by choosing').to.equal(asked);

    const refused = async (from: string, to: string, field: 'start' | 'end', message: string) => {
      type(start, from);
      type(end, to);
      button(el, 'Show').click();
      await el.updateComplete;
      await el.updateComplete;
      const input = field === 'start' ? start : end;
      expect(textOf(el, `#period-${field}-error`)).to.equal(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal(`period-${field}-error`);
      expect(el.shadowRoot!.activeElement).to.equal(input);
    };
    await refused('2026-01-10', '2026-01-05', 'end', 'The last day is before the first day.');
    await expect(calm(el)).to.be.accessible();
    await refused('2025-01-01', '2026-01-12', 'end', 'Choose at most 366 days.');
    await refused('', '2026-01-12', 'start', 'Choose the first day.');
    await refused('2026-01-05', '', 'end', 'Choose the last day.');
    expect(counted.reports, 'nothing asked for a refused range').to.equal(asked);
    expect(caption(el), 'still the period shown').to.equal('Jan 1 – 12, 2026 compared with Dec 20 – 31, 2025');

    // Five days, typed and confirmed by keyboard.
    type(start, '2026-01-05');
    type(end, '2026-01-09');
    end.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => caption(el).startsWith('Jan 5'), 'the chosen dates');
    await until(el, () => !has(el, '.tiles.busy'), 'their figures');
    expect(caption(el)).to.equal('Jan 5 – 9, 2026 compared with Dec 31, 2025 – Jan 4, 2026');
    expect(has(el, '.field-error')).to.be.false;
    expect(tileText(el, 'posts')).to.deep.include({ figure: '2', trend: 'Up 2 from 0' });
    expect(counted.reports).to.equal(asked + 1);

    // 366 days is the longest period there is.
    type(start, '2025-01-13');
    type(end, '2026-01-13');
    button(el, 'Show').click();
    await until(el, () => caption(el).startsWith('Jan 13, 2025'), 'a year and a day');
    expect(counted.reports).to.equal(asked + 2);
  });

  it('says in words when the figures of a period cannot be read, and reads them again on retry', async () => {
    const s = await seeded();
    const el = await dashboard(s);
    s.world.faults.failNext('rate-limited', { retryAfter: 30 });
    await tabTo(el, '#period-preset');
    choose(preset(el), 'last-month');
    await until(el, () => has(el, '.error-state'), 'the error');
    expect(textOf(el, '.error-state')).to.equal("It's busy right now. Please try again in 30 seconds. Try again");
    expect(has(el, '#period-preset'), 'the picker stays').to.be.true;
    await expect(calm(el)).to.be.accessible();
    button(el, 'Try again').click();
    await until(el, () => has(el, '.tile') && !has(el, '.tiles.busy'), 'the figures');
    expect(caption(el)).to.equal('December 2025 compared with Oct 31 – Nov 30, 2025');
    expect(tileText(el, 'posts').figure).to.equal('1');
  });
});
