import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { bilingualIssue, parseOrThrow } from '../../shared/validation.js';
import { goalProgress, taskBoard, type GoalProgress, type TaskBoard } from '../governance/index.js';
import { listZones } from '../zone/index.js';
import { USD } from './exchange-rates.js';
import { listExchangeRates } from './manage-exchange-rates.js';
import { chinaMonth, growthPercent, lastYear, periodOf, previous, PERIOD_PATTERNS } from './periods.js';
import { businessClimate, sampleMonthStatus, shopSalesTotals } from './sample/index.js';
import { ZZoneCode } from './statistics.schemas.js';
import {
  tradeBreakdown,
  tradeOverview,
  tradeTrend,
  type Breakdown,
  type Money,
  type Overview,
  type TrendPoint,
} from './trade-statistics.js';

/**
 * The zone's monthly report (月度运行报告) for the leading group office: the month's trade with its
 * comparisons, breakdowns, trend, the goals and the task board, gathered once as plain data so the Excel
 * workbook and the PDF show the same figures. Statistics monitoring: 湘政发〔2023〕9号 二(二)5 (统计监测体系);
 * 郴州实施方案 责任清单 16 (大数据中心).
 */
export const ZMonthlyReportQuery = z.object({
  /** Provincial users name the zone; a zone's users get their own. */
  zoneCode: ZZoneCode.optional(),
  month: z
    .string()
    .trim()
    .refine((v) => PERIOD_PATTERNS.month.test(v), {
      ...bilingualIssue('invalid_month', {
        zh: '月份应为 YYYY-MM，例如 2026-10',
        en: 'The month is YYYY-MM, for example 2026-10',
      }),
    }),
});
export type MonthlyReportQuery = z.output<typeof ZMonthlyReportQuery>;

/** One line of the KPI table; amounts are decimal strings (cents), counts whole numbers as strings. */
export interface KpiRow {
  key: string;
  label: string;
  labelEn: string;
  unit: '元' | '美元' | '票' | '家';
  kind: 'money' | 'count';
  current: string | null;
  previous: string | null;
  /** 环比, percent. */
  mom: string | null;
  lastYear: string | null;
  /** 同比, percent. */
  yoy: string | null;
  /** 本年累计: January to the month; null where months cannot be added (enterprises active in several). */
  ytd: string | null;
  ytdLastYear: string | null;
  ytdYoy: string | null;
}

/**
 * What the enterprises reported of the month (株洲 实施意见 (四) and (十六)): the sample enterprises'
 * reporting, the linked shops' online sales — the seeds count them beside the customs figures — and the
 * business-climate diffusion index of the sample.
 */
export interface SampleReportingSummary {
  total: number;
  /** Count per reporting status (reported, reported_late, late, awaiting…). */
  counts: Record<string, number>;
  shopSales: { value: string; orders: number; shops: number; enterprises: number };
  climate: { composite: number | null; reading: string | null; respondents: number };
}

export interface MonthlyReportData {
  zoneCode: string;
  zoneName: string;
  zoneNameEn: string;
  month: string;
  previousMonth: string;
  lastYearMonth: string;
  yearToDate: { fromMonth: string; toMonth: string; lastYearFromMonth: string; lastYearToMonth: string };
  /** False while the month is still running: its figures are those at generation time. */
  monthComplete: boolean;
  generatedAt: string;
  /** The China day the goals and the task board are judged on (the day of generation). */
  asOf: string;
  kpis: KpiRow[];
  overview: Overview;
  breakdowns: {
    tradeMode: Breakdown;
    country: Breakdown;
    hsChapter: Breakdown;
    enterprise: Breakdown;
    park: Breakdown;
    district: Breakdown;
  };
  /** The 12 months up to the report's month. */
  trend: TrendPoint[];
  rates: {
    /** The US dollar rate the month converts with (in force on its first day). */
    usd: { validFrom: string; cnyPerUnit: string; source: string } | null;
    /** (month, currency) pairs with trade but no rate, among the months the report shows. */
    missing: { month: string; currency: string }[];
    /** Months the report shows without a US dollar rate: their USD figures are unknown. */
    noUsd: string[];
  };
  goals: GoalProgress;
  tasks: TaskBoard;
  sampleReporting: SampleReportingSummary | null;
}

/** Rows of the breakdowns the report shows (the enterprise ranking is the top 50, 企业排名). */
const BREAKDOWN_LIMIT = 50;

export async function monthlyReportData(ctx: Ctx, query: unknown): Promise<MonthlyReportData> {
  const actor = authorize(ctx, 'statistics:read');
  const q = parseOrThrow(ZMonthlyReportQuery, query);
  // Zone scoping as the other figures: another zone is a zone that does not exist for the caller.
  if (actor.zoneCode !== null && q.zoneCode !== undefined && q.zoneCode !== actor.zoneCode)
    throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
  const zoneCode = actor.zoneCode ?? q.zoneCode;
  if (!zoneCode)
    throw AppError.field('zoneCode', 'required', {
      zh: '省级用户请指定综试区（月度报告按综试区编制）',
      en: 'Provincial users name the zone: the monthly report is per zone',
    });
  const now = ctx.clock.now();
  const thisMonth = chinaMonth(now);
  if (q.month > thisMonth)
    throw AppError.field('month', 'future_month', {
      zh: `月份不能晚于本月（${thisMonth}）`,
      en: `The month cannot be later than the current month (${thisMonth})`,
    });

  const period = periodOf('month', q.month)!;
  const prev = previous(period).key;
  const ly = lastYear(period).key;
  const year = q.month.slice(0, 4);
  const lyYear = ly.slice(0, 4);
  const base = { zoneCode, period: 'month', at: q.month } as const;
  const breakdown = (by: keyof MonthlyReportData['breakdowns']) =>
    tradeBreakdown(ctx, { ...base, by, limit: BREAKDOWN_LIMIT });
  const [
    overview,
    prevOverview,
    lyOverview,
    trend,
    tradeMode,
    country,
    hsChapter,
    enterprise,
    park,
    district,
    goals,
    tasks,
    rateTable,
    zones,
  ] = await Promise.all([
    tradeOverview(ctx, base),
    tradeOverview(ctx, { ...base, at: prev }),
    tradeOverview(ctx, { ...base, at: ly }),
    // 24 months: the year to date and the same months of the year before (January is at most 23 back).
    tradeTrend(ctx, { ...base, count: 24 }),
    breakdown('tradeMode'),
    breakdown('country'),
    breakdown('hsChapter'),
    breakdown('enterprise'),
    breakdown('park'),
    breakdown('district'),
    goalProgress(ctx, zoneCode),
    taskBoard(ctx, zoneCode),
    listExchangeRates(ctx),
    listZones(ctx),
  ]);
  const zone = zones.find((z) => z.code === zoneCode)!;

  // 本年累计: the months from January, added exactly (decimal.js) from the trend's monthly figures.
  const ytdPoints = trend.periods.filter((p) => p.key >= `${year}-01` && p.key <= q.month);
  const lyYtdPoints = trend.periods.filter((p) => p.key >= `${lyYear}-01` && p.key <= ly);
  const ytd = {
    total: addMoney(ytdPoints.map((p) => p.value)),
    export: addMoney(ytdPoints.map((p) => p.export)),
    import: addMoney(ytdPoints.map((p) => p.import)),
    parcels: ytdPoints.reduce((a, p) => a + (p.parcels ?? 0), 0),
  };
  const lyYtd = {
    total: addMoney(lyYtdPoints.map((p) => p.value)),
    export: addMoney(lyYtdPoints.map((p) => p.export)),
    import: addMoney(lyYtdPoints.map((p) => p.import)),
    parcels: lyYtdPoints.reduce((a, p) => a + (p.parcels ?? 0), 0),
  };

  const money = (
    key: string,
    label: string,
    labelEn: string,
    pick: (o: Overview) => Money,
    ytdOf: (y: typeof ytd) => Money,
  ): KpiRow[] =>
    (['cny', 'usd'] as const).map((c) => {
      const cur = pick(overview)[c];
      const before = pick(prevOverview)[c];
      const yearAgo = pick(lyOverview)[c];
      const sum = ytdOf(ytd)[c];
      const lySum = ytdOf(lyYtd)[c];
      return {
        key: `${key}_${c}`,
        label: `${label}（${c === 'cny' ? '元' : '美元'}）`,
        labelEn: `${labelEn} (${c === 'cny' ? 'CNY' : 'USD'})`,
        unit: c === 'cny' ? '元' : '美元',
        kind: 'money',
        current: cur,
        previous: before,
        mom: growthPercent(cur, before),
        lastYear: yearAgo,
        yoy: growthPercent(cur, yearAgo),
        ytd: sum,
        ytdLastYear: lySum,
        ytdYoy: growthPercent(sum, lySum),
      };
    });
  const count = (
    key: string,
    label: string,
    labelEn: string,
    unit: '票' | '家',
    pick: (o: Overview) => number | null,
    ytdValue: number | null,
    lyYtdValue: number | null,
  ): KpiRow => {
    const s = (n: number | null) => (n === null ? null : String(n));
    return {
      key,
      label: `${label}（${unit}）`,
      labelEn,
      unit,
      kind: 'count',
      current: s(pick(overview)),
      previous: s(pick(prevOverview)),
      mom: growthPercent(s(pick(overview)), s(pick(prevOverview))),
      lastYear: s(pick(lyOverview)),
      yoy: growthPercent(s(pick(overview)), s(pick(lyOverview))),
      ytd: s(ytdValue),
      ytdLastYear: s(lyYtdValue),
      ytdYoy: growthPercent(s(ytdValue), s(lyYtdValue)),
    };
  };
  const kpis: KpiRow[] = [
    ...money(
      'total',
      '进出口总额',
      'Imports and exports',
      (o) => o.total.value,
      (y) => y.total,
    ),
    ...money(
      'export',
      '出口额',
      'Exports',
      (o) => o.export.value,
      (y) => y.export,
    ),
    ...money(
      'import',
      '进口额',
      'Imports',
      (o) => o.import.value,
      (y) => y.import,
    ),
    count(
      'parcels',
      '放行清单',
      'Released inventories',
      '票',
      (o) => o.total.parcels,
      ytd.parcels,
      lyYtd.parcels,
    ),
    // An enterprise active in several months counts once in a year: monthly counts do not add up.
    count(
      'active_enterprises',
      '有进出口实绩的电商企业',
      'E-commerce enterprises with released trade',
      '家',
      (o) => o.activeEnterprises,
      null,
      null,
    ),
  ];

  const shown = new Set([
    ...trend.periods.slice(-12).map((p) => p.key),
    ...ytdPoints.map((p) => p.key),
    ...lyYtdPoints.map((p) => p.key),
    prev,
    ly,
  ]);
  const missing = new Map<string, { month: string; currency: string }>();
  const noUsd = new Set<string>();
  for (const r of [overview.rates, prevOverview.rates, lyOverview.rates, trend.rates]) {
    for (const m of r.missing) if (shown.has(m.month)) missing.set(`${m.month}:${m.currency}`, m);
    for (const m of r.noUsd) if (shown.has(m)) noUsd.add(m);
  }
  const usd = rateTable
    .filter((r) => r.currency === USD && r.validFrom <= `${q.month}-01`)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];

  return {
    zoneCode,
    zoneName: zone.nameZh,
    zoneNameEn: zone.nameEn,
    month: q.month,
    previousMonth: prev,
    lastYearMonth: ly,
    yearToDate: {
      fromMonth: `${year}-01`,
      toMonth: q.month,
      lastYearFromMonth: `${lyYear}-01`,
      lastYearToMonth: ly,
    },
    monthComplete: q.month < thisMonth,
    generatedAt: now.toISOString(),
    asOf: goals.asOf,
    kpis,
    overview,
    breakdowns: { tradeMode, country, hsChapter, enterprise, park, district },
    trend: trend.periods.slice(-12),
    rates: {
      usd: usd ? { validFrom: usd.validFrom, cnyPerUnit: usd.cnyPerUnit, source: usd.source } : null,
      missing: [...missing.values()].sort((a, b) => a.month.localeCompare(b.month)),
      noUsd: [...noUsd].sort(),
    },
    goals,
    tasks,
    sampleReporting: await sampleReportingOf(ctx, zoneCode, q.month),
  };
}

/** Σ of monthly figures, exact; the USD sum is unknown when a month's is. */
function addMoney(values: readonly Money[]): Money {
  const cny = values.reduce((a, v) => a.plus(v.cny), new Decimal(0));
  const usd = values.every((v) => v.usd !== null)
    ? values.reduce((a, v) => a.plus(v.usd!), new Decimal(0)).toFixed(2)
    : null;
  return { cny: cny.toFixed(2), usd };
}

/** 2026-10 → 2026年10月. */
export const monthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

export const GOAL_STATUS_ZH: Readonly<Record<string, string>> = {
  achieved: '已实现',
  on_track: '进度正常',
  behind: '滞后',
  no_data: '暂无数据',
};

export const TASK_STATUS_ZH: Readonly<Record<string, string>> = {
  not_started: '未开始',
  in_progress: '进行中',
  completed: '已完成',
  overdue: '逾期',
};

export const SAMPLE_STATUS_ZH: Readonly<Record<string, string>> = {
  reported: '按时报送',
  reported_late: '逾期报送',
  late: '逾期未报',
  awaiting: '待报送',
};

/** The report's notes on sources and conversion, in Chinese: the same lines in the workbook and the PDF. */
export function reportNotes(d: MonthlyReportData): string[] {
  const notes = [
    '统计口径：跨境电商进出口以平台已放行清单（CEB603 / CEB621，海关放行）为准，按放行月份（北京时间）统计；退货不冲减。',
    d.rates.usd
      ? `折算汇率：各月货值按当月1日适用的汇率折算；本月美元汇率 1 美元 = ${d.rates.usd.cnyPerUnit} 元（自 ${d.rates.usd.validFrom} 起适用，来源：${d.rates.usd.source}）。`
      : '折算汇率：各月货值按当月1日适用的汇率折算；本月无适用的美元汇率，美元数未知。',
    d.rates.missing.length
      ? `缺少汇率：${d.rates.missing.map((m) => `${m.month} 币制 ${m.currency}`).join('、')} 的货值未计入人民币数，待商务部门登记汇率后计入。`
      : '缺少汇率：无（报告所涉月份的货值均已折算）。',
    d.rates.noUsd.length
      ? `无美元汇率的月份：${d.rates.noUsd.join('、')}（这些月份及含其在内的累计美元数为空）。`
      : '无美元汇率的月份：无。',
    `本年累计为 ${d.yearToDate.fromMonth} 至 ${d.yearToDate.toMonth} 各月数之和（各月已四舍五入到分），去年同期为 ${d.yearToDate.lastYearFromMonth} 至 ${d.yearToDate.lastYearToMonth}；有实绩企业数按月统计，不作累计。`,
    `目标进展与任务督办按 ${d.asOf}（报告生成日）评估。`,
    '依据：湘政发〔2023〕9号 二(二)5（统计监测体系）；中国（郴州）跨境电子商务综合试验区实施方案 责任清单 16（大数据中心）。',
  ];
  if (!d.monthComplete) notes.unshift(`本月尚未结束：数据截至 ${d.asOf}（北京时间）。`);
  return notes;
}

async function sampleReportingOf(ctx: Ctx, zoneCode: string, month: string): Promise<SampleReportingSummary> {
  const [status, sales, climate] = await Promise.all([
    sampleMonthStatus(ctx, { zoneCode, month }),
    shopSalesTotals(ctx, { zoneCode, fromMonth: month, toMonth: month }),
    businessClimate(ctx, { zoneCode, month, months: 1 }),
  ]);
  const m = sales.months[0];
  return {
    total: status.total,
    counts: status.counts,
    shopSales: {
      value: m?.salesValue ?? '0',
      orders: m?.orders ?? 0,
      shops: m?.shops ?? 0,
      enterprises: m?.enterprises ?? 0,
    },
    climate: {
      composite: climate.current.composite,
      reading: climate.current.reading,
      respondents: climate.current.respondents,
    },
  };
}
