import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { parseOrThrow, type Page } from '../../../shared/validation.js';
import { chinaMonthOf } from './months.js';
import { sampleRepository } from './sample.repository.js';
import { ZSampleQuery } from './sample.schemas.js';
import { zoneFor } from './sample-support.js';
import { toSampleView, type SampleView } from './sample-view.js';

/**
 * The sample list: every span of the zone (or those holding a month), by enterprise. The bureaus read
 * their zone's; provincial users one zone or all.
 */
export async function listSampleEnterprises(ctx: Ctx, query: unknown): Promise<Page<SampleView>> {
  const actor = authorize(ctx, 'statistics:read');
  const q = parseOrThrow(ZSampleQuery, query ?? {});
  const zoneCode = actor.zoneCode === null ? (q.zoneCode ?? null) : zoneFor(actor, q.zoneCode);
  const { items, total } = await sampleRepository.listSpans(ctx.db, { zoneCode, month: q.month }, q);
  const current = chinaMonthOf(ctx.clock.now());
  return { items: items.map((r) => toSampleView(r, current)), total, page: q.page, pageSize: q.pageSize };
}
