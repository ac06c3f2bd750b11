import { Decimal } from 'decimal.js';
import type { Bilingual } from '../../shared/app-error.js';

/**
 * The zones' development goals as data, with the documents' own words. Pure: no I/O.
 * How each goal's progress is measured and what “on track” means: README.md § Goals.
 */

/** What a goal counts. */
export const INDICATORS = [
  'leading_enterprises', // 跨境电商龙头企业 (引进和培育)
  'parks', // 跨境电商产业园
  'talents', // 跨境电商人才 (培养)
  'innovation_pilots', // 跨境电商创新模式试点 (完成)
  'cbec_trade_value', // 跨境电商交易额 / 年进出口额
] as const;
export type Indicator = (typeof INDICATORS)[number];

/**
 * Indicators only a bureau can know (recognitions, training, pilots): recorded as reported figures.
 * The platform has no list of recognised leading enterprises, trained talents or completed pilots.
 */
export const REPORTED_INDICATORS = ['leading_enterprises', 'talents', 'innovation_pilots'] as const;
export type ReportedIndicator = (typeof REPORTED_INDICATORS)[number];

export const INDICATOR_NAMES: Readonly<Record<Indicator, Bilingual>> = {
  leading_enterprises: { zh: '跨境电商龙头企业', en: 'leading cross-border e-commerce enterprises' },
  parks: { zh: '跨境电商产业园', en: 'cross-border e-commerce parks' },
  talents: { zh: '跨境电商人才', en: 'cross-border e-commerce talents trained' },
  innovation_pilots: { zh: '跨境电商创新模式试点', en: 'cross-border e-commerce innovation pilots' },
  cbec_trade_value: { zh: '跨境电商交易额', en: 'cross-border e-commerce trade value' },
};

export type GoalUnit = 'count' | 'yuan' | 'usd';
/** 达到 / 以上 / 实现 X: ≥ X (以上 includes the number, 民法典 第1259条); 超过 X: > X. */
export type Comparison = 'gte' | 'gt';
export type GoalStatus = 'achieved' | 'on_track' | 'behind' | 'no_data';

export interface Goal {
  readonly id: string;
  readonly zoneCode: 'zhuzhou' | 'chenzhou';
  readonly source: { readonly document: string; readonly article: string; readonly words: string };
  readonly indicator: Indicator;
  readonly unit: GoalUnit;
  /** Exact decimal string. */
  readonly target: string;
  readonly comparison: Comparison;
  /** The goal is met by the end of this calendar year (“到2025年”, “至 2023 年”). */
  readonly deadlineYear: number;
  /** The linear path to the target starts at 1 January of this year, from zero (no document gives a baseline). */
  readonly baselineYear: number;
  /**
   * annual: the figure of one calendar year (a trade value: “实现交易额40亿元” is the year's value, as the
   * statistics report 交易额 per year); cumulative: a count since the baseline (enterprises, parks, talents).
   */
  readonly basis: 'annual' | 'cumulative';
  /** platform: computed from the platform's data; reported: a bureau's recorded figure. */
  readonly progressFrom: 'platform' | 'reported';
}

const ZHUZHOU_PLAN = '湘政发〔2023〕9号 中国（株洲）跨境电子商务综合试验区实施方案';
const CHENZHOU_PLAN = '中国（郴州）跨境电子商务综合试验区实施方案';

/**
 * 湘政发〔2023〕9号 一(三) (2023-07-31): “到2025年，引进和培育10家以上跨境电商龙头企业，打造2个以上跨境电商产业园，
 * 培养1000名以上跨境电商人才，实现跨境电商交易额40亿元。到2027年，跨境电商交易额超过70亿元。”
 * 中国（郴州）…实施方案 一(三): “至 2023 年，实现‘6510’跨境电商发展目标，即完成跨境电商 6 大创新模式试点，…引进和
 * 培育 5 家跨境电商龙头企业，实现跨境电商年进出口额 10 亿美元以上” — 6, 5 and 10 (亿美元); the 0 is part of 10.
 * Chenzhou was approved by 国函〔2020〕47号 (2020), its baseline year.
 */
export const GOALS: readonly Goal[] = [
  {
    id: 'zhuzhou-2025-leading-enterprises',
    zoneCode: 'zhuzhou',
    source: {
      document: ZHUZHOU_PLAN,
      article: '一(三)',
      words: '到2025年，引进和培育10家以上跨境电商龙头企业',
    },
    indicator: 'leading_enterprises',
    unit: 'count',
    target: '10',
    comparison: 'gte',
    deadlineYear: 2025,
    baselineYear: 2023,
    basis: 'cumulative',
    progressFrom: 'reported',
  },
  {
    id: 'zhuzhou-2025-parks',
    zoneCode: 'zhuzhou',
    source: { document: ZHUZHOU_PLAN, article: '一(三)', words: '到2025年，…打造2个以上跨境电商产业园' },
    indicator: 'parks',
    unit: 'count',
    target: '2',
    comparison: 'gte',
    deadlineYear: 2025,
    baselineYear: 2023,
    basis: 'cumulative',
    progressFrom: 'platform',
  },
  {
    id: 'zhuzhou-2025-talents',
    zoneCode: 'zhuzhou',
    source: { document: ZHUZHOU_PLAN, article: '一(三)', words: '到2025年，…培养1000名以上跨境电商人才' },
    indicator: 'talents',
    unit: 'count',
    target: '1000',
    comparison: 'gte',
    deadlineYear: 2025,
    baselineYear: 2023,
    basis: 'cumulative',
    progressFrom: 'reported',
  },
  {
    id: 'zhuzhou-2025-trade-value',
    zoneCode: 'zhuzhou',
    source: { document: ZHUZHOU_PLAN, article: '一(三)', words: '到2025年，…实现跨境电商交易额40亿元' },
    indicator: 'cbec_trade_value',
    unit: 'yuan',
    target: '4000000000',
    // 实现 X: the value reaches X (≥), as 达到.
    comparison: 'gte',
    deadlineYear: 2025,
    baselineYear: 2023,
    basis: 'annual',
    progressFrom: 'platform',
  },
  {
    id: 'zhuzhou-2027-trade-value',
    zoneCode: 'zhuzhou',
    source: { document: ZHUZHOU_PLAN, article: '一(三)', words: '到2027年，跨境电商交易额超过70亿元' },
    indicator: 'cbec_trade_value',
    unit: 'yuan',
    target: '7000000000',
    comparison: 'gt',
    deadlineYear: 2027,
    baselineYear: 2023,
    basis: 'annual',
    progressFrom: 'platform',
  },
  {
    id: 'chenzhou-2023-innovation-pilots',
    zoneCode: 'chenzhou',
    source: {
      document: CHENZHOU_PLAN,
      article: '一(三)',
      words: '至 2023 年，…完成跨境电商 6 大创新模式试点',
    },
    indicator: 'innovation_pilots',
    unit: 'count',
    target: '6',
    comparison: 'gte',
    deadlineYear: 2023,
    baselineYear: 2020,
    basis: 'cumulative',
    progressFrom: 'reported',
  },
  {
    id: 'chenzhou-2023-leading-enterprises',
    zoneCode: 'chenzhou',
    source: {
      document: CHENZHOU_PLAN,
      article: '一(三)',
      words: '至 2023 年，…引进和培育 5 家跨境电商龙头企业',
    },
    indicator: 'leading_enterprises',
    unit: 'count',
    target: '5',
    comparison: 'gte',
    deadlineYear: 2023,
    baselineYear: 2020,
    basis: 'cumulative',
    progressFrom: 'reported',
  },
  {
    id: 'chenzhou-2023-trade-value',
    zoneCode: 'chenzhou',
    source: {
      document: CHENZHOU_PLAN,
      article: '一(三)',
      words: '至 2023 年，…实现跨境电商年进出口额 10 亿美元以上',
    },
    indicator: 'cbec_trade_value',
    unit: 'usd',
    target: '1000000000',
    comparison: 'gte',
    deadlineYear: 2023,
    baselineYear: 2020,
    basis: 'annual',
    progressFrom: 'platform',
  },
];

/** A goal's measured progress: the value of its assessment year (null: nothing measured or reported). */
export interface GoalProgressInput {
  readonly value: string | null;
  /** What the value is and where it came from (e.g. trade in a currency without a rate), if worth saying. */
  readonly note?: Bilingual;
}

export interface GoalAssessment {
  readonly goalId: string;
  readonly zoneCode: string;
  readonly indicator: Indicator;
  readonly unit: GoalUnit;
  readonly comparison: Comparison;
  readonly deadlineYear: number;
  readonly source: Goal['source'];
  /** The year the value is of: today's year, or the deadline year once it has passed. */
  readonly year: number;
  readonly value: string | null;
  readonly target: string;
  /** value / target, 4 decimals (not capped at 1). Null without a value. */
  readonly share: number | null;
  /** What the linear path asks for by today; the target itself once the deadline has passed. */
  readonly expected: string;
  readonly status: GoalStatus;
  readonly statement: Bilingual;
  readonly note: Bilingual | null;
}

const DAY = 86_400_000;
const yearStart = (y: number) => Date.UTC(y, 0, 1);
/** End of a China calendar day, as a UTC-midnight-based day count (dates compare as calendar days). */
const endOfDay = (date: string) => Date.parse(`${date}T00:00:00Z`) + DAY;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The year whose figure is compared: today's, or the deadline's once that year has passed. */
export function assessmentYear(goal: Goal, today: string): number {
  return Math.min(Number(today.slice(0, 4)), goal.deadlineYear);
}

/** Whether a value meets the target with the goal's comparison (≥ for 达到/以上/实现, > for 超过). */
export function meetsTarget(goal: Goal, value: string): boolean {
  const c = new Decimal(value).comparedTo(goal.target);
  return goal.comparison === 'gte' ? c >= 0 : c > 0;
}

/**
 * The value the linear path from zero (1 January of the baseline year) to the target (31 December of the
 * deadline year) asks for today. A cumulative count is compared with the path at today. An annual value
 * is the year-to-date figure of a year, so it is compared with the path's level at the end of that year,
 * pro-rated by the share of the year gone: an early-year figure is not judged against a full year.
 */
export function expectedValue(goal: Goal, today: string): Decimal {
  const start = yearStart(goal.baselineYear);
  const end = yearStart(goal.deadlineYear + 1);
  const t = endOfDay(today);
  if (t >= end) return new Decimal(goal.target);
  if (goal.basis === 'cumulative')
    return new Decimal(goal.target).times(clamp01((t - start) / (end - start)));
  const y = assessmentYear(goal, today);
  const levelAtYearEnd = clamp01((yearStart(y + 1) - start) / (end - start));
  const yearGone = clamp01((t - yearStart(y)) / (yearStart(y + 1) - yearStart(y)));
  return new Decimal(goal.target).times(levelAtYearEnd).times(yearGone);
}

const STATUS_TEXT: Readonly<Record<GoalStatus, Bilingual>> = {
  achieved: { zh: '已实现', en: 'achieved' },
  on_track: { zh: '进度正常（不低于线性进度）', en: 'on track (at or above the linear path)' },
  behind: { zh: '滞后', en: 'behind' },
  no_data: { zh: '暂无数据', en: 'no data yet' },
};
const UNIT_TEXT: Readonly<Record<GoalUnit, Bilingual>> = {
  count: { zh: '', en: '' },
  yuan: { zh: '元', en: ' yuan' },
  usd: { zh: '美元', en: ' USD' },
};

function fmt(value: Decimal | string): string {
  const d = new Decimal(value).toDecimalPlaces(2);
  const [int, frac] = d.toFixed().split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/**
 * A goal assessed on a day (China calendar date, YYYY-MM-DD): achieved exactly when the value meets the
 * target; before the deadline, on track when it is at or above the linear path, otherwise behind; past
 * the deadline and not met, behind. No value: no_data.
 */
export function assessGoal(goal: Goal, progress: GoalProgressInput, today: string): GoalAssessment {
  const year = assessmentYear(goal, today);
  const expected = expectedValue(goal, today);
  const target = new Decimal(goal.target);
  const value = progress.value === null ? null : new Decimal(progress.value);
  const status: GoalStatus =
    value === null
      ? 'no_data'
      : meetsTarget(goal, value.toFixed())
        ? 'achieved'
        : endOfDay(today) < yearStart(goal.deadlineYear + 1) && value.gte(expected)
          ? 'on_track'
          : 'behind';
  const share = value === null ? null : value.div(target).toDecimalPlaces(4, Decimal.ROUND_DOWN).toNumber();
  const u = UNIT_TEXT[goal.unit];
  const cmp = goal.comparison === 'gte' ? { zh: '≥', en: '≥' } : { zh: '>', en: '>' };
  const name = INDICATOR_NAMES[goal.indicator];
  const measured =
    value === null
      ? { zh: '暂无数据', en: 'no figure yet' }
      : {
          zh: `${year}年${goal.basis === 'annual' ? '' : '累计'}${fmt(value)}${u.zh}，完成 ${((share ?? 0) * 100).toFixed(2)}%，线性进度应达 ${fmt(expected)}${u.zh}`,
          en: `${fmt(value)}${u.en} ${goal.basis === 'annual' ? `in ${year}` : `by ${year}`}, ${((share ?? 0) * 100).toFixed(2)} % of the target; the linear path asks for ${fmt(expected)}${u.en}`,
        };
  return {
    goalId: goal.id,
    zoneCode: goal.zoneCode,
    indicator: goal.indicator,
    unit: goal.unit,
    comparison: goal.comparison,
    deadlineYear: goal.deadlineYear,
    source: goal.source,
    year,
    value: value === null ? null : value.toFixed(),
    target: target.toFixed(),
    share,
    expected: expected.toDecimalPlaces(2).toFixed(),
    status,
    statement: {
      zh: `${name.zh}：目标 ${goal.deadlineYear}年 ${cmp.zh} ${fmt(target)}${u.zh}（${goal.source.article}）；${measured.zh}；${STATUS_TEXT[status].zh}。`,
      en: `${name.en}: target ${cmp.en} ${fmt(target)}${u.en} by ${goal.deadlineYear} (${goal.source.article}); ${measured.en}; ${STATUS_TEXT[status].en}.`,
    },
    note: progress.note ?? null,
  };
}
