import { randomUUID } from 'node:crypto';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { appendAudit } from '../audit/index.js';
import { governanceRepository } from './governance.repository.js';
import { TASK_CATALOGUE } from './task-catalogue.js';

/**
 * Loads the responsibility catalogue (34 Chenzhou tasks, 21 Zhuzhou measures) into the task table.
 * Idempotent: tasks already there (same zone and key) are left as they are, with their progress.
 */
export async function seedGovernanceTasks(ctx: Ctx): Promise<{ inserted: number; total: number }> {
  const actor = authorize(ctx, 'governance:manage');
  const catalogue = TASK_CATALOGUE.filter((t) => actor.zoneCode === null || t.zoneCode === actor.zoneCode);
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const inserted = await governanceRepository.insertTasks(
      tx.db,
      catalogue.map((t) => ({
        id: randomUUID(),
        zone_code: t.zoneCode,
        task_key: t.key,
        document: t.document,
        article: t.article,
        number: t.number,
        heading: t.heading,
        text: t.text,
        lead_unit: t.leadUnit,
        lead_unit_code: t.leadUnitCode,
        co_units: [...t.coUnits],
        co_unit_codes: [...t.coUnitCodes],
        due_date: t.dueDate,
        status: 'not_started',
        created_at: now,
        updated_at: now,
      })),
    );
    if (inserted > 0)
      await appendAudit(tx, {
        action: 'governance.tasks_seed',
        entityType: 'governance_task',
        entityId: null,
        zoneCode: actor.zoneCode,
        after: { inserted, catalogue: catalogue.length },
      });
    return { inserted, total: catalogue.length };
  });
}
