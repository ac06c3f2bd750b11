import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import { inTransaction, type Actor, type Ctx } from '../../../shared/context.js';
import type { Executor } from '../../../db/database.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { appendAudit } from '../../audit/index.js';
import { hasEnded, spanHolds } from './months.js';
import { sampleRepository, type ReminderRow } from './sample.repository.js';
import { ZReminderInput } from './sample.schemas.js';
import { sampleEntity, todayOf } from './sample-support.js';
import { toReminderView, type ReminderView } from './sample-view.js';

/**
 * Records one in-app reminder of an enterprise's month, unless it already had one that China day (one a
 * day, whoever sends it: the reminders never pile up). The new row, or undefined when there was one.
 */
export async function remindOnce(
  ctx: Ctx,
  actor: Actor,
  target: { zoneCode: string; enterpriseId: string; month: string },
  via: 'web' | 'cli',
): Promise<ReminderRow | undefined> {
  const now = ctx.clock.now();
  const row = await sampleRepository.insertReminder(ctx.db, {
    id: randomUUID(),
    zone_code: target.zoneCode,
    enterprise_id: target.enterpriseId,
    month: target.month,
    sent_day: todayOf(ctx),
    sent_at: now,
    sent_by: actor.userId,
    sent_by_name: actor.displayName,
    via,
    read_at: null,
  });
  if (row)
    await appendAudit(ctx, {
      action: 'sample_reminder.send',
      entityType: 'sample_reminder',
      entityId: row.id,
      zoneCode: row.zone_code,
      after: { enterpriseId: row.enterprise_id, month: row.month, sentDay: row.sent_day, via },
    });
  return row;
}

/** Whether a sampled enterprise of the actor's zone has a month to be reminded of. */
async function sampledInScope(db: Executor, actor: Actor, enterpriseId: string, month: string) {
  const spans = await sampleRepository.spansOf(db, enterpriseId);
  return spans.find(
    (s) =>
      (actor.zoneCode === null || s.zone_code === actor.zoneCode) &&
      spanHolds({ fromMonth: s.from_month, toMonth: s.to_month }, month),
  );
}

/**
 * The commerce bureau reminds a sampled enterprise of a month it has not reported: an in-app notice the
 * enterprise sees on its report page, kept with when and who sent it. Reminding it again the same day
 * answers the day's reminder (created: false). An enterprise off the list for the month, or of another
 * zone, is a 404; a month still running or already reported is a 409.
 */
export async function sendReminder(
  ctx: Ctx,
  input: unknown,
  via: 'web' | 'cli' = 'web',
): Promise<{ reminder: ReminderView; created: boolean }> {
  const actor = authorize(ctx, 'sample:manage');
  const data = parseOrThrow(ZReminderInput, input);
  return inTransaction(ctx, async (tx) => {
    const span = await sampledInScope(tx.db, actor, data.enterpriseId, data.month);
    if (!span) throw AppError.notFound(sampleEntity);
    if (!hasEnded(data.month, ctx.clock.now()))
      throw new AppError('conflict', {
        zh: '该月尚未结束，无需催报',
        en: 'The month has not ended: there is nothing to remind of yet',
      });
    await sampleRepository.lock(tx.db, `report:${data.enterpriseId}:${data.month}`);
    if ((await sampleRepository.latestVersion(tx.db, data.enterpriseId, data.month)) > 0)
      throw new AppError('conflict', {
        zh: '该企业已报送该月报表',
        en: 'The enterprise has reported the month',
      });
    const target = { zoneCode: span.zone_code, enterpriseId: data.enterpriseId, month: data.month };
    const created = await remindOnce(tx, actor, target, via);
    if (created) return { reminder: toReminderView(created), created: true };
    const existing = await sampleRepository.findReminderOfDay(
      tx.db,
      data.enterpriseId,
      data.month,
      todayOf(ctx),
    );
    return { reminder: toReminderView(existing!), created: false };
  });
}
