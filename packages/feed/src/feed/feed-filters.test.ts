import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createMemoryWorld } from '@plein/store-memory';
import type { PleinFeed } from './feed.element.js';
import { SEARCH_DELAY_MS } from './view.js';
import {
  $,
  button,
  calm,
  clearDrafts,
  entry,
  focused,
  has,
  post,
  postTexts,
  ready,
  seeded,
  textOf,
  until,
} from './feed.fixtures.js';

const posts = () => [
  post('lunch', 'Lunch on Friday #Lunch #team', 1),
  post('report', 'The quarterly report is out', 2),
  post('pizza', 'Pizza for #lunch again? Café open', 3),
];

const search = (el: PleinFeed) => $<HTMLInputElement>(el, '#search')!;

/** How far the search field's text starts right of its magnifier's right edge (px; negative overlaps). */
function clearance(el: PleinFeed): number {
  const input = search(el);
  const style = getComputedStyle(input);
  const textStart =
    input.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  return textStart - $(el, '.search svg')!.getBoundingClientRect().right;
}

describe('<plein-feed> filters', () => {
  afterEach(() => {
    clearDrafts();
    history.replaceState(null, '', location.pathname);
  });

  it('filters on a hashtag clicked in a post, and the filter chip removes it', async () => {
    const s = await seeded(createMemoryWorld(), posts());
    const el = await ready(s);
    const tag = entry(el, 'lunch').querySelector<HTMLAnchorElement>('a.rich-tag')!;
    expect(tag.textContent).to.equal('#Lunch');
    expect(new URL(tag.href).hash).to.equal('#plein-tag=lunch');
    tag.click();
    await until(el, () => postTexts(el).length === 2, 'the filtered posts');
    expect(location.hash).to.equal('', 'the page did not navigate');
    expect(postTexts(el)).to.deep.equal(['Lunch on Friday #Lunch #team', 'Pizza for #lunch again? Café open']);
    const chip = $(el, '.chip')!;
    expect(textOf(chip)).to.equal('#lunch');
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter #lunch');
    expect(focused(el)).to.equal('button.chip');
    await expect(calm(el)).to.be.accessible();
    chip.click();
    await until(el, () => postTexts(el).length === 3, 'every post again');
    expect(has(el, '.chip')).to.be.false;
    expect(focused(el)).to.equal('input#search');
  });

  it('starts filtered by the tag attribute, and by a #plein-tag link on the page', async () => {
    const s = await seeded(createMemoryWorld(), posts());
    const el = await ready(s, { tag: '#Team' });
    expect(postTexts(el)).to.deep.equal(['Lunch on Friday #Lunch #team']);
    expect(textOf(el, '.chip')).to.equal('#team');

    history.replaceState(null, '', '#plein-tag=lunch');
    const linked = await ready(s);
    expect(postTexts(linked)).to.deep.equal(['Lunch on Friday #Lunch #team', 'Pizza for #lunch again? Café open']);
  });

  it('searches words after a pause in typing, accents and case ignored', async () => {
    const s = await seeded(createMemoryWorld(), posts());
    const el = await ready(s);
    search(el).focus();
    await sendKeys({ type: 'CAFE' });
    s.world.clock.advance(SEARCH_DELAY_MS - 1);
    await el.updateComplete;
    expect(postTexts(el).length).to.equal(3, 'not before the pause');
    s.world.clock.advance(1);
    await until(el, () => postTexts(el).length === 1, 'the match');
    expect(postTexts(el)).to.deep.equal(['Pizza for #lunch again? Café open']);
    expect(focused(el)).to.equal('input#search');
    // Enter searches at once.
    search(el).select();
    await sendKeys({ type: 'nothing like this' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => has(el, '.empty-state'), 'no match');
    expect(textOf(el, '.empty-state')).to.equal('No posts match Try other words, or remove the filter.');
    await expect(calm(el)).to.be.accessible();
    search(el).select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => postTexts(el).length === 3, 'every post');
  });

  it('starts the search text after its icon, at 320 px and on a desktop, typed in or not', async () => {
    const s = await seeded(createMemoryWorld(), posts());
    try {
      for (const width of [320, 1280]) {
        await setViewport({ width, height: 640 });
        const el = await ready(s, { lang: width === 320 ? 'nl' : 'en' });
        // The menus bring the shared form styles too: open one, so every stylesheet is in.
        entry(el, 'lunch').querySelector<HTMLButtonElement>('.more')!.click();
        await until(el, () => has(el, '[role="menu"]'), 'the menu');
        expect(search(el).placeholder).to.equal(width === 320 ? 'Berichten zoeken' : 'Search posts');
        expect(clearance(el), `placeholder at ${width}px`).to.be.at.least(4);
        search(el).focus();
        await sendKeys({ type: 'lunch' });
        expect(clearance(el), `focused, with text, at ${width}px`).to.be.at.least(4);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('leaves pins out of a filtered view', async () => {
    const s = await seeded(createMemoryWorld(), [
      ...posts(),
      post('pinned', 'Pinned #lunch rules', 60, { pin: { announcement: false, by: 'p-mo' } }),
    ]);
    const el = await ready(s);
    expect(has(el, 'section.pinned')).to.be.true;
    entry(el, 'lunch').querySelector<HTMLAnchorElement>('a.rich-tag')!.click();
    await until(el, () => has(el, '.chip'), 'the filter');
    await until(el, () => postTexts(el).length === 3, 'the filtered posts');
    expect(has(el, 'section.pinned')).to.be.false;
    expect(postTexts(el)).to.include('Pinned #lunch rules');
    button(el, 'Remove filter #lunch').click();
    await until(el, () => has(el, 'section.pinned'), 'the pins again');
  });
});
