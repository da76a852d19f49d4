import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  PleinError,
  REACTIONS,
  isPleinError,
  toPleinError,
  type ChangeEvent,
  type Kudos,
  type KudosValue,
  type LeaderboardEntry,
  type Person,
  type PleinStore,
} from '@plein/core';
import {
  EMOJI,
  Timer,
  avatar,
  qrCode,
  qrSvg,
  reactionStrings,
  relativeTime,
  richText,
  skeleton,
  type QrCode,
  styleProps,
} from '@plein/ui';
import { periodRange } from './leaderboard-period.js';
import { ranking, rankingStyles } from './leaderboard-ranking.js';
import { screenStrings, type ScreenStrings } from './screen.strings.js';
import { screenStyles } from './screen.styles.js';
import type { KudosShell, KudosView } from './shell.js';
import { localized, textOn, valueBadge, valueBadgeStyles } from './value-badge.js';

export const styles = [valueBadgeStyles, rankingStyles, screenStyles];

/** The first page is read again this often, so reactions and changes missed by live updates show. */
export const REFRESH_MS = 120_000;
/** After a failed call the screen tries again after 5 s, doubling up to 5 minutes. */
export const RETRY_FIRST_MS = 5_000;
export const RETRY_MAX_MS = 300_000;
/** Recipients shown with their picture on a card (all of them are named). */
const FACES = 4;
/** With the `leaderboard` attribute, every this many turns shows the month's values leaderboard. */
export const BOARD_EVERY = 6;

type Phase = 'loading' | 'ready';

/**
 * `<plein-kudos-wall mode="screen">`: the latest kudos for a TV in a canteen, one large card at a
 * time, rotating on the element's clock, with a QR code to give kudos from a phone.
 *
 * It runs for days, so everything it holds is bounded: the first page of kudos, the values, the
 * people on that page (rebuilt with each page) and the arrivals waiting to be shown. Only the
 * card on screen is rendered. When the store fails it keeps showing what it has, says
 * "reconnecting…" and tries again with backoff; when the store answers it reads the first page
 * again and follows live changes anew.
 */
export class ScreenView implements KudosView {
  private store: PleinStore | undefined;
  private phase: Phase = 'loading';
  /** The first page, newest first. */
  private kudos: Kudos[] = [];
  private values = new Map<string, KudosValue>();
  private people = new Map<string, Person>();
  /** Kudos that arrived since the page was first shown, oldest first: they are shown next. */
  private pending: string[] = [];
  /** The card on screen. */
  private current: string | undefined;
  /** The last card shown in turn (an arrival is shown out of turn; the rotation goes on after this one). */
  private resume: string | undefined;
  /** The card on screen arrived live (it gets the arrival animation and the "New" flag). */
  private arrived = false;
  /** The month's most-given values (with the `leaderboard` attribute), and whether they are on screen. */
  private board: LeaderboardEntry[] = [];
  private showingBoard = false;
  private turns = 0;
  private offline = false;
  private retryDelay = RETRY_FIRST_MS;
  /** Bumped by every start and stop: answers meant for an earlier run are dropped. */
  private generation = 0;
  private fetching = false;
  private fetchAgain = false;
  private unsubscribe: (() => void) | undefined;
  private qr: { url: string; code: QrCode } | undefined;
  private qrWanted: string | undefined;

  private readonly rotateTimer: Timer;
  /** The periodic refresh, or the next try while the store is unreachable. */
  private readonly refreshTimer: Timer;

  constructor(private readonly shell: KudosShell) {
    const clock = () => shell.clock;
    this.rotateTimer = new Timer(clock);
    this.refreshTimer = new Timer(clock);
    shell.adopt(styles);
  }

  private get strings(): ScreenStrings {
    return screenStrings[this.shell.locale().locale];
  }

  private update(): void {
    this.shell.element.requestUpdate();
  }

  // ---------------------------------------------------------------------------- lifecycle

  start(store: PleinStore | undefined): void {
    this.stop();
    this.store = store;
    this.phase = 'loading';
    this.kudos = [];
    this.pending = [];
    this.current = this.resume = undefined;
    this.arrived = this.showingBoard = false;
    this.board = [];
    this.turns = 0;
    this.offline = false;
    this.retryDelay = RETRY_FIRST_MS;
    document.addEventListener('visibilitychange', this.visibilityChanged);
    this.update();
    if (store) this.connect();
  }

  stop(): void {
    this.generation++;
    this.fetching = this.fetchAgain = false;
    this.rotateTimer.stop();
    this.refreshTimer.stop();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    document.removeEventListener('visibilitychange', this.visibilityChanged);
  }

  /** Follows live changes (anew: a connection that dropped may have lost them) and reads the first page. */
  private connect(): void {
    const store = this.store;
    if (!store) return;
    this.unsubscribe?.();
    this.unsubscribe = store.subscribe({ kind: 'kudos' }, this.changed);
    void this.refresh();
  }

  // ---------------------------------------------------------------------------- loading

  /** Reads the first page, the values and the people on it; new kudos among them are shown next. */
  private async refresh(): Promise<void> {
    if (this.fetching) {
      this.fetchAgain = true;
      return;
    }
    const generation = this.generation;
    const store = this.store;
    this.fetching = true;
    try {
      do {
        this.fetchAgain = false;
        const api = store?.kudos;
        if (!store || !api) throw new PleinError('unavailable', { reason: 'no-kudos' });
        const { query, limit, leaderboard } = this.shell.config();
        const month = periodRange('month', this.shell.clock.now());
        const [page, values, board] = await Promise.all([
          this.shell.guard(api.list(query, { limit })),
          this.shell.guard(api.values()),
          leaderboard ? this.shell.guard(api.leaderboard({ by: 'value', ...month, limit: 5 })) : [],
        ]);
        const ids = new Set(page.items.flatMap((k) => [k.fromId, ...k.toIds]));
        const missing = [...ids].filter((id) => !this.people.has(id));
        const found = missing.length ? await this.shell.guard(store.people.getMany(missing)) : [];
        if (generation !== this.generation) return;
        this.board = board;
        this.apply(page.items, values, found, ids);
      } while (this.fetchAgain);
      this.fetching = false;
      this.connected();
    } catch (error) {
      if (generation !== this.generation) return;
      this.fetching = false;
      this.failed(error);
    }
  }

  private apply(items: Kudos[], values: KudosValue[], found: Person[], ids: Set<string>): void {
    const first = this.phase === 'loading';
    const known = new Set(this.kudos.map((k) => k.id));
    const newest = this.kudos[0]?.createdAt ?? '';
    const arrivals = first ? [] : items.filter((k) => !known.has(k.id) && k.createdAt >= newest).reverse();
    const people = new Map<string, Person>();
    for (const person of found) this.people.set(person.id, person);
    for (const id of ids) {
      const person = this.people.get(id);
      if (person) people.set(id, person);
    }
    this.people = people;
    this.values = new Map(values.map((value) => [value.id, value]));
    this.kudos = items;
    const shown = new Set(items.map((k) => k.id));
    this.pending = [...this.pending, ...arrivals.map((k) => k.id)].filter(
      (id, i, all) => shown.has(id) && all.indexOf(id) === i,
    );
    if (first) {
      this.phase = 'ready';
      this.current = this.resume = items[0]?.id;
      this.planRotation();
      this.shell.emit('plein-load', { mode: 'screen' });
    } else if (this.current === undefined || !shown.has(this.current)) {
      // Nothing on screen yet, or the card on screen was removed: show the next one now.
      this.next();
    }
    if (arrivals.length) this.announce(arrivals);
    this.update();
  }

  /** The store answered: no more "reconnecting", and the next refresh in a while. */
  private connected(): void {
    if (this.offline) {
      this.offline = false;
      this.update();
    }
    this.retryDelay = RETRY_FIRST_MS;
    this.refreshTimer.start(REFRESH_MS, () => void this.refresh());
  }

  /** Keeps what is shown, says "reconnecting…" and tries again later (live updates are followed anew then). */
  private failed(error: unknown): void {
    const wait = Math.max(this.retryDelay, isPleinError(error) ? (error.retryAfter ?? 0) * 1000 : 0);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    this.offline = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.refreshTimer.start(wait, () => this.connect());
    this.shell.emit('plein-error', { error: toPleinError(error) });
    this.update();
  }

  private readonly changed = (event: ChangeEvent): void => {
    if (this.offline) return; // the next try reads everything again
    switch (event.type) {
      case 'deleted':
        return this.removed(event.id);
      case 'reacted':
      case 'updated':
        return void this.reread(event.id);
      default:
        // Given, or values and settings changed: read the first page again.
        return void this.refresh();
    }
  };

  private removed(id: string): void {
    if (!this.kudos.some((k) => k.id === id)) return;
    this.kudos = this.kudos.filter((k) => k.id !== id);
    this.pending = this.pending.filter((p) => p !== id);
    if (this.current === id) this.next();
    this.update();
  }

  /** Reads one shown kudos again (its reactions changed). */
  private async reread(id: string): Promise<void> {
    const api = this.store?.kudos;
    if (!api || !this.kudos.some((k) => k.id === id)) return;
    const generation = this.generation;
    try {
      const kudos = await this.shell.guard(api.get(id));
      if (generation !== this.generation) return;
      this.kudos = this.kudos.map((k) => (k.id === id ? kudos : k));
      this.update();
    } catch (error) {
      if (generation !== this.generation) return;
      if (isPleinError(error) && error.code === 'not-found') this.removed(id);
      // Anything else: the next refresh reads it again.
    }
  }

  private announce(arrivals: Kudos[]): void {
    const t = this.strings;
    const { format } = this.shell.locale();
    const [one] = arrivals;
    if (arrivals.length > 1 || !one) return this.shell.announce(t.arrivedMany(arrivals.length, format));
    const { from, to, value } = this.names(one);
    this.shell.announce(t.arrived(from, to, value));
  }

  // ---------------------------------------------------------------------------- rotation

  /** Shows the next card: an arrival if one waits, else the one after the last shown in turn (wrapping). */
  private next(): void {
    const shown = new Set(this.kudos.map((k) => k.id));
    this.pending = this.pending.filter((id) => shown.has(id));
    const arrival = this.pending.shift();
    this.showingBoard = false;
    if (arrival) {
      this.current = arrival;
      this.arrived = true;
    } else {
      const at = this.kudos.findIndex((k) => k.id === this.resume);
      this.current = this.resume = this.kudos[(at + 1) % Math.max(1, this.kudos.length)]?.id;
      this.arrived = false;
    }
    this.update();
  }

  /** One turn: the next card, or now and then the month's leaderboard (arrivals go first). */
  private readonly rotate = (): void => {
    this.turns++;
    const board = this.turns % BOARD_EVERY === 0 && this.board.length > 0 && this.pending.length === 0;
    this.showingBoard = board;
    if (board) this.update();
    else this.next();
    this.planRotation();
  };

  /** The next turn of the rotation; none while the page is hidden (nobody sees it turn). */
  private planRotation(): void {
    if (document.visibilityState === 'hidden') return this.rotateTimer.stop();
    this.rotateTimer.start(this.shell.config().rotateSeconds * 1000, this.rotate);
  }

  private readonly visibilityChanged = (): void => {
    if (this.phase === 'ready') this.planRotation();
  };

  // ---------------------------------------------------------------------------- rendering

  /** The QR code of `url`, fetched (with lean-qr) on first need. */
  private qrFor(url: string): QrCode | undefined {
    if (this.qr?.url === url) return this.qr.code;
    if (this.qrWanted !== url) {
      this.qrWanted = url;
      qrCode(url).then(
        (code) => {
          if (this.qrWanted !== url) return;
          this.qr = { url, code };
          this.update();
        },
        () => {
          if (this.qrWanted === url) this.qrWanted = undefined; // the address stays readable as text
        },
      );
    }
    return undefined;
  }

  private names(kudos: Kudos): { from: string; to: string; value: string } {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    const value = this.values.get(kudos.valueId);
    return {
      from: this.people.get(kudos.fromId)?.displayName ?? t.someone,
      to: format.list(kudos.toIds.map((id) => this.people.get(id)?.displayName ?? t.someone)),
      value: value ? localized(value.name, locale) : '',
    };
  }

  render(): TemplateResult {
    const t = this.strings;
    const kudos = this.kudos.find((k) => k.id === this.current);
    const empty = this.phase === 'ready' && !kudos && !this.showingBoard;
    return html`<section class="screen" part="base" aria-labelledby="screen-title">
      <div class="stage ${empty ? 'empty' : ''}">
        <header class="screen-top">
          <h2 class="screen-title" id="screen-title">${t.title}</h2>
          <p class="connection" role="status">
            ${
              this.offline
                ? html`<span class="connection-dot" aria-hidden="true"></span><span>${t.reconnecting}</span>`
                : nothing
            }
          </p>
        </header>
        <div class="screen-main">
          ${
            this.phase === 'loading'
              ? html`<div class="screen-card loading">${skeleton({ lines: 4, label: t.loading })}</div>`
              : this.showingBoard
                ? keyed('board', this.renderBoard())
                : kudos
                  ? keyed(`${kudos.id}${this.arrived ? ':new' : ''}`, this.renderCard(kudos))
                  : this.renderEmpty()
          }
        </div>
        ${this.renderGive()}
      </div>
    </section>`;
  }

  private renderCard(kudos: Kudos): TemplateResult {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    const value = this.values.get(kudos.valueId);
    const { from, to, value: valueName } = this.names(kudos);
    const style = value ? { '--value-color': value.color, '--value-text': textOn(value.color) } : {};
    const faces = kudos.toIds.slice(0, FACES);
    const more = kudos.toIds.length - faces.length;
    const size = kudos.message.length;
    const length = size <= 90 ? 'short' : size <= 220 ? 'medium' : size <= 450 ? 'long' : 'longest';
    return html`<article
      class="screen-card ${this.arrived ? 'arrived' : ''}"
      part="card"
      aria-label=${t.kudos(from, to, valueName)}
      ${styleProps(style)}
    >
      <div class="card-top">
        ${value ? valueBadge(value, locale, { large: true }) : nothing}
        ${this.arrived ? html`<span class="fresh">${t.fresh}</span>` : nothing}
      </div>
      <p class="people">
        <span class="giver">
          <span aria-hidden="true">${avatar(this.people.get(kudos.fromId), { size: 'large' })}</span>
          <span class="person-name">${from}</span>
        </span>
        <span class="recipients">
          <span class="arrow" aria-hidden="true">→</span><span class="visually-hidden">${t.to}</span>
          <span class="screen-faces" aria-hidden="true"
            >${faces.map((id) => avatar(this.people.get(id), { size: 'large' }))}${
              more > 0 ? html`<span class="avatar large more">+${format.number(more)}</span>` : nothing
            }</span
          >
          <span class="person-name">${to}</span>
        </span>
      </p>
      <!-- Nobody clicks a TV: a link in the message is text, with nothing to focus. -->
      <blockquote class="message ${length}" part="text">${richText(kudos.message, { plain: true })}</blockquote>
      <footer class="meta">
        ${relativeTime(kudos.createdAt, this.shell.clock.now(), locale)} ${this.renderReactions(kudos)}
      </footer>
    </article>`;
  }

  /** Counts only: nobody reacts on a TV. */
  private renderReactions(kudos: Kudos): TemplateResult | typeof nothing {
    const { locale, format } = this.shell.locale();
    const names = reactionStrings[locale];
    const given = REACTIONS.filter((reaction) => kudos.reactions.counts[reaction]);
    if (!given.length) return nothing;
    return html`<ul class="reactions" part="reactions" aria-label=${this.strings.reactions}>
      ${given.map(
        (reaction) =>
          html`<li>
            <span aria-hidden="true">${EMOJI[reaction]}</span><span class="visually-hidden">${names[reaction]}</span>
            <span class="count">${format.number(kudos.reactions.counts[reaction] ?? 0)}</span>
          </li>`,
      )}
    </ul>`;
  }

  /** The month's most-given values, as a card between the kudos. */
  private renderBoard(): TemplateResult {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    const rows = this.board.flatMap((entry) => {
      const value = this.values.get(entry.id);
      if (!value) return [];
      return [
        {
          id: entry.id,
          count: entry.count,
          countText: t.kudosCount(entry.count, format),
          color: value.color,
          label: html`<span class="rank-emoji" aria-hidden="true">${value.emoji}</span>
            <span>${localized(value.name, locale)}</span>`,
        },
      ];
    });
    return html`<article class="screen-card board-card" part="card" aria-labelledby="screen-board-title">
      <h3 class="board-title" id="screen-board-title">${t.topValues}</h3>
      ${ranking(rows, t.topValues)}
    </article>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.strings;
    return html`<div class="screen-empty" part="empty">
      <p class="empty-emoji" aria-hidden="true">🙌</p>
      <p class="empty-heading">${t.emptyHeading}</p>
      <p class="empty-message">${t.emptyMessage}</p>
    </div>`;
  }

  /** "Give kudos from your phone": the QR code, and the address for people without a QR reader. */
  private renderGive(): TemplateResult {
    const t = this.strings;
    const url = absolute(this.shell.config().giveUrl);
    const code = this.qrFor(url);
    return html`<aside class="screen-give" aria-labelledby="screen-give-title">
      <h3 class="screen-give-title" id="screen-give-title">${t.giveFromPhone}</h3>
      ${
        code
          ? qrSvg(code, t.qrLabel(url))
          : html`<div class="qr qr-placeholder" part="qr" role="img" aria-label=${t.loadingQr}></div>`
      }
      <p class="screen-give-url">
        ${t.orGoTo}
        <span class="address"
          >${readable(url)
            .split('/')
            .map((part, i) => (i ? html`/<wbr />${part}` : part))}</span
        >
      </p>
    </aside>`;
  }
}

/** A QR code must carry an address that opens anywhere. */
function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** What a person types: host and path, without the scheme, query or fragment. */
function readable(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return host + (pathname === '/' ? '' : pathname);
  } catch {
    return url;
  }
}
