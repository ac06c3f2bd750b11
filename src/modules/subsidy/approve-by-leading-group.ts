import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { subsidyRepository, type ApplicationRow } from './subsidy.repository.js';
import { ZLeadingGroupDecision, type SubsidyStatus } from './subsidy.schemas.js';
import { bumped, loadForChange, moveMoney, recordStep, requireTransition } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/**
 * The leading group office records the final decision (郴政办发〔2021〕3号: 经…领导小组办公室审核，报市政府批准;
 * 衡政发〔2024〕4号 三: 按程序报市人民政府批准后再拨付), with the approval's reference. Approved: the reserved
 * amount becomes committed. Rejected: the reservation is released.
 */
export async function approveByLeadingGroup(ctx: Ctx, id: string, input: unknown): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:approve');
  const data = parseOrThrow(ZLeadingGroupDecision, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id, data.version);
    const action = data.decision === 'approve' ? 'leading_group_approve' : 'leading_group_reject';
    const to = requireTransition(before, action);
    const now = ctx.clock.now();
    const budget = await moveMoney(
      tx,
      before,
      before.fund,
      before.approved_total ?? '0',
      before.status as SubsidyStatus,
      to,
    );
    const changes: Partial<ApplicationRow> =
      data.decision === 'approve'
        ? { status: to, updated_at: now }
        : { status: to, reasons: data.reasons, approved_items: null, approved_total: null, updated_at: now };
    await subsidyRepository.updateApplication(tx.db, id, changes);
    const after = bumped(before, changes);
    await recordStep(tx, {
      action,
      before,
      after,
      amount: before.approved_total,
      reasons: data.decision === 'approve' ? null : data.reasons,
      note: data.decision === 'approve' ? (data.note ?? null) : null,
      reference: data.decision === 'approve' ? (data.reference ?? null) : null,
      budget,
    });
    return toApplicationView(actor, after);
  });
}
