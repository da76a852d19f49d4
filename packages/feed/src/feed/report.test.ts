/**
 * The report dialog (`ReportDialog`) through a small test-only element with a "Report" button,
 * implementing FeedHost the way `<plein-feed>` does, over a memory world with a manual clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { property } from 'lit/decorators.js';
import {
  LIMITS,
  PleinError,
  type Comment,
  type Person,
  type PleinStore,
  type Post,
  type WriteOptions,
} from '@plein/core';
import { CONTRACT_PEOPLE, type World } from '@plein/core/testing';
import { PleinElement, permalink, richText } from '@plein/ui';
import { createMemoryWorld } from '@plein/store-memory';
import type { FeedHost } from './host.js';
import { ReportDialog, styles } from './report.js';

const P = CONTRACT_PEOPLE;
const START = Date.UTC(2026, 0, 12, 9, 0, 0);
const FEED_URL = 'https://intranet.example.org/feed';

/** An entry with a Report button that opens the dialog; the host is an object, as in the feed element. */
class ReportHost extends PleinElement {
  static override styles = [PleinElement.styles, ...styles];
  @property({ attribute: false }) entry?: Post | Comment;
  reported: string[] = [];
  readonly people = new Map<string, Person>();
  readonly dialog = new ReportDialog(this.feedHost(), { reported: (entry) => this.reported.push(entry.id) });

  private feedHost(): FeedHost {
    const clockOf = () => this.clock;
    const asked = new Set<string>();
    return {
      store: () => this.storeRef.value,
      locale: () => ({ locale: this.i18n.locale, format: this.i18n.format }),
      get clock() {
        return clockOf();
      },
      guard<T>(call: Promise<T>): Promise<T> {
        const clock = clockOf();
        return new Promise<T>((resolve, reject) => {
          const handle = clock.setTimeout(() => reject(new PleinError('unavailable', { reason: 'timeout' })), 15_000);
          call.then(
            (value) => (clock.clearTimeout(handle), resolve(value)),
            (error: unknown) => (clock.clearTimeout(handle), reject(error)),
          );
        });
      },
      toast: (text, tone) => this.feedback.toast(text, { tone }),
      announce: (text) => this.feedback.announce(text),
      requestUpdate: () => this.requestUpdate(),
      person: (id) => {
        const found = this.people.get(id);
        if (!found && !asked.has(id)) {
          asked.add(id);
          void this.storeRef.value?.people.getMany([id]).then((list) => {
            for (const person of list) this.people.set(person.id, person);
            this.requestUpdate();
          });
        }
        return found;
      },
      renderText: (text) => richText(text),
      permalinkOf: (entry) => permalink('feed', entry.id, FEED_URL),
    };
  }

  protected override render() {
    return html`<p class="entry-text">${this.entry ? richText(this.entry.text) : ''}</p>
      <button
        type="button"
        class="button report"
        @click=${(event: Event) => this.entry && this.dialog.open(this.entry, event.currentTarget as HTMLElement)}
      >
        Report
      </button>
      ${this.dialog.render()} ${this.feedback.render()}`;
  }
}
customElements.define('test-report-host', ReportHost);

interface Setup {
  world: World;
  store: PleinStore;
  post: Post | Comment;
}

/** Alice posted; Bob (the viewer) reports it. */
async function setup(): Promise<Setup> {
  const world = createMemoryWorld();
  await world.seed({
    people: Object.values(P),
    posts: [
      {
        id: 'post-watches',
        channel: 'general',
        authorId: P.alice.id,
        text: 'Cheap watches',
        createdAt: new Date(START - 3_600_000).toISOString(),
      },
    ],
  });
  const store = world.as(P.bob.id);
  return { world, store, post: await store.feed!.get('post-watches') };
}

async function render({ world, store, post }: Setup, lang = 'en'): Promise<ReportHost> {
  const el = await fixture<ReportHost>(
    html`<test-report-host lang=${lang} .entry=${post} .store=${store} .clock=${world.clock}></test-report-host>`,
  );
  await el.updateComplete;
  return el;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
async function until(el: ReportHost, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 200; round++) {
    await el.updateComplete;
    if (check()) return;
    await nextTask();
  }
  throw new Error(`gave up waiting for ${what}`);
}
const $ = <T extends HTMLElement = HTMLElement>(el: ReportHost, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dialogOf = (el: ReportHost) => $<HTMLDialogElement>(el, 'dialog');
const toast = (el: ReportHost) => text($(el, '.toast-text'));
const focused = (el: ReportHost) => {
  const node = el.shadowRoot!.activeElement;
  if (!node) return '(nothing)';
  const value = node instanceof HTMLInputElement ? ` =${node.value}` : '';
  return `${node.localName}${node.id ? `#${node.id}` : ''}${value} ${text(node)}`.trim();
};
const radio = (el: ReportHost, reason: string) => $<HTMLInputElement>(el, `input[type="radio"][value="${reason}"]`)!;

/** Clicks Report and waits for the modal dialog. */
async function openDialog(el: ReportHost): Promise<HTMLDialogElement> {
  $(el, '.report')!.click();
  await until(el, () => dialogOf(el)?.open, 'the dialog');
  return dialogOf(el)!;
}

describe('report dialog', () => {
  it('opens as a modal dialog with the reasons, their hints and a note, and passes axe', async () => {
    const el = await render(await setup());
    const dialog = await openDialog(el);
    expect(dialog.matches(':modal')).to.be.true;
    await until(el, () => text($(el, '.report-entry')) === 'Post by Alice Andersen', 'the author');
    expect(text($(el, '#rd-title'))).to.equal('Report post');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('rd-title');
    expect(text($(el, 'legend'))).to.equal('Why are you reporting this?');
    const labels = [...el.shadowRoot!.querySelectorAll('.report-reason')].map((label) =>
      text(label.querySelector('.reason-label')),
    );
    expect(labels).to.deep.equal(['Spam', 'Offensive', 'Misinformation', 'Off-topic', 'Something else']);
    const spam = radio(el, 'spam');
    expect(text(el.shadowRoot!.getElementById(spam.getAttribute('aria-describedby')!))).to.equal(
      'Advertising, chain messages or the same thing posted again and again.',
    );
    expect(text($(el, '#rd-note-count'))).to.equal(`0 of ${LIMITS.reportNote} characters`);
    // The browser moves focus into the dialog: the first reason.
    expect(focused(el)).to.equal('input =spam');
    await expect(el).to.be.accessible();
  });

  describe('on a phone', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    /** Whether all of `node` is inside the part of the dialog that is on screen. */
    const shown = (dialog: HTMLDialogElement, node: Element) => {
      const box = dialog.getBoundingClientRect();
      const visible = {
        top: Math.max(box.top, 0),
        bottom: Math.min(box.bottom, window.innerHeight),
        left: Math.max(box.left, 0),
        right: Math.min(box.right, window.innerWidth),
      };
      const r = node.getBoundingClientRect();
      return (
        r.height > 0 &&
        r.top >= visible.top &&
        r.bottom <= visible.bottom &&
        r.left >= visible.left &&
        r.right <= visible.right
      );
    };

    for (const [width, height] of [
      [360, 640],
      [320, 568],
    ] as const) {
      it(`keeps Report and Cancel in view at ${width}×${height}, with the fields scrolling above them`, async () => {
        await setViewport({ width, height });
        const el = await render(await setup());
        const dialog = await openDialog(el);
        await until(el, () => text($(el, '.report-entry')) === 'Post by Alice Andersen', 'the author');
        expect(shown(dialog, $(el, '.report-submit')!), 'Report in view').to.be.true;
        expect(shown(dialog, $(el, '.report-cancel')!), 'Cancel in view').to.be.true;
        // The note is below the fold, reachable by scrolling the fields (and by Tab, which scrolls them).
        const body = $(el, '.report-body')!;
        expect(body.scrollHeight).to.be.above(body.clientHeight);
        $(el, '#rd-note')!.focus();
        expect(shown(dialog, $(el, '#rd-note')!), 'the note scrolled into view').to.be.true;
        expect(shown(dialog, $(el, '.report-submit')!), 'Report still in view').to.be.true;
        await expect(el).to.be.accessible();
      });
    }
  });

  it('asks for a reason first, next to the reasons', async () => {
    const s = await setup();
    const el = await render(s);
    await openDialog(el);
    $(el, '.report-submit')!.click();
    await until(el, () => $(el, '#rd-reason-error'), 'the error');
    expect(text($(el, '#rd-reason-error'))).to.equal('Choose a reason.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('rd-reason-error');
    expect(focused(el)).to.equal('input =spam');
    await expect(el).to.be.accessible();
    const mo = s.world.as(P.mo.id);
    expect((await mo.feed!.queue({})).items).to.deep.equal([]);
  });

  it('files the report with the keyboard, closes, thanks and returns focus to the Report button', async () => {
    const s = await setup();
    const el = await render(s);
    $(el, '.report')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => dialogOf(el)?.open, 'the dialog');
    await sendKeys({ press: 'ArrowDown' }); // Offensive
    expect(radio(el, 'offensive').checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('textarea#rd-note');
    await sendKeys({ type: 'Rude <b>watch</b> ads' });
    await until(el, () => text($(el, '#rd-note-count')) === `21 of ${LIMITS.reportNote} characters`, 'the count');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('button Report');
    await sendKeys({ press: 'Enter' });
    await until(el, () => !dialogOf(el), 'the dialog to close');
    expect(toast(el)).to.equal('Thanks, moderators will look at it.');
    expect(focused(el)).to.equal('button Report');
    expect(el.reported).to.deep.equal(['post-watches']);
    const queue = await s.world.as(P.mo.id).feed!.queue({});
    expect(queue.items.map((item) => item.reports.map((r) => [r.by, r.reason, r.note]))).to.deep.equal([
      [[P.bob.id, 'offensive', 'Rude <b>watch</b> ads']],
    ]);
  });

  it('closes on Escape and on Cancel without filing anything, returning focus', async () => {
    const s = await setup();
    const el = await render(s);
    await openDialog(el);
    radio(el, 'spam').click();
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialogOf(el), 'Escape to close');
    expect(focused(el)).to.equal('button Report');
    const dialog = await openDialog(el);
    expect(radio(el, 'spam').checked, 'a fresh dialog').to.be.false;
    dialog.querySelector<HTMLButtonElement>('.report-cancel')!.click();
    await until(el, () => !dialogOf(el), 'Cancel to close');
    expect(focused(el)).to.equal('button Report');
    expect((await s.world.as(P.mo.id).feed!.queue({})).items).to.deep.equal([]);
    expect(toast(el)).to.equal('');
  });

  it('keeps one idempotency key across retries, and shows the error in the dialog', async () => {
    const s = await setup();
    const keys: string[] = [];
    const feed = s.store.feed!;
    const store: PleinStore = {
      capabilities: s.store.capabilities,
      me: () => s.store.me(),
      people: s.store.people,
      polls: s.store.polls,
      subscribe: (topic, onChange) => s.store.subscribe(topic, onChange),
      feed: {
        ...feed,
        report: (id, reason, note, options: WriteOptions) => (
          keys.push(options.idempotencyKey),
          feed.report(id, reason, note, options)
        ),
      },
    };
    const el = await render({ ...s, store });
    await openDialog(el);
    radio(el, 'spam').click();
    s.world.faults.failNext('unavailable');
    $(el, '.report-submit')!.click();
    await until(el, () => $(el, '.report-error'), 'the error');
    expect(text($(el, '.report-error'))).to.equal(
      "We can't reach the service right now. Please try again in a moment.",
    );
    expect($(el, '.report-error')!.getAttribute('role')).to.equal('alert');
    expect(dialogOf(el)!.open).to.be.true;
    await expect(el).to.be.accessible();
    $(el, '.report-submit')!.click();
    await until(el, () => !dialogOf(el), 'the dialog to close');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    // A new dialog is a new report attempt, with a key of its own.
    await openDialog(el);
    radio(el, 'other').click();
    $(el, '.report-submit')!.click();
    await until(el, () => $(el, '.report-done'), 'already reported');
    expect(keys[2]).to.not.equal(keys[0]);
  });

  it('says kindly when the viewer reported it already', async () => {
    const s = await setup();
    const el = await render(s);
    // Reported elsewhere (another tab) since the entry was loaded.
    await s.store.feed!.report('post-watches', 'spam', undefined, { idempotencyKey: 'elsewhere' });
    await openDialog(el);
    radio(el, 'offensive').click();
    $(el, '.report-submit')!.click();
    await until(el, () => $(el, '.report-done'), 'the message');
    expect(text($(el, '.report-done'))).to.equal('You reported this already. Moderators will look at it.');
    expect(focused(el)).to.equal('button Close');
    expect(el.reported).to.deep.equal(['post-watches']);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(el, () => !dialogOf(el), 'the dialog to close');
    expect(focused(el)).to.equal('button Report');
  });

  it('refuses a note over the limit before sending, next to the note', async () => {
    const s = await setup();
    const el = await render(s);
    await openDialog(el);
    radio(el, 'other').click();
    const note = $<HTMLTextAreaElement>(el, '#rd-note')!;
    note.value = 'x'.repeat(LIMITS.reportNote + 1);
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#rd-note-count')!.classList.contains('over')).to.be.true;
    $(el, '.report-submit')!.click();
    await until(el, () => $(el, '#rd-note-error'), 'the error');
    expect(text($(el, '#rd-note-error'))).to.equal(`The note can be at most ${LIMITS.reportNote} characters long.`);
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect(note.getAttribute('aria-describedby')).to.equal('rd-note-count rd-note-error');
    expect(focused(el)).to.equal('textarea#rd-note');
    expect((await s.world.as(P.mo.id).feed!.queue({})).items).to.deep.equal([]);
  });

  it('reports a comment, in Dutch', async () => {
    const s = await setup();
    const comment = await s.world.as(P.zoe.id).feed!.comment(
      'post-watches',
      { text: 'Buy now' },
      {
        idempotencyKey: 'c1',
      },
    );
    const el = await render({ ...s, post: comment }, 'nl');
    await openDialog(el);
    await until(el, () => text($(el, '.report-entry')) === 'Opmerking van Zoë van Dijk', 'the author');
    expect(text($(el, '#rd-title'))).to.equal('Opmerking melden');
    expect(text($(el, 'legend'))).to.equal('Waarom meld je dit?');
    expect(text(radio(el, 'off-topic').closest('label')!.querySelector('.reason-label'))).to.equal('Hoort hier niet');
    radio(el, 'spam').click();
    $(el, '.report-submit')!.click();
    await until(el, () => !dialogOf(el), 'the dialog to close');
    expect(toast(el)).to.equal('Bedankt, moderatoren kijken ernaar.');
    await expect(el).to.be.accessible();
  });
});
