import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { subsidyRepository, type ApplicationRow } from './subsidy.repository.js';
import { ZObjectionResolution } from './subsidy.schemas.js';
import { bumped, moveMoney, noticeEntity, recordStep, requireTransition } from './subsidy-support.js';
import { toObjectionView, type ObjectionView } from './subsidy-view.js';

/**
 * The commerce bureau decides an objection. Upheld: the application is rejected and its committed
 * amount released, before any money is paid (the reason the notice sits before disbursement).
 * Dismissed: nothing changes but the record.
 */
export async function resolveObjection(
  ctx: Ctx,
  noticeId: string,
  objectionId: string,
  input: unknown,
): Promise<ObjectionView> {
  const actor = authorize(ctx, 'subsidy:notice');
  const data = parseOrThrow(ZObjectionResolution, input);
  return inTransaction(ctx, async (tx) => {
    const notice = await subsidyRepository.findNotice(tx.db, noticeId, actor.zoneCode, true);
    if (!notice) throw AppError.notFound(noticeEntity);
    const objection = await subsidyRepository.findObjection(tx.db, noticeId, objectionId, true);
    if (!objection) throw AppError.notFound({ zh: '该异议', en: 'Objection' });
    if (objection.resolution !== null)
      throw new AppError('invalid_transition', {
        zh: '该异议已处理',
        en: 'The objection is already decided',
      });
    const now = ctx.clock.now();
    const changes = {
      resolution: data.resolution,
      resolution_note: data.note,
      resolved_by: actor.userId,
      resolved_at: now,
    };
    if (data.resolution === 'upheld') {
      const before = await subsidyRepository.findApplication(
        tx.db,
        objection.application_id,
        { zoneCode: notice.zone_code, enterpriseId: null },
        true,
      );
      // A second upheld objection against an application already withdrawn changes nothing more.
      if (before && before.status === 'in_notice') {
        const to = requireTransition(before, 'uphold_objection');
        const budget = await moveMoney(
          tx,
          before,
          before.fund,
          before.approved_total ?? '0',
          before.status,
          to,
        );
        const appChanges: Partial<ApplicationRow> = {
          status: to,
          reasons: [data.note],
          approved_items: null,
          approved_total: null,
          updated_at: now,
        };
        await subsidyRepository.updateApplication(tx.db, before.id, appChanges);
        await recordStep(tx, {
          action: 'uphold_objection',
          before,
          after: bumped(before, appChanges),
          amount: before.approved_total,
          reasons: [data.note],
          budget,
        });
      }
    }
    await subsidyRepository.resolveObjection(tx.db, objectionId, changes);
    await appendAudit(tx, {
      action: `subsidy_objection.${data.resolution === 'upheld' ? 'uphold' : 'dismiss'}`,
      entityType: 'subsidy_objection',
      entityId: objectionId,
      zoneCode: notice.zone_code,
      before: { resolution: null },
      after: {
        noticeId,
        applicationId: objection.application_id,
        resolution: data.resolution,
        note: data.note,
      },
    });
    return toObjectionView({ ...objection, ...changes }, false);
  });
}
