import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { appendAudit } from '../audit/index.js';
import { subsidyRepository } from './subsidy.repository.js';
import { bumped, noticeEntity, recordStep, requireTransition } from './subsidy-support.js';
import { getNotice, type NoticeView } from './get-notice.js';

/**
 * The commerce bureau closes a notice once its objection period is over and every objection is
 * decided: the applications still in it become ready for disbursement.
 */
export async function closeNotice(ctx: Ctx, noticeId: string): Promise<NoticeView> {
  const actor = authorize(ctx, 'subsidy:notice');
  await inTransaction(ctx, async (tx) => {
    const notice = await subsidyRepository.findNotice(tx.db, noticeId, actor.zoneCode, true);
    if (!notice) throw AppError.notFound(noticeEntity);
    if (notice.status !== 'open')
      throw new AppError('invalid_transition', { zh: '该公示已结束', en: 'The notice is already closed' });
    const now = ctx.clock.now();
    if (now < notice.objection_until)
      throw new AppError('invalid_transition', {
        zh: `公示期至 ${notice.objection_until.toISOString()} 结束，期满后才能结束公示`,
        en: `The objection period runs until ${notice.objection_until.toISOString()}; close the notice after it`,
      });
    const open = await subsidyRepository.openObjectionCount(tx.db, noticeId);
    if (open > 0)
      throw new AppError('invalid_transition', {
        zh: `还有 ${open} 条异议未处理`,
        en: `${open} objection(s) are still to be decided`,
      });
    const items = await subsidyRepository.noticeItems(tx.db, noticeId);
    const rows = await subsidyRepository.lockApplications(
      tx.db,
      items.map((i) => i.application_id),
      notice.zone_code,
    );
    for (const before of rows.filter((r) => r.status === 'in_notice')) {
      const to = requireTransition(before, 'close_notice');
      const changes = { status: to, updated_at: now };
      await subsidyRepository.updateApplication(tx.db, before.id, changes);
      await recordStep(tx, {
        action: 'close_notice',
        before,
        after: bumped(before, changes),
        note: notice.title,
      });
    }
    await subsidyRepository.closeNotice(tx.db, noticeId, actor.userId, now);
    await appendAudit(tx, {
      action: 'subsidy_notice.close',
      entityType: 'subsidy_notice',
      entityId: noticeId,
      zoneCode: notice.zone_code,
      before: { status: 'open' },
      after: { status: 'closed', applications: rows.map((r) => r.id) },
    });
  });
  return getNotice(ctx, noticeId);
}
