import { html, nothing, type TemplateResult } from 'lit';
import {
  PleinError,
  toPleinError,
  type ChangeEvent,
  type KudosValue,
  type LeaderboardEntry,
  type Person,
  type PleinStore,
} from '@plein/core';
import { Timer, avatar, emptyState, errorState, errorText, skeleton } from '@plein/ui';
import { PERIODS, periodRange, type Period } from './leaderboard-period.js';
import { ranking, rankingStyles, type RankRow } from './leaderboard-ranking.js';
import { leaderboardStrings, type LeaderboardStrings } from './leaderboard.strings.js';
import { leaderboardStyles } from './leaderboard.styles.js';
import type { KudosShell, KudosView } from './shell.js';
import { localized } from './value-badge.js';

export const styles = [rankingStyles, leaderboardStyles];

/** A page left open reads the board again at least this often, so a new month starts on time. */
const ROLLOVER_MAX_MS = 6 * 3600_000;

type Phase = 'loading' | 'ready' | 'error';

/**
 * The leaderboard beside the wall (`leaderboard` attribute): the most-recognised values of this
 * month, quarter or year, and the people who received most kudos when an editor turned that on
 * (otherwise that board is neither shown nor asked for). It follows the wall's live changes.
 */
export class LeaderboardView implements KudosView {
  private store: PleinStore | undefined;
  private phase: Phase = 'loading';
  private failure: unknown;
  private period: Period = 'month';
  private byValue: LeaderboardEntry[] = [];
  /** Undefined while the people leaderboard is off. */
  private byPerson: LeaderboardEntry[] | undefined;
  private values = new Map<string, KudosValue>();
  private people = new Map<string, Person>();
  private generation = 0;
  private loading = false;
  private loadAgain = false;
  private unsubscribe: (() => void) | undefined;
  private readonly rollover: Timer;

  constructor(private readonly shell: KudosShell) {
    this.rollover = new Timer(() => shell.clock);
    shell.adopt(styles);
  }

  private get strings(): LeaderboardStrings {
    return leaderboardStrings[this.shell.locale().locale];
  }

  private update(): void {
    this.shell.element.requestUpdate();
  }

  start(store: PleinStore | undefined): void {
    this.stop();
    this.store = store;
    this.phase = 'loading';
    this.update();
    if (!store) return;
    this.unsubscribe = store.subscribe({ kind: 'kudos' }, this.changed);
    void this.load();
  }

  stop(): void {
    this.generation++;
    this.loading = this.loadAgain = false;
    this.rollover.stop();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private readonly changed = (event: ChangeEvent): void => {
    if (event.type === 'created' || event.type === 'deleted' || event.type === 'configured') void this.load();
  };

  /** Reads the boards for the period; one read at a time, the last change read once more. */
  private async load(): Promise<void> {
    if (this.loading) {
      this.loadAgain = true;
      return;
    }
    const generation = this.generation;
    this.loading = true;
    try {
      do {
        this.loadAgain = false;
        await this.read(generation);
      } while (this.loadAgain && generation === this.generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.shell.emit('plein-error', { error: toPleinError(error) });
      // A live refresh that fails keeps the board shown; the next change tries again.
      if (this.phase !== 'ready') {
        this.phase = 'error';
        this.failure = error;
        this.update();
      }
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private async read(generation: number): Promise<void> {
    const store = this.store;
    const api = store?.kudos;
    if (!store || !api) throw new PleinError('unavailable', { reason: 'no-kudos' });
    const guard = <T>(call: Promise<T>) => this.shell.guard(call);
    const period = this.period;
    const { from, to } = periodRange(period, this.shell.clock.now());
    const [settings, values, byValue] = await Promise.all([
      guard(api.settings()),
      guard(api.values()),
      guard(api.leaderboard({ by: 'value', from, to })),
    ]);
    const byPerson = settings.peopleLeaderboard ? await guard(api.leaderboard({ by: 'person', from, to })) : undefined;
    const ids = (byPerson ?? []).map((entry) => entry.id);
    const people = ids.length ? await guard(store.people.getMany(ids)) : [];
    if (generation !== this.generation || period !== this.period) return;
    this.values = new Map(values.map((value) => [value.id, value]));
    this.people = new Map(people.map((person) => [person.id, person]));
    this.byValue = byValue;
    this.byPerson = byPerson;
    this.phase = 'ready';
    this.rollover.start(Math.min(Date.parse(to) - this.shell.clock.now(), ROLLOVER_MAX_MS), () => void this.load());
    this.update();
  }

  private readonly periodPicked = (event: Event): void => {
    const period = (event.target as HTMLInputElement).value as Period;
    if (period === this.period || !PERIODS.includes(period)) return;
    this.period = period;
    this.reload();
  };

  private readonly reload = (): void => {
    this.generation++;
    this.loading = this.loadAgain = false;
    this.phase = 'loading';
    this.update();
    void this.load();
  };

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    return html`<section class="leaderboard" aria-labelledby="leaderboard-title">
      <div class="leaderboard-head">
        <h2 class="leaderboard-title" id="leaderboard-title">${t.title}</h2>
        <fieldset class="periods">
          <legend class="visually-hidden">${t.period}</legend>
          ${PERIODS.map(
            (period) =>
              html`<label class="period">
                <input
                  type="radio"
                  name="leaderboard-period"
                  value=${period}
                  .checked=${period === this.period}
                  @change=${this.periodPicked}
                />
                <span>${t.periods[period]}</span>
              </label>`,
          )}
        </fieldset>
        <p class="period-range">${this.range()}</p>
      </div>
      ${this.renderBody()}
    </section>`;
  }

  /** The dates the period covers: "May 2026", "Apr – Jun 2026", "2026". */
  private range(): string {
    const { format } = this.shell.locale();
    const { from, to } = periodRange(this.period, this.shell.clock.now());
    const last = Date.parse(to) - 1;
    if (this.period === 'month') return format.date(from, { month: 'long', year: 'numeric' });
    if (this.period === 'year') return format.date(from, { year: 'numeric' });
    return `${format.date(from, { month: 'short' })} – ${format.date(last, { month: 'short', year: 'numeric' })}`;
  }

  private renderBody(): TemplateResult {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    if (this.phase === 'loading') return skeleton({ lines: 4, label: t.loading });
    if (this.phase === 'error') {
      return errorState({ message: errorText(locale, this.failure), retryLabel: t.retry, onRetry: this.reload });
    }
    const values: RankRow[] = this.byValue.flatMap((entry) => {
      const value = this.values.get(entry.id);
      if (!value) return [];
      return [
        {
          id: entry.id,
          count: entry.count,
          countText: t.count(entry.count, format),
          color: value.color,
          label: html`<span class="rank-emoji" aria-hidden="true">${value.emoji}</span>
            <span
              >${localized(value.name, locale)}
              ${value.archived ? html`<span class="archived">(${t.archived})</span>` : nothing}</span
            >`,
        },
      ];
    });
    if (!values.length) return emptyState({ heading: t.empty[this.period], message: t.emptyMessage });
    const people: RankRow[] = (this.byPerson ?? []).map((entry) => {
      const person = this.people.get(entry.id);
      return {
        id: entry.id,
        count: entry.count,
        countText: t.count(entry.count, format),
        label: html`<span aria-hidden="true">${avatar(person, { size: 'small' })}</span>
          <span class="person-name">${person?.displayName ?? t.someone}</span>`,
      };
    });
    return html`${ranking(values, t.title)}
    ${
      people.length
        ? html`<h3 class="leaderboard-subtitle" id="leaderboard-people">${t.people}</h3>
            ${ranking(people, t.people)}`
        : nothing
    }`;
  }
}
