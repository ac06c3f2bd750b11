import { authorize, zoneScope } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, type Page } from '../../shared/validation.js';
import { governanceRepository } from './governance.repository.js';
import { ZTaskQuery } from './governance.schemas.js';
import { todayOf } from './governance-support.js';
import { toTaskView, type TaskView } from './governance-view.js';

/** The zone's tasks, filtered by responsible unit (lead or co) and status as shown (overdue included). */
export async function listTasks(ctx: Ctx, query: unknown): Promise<Page<TaskView>> {
  const actor = authorize(ctx, 'governance:read');
  const q = parseOrThrow(ZTaskQuery, query);
  const today = todayOf(ctx);
  const { items, total } = await governanceRepository.listTasks(
    ctx.db,
    { zoneCode: zoneScope(actor, q.zoneCode), unit: q.unit, status: q.status, today },
    { page: q.page, pageSize: q.pageSize },
  );
  return { items: items.map((r) => toTaskView(actor, r, today)), total, page: q.page, pageSize: q.pageSize };
}
