import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { governanceRepository } from './governance.repository.js';
import { ZDueDateInput } from './governance.schemas.js';
import { taskEntity, todayOf } from './governance-support.js';
import { toTaskView, type TaskView } from './governance-view.js';

/**
 * The leading group office sets (or clears) a task's due date. Neither document gives its items time
 * limits, so the office fixes them when it schedules the work (郴州实施方案 “精心组织实施…落实工作责任”).
 */
export async function setTaskDueDate(ctx: Ctx, id: string, input: unknown): Promise<TaskView> {
  const actor = authorize(ctx, 'governance:manage');
  const { dueDate } = parseOrThrow(ZDueDateInput, input);
  return inTransaction(ctx, async (tx) => {
    const task = await governanceRepository.findTaskForUpdate(tx.db, id, actor.zoneCode);
    if (!task) throw AppError.notFound(taskEntity);
    const changes = { due_date: dueDate, updated_at: ctx.clock.now() };
    await governanceRepository.updateTask(tx.db, id, changes);
    await appendAudit(tx, {
      action: 'governance.due_date',
      entityType: 'governance_task',
      entityId: id,
      zoneCode: task.zone_code,
      before: { dueDate: task.due_date },
      after: { dueDate },
    });
    return toTaskView(actor, { ...task, ...changes, version: task.version + 1 }, todayOf(ctx));
  });
}
