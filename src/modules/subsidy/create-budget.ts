import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { money, yuan } from './money.js';
import { subsidyRepository } from './subsidy.repository.js';
import { ZBudgetInput } from './subsidy.schemas.js';
import { toBudgetView, type BudgetView } from './subsidy-view.js';

/** The finance bureau sets a zone's budget of a fund for a year (one per zone, fund and year). */
export async function createBudget(ctx: Ctx, input: unknown): Promise<BudgetView> {
  const actor = authorize(ctx, 'subsidy:budget');
  const data = parseOrThrow(ZBudgetInput, input);
  const zoneCode = actor.zoneCode ?? data.zoneCode;
  if (!zoneCode)
    throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone of the budget' });
  if (actor.zoneCode !== null && data.zoneCode !== undefined && data.zoneCode !== actor.zoneCode)
    throw AppError.field('zoneCode', 'out_of_scope', {
      zh: '只能设立本综试区的预算',
      en: 'You can only set budgets of your own zone',
    });
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const row = await subsidyRepository.insertBudget(tx.db, {
      id: randomUUID(),
      zone_code: zoneCode,
      fund: data.fund,
      year: data.year,
      total: yuan(money(data.total)),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    if (!row)
      throw new AppError(
        'conflict',
        {
          zh: `${data.year}年度该资金的预算已设立，请调整其总额`,
          en: `A ${data.year} budget of this fund exists; adjust its total instead`,
        },
        [{ field: 'year', code: 'duplicate', message: { zh: '已设立', en: 'already set' } }],
      );
    await appendAudit(tx, {
      action: 'subsidy_budget.create',
      entityType: 'subsidy_budget',
      entityId: row.id,
      zoneCode,
      after: { fund: row.fund, year: row.year, total: row.total },
    });
    return toBudgetView(row);
  });
}
