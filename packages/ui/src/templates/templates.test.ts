import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { property } from 'lit/decorators.js';
import { formatters, ManualClock, type Person } from '@plein/core';
import { PleinElement } from '../element/plein-element.js';
import { avatar, avatarTone, initials } from './avatar.js';
import { personName } from './person-name.js';
import { relativeText, relativeTime } from './relative-time.js';
import { skeleton } from './skeleton.js';
import { emptyState } from './empty-state.js';
import { errorState } from './error-state.js';
import { richText } from './rich-text.js';

/** A small element that renders whatever template it is given, with the shared styles. */
class TemplateProbe extends PleinElement {
  @property({ attribute: false }) content: unknown;
  protected override render() {
    return this.content;
  }
}
customElements.define('ui-template-probe', TemplateProbe);

const show = (content: unknown) =>
  fixture<TemplateProbe>(html`<ui-template-probe .content=${content}></ui-template-probe>`);
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
/** Booleans, not elements, in assertions: a failing assertion that holds a DOM node crashes the runner's report. */
const has = (el: Element, selector: string) => q(el, selector) !== null;

const anna: Person = { id: 'p-anna', displayName: 'Anna de Vries' };
/** A 1×1 transparent GIF, so the picture really loads. */
const PICTURE = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

describe('avatar', () => {
  it('shows initials, named by the display name', async () => {
    const el = await show(avatar(anna));
    const disc = q(el, '.avatar')!;
    expect(disc.getAttribute('role')).to.equal('img');
    expect(disc.getAttribute('aria-label')).to.equal('Anna de Vries');
    expect(q(el, '.initials')?.textContent).to.equal('AV');
    expect(q(el, '.initials')?.getAttribute('aria-hidden')).to.equal('true');
    expect(has(el, 'img')).to.be.false;
  });

  it('makes initials from the first and last word, whatever the script', () => {
    expect(initials('Anna de Vries')).to.equal('AV');
    expect(initials('  ömer  ')).to.equal('Ö');
    expect(initials('Jan-Willem van der Berg')).to.equal('JB');
    expect(initials('')).to.equal('');
  });

  it('keeps a person on one colour, and spreads people over the tones', () => {
    expect(avatarTone('p-anna')).to.equal(avatarTone('p-anna'));
    const tones = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(avatarTone));
    expect(tones.size).to.be.greaterThan(3);
  });

  it('shows the picture over the initials, without saying the name twice', async () => {
    const el = await show(avatar({ ...anna, avatarUrl: PICTURE }, { size: 'large' }));
    const img = q(el, 'img') as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('');
    expect(q(el, '.avatar')!.classList.contains('large')).to.be.true;
    expect(q(el, '.avatar')!.getAttribute('aria-label')).to.equal('Anna de Vries');
  });

  it('falls back to initials when the picture fails', async () => {
    const el = await show(avatar({ ...anna, avatarUrl: 'https://intranet.invalid/anna.jpg' }));
    const img = q(el, 'img') as HTMLImageElement;
    // Dispatched rather than awaited: a lazy image in a background tab may never start loading.
    img.dispatchEvent(new Event('error'));
    expect(img.hidden).to.be.true;
    expect(getComputedStyle(img).display).to.equal('none');
    expect(q(el, '.initials')?.textContent).to.equal('AV');
    img.dispatchEvent(new Event('load'));
    expect(img.hidden).to.be.false;
  });

  it('is a silent placeholder while the person is unknown', async () => {
    const el = await show(avatar(undefined, { size: 'small' }));
    expect(q(el, '.avatar')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('passes axe, with and without a picture', async () => {
    const el = await show(
      html`${avatar(anna)} ${avatar({ id: 'p2', displayName: 'Bo', avatarUrl: PICTURE })} ${personName(anna)}`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('personName and relativeTime', () => {
  it('renders the name as text, never as markup', async () => {
    const el = await show(personName({ id: 'x', displayName: '<b>Eve</b>' }));
    expect(q(el, '.person-name')!.textContent).to.equal('<b>Eve</b>');
    expect(has(el, 'b')).to.be.false;
  });

  it('uses the fallback for an unknown person', async () => {
    const el = await show(personName(undefined, 'Someone'));
    expect(q(el, '.person-name')!.textContent).to.equal('Someone');
  });

  it('says how long ago, with the exact moment in datetime and title', async () => {
    const clock = new ManualClock('2026-01-12T09:00:00Z');
    const iso = '2026-01-12T08:55:00.000Z';
    const el = await show(relativeTime(iso, clock.now(), 'en'));
    const time = q(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal(iso);
    expect(time.textContent).to.equal('5 minutes ago');
    expect(time.getAttribute('title')).to.equal(formatters('en').date(iso));
    const dutch = await show(relativeTime(iso, clock.now(), 'nl'));
    expect(q(dutch, 'time')!.textContent).to.equal('5 minuten geleden');
  });

  it('says "just now" for anything under a minute, either way, so times agree and never look stale', async () => {
    const now = Date.parse('2026-01-12T09:00:00Z');
    const ago = (ms: number) => new Date(now - ms).toISOString();
    const said = async (iso: string, locale: 'en' | 'nl' = 'en') =>
      q(await show(relativeTime(iso, now, locale)), 'time')!.textContent;
    expect(await said(ago(0))).to.equal('just now');
    expect(await said(ago(1_000))).to.equal('just now');
    expect(await said(ago(59_999))).to.equal('just now');
    // A clock a little behind the store's: a moment "in the future".
    expect(await said(ago(-3_000))).to.equal('just now');
    expect(await said(ago(60_000))).to.equal('1 minute ago');
    expect(await said(ago(11_000), 'nl')).to.equal('zojuist');
    expect(relativeText(ago(30_000), now, 'nl')).to.equal('zojuist');
    expect(relativeText(ago(2 * 3_600_000), now, 'en')).to.equal('2 hours ago');
  });
});

describe('skeleton', () => {
  it('is busy, says what is loading, and hides its lines', async () => {
    const el = await show(skeleton({ label: 'Loading poll…', lines: 4 }));
    expect(q(el, '.skeleton')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[role="status"]')!.textContent).to.equal('Loading poll…');
    const lines = el.shadowRoot!.querySelectorAll('.skeleton-line');
    expect(lines).to.have.length(4);
    expect([...lines].every((line) => line.getAttribute('aria-hidden') === 'true')).to.be.true;
  });

  it('passes axe', async () => {
    await expect(await show(skeleton({ label: 'Loading poll…' }))).to.be.accessible();
  });
});

describe('emptyState', () => {
  it('invites the first action', async () => {
    let clicks = 0;
    const el = await show(
      emptyState({
        heading: 'No polls yet',
        message: 'Ask your colleagues something.',
        action: { label: 'Create a poll', onClick: () => clicks++ },
      }),
    );
    expect(q(el, '.state-heading')!.textContent).to.equal('No polls yet');
    const button = q(el, 'button') as HTMLButtonElement;
    expect(button.textContent).to.equal('Create a poll');
    button.click();
    expect(clicks).to.equal(1);
  });

  it('leaves the button out without an action', async () => {
    const el = await show(emptyState({ heading: 'Nothing here', message: 'Come back later.' }));
    expect(has(el, 'button')).to.be.false;
  });

  it('passes axe', async () => {
    const el = await show(
      emptyState({
        heading: 'No polls yet',
        message: 'Ask something.',
        action: { label: 'Create a poll', onClick: () => {} },
      }),
    );
    await expect(el).to.be.accessible();
  });
});

describe('errorState', () => {
  it('is an alert that retries on click, Enter and Space', async () => {
    let retries = 0;
    const el = await show(
      errorState({ message: "We can't reach the service.", retryLabel: 'Try again', onRetry: () => retries++ }),
    );
    expect(q(el, '[role="alert"]')!.textContent).to.contain("We can't reach the service.");
    const button = q(el, 'button') as HTMLButtonElement;
    expect(button.textContent).to.equal('Try again');

    button.click();
    expect(retries).to.equal(1);
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(retries).to.equal(2);
    await sendKeys({ press: 'Space' });
    expect(retries).to.equal(3);
  });

  it('passes axe', async () => {
    const el = await show(errorState({ message: 'Something went wrong.', retryLabel: 'Try again', onRetry: () => {} }));
    await expect(el).to.be.accessible();
  });
});

describe('richText', () => {
  const TEXT =
    'Thanks @[Zoë van Dijk](p-zoe), notes at https://intranet.example.org/wiki?page=1 #release <img src=x>\n*done*';
  const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
  const FOCUSABLE = 'a, button, input, select, textarea, [tabindex], [contenteditable], plein-person';

  it('makes links, mentions and hashtags from the text, and never parses HTML', async () => {
    const el = await show(
      richText(TEXT, {
        tagHref: (tag) => `#plein-tag=${tag}`,
        mention: (id, name) => html`<a class="person-link" href="/people/${id}">@${name}</a>`,
      }),
    );
    const link = q(el, 'a.rich-link') as HTMLAnchorElement;
    expect(link.textContent).to.equal('https://intranet.example.org/wiki?page=1');
    expect(link.getAttribute('href')).to.equal('https://intranet.example.org/wiki?page=1');
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include.members(['noopener', 'ugc']);
    expect(q(el, 'a.rich-tag')!.getAttribute('href')).to.equal('#plein-tag=release');
    expect(q(el, 'a.person-link')!.getAttribute('href')).to.equal('/people/p-zoe');
    expect(has(el, 'img')).to.be.false;
    expect(text(el)).to.contain('<img src=x>');
    expect(q(el, 'em')?.textContent).to.equal('done');
    expect(has(el, 'br')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('draws them as plain text with `plain`: nothing to follow or focus, the same words', async () => {
    const linked = await show(richText(TEXT, { tagHref: (tag) => `#plein-tag=${tag}` }));
    let mentions = 0;
    const el = await show(
      richText(TEXT, {
        plain: true,
        tagHref: (tag) => `#plein-tag=${tag}`,
        mention: () => {
          mentions++;
          return html`<a href="/people">@someone</a>`;
        },
      }),
    );
    expect(el.shadowRoot!.querySelectorAll(FOCUSABLE)).to.have.length(0);
    expect(mentions).to.equal(0);
    expect(text(el)).to.equal(text(linked));
    // The same classes, so a view can still colour them.
    expect(q(el, 'span.rich-link')?.textContent).to.equal('https://intranet.example.org/wiki?page=1');
    expect(q(el, 'span.rich-tag')?.textContent).to.equal('#release');
    expect(q(el, 'strong.rich-mention')?.textContent).to.equal('@Zoë van Dijk');
    expect(q(el, 'em')?.textContent).to.equal('done');
    await expect(el).to.be.accessible();
  });
});
