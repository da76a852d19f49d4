import type { ChangeEvent, Notification, PleinStore } from '@plein/core';

/** What the live half asks of the checklist view. */
export interface LiveHost {
  /** Something changed in a campaign shown (a tick, an edit, an enrolment, archiving): read again. */
  changed(campaignId: string, event: ChangeEvent): void;
  /** A reminder for the viewer: a task they do is due soon or overdue. */
  reminded(notification: Notification): void;
}

/**
 * The checklist's live half: one subscription per campaign shown (a manager ticks their task,
 * the new hire sees it), and the viewer's notifications for reminders.
 */
export class ChecklistLive {
  private store: PleinStore | undefined;
  private readonly campaigns = new Map<string, () => void>();
  private notifications: (() => void) | undefined;

  constructor(private readonly host: LiveHost) {}

  /** Follows `campaignIds` (and the viewer's notifications); campaigns no longer shown are let go. */
  follow(store: PleinStore, campaignIds: Iterable<string>): void {
    if (store !== this.store) this.stop();
    this.store = store;
    this.notifications ??= store.subscribe({ kind: 'notifications' }, (event) => {
      const note = event.notification;
      if (note && (note.kind === 'task-due-soon' || note.kind === 'task-overdue')) this.host.reminded(note);
    });
    const wanted = new Set(campaignIds);
    for (const [id, stop] of this.campaigns) {
      if (wanted.has(id)) continue;
      stop();
      this.campaigns.delete(id);
    }
    for (const id of wanted) {
      if (this.campaigns.has(id)) continue;
      this.campaigns.set(
        id,
        store.subscribe({ kind: 'onboarding', campaignId: id }, (event) => this.host.changed(id, event)),
      );
    }
  }

  stop(): void {
    for (const stop of this.campaigns.values()) stop();
    this.campaigns.clear();
    this.notifications?.();
    this.notifications = undefined;
    this.store = undefined;
  }
}
