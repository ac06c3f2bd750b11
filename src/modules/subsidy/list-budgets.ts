import { authorize, zoneScope } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { subsidyRepository } from './subsidy.repository.js';
import { ZBudgetQuery } from './subsidy.schemas.js';
import { toBudgetView, type BudgetView } from './subsidy-view.js';

/** The zone's budgets: total, reserved, committed, disbursed and available, per fund and year. */
export async function listBudgets(ctx: Ctx, query: unknown): Promise<BudgetView[]> {
  const actor = authorize(ctx, 'subsidy-budget:read');
  const q = parseOrThrow(ZBudgetQuery, query);
  const rows = await subsidyRepository.listBudgets(ctx.db, {
    zoneCode: zoneScope(actor, q.zoneCode),
    fund: q.fund,
    year: q.year,
  });
  return rows.map(toBudgetView);
}
