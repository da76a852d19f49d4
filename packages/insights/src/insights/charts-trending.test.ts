import { expect } from '@open-wc/testing';
import { $, $$, november, quiet, renderCharts, textOf, type ChartsHost } from './charts.fixtures.js';

const LINKS = { postUrl: '/news.html#plein-post={id}', tagUrl: '/news.html?tag={tag}&from=insights' };

/** Each tag as [name, uses, change]. */
const tags = (el: ChartsHost) =>
  $$(el, '.tag').map((tag) => [
    textOf(tag.querySelector('.tag-name')),
    textOf(tag.querySelector('.tag-count')),
    textOf(tag.querySelector('.change')),
  ]);

describe('charts part: trending topics', () => {
  it('lists hashtags with their count and the change against the previous period, in words and arrows', async () => {
    const el = await renderCharts(november());
    expect(tags(el)).to.deep.equal([
      ['#launch', '12 times', '↑ Rising · 4 before'],
      ['#onboarding', '8 times', '↑ New'],
      ['#café & co', '5 times', '↓ Falling · 9 before'],
      ['#friday', '3 times', '→ Steady · 3 before'],
    ]);
    // The arrow is decoration: the word says it.
    for (const arrow of $$(el, '.change > [aria-hidden="true"]')) expect(textOf(arrow)).to.match(/^[↑↓→]$/);
    // Bars relative to the most used tag.
    expect($$(el, '.tag .bar-fill').map((rect) => rect.getAttribute('width'))).to.deep.equal([
      '100.00%',
      (800 / 12).toFixed(2) + '%',
      (500 / 12).toFixed(2) + '%',
      '25.00%',
    ]);
    await expect(el).to.be.accessible();
  });

  it('links each tag when tag-url is set, the tag URL-encoded in place of {tag}', async () => {
    const el = await renderCharts(november(), { config: LINKS });
    expect($$<HTMLAnchorElement>(el, 'a.tag-name').map((a) => a.getAttribute('href'))).to.deep.equal([
      '/news.html?tag=launch&from=insights',
      '/news.html?tag=onboarding&from=insights',
      '/news.html?tag=caf%C3%A9%20%26%20co&from=insights',
      '/news.html?tag=friday&from=insights',
    ]);
    await expect(el).to.be.accessible();
  });

  it('has no links without tag-url and post-url', async () => {
    const el = await renderCharts(november());
    expect($$(el, '.charts a')).to.have.length(0);
    expect($$(el, 'span.tag-name')).to.have.length(4);
    expect($$(el, 'p.post-text')).to.have.length(2);
  });

  it('says so when no hashtag was used', async () => {
    const el = await renderCharts(quiet());
    expect($(el, '.tag-list')).to.be.null;
    expect(textOf($(el, '.tags .chart-note'))).to.equal(
      'No hashtags were used in this period. Topics like #launch in posts and kudos show up here.',
    );
    await expect(el).to.be.accessible();
  });
});

describe('charts part: most discussed posts', () => {
  it('shows each excerpt as plain text, with channel, comments, reactions and the change', async () => {
    const el = await renderCharts(november(), { config: LINKS });
    const [first, second] = $$(el, '.post');
    const text = first!.querySelector('.post-text')!;
    // User text is never HTML: the tags show as typed and no element is made of them.
    expect(text.textContent).to.equal('<b>Big</b> news: the new canteen opens on Monday');
    expect(text.querySelector('b')).to.be.null;
    expect(textOf(first!.querySelector('.post-meta'))).to.equal('in news 14 comments 30 reactions ↑ Rising · 3 before');
    expect(textOf(second!.querySelector('.post-meta'))).to.equal(
      'in general 6 comments 4 reactions ↓ Falling · 20 before',
    );
  });

  it('links each post when post-url is set, the id URL-encoded in place of {id}', async () => {
    const el = await renderCharts(november(), { config: LINKS });
    expect($$<HTMLAnchorElement>(el, 'a.post-text').map((a) => a.getAttribute('href'))).to.deep.equal([
      '/news.html#plein-post=p%2F1',
      '/news.html#plein-post=p2',
    ]);
    await expect(el).to.be.accessible();
  });

  it('names a post without text instead of an empty link', async () => {
    const report = november();
    report.posts = [{ ...report.posts[0]!, excerpt: '  ' }];
    const el = await renderCharts(report, { config: LINKS });
    expect(textOf($(el, 'a.post-text'))).to.equal('A post without text');
    await expect(el).to.be.accessible();
  });

  it('says so when no post was discussed', async () => {
    const el = await renderCharts(quiet());
    expect($(el, '.post-list')).to.be.null;
    expect(textOf($(el, '.posts .chart-note'))).to.equal('No post was commented on or reacted to in this period.');
  });
});
