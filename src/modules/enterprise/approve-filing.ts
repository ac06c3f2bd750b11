import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { transition } from '../../shared/state-machine.js';
import { enterpriseRepository } from './enterprise.repository.js';
import type { FilingPatch, FilingStatus } from './enterprise.schemas.js';
import { toEnterpriseView, type EnterpriseView } from './enterprise-view.js';
import { FILING_TRANSITIONS } from './filing-status.js';
import { loadForChange, recordFilingStep } from './filing-support.js';
import { patchColumns } from './update-filing.js';

const notAwaiting = { zh: '该备案不在待审核状态', en: 'The filing is not awaiting review' };

/**
 * The commerce bureau approves a filing: it enters the shared register (seed 004 二(二)1 备案企业信息共享库).
 * Approving a change applies the pending values and raises the filing's version.
 */
export async function approveFiling(ctx: Ctx, id: string): Promise<EnterpriseView> {
  const actor = authorize(ctx, 'enterprise:review');
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id);
    const status = before.status as FilingStatus;
    const isChange = status === 'change_submitted';
    const t = transition(FILING_TRANSITIONS, status, isChange ? 'approve_change' : 'approve');
    if (!t.ok) throw new AppError('invalid_transition', notAwaiting);
    const now = ctx.clock.now();
    const changes = {
      ...(isChange ? patchColumns(before.pending as FilingPatch) : {}),
      status: t.to,
      pending: null,
      return_reason: null,
      approved_at: now,
      reviewed_by: actor.userId,
      updated_at: now,
      version: isChange ? before.version + 1 : before.version,
    };
    await enterpriseRepository.update(tx.db, id, changes);
    const after = { ...before, ...changes };
    await recordFilingStep(tx, { action: isChange ? 'approve_change' : 'approve', before, after });
    return toEnterpriseView(actor, after);
  });
}
