import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { money, yuan } from './money.js';
import { subsidyRepository, type ApplicationRow } from './subsidy.repository.js';
import {
  checkApproval,
  type ApprovedItem,
  type PinnedEvaluation,
  type RequestedItem,
} from './subsidy-rules.js';
import { ZCommerceReview, type SubsidyStatus } from './subsidy.schemas.js';
import { COUNTS_FOR_CAPS } from './subsidy-status.js';
import { bumped, loadForChange, moveMoney, recordStep, requireTransition } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/**
 * The commerce bureau's review (郴政办发〔2021〕3号: 分配方案由市商务局拟定): approve an amount per item, at most
 * the maximum pinned at submission, within the per-enterprise caps across all the enterprise's
 * applications of the year, and reserve it in the budget; or return it for correction (补正) with
 * reasons; or reject it with reasons.
 */
export async function reviewByCommerce(ctx: Ctx, id: string, input: unknown): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:review-commerce');
  const data = parseOrThrow(ZCommerceReview, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id, data.version);
    const now = ctx.clock.now();
    if (data.decision !== 'approve') {
      const to = requireTransition(
        before,
        data.decision === 'return' ? 'commerce_return' : 'commerce_reject',
      );
      const changes = { status: to, reasons: data.reasons, updated_at: now };
      await subsidyRepository.updateApplication(tx.db, id, changes);
      const after = bumped(before, changes);
      await recordStep(tx, { action: `commerce_${data.decision}`, before, after, reasons: data.reasons });
      return toApplicationView(actor, after);
    }

    const to = requireTransition(before, 'commerce_approve');
    // Caps over the enterprise's year are checked against its other approvals one decision at a time.
    await subsidyRepository.lockEnterpriseYear(tx.db, before.enterprise_id, before.year);
    const others = await subsidyRepository.otherApplications(
      tx.db,
      before.enterprise_id,
      before.year,
      id,
      COUNTS_FOR_CAPS,
    );
    const pinned = (before.evaluation as PinnedEvaluation).items;
    // One amount per item, in the application's order, to the fen.
    const order = (before.items as RequestedItem[]).map((i) => i.ruleId);
    const approved: ApprovedItem[] = data.items
      .map((i) => ({ ruleId: i.ruleId, amount: yuan(money(i.amount)) }))
      .sort((a, b) => order.indexOf(a.ruleId) - order.indexOf(b.ruleId));
    const { errors, total } = checkApproval({
      pinned,
      approved: data.items.map((i) => ({ ruleId: i.ruleId, amount: yuan(money(i.amount)) })),
      others: others.map((o) => ({ id: o.id, items: (o.approved_items as ApprovedItem[] | null) ?? [] })),
    });
    if (errors.length) throw AppError.validation(errors);
    const fund = data.fund ?? before.fund;
    const approvedTotal = yuan(total);
    const budget = await moveMoney(tx, before, fund, approvedTotal, before.status as SubsidyStatus, to);
    const changes: Partial<ApplicationRow> = {
      status: to,
      fund,
      approved_items: approved,
      approved_total: approvedTotal,
      reasons: null,
      updated_at: now,
    };
    await subsidyRepository.updateApplication(tx.db, id, changes);
    const after = bumped(before, changes);
    await recordStep(tx, {
      action: 'commerce_approve',
      before,
      after,
      amount: approvedTotal,
      note: data.note ?? null,
      budget,
    });
    return toApplicationView(actor, after);
  });
}
