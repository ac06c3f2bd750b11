import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { subsidyRepository, type ApplicationRow } from './subsidy.repository.js';
import { ZFinanceReview, type SubsidyStatus } from './subsidy.schemas.js';
import { bumped, loadForChange, moveMoney, recordStep, requireTransition } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/**
 * The finance bureau's review of the commerce bureau's approval (经市财政局审核): approve (the reservation
 * stands), return for correction or reject with reasons (the reservation is released).
 */
export async function reviewByFinance(ctx: Ctx, id: string, input: unknown): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:review-finance');
  const data = parseOrThrow(ZFinanceReview, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id, data.version);
    const action = `finance_${data.decision}` as const;
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
    // Returned or rejected, the amounts are no longer approved (the history keeps them).
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
      budget,
    });
    return toApplicationView(actor, after);
  });
}
