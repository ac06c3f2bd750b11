import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { subsidyRepository, type ObjectionRow } from './subsidy.repository.js';
import { ZObjectionInput } from './subsidy.schemas.js';
import { noticeEntity } from './subsidy-support.js';
import { toObjectionView, type ObjectionView } from './subsidy-view.js';

/**
 * A signed-in user of the notice's zone objects to an application in it, within the objection period
 * (decision 0003: signed-in users, so every objection has someone the bureau can ask; a public form
 * would need abuse protection first).
 */
export async function fileObjection(ctx: Ctx, noticeId: string, input: unknown): Promise<ObjectionView> {
  const actor = authorize(ctx, 'subsidy:object');
  const data = parseOrThrow(ZObjectionInput, input);
  return inTransaction(ctx, async (tx) => {
    // Locked: an objection and the notice's closing are decided one after the other.
    const notice = await subsidyRepository.findNotice(tx.db, noticeId, actor.zoneCode, true);
    if (!notice) throw AppError.notFound(noticeEntity);
    const now = ctx.clock.now();
    if (notice.status !== 'open' || now >= notice.objection_until)
      throw new AppError('invalid_transition', {
        zh: `公示期已于 ${notice.objection_until.toISOString()} 结束，不再受理异议`,
        en: `The objection period ended at ${notice.objection_until.toISOString()}`,
      });
    const items = await subsidyRepository.noticeItems(tx.db, noticeId);
    if (!items.some((i) => i.application_id === data.applicationId))
      throw AppError.field('applicationId', 'not_in_notice', {
        zh: '该申请不在本次公示中',
        en: 'The application is not in this notice',
      });
    const row: ObjectionRow = {
      id: randomUUID(),
      notice_id: noticeId,
      application_id: data.applicationId,
      text: data.text,
      filed_by: actor.userId,
      filed_by_name: actor.displayName,
      filed_at: now,
      resolution: null,
      resolution_note: null,
      resolved_by: null,
      resolved_at: null,
    };
    await subsidyRepository.insertObjection(tx.db, row);
    // The text may name people: the trail records that an objection was filed, and its length.
    await appendAudit(tx, {
      action: 'subsidy_objection.file',
      entityType: 'subsidy_objection',
      entityId: row.id,
      zoneCode: notice.zone_code,
      after: { noticeId, applicationId: data.applicationId, textLength: data.text.length },
    });
    return toObjectionView(row, false);
  });
}
