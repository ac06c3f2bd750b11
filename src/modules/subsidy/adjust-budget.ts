import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { money, yuan } from './money.js';
import { checkBudgetTotal } from './subsidy-rules.js';
import { subsidyRepository } from './subsidy.repository.js';
import { ZBudgetPatch } from './subsidy.schemas.js';
import { budgetEntity } from './subsidy-support.js';
import { toBudgetView, type BudgetView } from './subsidy-view.js';

/**
 * The finance bureau changes a budget's total (a supplementary allocation, a cut), with a reason; never
 * below what is already reserved, committed or disbursed — checked in the same statement that writes it.
 */
export async function adjustBudget(ctx: Ctx, id: string, input: unknown): Promise<BudgetView> {
  const actor = authorize(ctx, 'subsidy:budget');
  const data = parseOrThrow(ZBudgetPatch, input);
  const total = yuan(money(data.total));
  return inTransaction(ctx, async (tx) => {
    const before = await subsidyRepository.findBudgetById(tx.db, id, actor.zoneCode, true);
    if (!before) throw AppError.notFound(budgetEntity);
    if (data.version !== undefined && data.version !== before.version)
      throw AppError.field('version', 'stale_version', {
        zh: `预算已被他人修改（当前版本 ${before.version}）`,
        en: `The budget changed meanwhile (now version ${before.version})`,
      });
    const refused = checkBudgetTotal(before, total);
    if (refused) throw new AppError('conflict', refused.message, [refused]);
    const after = await subsidyRepository.setBudgetTotal(tx.db, id, total, ctx.clock.now());
    if (!after) throw new AppError('conflict', undefined, [checkBudgetTotal(before, total)!]);
    await appendAudit(tx, {
      action: 'subsidy_budget.adjust',
      entityType: 'subsidy_budget',
      entityId: id,
      zoneCode: before.zone_code,
      before: { total: before.total },
      after: { total: after.total, reason: data.reason },
    });
    return toBudgetView(after);
  });
}
