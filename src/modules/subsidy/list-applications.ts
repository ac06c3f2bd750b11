import { authorize, zoneScope } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, parseSort, type Page } from '../../shared/validation.js';
import { subsidyRepository } from './subsidy.repository.js';
import { ZApplicationQuery } from './subsidy.schemas.js';
import { scopeOf } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/** Applications as the caller may see them: an enterprise its own, the bureaus their zone's. */
export async function listApplications(ctx: Ctx, query: unknown): Promise<Page<ApplicationView>> {
  const actor = authorize(ctx, 'subsidy:read');
  const q = parseOrThrow(ZApplicationQuery, query);
  const scope = { ...scopeOf(actor), zoneCode: zoneScope(actor, q.zoneCode) };
  const { items, total } = await subsidyRepository.listApplications(
    ctx.db,
    scope,
    { status: q.status, year: q.year, fund: q.fund, enterpriseId: q.enterpriseId },
    { page: q.page, pageSize: q.pageSize, sort: parseSort(q.sort) },
  );
  return { items: items.map((r) => toApplicationView(actor, r)), total, page: q.page, pageSize: q.pageSize };
}
