import { authorize, zoneScope } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, parseSort, type Page } from '../../shared/validation.js';
import { enterpriseRepository } from './enterprise.repository.js';
import { ZEnterpriseQuery } from './enterprise.schemas.js';
import { toEnterpriseView, type EnterpriseView } from './enterprise-view.js';
import { resolveDistrict, scopeOf } from './filing-support.js';

/** The shared register as the caller may see it: filtered, sorted and paginated. */
export async function listEnterprises(ctx: Ctx, query: unknown): Promise<Page<EnterpriseView>> {
  const actor = authorize(ctx, 'enterprise:read');
  const q = parseOrThrow(ZEnterpriseQuery, query);
  const zone = zoneScope(actor, q.zoneCode);
  const scope = { ...scopeOf(actor), zoneCode: zone };
  const district = q.district && zone ? (resolveDistrict(zone, q.district).code ?? q.district) : q.district;
  const { items, total } = await enterpriseRepository.list(
    ctx.db,
    scope,
    { status: q.status, role: q.role, kind: q.kind, district, q: q.q },
    { page: q.page, pageSize: q.pageSize, sort: parseSort(q.sort) },
  );
  return { items: items.map((r) => toEnterpriseView(actor, r)), total, page: q.page, pageSize: q.pageSize };
}
