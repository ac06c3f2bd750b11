import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { appendAudit } from '../../audit/index.js';
import { sampleRepository } from './sample.repository.js';
import { ownEnterprise, reminderEntity } from './sample-support.js';
import { toReminderView, type ReminderView } from './sample-view.js';

/** The enterprise marks a reminder read. Only its own (another's is a 404); marking twice keeps the first time. */
export async function markReminderRead(ctx: Ctx, reminderId: string): Promise<ReminderView> {
  const actor = authorize(ctx, 'sample:report');
  const enterpriseId = ownEnterprise(actor);
  return inTransaction(ctx, async (tx) => {
    const row = await sampleRepository.findReminder(tx.db, reminderId, enterpriseId);
    if (!row) throw AppError.notFound(reminderEntity);
    if (row.read_at) return toReminderView(row);
    const now = ctx.clock.now();
    await sampleRepository.markReminderRead(tx.db, row.id, now);
    await appendAudit(tx, {
      action: 'sample_reminder.read',
      entityType: 'sample_reminder',
      entityId: row.id,
      zoneCode: row.zone_code,
      before: { readAt: null },
      after: { readAt: now.toISOString() },
    });
    return toReminderView({ ...row, read_at: now });
  });
}
