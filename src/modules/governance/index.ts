/**
 * Governance: the zones' goals assessed from platform data and reported figures,
 * the responsibility catalogue as tasks of responsible units, their progress reports and the leading group
 * office's board. README.md beside this file.
 */
export { seedGovernanceTasks } from './seed-governance-tasks.js';
export { listTasks } from './list-tasks.js';
export { getTask, type TaskDetail } from './get-task.js';
export { reportProgress } from './report-progress.js';
export { setTaskDueDate } from './set-task-due-date.js';
export { downloadReportEvidence } from './download-report-evidence.js';
export { recordIndicatorValue } from './record-indicator-value.js';
export { taskBoard, type TaskBoard, type BoardRow } from './task-board.js';
export { goalProgress, type GoalProgress } from './goal-progress.js';
export { reportedFigure } from './reported-figure.js';
export {
  GOALS,
  REPORTED_INDICATORS,
  assessGoal,
  type Goal,
  type GoalAssessment,
  type GoalStatus,
  type ReportedIndicator,
} from './goals.js';
export { TASK_CATALOGUE, type CatalogueTask } from './task-catalogue.js';
export {
  TASK_TRANSITIONS,
  EFFECTIVE_STATUSES,
  type EffectiveStatus,
  type TaskStatus,
} from './task-status.js';
export type { TaskView, ReportView, IndicatorValueView } from './governance-view.js';
export * from './governance.schemas.js';
