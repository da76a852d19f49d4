import { newIdempotencyKey, type Checklist, type ChecklistTask } from '@plein/core';
import type { OnboardingShell } from './shell.js';

/** What optimistic ticking needs from the checklist view. */
export interface TicksHost {
  readonly shell: OnboardingShell;
  /** The store took it: show its answer (and celebrate a phase it completed). */
  confirmed(checklist: Checklist, task: ChecklistTask): void;
  /** The store said no: the box is back as it was; say why. */
  undone(checklist: Checklist, task: ChecklistTask, done: boolean, error: unknown): void;
}

/** One task of one person in one campaign. */
export const taskKey = (checklist: Checklist, taskId: string): string =>
  `${checklist.campaign.id}\n${checklist.enrolment.personId}\n${taskId}`;

/**
 * Ticks show at once (optimistic) and roll back visibly when the store says no. One call per
 * task at a time. Each attempt has its idempotency key; trying the same thing again after a
 * failure (the box ticked again after a timeout) reuses the failed attempt's key, so a first
 * call that did reach the store is not applied twice.
 */
export class Ticks {
  private readonly pending = new Map<string, boolean>();
  private readonly failures = new Map<string, { error: unknown; done: boolean }>();
  private readonly retries = new Map<string, { done: boolean; key: string }>();

  constructor(private readonly host: TicksHost) {}

  /** Done as the viewer sees it: what they just ticked, else what the store says. */
  done(checklist: Checklist, task: ChecklistTask): boolean {
    return this.pending.get(taskKey(checklist, task.id)) ?? task.done;
  }

  busy(checklist: Checklist, task: ChecklistTask): boolean {
    return this.pending.has(taskKey(checklist, task.id));
  }

  /**
   * Why the last attempt on this task failed, until the next one, or until the store shows what
   * it asked for after all (a call that timed out here may still have arrived).
   */
  failure(checklist: Checklist, task: ChecklistTask): unknown {
    const failed = this.failures.get(taskKey(checklist, task.id));
    return failed && failed.done !== task.done ? failed.error : undefined;
  }

  /** Forgets failures (a new start). */
  clear(): void {
    this.failures.clear();
  }

  async set(checklist: Checklist, task: ChecklistTask, done: boolean): Promise<void> {
    const { shell } = this.host;
    const api = shell.store()?.onboarding;
    const key = taskKey(checklist, task.id);
    if (!api || this.pending.has(key)) return;
    const retry = this.retries.get(key);
    const idempotencyKey = retry?.done === done ? retry.key : newIdempotencyKey();
    this.pending.set(key, done);
    this.failures.delete(key);
    shell.element.requestUpdate();
    try {
      const saved = await shell.guard(
        api.tick(checklist.campaign.id, checklist.enrolment.personId, task.id, done, { idempotencyKey }),
      );
      this.retries.delete(key);
      this.pending.delete(key);
      this.host.confirmed(checklist, saved);
      shell.emit('plein-onboarding-tick', {
        campaignId: checklist.campaign.id,
        personId: checklist.enrolment.personId,
        task: saved,
      });
    } catch (error) {
      this.retries.set(key, { done, key: idempotencyKey });
      this.pending.delete(key);
      this.failures.set(key, { error, done });
      this.host.undone(checklist, task, done, error);
    } finally {
      shell.element.requestUpdate();
    }
  }
}
