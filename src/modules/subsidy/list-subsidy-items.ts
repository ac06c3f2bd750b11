import { authorize, zoneScope } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { AppError } from '../../shared/app-error.js';
import { listPolicies, type ZoneId } from '../policy/index.js';
import { ZItemsQuery } from './subsidy.schemas.js';

/**
 * The items an enterprise may apply for: the money items of its zone's documents, each document marked
 * with whether it governs the year asked (in force on at least one day of it, docs/policies.md D4).
 */
export async function listSubsidyItems(ctx: Ctx, query: unknown) {
  const actor = authorize(ctx, 'subsidy:read');
  const q = parseOrThrow(ZItemsQuery, query);
  const zone = zoneScope(actor, q.zoneCode);
  if (!zone) throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone' });
  return listPolicies(zone as ZoneId).map((doc) => ({
    key: doc.key,
    citeAs: doc.citeAs,
    title: doc.title,
    stage: doc.status === 'draft' ? 'draft' : 'issued',
    validity: doc.validity,
    governsYear:
      q.year === undefined
        ? null
        : doc.status !== 'draft' &&
          (doc.validity.from ?? '9999') <= `${q.year}-12-31` &&
          (doc.validity.until ?? '9999') >= `${q.year}-01-01`,
    items: doc.rules
      .filter((r) => r.kind === 'payment')
      .map((r) => ({ ruleId: r.id, title: r.title, citation: r.citation, basis: r.basis })),
  }));
}
