import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { AppError } from '../../shared/app-error.js';
import { bilingualIssue, parseOrThrow } from '../../shared/validation.js';
import { registerCountsAt } from '../enterprise/index.js';
import { reportedFigure } from '../governance/index.js';
import {
  computeDevelopmentIndex,
  type DevelopmentIndexResult,
  type IndexObservation,
  type IndicatorKey,
} from './development-index.js';
import { chinaMonth, periodHolding, periodOf, periodsBetween, shift, type Period } from './periods.js';
import { shopSalesTotals } from './sample/index.js';
import { ZZoneCode } from './statistics.schemas.js';
import { tradeTrend, type TrendPoint } from './trade-statistics.js';
import { tradeActiveEnterprises } from '../clearance/index.js';

const ZONES = ['zhuzhou', 'chenzhou', 'hengyang'] as const;
const QUARTER = /^\d{4}-Q[1-4]$/;
const quarterIssue = bilingualIssue('invalid_period', { zh: '季度应为 YYYY-Qn', en: 'A quarter is YYYY-Qn' });

export const ZIndexQuery = z
  .object({
    zoneCode: ZZoneCode.optional(),
    /** First and last quarter; default: the eight quarters up to the last ended one. */
    from: z.string().trim().regex(QUARTER, quarterIssue).optional(),
    to: z.string().trim().regex(QUARTER, quarterIssue).optional(),
    /** Default: the first quarter shown. */
    baseQuarter: z.string().trim().regex(QUARTER, quarterIssue).optional(),
    weighting: z.enum(['expert', 'entropy']).default('expert'),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({
        path: ['from'],
        ...bilingualIssue('invalid_range', {
          zh: '起始季度晚于截止季度',
          en: 'The first quarter is after the last',
        }),
      });
  });

export interface ZoneDevelopmentIndex extends DevelopmentIndexResult {
  quarters: string[];
  /** The indicator values each zone and quarter were computed from (exact), so the page can show them. */
  observations: IndexObservation[];
}

/**
 * The development index (发展指数, 郴州实施方案 二(二)5 and 责任清单 16) of each zone the reader may see,
 * per quarter: the indicators are read from the platform's records (released inventories, the filing
 * register, the bureaus' reported figures) and the method is docs/methods/development-index.md. The
 * three zones are normalised together, so their indices are on one scale; each is 100 in the base quarter.
 */
export async function zoneDevelopmentIndex(ctx: Ctx, query: unknown): Promise<ZoneDevelopmentIndex> {
  const actor = authorize(ctx, 'statistics:read');
  const q = parseOrThrow(ZIndexQuery, query);
  if (actor.zoneCode !== null && q.zoneCode !== undefined && q.zoneCode !== actor.zoneCode)
    throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
  const zones = actor.zoneCode ? [actor.zoneCode] : q.zoneCode ? [q.zoneCode] : [...ZONES];
  const lastEnded = shift(periodHolding('quarter', chinaMonth(ctx.clock.now())), -1);
  const to = q.to ? periodOf('quarter', q.to)! : lastEnded;
  const from = q.from ? periodOf('quarter', q.from)! : shift(to, -7);
  const quarters = periodsBetween(from, to, 40);
  const baseQuarter = q.baseQuarter ?? from.key;
  if (!quarters.some((p) => p.key === baseQuarter))
    throw AppError.field('baseQuarter', 'invalid', {
      zh: '基期应在所选季度之内',
      en: 'The base quarter must be one of the quarters shown',
    });

  // The method normalises over every zone and quarter together, so zones are on one scale: the figures
  // of all three zones are read, and only the reader's zones are returned (with the ranges, which carry
  // other zones' values, for provincial readers only).
  const provincial: Ctx = { ...ctx, actor: { ...actor, zoneCode: null } };
  const observations = (
    await Promise.all(ZONES.map((zoneCode) => zoneObservations(provincial, zoneCode, quarters)))
  ).flat();
  const result = computeDevelopmentIndex(observations, { weighting: q.weighting, baseQuarter });
  const visible = (row: { zoneCode: string }) => zones.includes(row.zoneCode);
  return {
    ...result,
    rows: result.rows.filter(visible),
    ranges: actor.zoneCode === null ? result.ranges : {},
    trace: { ...result.trace, rows: result.trace.rows.filter(visible) },
    quarters: quarters.map((p) => p.key),
    observations: observations.filter(visible),
  };
}

const pct = (part: Decimal, whole: Decimal): string | null =>
  whole.isZero() ? null : part.div(whole).times(100).toFixed(4);

async function zoneObservations(ctx: Ctx, zoneCode: string, quarters: Period[]): Promise<IndexObservation[]> {
  const last = quarters[quarters.length - 1]!;
  const trend = (extra: object) =>
    tradeTrend(ctx, { zoneCode, period: 'quarter', at: last.key, count: quarters.length, ...extra });
  // Quarter ends, China time: the register as it stood when each quarter closed.
  const ends = quarters.map(
    (p) => new Date(`${shift(periodOf('month', p.toMonth)!, 1).key}-01T00:00:00+08:00`),
  );
  const [all, b2b, warehouses, register, sales] = await Promise.all([
    trend({}),
    trend({ flow: 'export', tradeMode: '9710' }),
    trend({ flow: 'export', tradeMode: '9810' }),
    registerCountsAt(ctx, zoneCode, ends),
    shopSalesTotals(ctx, { zoneCode, fromMonth: quarters[0]!.fromMonth, toMonth: last.toMonth }),
  ]);
  const at = (t: { periods: TrendPoint[] }, key: string) => t.periods.find((p) => p.key === key);
  const salesIn = (p: Period) =>
    sales.months
      .filter((m) => m.month >= p.fromMonth && m.month <= p.toMonth)
      .reduce((a, m) => a.plus(m.salesValue), new Decimal(0))
      .toFixed(2);
  const [actives, talents] = await Promise.all([
    Promise.all(
      quarters.map((p) =>
        tradeActiveEnterprises(ctx, {
          zoneCodes: [zoneCode],
          fromMonth: p.fromMonth,
          toMonth: p.toMonth,
          filter: {},
        }),
      ),
    ),
    Promise.all(quarters.map((p) => reportedFigure(ctx, zoneCode, 'talents', Number(p.key.slice(0, 4))))),
  ]);
  const out: IndexObservation[] = [];
  for (const [i, p] of quarters.entries()) {
    const t = at(all, p.key)!;
    const total = new Decimal(t.value.cny);
    const exported = new Decimal(t.export.cny);
    const b2bValue = new Decimal(at(b2b, p.key)?.value.cny ?? 0).plus(at(warehouses, p.key)?.value.cny ?? 0);

    const r = register[i]!;
    const values: Record<IndicatorKey, string | null> = {
      tradeValue: total.toFixed(2),
      shopSales: salesIn(p),
      tradeGrowth: t.yoy,
      activeEnterprises: String(actives[i]),
      filedEnterprises: String(r.enterprises),
      filedShops: String(r.shops),
      b2bShare: pct(b2bValue, exported),
      exportShare: pct(exported, total),
      overseasWarehouses: String(r.overseasWarehouses),
      parks: String(r.parkOperators),
      talents: talents[i]!,
    };
    out.push({ zoneCode, quarter: p.key, values });
  }
  return out;
}
