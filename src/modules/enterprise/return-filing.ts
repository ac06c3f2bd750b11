import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { transition } from '../../shared/state-machine.js';
import { parseOrThrow } from '../../shared/validation.js';
import { enterpriseRepository } from './enterprise.repository.js';
import { ZReturnInput, type FilingStatus } from './enterprise.schemas.js';
import { toEnterpriseView, type EnterpriseView } from './enterprise-view.js';
import { FILING_TRANSITIONS } from './filing-status.js';
import { loadForChange, recordFilingStep } from './filing-support.js';

/** The commerce bureau returns a filing (or a change) with the reason the enterprise must address. */
export async function returnFiling(ctx: Ctx, id: string, input: unknown): Promise<EnterpriseView> {
  const actor = authorize(ctx, 'enterprise:review');
  const { reason } = parseOrThrow(ZReturnInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id);
    const status = before.status as FilingStatus;
    const isChange = status === 'change_submitted';
    const t = transition(FILING_TRANSITIONS, status, isChange ? 'return_change' : 'return');
    if (!t.ok)
      throw new AppError('invalid_transition', {
        zh: '该备案不在待审核状态',
        en: 'The filing is not awaiting review',
      });
    const now = ctx.clock.now();
    const changes = { status: t.to, return_reason: reason, reviewed_by: actor.userId, updated_at: now };
    await enterpriseRepository.update(tx.db, id, changes);
    const after = { ...before, ...changes };
    await recordFilingStep(tx, { action: isChange ? 'return_change' : 'return', before, after, reason });
    return toEnterpriseView(actor, after);
  });
}
