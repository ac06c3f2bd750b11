import { Decimal } from 'decimal.js';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import type { DatedRate } from './exchange-rates.js';
import { statisticsRepository } from './statistics.repository.js';
import { ZExchangeRateInput } from './statistics.schemas.js';

export interface ExchangeRateView extends DatedRate {
  source: string;
  recordedAt: string;
}

const view = (r: Awaited<ReturnType<typeof statisticsRepository.rates>>[number]): ExchangeRateView => ({
  currency: r.currency,
  validFrom: r.valid_from,
  cnyPerUnit: new Decimal(r.cny_per_unit).toFixed(),
  source: r.source,
  recordedAt: new Date(r.recorded_at).toISOString(),
});

/** The dated exchange-rate table, newest first per currency: every statistics reader sees what converts. */
export async function listExchangeRates(ctx: Ctx): Promise<ExchangeRateView[]> {
  authorize(ctx, 'statistics:read');
  return (await statisticsRepository.rates(ctx.db)).map(view);
}

/** The table as the figures use it (no authorization: the caller has authorized its own read). */
export async function rateTable(ctx: Ctx): Promise<DatedRate[]> {
  return (await statisticsRepository.rates(ctx.db)).map(view);
}

/**
 * Records a rate in force from a day (a correction replaces the rate of the same day): provincial users
 * (the commerce department, admins) only, as one table serves every zone. Audited with the
 * rate it replaced. Figures use it from the next read: the monthly sums are kept in their own currencies.
 */
export async function recordExchangeRate(ctx: Ctx, input: unknown): Promise<ExchangeRateView> {
  const actor = authorize(ctx, 'statistics:manage');
  // One table converts the three zones' figures: a city's bureau does not change the others'.
  if (actor.zoneCode !== null) throw new AppError('forbidden');
  const r = parseOrThrow(ZExchangeRateInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await statisticsRepository.findRate(tx.db, r.currency, r.validFrom);
    const now = tx.clock.now();
    await statisticsRepository.upsertRate(tx.db, {
      currency: r.currency,
      valid_from: r.validFrom,
      cny_per_unit: r.cnyPerUnit,
      source: r.source,
      recorded_by: actor.via === 'system' ? null : actor.userId,
      recorded_at: now,
    });
    const after = {
      currency: r.currency,
      validFrom: r.validFrom,
      cnyPerUnit: r.cnyPerUnit,
      source: r.source,
    };
    await appendAudit(tx, {
      action: before ? 'exchange_rate.correct' : 'exchange_rate.record',
      entityType: 'exchange_rate',
      entityId: null,
      zoneCode: null,
      before: before
        ? {
            currency: before.currency,
            validFrom: before.valid_from,
            cnyPerUnit: before.cny_per_unit,
            source: before.source,
          }
        : null,
      after,
    });
    return { ...after, cnyPerUnit: new Decimal(r.cnyPerUnit).toFixed(), recordedAt: now.toISOString() };
  });
}
