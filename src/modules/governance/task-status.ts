import type { TransitionTable } from '../../shared/state-machine.js';

/** Stored statuses of a task. */
export const TASK_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Statuses as shown and filtered: the stored ones plus `overdue`. Overdue is computed, never stored
 * (due date passed and not completed): it then changes with the clock and with a new due date without a
 * job to keep a column in step, and it cannot disagree with the due date.
 */
export const EFFECTIVE_STATUSES = ['not_started', 'in_progress', 'completed', 'overdue'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

export type TaskAction = 'start' | 'progress' | 'complete';

/**
 * The task flow: not_started → in_progress → completed. A progress report is the only
 * way a task moves: the first one starts it, later ones keep it in progress, and a lead unit's report of
 * 100 % completes it (a task may be done in one report). Completed is final: a report on it is refused.
 */
export const TASK_TRANSITIONS: TransitionTable<TaskStatus, TaskAction> = {
  start: { from: ['not_started'], to: 'in_progress' },
  progress: { from: ['in_progress'], to: 'in_progress' },
  complete: { from: ['not_started', 'in_progress'], to: 'completed' },
};

/**
 * The action a report takes. Only the lead unit's report (or the leading group office's) speaks for the
 * whole task, so only it sets the task's percent and completes it; a co-unit's report records its part
 * and starts the task.
 */
export function reportAction(status: TaskStatus, percent: number, speaksForTask: boolean): TaskAction {
  if (speaksForTask && percent === 100) return 'complete';
  return status === 'not_started' ? 'start' : 'progress';
}

/** The day in China (UTC+8, no daylight saving) of a moment: due dates are China calendar days. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A task is overdue from the day after its due date (the due day itself is still in time: 届满 includes it). */
export function effectiveStatus(status: TaskStatus, dueDate: string | null, today: string): EffectiveStatus {
  if (status === 'completed') return 'completed';
  return dueDate !== null && today > dueDate ? 'overdue' : status;
}
