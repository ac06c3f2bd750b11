import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { governanceRepository } from './governance.repository.js';
import { taskEntity, todayOf } from './governance-support.js';
import { toReportView, toTaskView, type ReportView, type TaskView } from './governance-view.js';

export type TaskDetail = TaskView & { reports: ReportView[] };

/** One task with its progress reports, oldest first. Another zone's task is a 404. */
export async function getTask(ctx: Ctx, id: string): Promise<TaskDetail> {
  const actor = authorize(ctx, 'governance:read');
  const row = await governanceRepository.findTask(ctx.db, id, actor.zoneCode);
  if (!row) throw AppError.notFound(taskEntity);
  const reports = await governanceRepository.listReports(ctx.db, id);
  return { ...toTaskView(actor, row, todayOf(ctx)), reports: reports.map(toReportView) };
}
