import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { BOOM_BUST_LINE, climateIndex, type ClimateIndex } from './climate-index.js';
import { addMonths, monthsBetween, spanHolds } from './months.js';
import { sampleRepository } from './sample.repository.js';
import { ZClimateQuery } from './sample.schemas.js';
import { zoneFor } from './sample-support.js';

export interface MonthClimate extends ClimateIndex {
  month: string;
  /** Sampled enterprises of the month; `respondents` of them reported it. */
  sampled: number;
}

export interface BusinessClimate {
  zoneCode: string;
  month: string;
  boomBustLine: number;
  current: MonthClimate;
  /** The months up to `month`, oldest first (the last is `current`). */
  trend: MonthClimate[];
}

/**
 * The zone's business-climate diffusion index (景气指数) of a month and the months before it, from the
 * latest version of each sampled enterprise's report (株洲 实施意见 (十六) 运营监测). Enterprises off the
 * sample list for a month do not count in it, even when they reported. Method: climate-index.ts.
 */
export async function businessClimate(ctx: Ctx, query: unknown): Promise<BusinessClimate> {
  const actor = authorize(ctx, 'statistics:read');
  const q = parseOrThrow(ZClimateQuery, query ?? {});
  const zoneCode = zoneFor(actor, q.zoneCode);
  const from = addMonths(q.month, -(q.months - 1));
  const [spans, answers] = await Promise.all([
    sampleRepository.spansTouching(ctx.db, zoneCode, from, q.month),
    sampleRepository.latestAnswers(ctx.db, zoneCode, from, q.month),
  ]);
  const trend = monthsBetween(from, q.month).map((month): MonthClimate => {
    const sampled = new Set(
      spans
        .filter((s) => spanHolds({ fromMonth: s.from_month, toMonth: s.to_month }, month))
        .map((s) => s.enterprise_id),
    );
    const counted = answers
      .filter((a) => a.month === month && sampled.has(a.enterprise_id))
      .map((a) => ({
        ordersNow: a.orders_now,
        ordersNext: a.orders_next,
        staffNow: a.staff_now,
        staffNext: a.staff_next,
      }));
    return { month, sampled: sampled.size, ...climateIndex(counted) };
  });
  return { zoneCode, month: q.month, boomBustLine: BOOM_BUST_LINE, current: trend.at(-1)!, trend };
}
