import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { decideApprovedAmount } from './decide-approved-amount.js';
import { ZFinanceReview } from './subsidy.schemas.js';
import type { ApplicationView } from './subsidy-view.js';

/**
 * The finance bureau's review of the commerce bureau's approval (经市财政局审核): approve (the reservation
 * stands), return for correction or reject with reasons (the reservation is released).
 */
export async function reviewByFinance(ctx: Ctx, id: string, input: unknown): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:review-finance');
  const data = parseOrThrow(ZFinanceReview, input);
  return inTransaction(ctx, (tx) =>
    decideApprovedAmount(tx, actor, id, {
      action: `finance_${data.decision}`,
      approve: data.decision === 'approve',
      version: data.version,
      reasons: data.decision === 'approve' ? undefined : data.reasons,
      note: data.decision === 'approve' ? data.note : undefined,
    }),
  );
}
