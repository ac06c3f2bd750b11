import { Decimal } from 'decimal.js';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { countryCodes, districtsOf } from '../../shared/code-tables.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import {
  tradeActiveEnterprises,
  tradeFigureByCurrency,
  tradeFigures,
  tradeMonthCurrencies,
  tradeRankedFigures,
  tradeRecords,
  type EbcGroups,
  type TradeDimension,
  type TradeFigureRow,
  type TradeRecord,
  type TradeStatQuery,
} from '../clearance/index.js';
import { listCustomsRegister, type CustomsRegisterEntry } from '../enterprise/index.js';
import { resolveRates } from './exchange-rates.js';
import { shopSalesTotals } from './sample/index.js';
import { rateTable } from './manage-exchange-rates.js';
import {
  chinaMonth,
  growthPercent,
  lastYear,
  periodHolding,
  periodOf,
  previous,
  shift,
  type Period,
} from './periods.js';
import {
  ZBreakdownQuery,
  ZFigureQuery,
  ZRecordsQuery,
  ZTrendQuery,
  type Dimension,
  type FigureQuery,
} from './statistics.schemas.js';

const ZONES = ['zhuzhou', 'chenzhou', 'hengyang'] as const;

/** A figure in RMB and USD, rounded half-up to cents for display; the sums under it are exact. */
export interface Money {
  cny: string;
  /** null when a month of the period has no US dollar rate. */
  usd: string | null;
}

export interface Figure {
  /** Inventories; null for figures of goods lines (by country or HS chapter). */
  parcels: number | null;
  lines: number | null;
  value: Money;
}

export interface RatesNote {
  /** (month, currency) with trade but no rate: left out of the figures until the bureau records one. */
  missing: { month: string; currency: string }[];
  noUsd: string[];
}

const round = (v: string | Decimal) => new Decimal(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function toFigure(r: {
  parcels: string | null;
  lines: string | null;
  value_cny: string;
  value_usd: string | null;
}): Figure {
  return {
    parcels: r.parcels === null ? null : Number(r.parcels),
    lines: r.lines === null ? null : Number(r.lines),
    value: { cny: round(r.value_cny), usd: r.value_usd === null ? null : round(r.value_usd) },
  };
}

interface Scope {
  zoneCodes: string[] | null;
  zoneCode: string | null;
  period: Period;
  query: FigureQuery;
}

/** Who reads what: a zone's users their zone; provincial users one zone or the province. */
function scopeOf(ctx: Ctx, q: FigureQuery): Scope {
  const actor = authorize(ctx, 'statistics:read');
  if (actor.zoneCode !== null && q.zoneCode !== undefined && q.zoneCode !== actor.zoneCode)
    throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
  const zoneCode = actor.zoneCode ?? q.zoneCode ?? null;
  const at = q.at ?? periodHolding(q.period, chinaMonth(ctx.clock.now())).key;
  return { zoneCodes: zoneCode ? [zoneCode] : null, zoneCode, period: periodOf(q.period, at)!, query: q };
}

type Register = ReadonlyMap<string, CustomsRegisterEntry>;

/** The register of the zones in scope by customs code (or only some codes): names, counties and parks. */
async function registerOf(ctx: Ctx, s: Scope, customsCodes?: readonly string[]): Promise<Register> {
  const entries = await listCustomsRegister(ctx, { zoneCodes: s.zoneCodes, customsCodes });
  return new Map(entries.map((e) => [e.customsCode, e]));
}

/** The clearance query of a scope and period; park and county become the list of their enterprises. */
async function tradeQuery(ctx: Ctx, s: Scope, p: Period): Promise<TradeStatQuery> {
  const q = s.query;
  let ebcCodes: string[] | undefined;
  if (q.park || q.district) {
    const register = await registerOf(ctx, s);
    ebcCodes = [...register.values()]
      .filter((e) => (!q.park || e.park === q.park) && (!q.district || e.district === q.district))
      .map((e) => e.customsCode);
  }
  if (q.ebcCode) ebcCodes = ebcCodes ? ebcCodes.filter((c) => c === q.ebcCode) : [q.ebcCode];
  return {
    zoneCodes: s.zoneCodes,
    fromMonth: p.fromMonth,
    toMonth: p.toMonth,
    filter: { flow: q.flow, tradeMode: q.tradeMode, ebcCodes, country: q.country, hsChapter: q.hsChapter },
  };
}

async function ratesFor(ctx: Ctx, s: Scope, fromMonth: string, toMonth: string) {
  const [table, pairs] = await Promise.all([
    rateTable(ctx),
    tradeMonthCurrencies(ctx, { zoneCodes: s.zoneCodes, fromMonth, toMonth }),
  ]);
  return resolveRates(table, pairs);
}

async function figuresBy(ctx: Ctx, s: Scope, p: Period, by: TradeDimension) {
  const rates = await ratesFor(ctx, s, p.fromMonth, p.toMonth);
  const rows = await tradeFigures(ctx, await tradeQuery(ctx, s, p), by, rates.rates);
  return { rows, rates };
}

const sum = (rows: readonly TradeFigureRow[]): TradeFigureRow => ({
  key: 'total',
  parcels:
    rows.length && rows.every((r) => r.parcels === null)
      ? null
      : rows.reduce((a, r) => a.plus(r.parcels ?? 0), new Decimal(0)).toFixed(),
  lines: rows.some((r) => r.lines !== null)
    ? rows.reduce((a, r) => a.plus(r.lines ?? 0), new Decimal(0)).toFixed()
    : null,
  value_cny: rows.reduce((a, r) => a.plus(r.value_cny), new Decimal(0)).toFixed(),
  value_usd: rows.every((r) => r.value_usd !== null)
    ? rows.reduce((a, r) => a.plus(r.value_usd!), new Decimal(0)).toFixed()
    : null,
});

export interface Compared extends Figure {
  /** 环比: against the period before, percent. */
  mom: string | null;
  /** 同比: against the same period a year before, percent. */
  yoy: string | null;
}

function compared(now: Figure, before: Figure | undefined, yearAgo: Figure | undefined): Compared {
  return {
    ...now,
    mom: growthPercent(now.value.cny, before?.value.cny ?? null),
    yoy: growthPercent(now.value.cny, yearAgo?.value.cny ?? null),
  };
}

export interface Overview {
  zoneCode: string | null;
  period: Period;
  previous: Period;
  lastYear: Period;
  total: Compared;
  import: Compared;
  export: Compared;
  byTradeMode: (Compared & {
    key: string;
    flow: 'import' | 'export';
    tradeMode: string;
    share: string | null;
  })[];
  /** E-commerce enterprises with released trade in the period. */
  activeEnterprises: number;
  /**
   * The linked shops' online sales the enterprises reported (株洲 实施意见 (四): 企业数据), in RMB, beside
   * the customs figures and never added into them (a shop's sales may also pass customs).
   */
  shopSales: { value: string; orders: number; mom: string | null; yoy: string | null };
  rates: RatesNote;
}

/**
 * The zone's trade in a period with month-on-month and year-on-year comparisons, overall, by direction
 * and by trade mode — released inventories only (customs' record of cross-border e-commerce).
 */
export async function tradeOverview(ctx: Ctx, query: unknown): Promise<Overview> {
  const s = scopeOf(ctx, parseOrThrow(ZFigureQuery, query));
  const periods = [s.period, previous(s.period), lastYear(s.period)] as const;
  const [now, before, yearAgo] = await Promise.all([
    figuresBy(ctx, s, periods[0], 'tradeMode'),
    figuresBy(ctx, s, periods[1], 'tradeMode'),
    figuresBy(ctx, s, periods[2], 'tradeMode'),
  ]);
  const enterprises = await tradeActiveEnterprises(ctx, await tradeQuery(ctx, s, s.period));
  const [salesNow, salesBefore, salesYearAgo] = await Promise.all(periods.map((p) => shopSalesOf(ctx, s, p)));
  const flowOf = (rows: readonly TradeFigureRow[], flow: string) =>
    toFigure(sum(rows.filter((r) => r.key.startsWith(`${flow}:`))));
  const all = (r: { rows: TradeFigureRow[] }) => toFigure(sum(r.rows));
  const total = compared(all(now), all(before), all(yearAgo));
  const find = (r: { rows: TradeFigureRow[] }, key: string) => {
    const row = r.rows.find((x) => x.key === key);
    return row ? toFigure(row) : undefined;
  };
  return {
    zoneCode: s.zoneCode,
    period: s.period,
    previous: periods[1],
    lastYear: periods[2],
    total,
    import: compared(
      flowOf(now.rows, 'import'),
      flowOf(before.rows, 'import'),
      flowOf(yearAgo.rows, 'import'),
    ),
    export: compared(
      flowOf(now.rows, 'export'),
      flowOf(before.rows, 'export'),
      flowOf(yearAgo.rows, 'export'),
    ),
    byTradeMode: now.rows.map((r) => {
      const [flow, tradeMode] = r.key.split(':') as ['import' | 'export', string];
      const f = toFigure(r);
      return {
        key: r.key,
        flow,
        tradeMode,
        ...compared(f, find(before, r.key), find(yearAgo, r.key)),
        share: shareOf(f.value.cny, total.value.cny),
      };
    }),
    activeEnterprises: enterprises,
    shopSales: {
      ...salesNow!,
      mom: growthPercent(salesNow!.value, salesBefore!.value),
      yoy: growthPercent(salesNow!.value, salesYearAgo!.value),
    },
    rates: { missing: now.rates.missing, noUsd: now.rates.noUsd },
  };
}

/** The shops' reported online sales of a period, summed over the zones in scope (exact). */
async function shopSalesOf(ctx: Ctx, s: Scope, p: Period): Promise<{ value: string; orders: number }> {
  let value = new Decimal(0);
  let orders = 0;
  for (const zoneCode of s.zoneCodes ?? ZONES) {
    const t = await shopSalesTotals(ctx, { zoneCode, fromMonth: p.fromMonth, toMonth: p.toMonth });
    value = value.plus(t.total.salesValue);
    orders += t.total.orders;
  }
  return { value: value.toFixed(2), orders };
}

function shareOf(part: string, whole: string): string | null {
  const w = new Decimal(whole);
  return w.isZero()
    ? null
    : new Decimal(part).div(w).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export interface BreakdownRow extends Figure {
  key: string;
  label: string;
  labelEn: string;
  share: string | null;
  lastYear: Money | null;
  yoy: string | null;
}

export interface Breakdown {
  zoneCode: string | null;
  period: Period;
  by: Dimension;
  total: Figure;
  rows: BreakdownRow[];
  /** Rows beyond the limit, summed: the rows and the rest add up to the total. */
  rest: Figure | null;
  rates: RatesNote;
}

const TRADE_MODE_NAMES: Record<string, [string, string]> = {
  '9610': ['跨境电商零售（9610）', 'CBEC retail (9610)'],
  '9710': ['跨境电商B2B直接出口（9710）', 'CBEC B2B direct export (9710)'],
  '9810': ['跨境电商出口海外仓（9810）', 'CBEC export to overseas warehouses (9810)'],
  '1210': ['保税跨境贸易电子商务（1210）', 'Bonded CBEC (1210)'],
  '1239': ['保税跨境贸易电子商务A（1239）', 'Bonded CBEC A (1239)'],
};

/**
 * The zone's trade in a period broken down by trade mode, direction, country, HS chapter, enterprise, park
 * or county, largest first, each with its share and year-on-year change. Enterprises are the e-commerce
 * enterprises named on the inventories (ebcCode), placed in parks and counties as the register files them.
 */
export async function tradeBreakdown(ctx: Ctx, query: unknown): Promise<Breakdown> {
  const q = parseOrThrow(ZBreakdownQuery, query);
  const s = scopeOf(ctx, q);
  const dim: TradeDimension = q.by === 'enterprise' || q.by === 'park' || q.by === 'district' ? 'ebc' : q.by;
  const grouping = q.by === 'park' || q.by === 'district';
  const ago = lastYear(s.period);
  const [now, nowRates, tqAgo, agoRates, register] = await Promise.all([
    tradeQuery(ctx, s, s.period),
    ratesFor(ctx, s, s.period.fromMonth, s.period.toMonth),
    tradeQuery(ctx, s, ago),
    ratesFor(ctx, s, ago.fromMonth, ago.toMonth),
    grouping ? registerOf(ctx, s) : undefined,
  ]);
  // Parks and counties group the enterprises as the register files them, in SQL.
  let groups: EbcGroups | undefined;
  if (register) {
    const entries = [...register.values()];
    groups = {
      codes: entries.map((e) => e.customsCode),
      groups: entries.map((e) => (q.by === 'park' ? e.park : e.district) ?? ''),
    };
  }
  // Ranked, cut and summed in SQL: a province has thousands of enterprises and only the rows shown leave
  // the database. Last year's figures of enterprises are read for the rows shown alone; of the few parks,
  // counties, countries… all at once, beside this year's.
  const agoAll = q.by !== 'enterprise';
  const [current, agoAllRows] = await Promise.all([
    tradeRankedFigures(ctx, now, dim, nowRates.rates, { limit: q.limit, groups }),
    agoAll ? tradeRankedFigures(ctx, tqAgo, dim, agoRates.rates, { limit: 100_000, groups }) : undefined,
  ]);
  const keys = current.rows.map((r) => r.key);
  let agoRows = agoAllRows?.rows;
  let names: Register = register ?? new Map();
  if (!agoAll) {
    const codes = keys.filter((k) => tqAgo.filter.ebcCodes?.includes(k) ?? true);
    const [before, named] = await Promise.all([
      tradeRankedFigures(
        ctx,
        { ...tqAgo, filter: { ...tqAgo.filter, ebcCodes: codes } },
        dim,
        agoRates.rates,
        {
          limit: keys.length,
        },
      ),
      registerOf(ctx, s, keys),
    ]);
    agoRows = before.rows;
    names = named;
  }
  const before = new Map((agoRows ?? []).map((r) => [r.key, r]));
  const total = current.total ? toFigure(current.total) : toFigure(sum([]));
  const shown = current.rows.map((r): BreakdownRow => {
    const f = toFigure(r);
    const ly = before.get(r.key);
    const [label, labelEn] = labelOf(q.by, r.key, names);
    return {
      key: r.key,
      label,
      labelEn,
      ...f,
      share: shareOf(f.value.cny, total.value.cny),
      lastYear: ly ? toFigure(ly).value : null,
      yoy: growthPercent(f.value.cny, ly ? toFigure(ly).value.cny : null),
    };
  });
  return {
    zoneCode: s.zoneCode,
    period: s.period,
    by: q.by,
    total,
    rows: shown,
    rest: current.rest ? toFigure(current.rest) : null,
    rates: { missing: nowRates.missing, noUsd: nowRates.noUsd },
  };
}

function labelOf(by: Dimension, key: string, register: Register): [string, string] {
  switch (by) {
    case 'tradeMode': {
      const [flow, mode] = key.split(':') as [string, string];
      const [zh, en] = TRADE_MODE_NAMES[mode] ?? [mode, mode];
      return flow === 'import' ? [`进口 · ${zh}`, `Import · ${en}`] : [`出口 · ${zh}`, `Export · ${en}`];
    }
    case 'flow':
      return key === 'import' ? ['进口', 'Import'] : ['出口', 'Export'];
    case 'country': {
      const c = countryCodes().get(key);
      return c ? [c.nameZh, c.nameEn] : ['未知国别', 'Unknown country'];
    }
    case 'hsChapter':
      return key === '00' ? ['未知商品章', 'Unknown chapter'] : [`第${key}章`, `HS chapter ${key}`];
    case 'enterprise': {
      const e = register.get(key);
      return e ? [e.name, e.name] : [`未备案企业 ${key}`, `Unfiled enterprise ${key}`];
    }
    case 'park':
      return key ? [key, key] : ['园区外', 'Outside parks'];
    case 'district': {
      const d = ZONES.flatMap((z) => districtsOf(z)).find((x) => x.code === key);
      return d ? [d.nameZh, d.nameEn] : ['未填县区', 'County not filed'];
    }
  }
}

export interface TrendPoint extends Figure {
  key: string;
  import: Money;
  export: Money;
  yoy: string | null;
}

/** The last `count` periods up to `at`: total, import and export, with year-on-year change. */
export async function tradeTrend(
  ctx: Ctx,
  query: unknown,
): Promise<{ zoneCode: string | null; periods: TrendPoint[]; rates: RatesNote }> {
  const q = parseOrThrow(ZTrendQuery, query);
  const s = scopeOf(ctx, q);
  const first = shift(s.period, -(q.count - 1));
  // One read of every month from a year before the first period, so each point has its year-ago figure.
  const span: Period = {
    kind: 'month',
    key: 'span',
    fromMonth: lastYear(first).fromMonth,
    toMonth: s.period.toMonth,
  };
  const rates = await ratesFor(ctx, s, span.fromMonth, span.toMonth);
  const rows = await tradeFigures(ctx, await tradeQuery(ctx, s, span), 'monthFlow', rates.rates);
  const inPeriod = (p: Period, flow?: 'import' | 'export') =>
    sum(
      rows.filter((r) => {
        const [month, f] = r.key.split(':');
        return month! >= p.fromMonth && month! <= p.toMonth && (!flow || f === flow);
      }),
    );
  const points: TrendPoint[] = [];
  for (let p = first; p.key <= s.period.key; p = shift(p, 1)) {
    const f = toFigure(inPeriod(p));
    const ly = toFigure(inPeriod(lastYear(p)));
    points.push({
      key: p.key,
      ...f,
      import: toFigure(inPeriod(p, 'import')).value,
      export: toFigure(inPeriod(p, 'export')).value,
      yoy: growthPercent(f.value.cny, ly.value.cny),
    });
  }
  return { zoneCode: s.zoneCode, periods: points, rates: { missing: rates.missing, noUsd: rates.noUsd } };
}

export interface FigureRecords {
  zoneCode: string | null;
  period: Period;
  /** The figure as the monthly sums hold it, per currency, unconverted. */
  figure: { currency: string; count: number; value: string }[];
  /**
   * Σ of the records under it, per currency: equal to the figure once the release job has counted them;
   * null when asked for the page alone (`sums: false`).
   */
  records: { currency: string; parcels: number; lines: number; value: string }[] | null;
  items: TradeRecord[];
  /** The records under the figure; null with `sums: false`. */
  total: number | null;
  page: number;
  pageSize: number;
}

/**
 * Drill-down: the released inventories under a figure, with the figure and their sums side by side. The
 * dashboard asks for the page alone first and the sums beside it: a year of the province sums millions.
 */
export async function tradeFigureRecords(ctx: Ctx, query: unknown): Promise<FigureRecords> {
  const q = parseOrThrow(ZRecordsQuery, query);
  const s = scopeOf(ctx, q);
  const tq = await tradeQuery(ctx, s, s.period);
  const [figure, page] = await Promise.all([
    tradeFigureByCurrency(ctx, tq),
    tradeRecords(ctx, tq, { page: q.page, pageSize: q.pageSize, sums: q.sums }),
  ]);
  return {
    zoneCode: s.zoneCode,
    period: s.period,
    figure: figure.map((f) => ({
      currency: f.currency,
      count: Number(f.n),
      value: new Decimal(f.value).toFixed(2),
    })),
    records: page.sums?.map((r) => ({ ...r, value: new Decimal(r.value).toFixed(2) })) ?? null,
    items: page.items,
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
