import { authorize, zoneScope } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, type Page } from '../../shared/validation.js';
import { toEntitlementView, type EntitlementView } from './entitlement-view.js';
import { subsidyRepository } from './subsidy.repository.js';
import { ZEntitlementQuery } from './subsidy.schemas.js';
import { scopeOf } from './subsidy-support.js';

/** Entitlements (免申即享) as the caller may see them: an enterprise its own, the bureaus their zone's. */
export async function listEntitlements(ctx: Ctx, query: unknown): Promise<Page<EntitlementView>> {
  const actor = authorize(ctx, 'subsidy:read');
  const q = parseOrThrow(ZEntitlementQuery, query ?? {});
  const scope = { ...scopeOf(actor), zoneCode: zoneScope(actor, q.zoneCode) };
  const { items, total } = await subsidyRepository.listEntitlements(ctx.db, scope, { year: q.year }, q);
  return { items: items.map(toEntitlementView), total, page: q.page, pageSize: q.pageSize };
}
