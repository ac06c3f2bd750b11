import { Decimal } from 'decimal.js';
import { AppError } from '../../shared/app-error.js';
import { authorize, inZone } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { clearanceRepository } from './clearance.repository.js';

/** One line of a year's released trade: an e-commerce enterprise, a direction, a trade mode, a currency. */
export interface TradeTotal {
  /** The e-commerce enterprise's customs code (收发货人, the inventory's ebcCode). */
  ebcCode: string;
  flow: 'import' | 'export';
  tradeMode: string;
  /** Customs currency code (142 RMB, 502 USD, …): values are summed per currency, never converted here. */
  currency: string;
  parcels: number;
  /** Σ declared value (goods), exact decimal string. */
  value: string;
}

/**
 * The released inventories of a zone in a calendar year (China time), summed per e-commerce enterprise,
 * direction, trade mode and currency: the platform's own record of each enterprise's cross-border trade,
 * which the policies' facts (cbecExportYuan, hasCbecTradeRecord…) and the zone's statistics are computed
 * from. Bureaus of the zone read it; an enterprise reads its own trade through its parcels.
 */
export async function tradeTotals(
  ctx: Ctx,
  input: { zoneCode: string; year: number },
): Promise<TradeTotal[]> {
  const actor = authorize(ctx, 'clearance:read');
  if (actor.role === 'enterprise') throw new AppError('forbidden');
  if (!inZone(actor, input.zoneCode)) throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw AppError.field('year', 'invalid', { zh: '年份无效', en: 'Invalid year' });
  const rows = await clearanceRepository.releasedTotals(
    ctx.db,
    input.zoneCode,
    new Date(`${input.year}-01-01T00:00:00+08:00`),
    new Date(`${input.year + 1}-01-01T00:00:00+08:00`),
  );
  return rows.map((r) => ({
    ebcCode: r.ebc_code,
    flow: r.flow,
    tradeMode: r.trade_mode,
    currency: r.currency,
    parcels: Number(r.parcels),
    value: new Decimal(r.value).toFixed(),
  }));
}
