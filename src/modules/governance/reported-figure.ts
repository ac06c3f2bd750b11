import { Decimal } from 'decimal.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import type { ReportedIndicator } from './goals.js';
import { governanceRepository } from './governance.repository.js';
import { requireZone } from './governance-support.js';

/**
 * The latest figure a bureau reported for an indicator for a year or before (cumulative counts such as
 * talents trained), or null: what the development index reads for its environment indicators.
 */
export async function reportedFigure(
  ctx: Ctx,
  zoneCode: string,
  indicator: ReportedIndicator,
  year: number,
): Promise<string | null> {
  const actor = authorize(ctx, 'governance:read');
  requireZone(actor, zoneCode);
  const row = await governanceRepository.latestIndicatorValue(ctx.db, zoneCode, indicator, year);
  return row ? new Decimal(row.value).toFixed() : null;
}
