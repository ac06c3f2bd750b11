import { Decimal } from 'decimal.js';
import { AppError, type Bilingual, type FieldError } from '../../shared/app-error.js';

/**
 * The zones' development index (发展指数), asked for by 中国（郴州）跨境电子商务综合试验区实施方案 二(二)5
 * (“发布跨境电商发展指数”) and its responsibility list item 16 (“发布郴州跨境电子商务发展指数”), and serving the
 * 统计监测体系 of 湘政发〔2023〕9号 二(二)5 (“全口径、多方式、多维度”). Pure: no I/O, no clock, no database.
 * The method, step by step, with a worked example: docs/methods/development-index.md.
 */

/** All arithmetic in a private Decimal constructor, so the process-wide Decimal settings stay untouched. */
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
type Dec = Decimal;

export const DIMENSIONS = ['scale', 'growth', 'entities', 'structure', 'environment'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const INDICATOR_KEYS = [
  'tradeValue',
  'shopSales',
  'tradeGrowth',
  'activeEnterprises',
  'filedEnterprises',
  'filedShops',
  'b2bShare',
  'exportShare',
  'overseasWarehouses',
  'parks',
  'talents',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** positive: more is better; negative: less is better (none of today's indicators, but the method allows it). */
export type Direction = 'positive' | 'negative';

/**
 * Where the platform takes a figure from: customs-released inventories and declarations (clearance), the
 * filing register (enterprise, park, logistics), enterprises' own shop reports, or a figure a bureau reports.
 */
export type IndicatorSource = 'released_inventories' | 'filing_register' | 'shop_reports' | 'reported';

export interface IndexDimension {
  readonly key: Dimension;
  readonly name: Bilingual;
  /** Expert weight of the dimension, exact decimal string; the five sum to exactly 1. */
  readonly weight: string;
}

export interface IndexIndicator {
  readonly key: IndicatorKey;
  readonly name: Bilingual;
  readonly unit: Bilingual;
  readonly dimension: Dimension;
  readonly direction: Direction;
  /** Expert weight in the whole index, exact decimal string; the indicators' weights sum to exactly 1. */
  readonly weight: string;
  readonly source: IndicatorSource;
  readonly definition: Bilingual;
}

/**
 * Dimension weights: scale leads (0.30) because the plans' headline goals are trade values (湘政发〔2023〕9号
 * 一(三) 交易额40亿元; 郴州方案 一(三) 年进出口额10亿美元); growth and entities (0.20 each) are what the plans ask the
 * zones to change (湘政发〔2023〕9号 三(二) 培育壯大經營主體; 郴州方案 责任清单 9); structure and environment (0.15 each) are
 * conditions of development rather than its result.
 */
export const INDEX_DIMENSIONS: readonly IndexDimension[] = [
  { key: 'scale', name: { zh: '规模', en: 'scale' }, weight: '0.30' },
  { key: 'growth', name: { zh: '增长', en: 'growth' }, weight: '0.20' },
  { key: 'entities', name: { zh: '主体', en: 'entities' }, weight: '0.20' },
  { key: 'structure', name: { zh: '结构', en: 'structure' }, weight: '0.15' },
  { key: 'environment', name: { zh: '环境', en: 'environment' }, weight: '0.15' },
];

const YUAN = { zh: '元', en: 'yuan (RMB)' };
const PERCENT = { zh: '%', en: '%' };
const COUNT = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * The indicator set. Within a dimension the split says how much each figure can be trusted and how directly
 * it measures the dimension:
 * - scale 0.30 = trade value 0.20 (customs-released, the goals' own measure) + shop sales 0.10 (self-reported,
 *   and it overlaps the trade value in part);
 * - growth 0.20 = year-on-year trade growth alone;
 * - entities 0.20 = active enterprises 0.10 (trade actually released) + filed enterprises 0.05 + filed shops
 *   0.05 (a filing shows intent, not activity);
 * - structure 0.15 = B2B share 0.10 (9710/9810 is the reform both plans push: 湘政发〔2023〕9号 三(一)2,
 *   郴州方案 三(二)7–8) + export share 0.05;
 * - environment 0.15 = overseas warehouses, parks and talents trained, 0.05 each (三(二)11, 6 and 12 of
 *   湘政发〔2023〕9号; 郴州方案 二(一)2 and 二(二)8): no reason to rank one condition above another.
 */
export const INDEX_INDICATORS: readonly IndexIndicator[] = [
  {
    key: 'tradeValue',
    name: { zh: '跨境电商进出口额', en: 'cross-border e-commerce trade value' },
    unit: YUAN,
    dimension: 'scale',
    direction: 'positive',
    weight: '0.20',
    source: 'released_inventories',
    definition: {
      zh: '本季度放行清单的进出口金额合计（人民币）',
      en: 'imports and exports of the inventories released in the quarter, in RMB',
    },
  },
  {
    key: 'shopSales',
    name: { zh: '关联店铺线上交易额', en: 'online sales of linked shops' },
    unit: YUAN,
    dimension: 'scale',
    direction: 'positive',
    weight: '0.10',
    source: 'shop_reports',
    definition: {
      zh: '已备案关联店铺的企业报送的本季度线上交易额（人民币）',
      en: 'online sales in the quarter reported by enterprises with filed shops, in RMB',
    },
  },
  {
    key: 'tradeGrowth',
    name: { zh: '进出口额同比增速', en: 'year-on-year growth of trade value' },
    unit: PERCENT,
    dimension: 'growth',
    direction: 'positive',
    weight: '0.20',
    source: 'released_inventories',
    definition: {
      zh: '本季度进出口额较上年同季度的增长百分比，可为负',
      en: 'growth of the quarter’s trade value over the same quarter a year earlier, in percent; may be negative',
    },
  },
  {
    key: 'activeEnterprises',
    name: { zh: '有实绩企业数', en: 'enterprises with trade' },
    unit: COUNT('家', 'enterprises'),
    dimension: 'entities',
    direction: 'positive',
    weight: '0.10',
    source: 'released_inventories',
    definition: {
      zh: '本季度有放行进出口的企业数',
      en: 'enterprises with released imports or exports in the quarter',
    },
  },
  {
    key: 'filedEnterprises',
    name: { zh: '备案企业数', en: 'filed enterprises' },
    unit: COUNT('家', 'enterprises'),
    dimension: 'entities',
    direction: 'positive',
    weight: '0.05',
    source: 'filing_register',
    definition: { zh: '季末已通过的企业备案数', en: 'approved enterprise filings at the quarter’s end' },
  },
  {
    key: 'filedShops',
    name: { zh: '备案关联店铺数', en: 'filed linked shops' },
    unit: COUNT('个', 'shops'),
    dimension: 'entities',
    direction: 'positive',
    weight: '0.05',
    source: 'filing_register',
    definition: { zh: '季末已备案的关联店铺数', en: 'linked shops filed at the quarter’s end' },
  },
  {
    key: 'b2bShare',
    name: { zh: 'B2B 占比', en: 'B2B share' },
    unit: PERCENT,
    dimension: 'structure',
    direction: 'positive',
    weight: '0.10',
    source: 'released_inventories',
    definition: {
      zh: '9710 与 9810 出口额占出口额的百分比',
      en: 'exports under 9710 and 9810 as a percentage of exports',
    },
  },
  {
    key: 'exportShare',
    name: { zh: '出口占比', en: 'export share' },
    unit: PERCENT,
    dimension: 'structure',
    direction: 'positive',
    weight: '0.05',
    source: 'released_inventories',
    definition: { zh: '出口额占进出口额的百分比', en: 'exports as a percentage of trade value' },
  },
  {
    key: 'overseasWarehouses',
    name: { zh: '海外仓数', en: 'overseas warehouses' },
    unit: COUNT('个', 'operators'),
    dimension: 'environment',
    direction: 'positive',
    weight: '0.05',
    source: 'filing_register',
    definition: {
      zh: '季末已备案的海外仓经营主体数',
      en: 'overseas-warehouse operators filed at the quarter’s end',
    },
  },
  {
    key: 'parks',
    name: { zh: '园区数', en: 'parks' },
    unit: COUNT('个', 'operators'),
    dimension: 'environment',
    direction: 'positive',
    weight: '0.05',
    source: 'filing_register',
    definition: { zh: '季末已备案的园区运营主体数', en: 'park operators filed at the quarter’s end' },
  },
  {
    key: 'talents',
    name: { zh: '人才培训人数', en: 'talents trained' },
    unit: COUNT('人', 'people'),
    dimension: 'environment',
    direction: 'positive',
    weight: '0.05',
    source: 'reported',
    definition: {
      zh: '主管部门报送的截至季末累计培训人数',
      en: 'people trained, cumulative to the quarter’s end, as reported by the bureau',
    },
  },
];

const INDICATOR_BY_KEY = new Map(INDEX_INDICATORS.map((i) => [i.key, i]));

export type Weighting = 'expert' | 'entropy';

/** One zone in one quarter. A value is an exact decimal string; null (or absent) means unknown. */
export interface IndexObservation {
  readonly zoneCode: string;
  /** 'YYYY-Qn' */
  readonly quarter: string;
  readonly values: Readonly<Partial<Record<IndicatorKey, string | null>>>;
}

export interface DevelopmentIndexOptions {
  readonly weighting: Weighting;
  /** 'YYYY-Qn': each zone's composite in this quarter is 100. */
  readonly baseQuarter: string;
  /** The indicators to use (default: all of INDEX_INDICATORS); expert weights are rescaled to sum to 1 over them. */
  readonly indicators?: readonly IndicatorKey[];
}

export interface SubIndex {
  readonly composite: string | null;
  readonly index: string | null;
}

export interface DevelopmentIndexRow {
  readonly zoneCode: string;
  readonly quarter: string;
  /** Efficacy scores in [60, 100] of the indicators used, 2 decimals; null when the value is unknown. */
  readonly scores: Readonly<Partial<Record<IndicatorKey, string | null>>>;
  readonly composite: string | null;
  readonly index: string | null;
  /** Why the index is null, or a caution (the base quarter's composite rests on other indicators). */
  readonly indexNote: Bilingual | null;
  readonly dimensions: Readonly<Record<Dimension, SubIndex>>;
  /** The indicators used whose value is unknown for this zone and quarter. */
  readonly missing: readonly IndicatorKey[];
}

export interface IndicatorRange {
  /** Smallest and largest known value over the whole set, exact; null when no value is known. */
  readonly min: string | null;
  readonly max: string | null;
}

export interface DevelopmentIndexTraceRow {
  readonly zoneCode: string;
  readonly quarter: string;
  readonly scores: Readonly<Partial<Record<IndicatorKey, string | null>>>;
  readonly composite: string | null;
  readonly index: string | null;
  readonly dimensions: Readonly<Record<Dimension, SubIndex>>;
}

/** Unrounded figures (34 significant digits), so anyone can recompute the published ones. */
export interface DevelopmentIndexTrace {
  readonly weights: Readonly<Partial<Record<IndicatorKey, string>>>;
  /** The entropy method's intermediate figures over the weighted indicators; null with expert weights. */
  readonly entropy: {
    readonly n: number;
    readonly e: Readonly<Partial<Record<IndicatorKey, string>>>;
    readonly d: Readonly<Partial<Record<IndicatorKey, string>>>;
  } | null;
  /** In the order of `rows`. */
  readonly rows: readonly DevelopmentIndexTraceRow[];
}

export interface DevelopmentIndexResult {
  readonly weighting: Weighting;
  readonly baseQuarter: string;
  readonly indicators: readonly IndicatorKey[];
  /** Weight of each indicator used, 4 decimals; they sum to 1 (up to that rounding). */
  readonly weights: Readonly<Partial<Record<IndicatorKey, string>>>;
  /** Each dimension's share of the weights, 4 decimals. */
  readonly dimensionWeights: Readonly<Record<Dimension, string>>;
  readonly ranges: Readonly<Partial<Record<IndicatorKey, IndicatorRange>>>;
  /** Entropy weighting only: indicators given weight 0 because some observation lacks their value. */
  readonly unweighted: readonly IndicatorKey[];
  /** One per zone and quarter, ordered by zone code, then quarter. */
  readonly rows: readonly DevelopmentIndexRow[];
  readonly trace: DevelopmentIndexTrace;
}

const QUARTER = /^\d{4}-Q[1-4]$/;
/** Plain decimal notation only: the data layer hands over exact figures, never floats or exponents. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
const SIXTY = new D(60);
const FORTY = new D(40);
const HUNDRED = new D(100);

const show2 = (d: Dec | null): string | null => (d === null ? null : d.toFixed(2, D.ROUND_HALF_UP));
const show4 = (d: Dec): string => d.toFixed(4, D.ROUND_HALF_UP);
const full = (d: Dec | null): string | null => (d === null ? null : d.toFixed());

/**
 * The efficacy-coefficient score 60 + 40 × (x − min)/(max − min) (negative: (max − x)): never 0, so every
 * composite is positive and a ratio to the base period always exists. With max = min nothing separates the
 * observations, so each is at the best of the set: 100 (and the entropy method gives the indicator weight 0).
 */
export function efficacyScore(value: string, min: string, max: string, direction: Direction): string {
  return score(new D(value), new D(min), new D(max), direction).toFixed();
}

function score(x: Dec, min: Dec, max: Dec, direction: Direction): Dec {
  const range = max.minus(min);
  if (range.isZero()) return HUNDRED;
  const distance = direction === 'positive' ? x.minus(min) : max.minus(x);
  return SIXTY.plus(FORTY.times(distance).div(range));
}

/** The documented expert weights of a set of indicators, rescaled to sum to 1 over it (exact strings). */
export function expertWeights(
  indicators: readonly IndicatorKey[] = INDICATOR_KEYS,
): Partial<Record<IndicatorKey, string>> {
  const sum = indicators.reduce((s, k) => s.plus(INDICATOR_BY_KEY.get(k)!.weight), new D(0));
  return Object.fromEntries(
    indicators.map((k) => [k, new D(INDICATOR_BY_KEY.get(k)!.weight).div(sum).toFixed()]),
  );
}

function validate(observations: readonly IndexObservation[], options: DevelopmentIndexOptions): void {
  const errors: FieldError[] = [];
  if (observations.length < 2)
    errors.push({
      field: 'observations',
      code: 'too_few',
      message: {
        zh: `发展指数至少需要 2 个观测（试验区 × 季度），现有 ${observations.length} 个：标准化与熵值法都以观测之间的差异为依据`,
        en: `The development index needs at least 2 observations (zone × quarter), got ${observations.length}: normalisation and entropy weights both rest on differences between observations`,
      },
    });
  if (!QUARTER.test(options.baseQuarter))
    errors.push({
      field: 'baseQuarter',
      code: 'invalid_quarter',
      message: { zh: '基期应为 YYYY-Qn 格式，如 2024-Q1', en: 'The base quarter must look like 2024-Q1' },
    });
  const used = options.indicators ?? INDICATOR_KEYS;
  if (used.length === 0 || new Set(used).size !== used.length || used.some((k) => !INDICATOR_BY_KEY.has(k)))
    errors.push({
      field: 'indicators',
      code: 'invalid_indicators',
      message: {
        zh: '指标应为非空、不重复的已定义指标',
        en: 'The indicators must be a non-empty list of documented indicators without repeats',
      },
    });
  const seen = new Set<string>();
  observations.forEach((o, i) => {
    if (!QUARTER.test(o.quarter))
      errors.push({
        field: `observations[${i}].quarter`,
        code: 'invalid_quarter',
        message: { zh: '季度应为 YYYY-Qn 格式', en: 'The quarter must look like 2024-Q1' },
      });
    const id = `${o.zoneCode}\u0000${o.quarter}`;
    if (seen.has(id))
      errors.push({
        field: `observations[${i}]`,
        code: 'duplicate',
        message: {
          zh: `${o.zoneCode} ${o.quarter} 重复出现`,
          en: `${o.zoneCode} ${o.quarter} appears more than once`,
        },
      });
    seen.add(id);
    for (const k of used) {
      const v = o.values[k];
      if (v !== undefined && v !== null && !DECIMAL.test(v))
        errors.push({
          field: `observations[${i}].values.${k}`,
          code: 'not_a_decimal',
          message: { zh: '应为十进制数字字符串', en: 'Must be a decimal number string' },
        });
    }
  });
  if (errors.length > 0) throw AppError.validation(errors);
}

/** Σ w·s / Σ w over the indicators known for the observation and carrying weight; null when there is none. */
function weightedMean(
  keys: readonly IndicatorKey[],
  scores: ReadonlyMap<IndicatorKey, Dec | null>,
  weights: ReadonlyMap<IndicatorKey, Dec>,
): Dec | null {
  let num = new D(0);
  let den = new D(0);
  for (const k of keys) {
    const s = scores.get(k);
    const w = weights.get(k)!;
    if (s === null || s === undefined || w.isZero()) continue;
    num = num.plus(w.times(s));
    den = den.plus(w);
  }
  return den.isZero() ? null : num.div(den);
}

/** The indicators that enter an observation's composite: known and weighted. Compared with the base's. */
const contributing = (
  keys: readonly IndicatorKey[],
  scores: ReadonlyMap<IndicatorKey, Dec | null>,
  weights: ReadonlyMap<IndicatorKey, Dec>,
) => keys.filter((k) => scores.get(k) != null && !weights.get(k)!.isZero()).join(',');

/**
 * Computes the development index of every zone and quarter in the set, following
 * docs/methods/development-index.md exactly:
 * 1. score each known value 60 + 40 × (x − min)/(max − min) over the whole set (100 when max = min);
 * 2. weights: expert (documented, rescaled to the indicators used) or entropy over the indicators known for
 *    every observation (p = s / Σ s, e = −Σ p ln p / ln n, d = 1 − e, w = d / Σ d);
 * 3. composite S = Σ w·s / Σ w over the indicators known for the observation (the denominator is 1 when
 *    nothing is missing);
 * 4. index = 100 × S / S of the same zone in the base quarter;
 * 5. the same per dimension, with the dimension's weights.
 * Throws AppError validation_failed for malformed input or fewer than 2 observations.
 */
export function computeDevelopmentIndex(
  observations: readonly IndexObservation[],
  options: DevelopmentIndexOptions,
): DevelopmentIndexResult {
  validate(observations, options);
  const used: readonly IndicatorKey[] = INDICATOR_KEYS.filter((k) =>
    (options.indicators ?? INDICATOR_KEYS).includes(k),
  );
  const sorted = [...observations].sort((a, b) =>
    a.zoneCode === b.zoneCode ? (a.quarter < b.quarter ? -1 : 1) : a.zoneCode < b.zoneCode ? -1 : 1,
  );
  const value = (o: IndexObservation, k: IndicatorKey): Dec | null => {
    const v = o.values[k];
    return v === undefined || v === null ? null : new D(v);
  };

  // Step 1: ranges over all zones and quarters together, so every score sits on one scale.
  const ranges = new Map<IndicatorKey, { min: Dec; max: Dec } | null>();
  for (const k of used) {
    const known = sorted.map((o) => value(o, k)).filter((v): v is Dec => v !== null);
    ranges.set(k, known.length === 0 ? null : { min: D.min(...known), max: D.max(...known) });
  }
  const scores = sorted.map((o) => {
    const m = new Map<IndicatorKey, Dec | null>();
    for (const k of used) {
      const x = value(o, k);
      const r = ranges.get(k);
      m.set(k, x === null || !r ? null : score(x, r.min, r.max, INDICATOR_BY_KEY.get(k)!.direction));
    }
    return m;
  });

  // Step 2: weights.
  const weights = new Map<IndicatorKey, Dec>();
  let entropy: DevelopmentIndexTrace['entropy'] = null;
  const unweighted: IndicatorKey[] = [];
  if (options.weighting === 'expert') {
    for (const [k, w] of Object.entries(expertWeights(used))) weights.set(k as IndicatorKey, new D(w));
  } else {
    // Only indicators known for every observation: an entropy over a shorter column would not be comparable.
    const complete = used.filter((k) => scores.every((s) => s.get(k) !== null));
    unweighted.push(...used.filter((k) => !complete.includes(k)));
    if (complete.length === 0)
      throw AppError.field('weighting', 'no_complete_indicator', {
        zh: '熵值法需要至少一个在所有观测中都有数值的指标',
        en: 'Entropy weighting needs at least one indicator known for every observation',
      });
    const n = scores.length;
    const lnN = new D(n).ln();
    const e = new Map<IndicatorKey, Dec>();
    const d = new Map<IndicatorKey, Dec>();
    for (const k of complete) {
      const r = ranges.get(k)!;
      if (r.min.eq(r.max)) {
        // A constant indicator carries no information: e = 1 exactly, not 1 ± rounding noise.
        e.set(k, new D(1));
        d.set(k, new D(0));
        continue;
      }
      const col = scores.map((s) => s.get(k)!);
      const total = col.reduce((a, b) => a.plus(b), new D(0));
      // Scores are ≥ 60, so every p is positive and p ln p is defined.
      const sum = col.reduce((acc, s) => {
        const p = s.div(total);
        return acc.plus(p.times(p.ln()));
      }, new D(0));
      const ej = sum.neg().div(lnN);
      e.set(k, ej);
      // e ≤ 1 in exact arithmetic; clamp so rounding in the 34th digit can never make a weight negative.
      d.set(k, D.max(new D(0), new D(1).minus(ej)));
    }
    const dSum = complete.reduce((a, k) => a.plus(d.get(k)!), new D(0));
    for (const k of used)
      weights.set(
        k,
        !complete.includes(k)
          ? new D(0)
          : dSum.isZero()
            ? // No weighted indicator varies: any weights give every observation 100; take them equal.
              new D(1).div(complete.length)
            : d.get(k)!.div(dSum),
      );
    entropy = {
      n,
      e: Object.fromEntries(complete.map((k) => [k, e.get(k)!.toFixed()])),
      d: Object.fromEntries(complete.map((k) => [k, d.get(k)!.toFixed()])),
    };
  }

  // Steps 3 and 5: composite and dimension composites.
  const dimensionKeys = new Map(
    DIMENSIONS.map((dim) => [dim, used.filter((k) => INDICATOR_BY_KEY.get(k)!.dimension === dim)]),
  );
  const composites = scores.map((s) => weightedMean(used, s, weights));
  const dimComposites = scores.map(
    (s) => new Map(DIMENSIONS.map((dim) => [dim, weightedMean(dimensionKeys.get(dim)!, s, weights)])),
  );

  // Step 4: ratio to the same zone's base quarter.
  const baseOf = new Map<string, number>();
  sorted.forEach((o, i) => {
    if (o.quarter === options.baseQuarter) baseOf.set(o.zoneCode, i);
  });
  const ratio = (s: Dec | null, base: Dec | null): Dec | null =>
    s === null || base === null ? null : HUNDRED.times(s).div(base);

  const rows: DevelopmentIndexRow[] = [];
  const traceRows: DevelopmentIndexTraceRow[] = [];
  sorted.forEach((o, i) => {
    const b = baseOf.get(o.zoneCode);
    const composite = composites[i]!;
    const baseComposite = b === undefined ? null : composites[b]!;
    const index = ratio(composite, baseComposite);
    const note: Bilingual | null =
      b === undefined
        ? {
            zh: `${o.zoneCode} 没有基期 ${options.baseQuarter} 的数据，无法计算指数`,
            en: `${o.zoneCode} has no data for the base quarter ${options.baseQuarter}, so no index`,
          }
        : baseComposite === null
          ? {
              zh: `基期 ${options.baseQuarter} 没有任何已知指标，无法计算指数`,
              en: `No indicator is known in the base quarter ${options.baseQuarter}, so no index`,
            }
          : composite === null
            ? { zh: '本季度没有任何已知指标', en: 'No indicator is known for this quarter' }
            : contributing(used, scores[i]!, weights) !== contributing(used, scores[b]!, weights)
              ? {
                  zh: '本季度与基期参与合成的指标不同（有缺失值），指数可比性有限',
                  en: 'This quarter’s composite rests on other indicators than the base quarter’s (missing values); compare with care',
                }
              : null;
    const dims = (round: (d: Dec | null) => string | null) =>
      Object.fromEntries(
        DIMENSIONS.map((dim) => {
          const c = dimComposites[i]!.get(dim)!;
          const bc = b === undefined ? null : dimComposites[b]!.get(dim)!;
          return [dim, { composite: round(c), index: round(ratio(c, bc)) }];
        }),
      ) as Record<Dimension, SubIndex>;
    const scoreRecord = (round: (d: Dec | null) => string | null) =>
      Object.fromEntries(used.map((k) => [k, round(scores[i]!.get(k) ?? null)]));
    rows.push({
      zoneCode: o.zoneCode,
      quarter: o.quarter,
      scores: scoreRecord(show2),
      composite: show2(composite),
      index: show2(index),
      indexNote: note,
      dimensions: dims(show2),
      missing: used.filter((k) => scores[i]!.get(k) === null),
    });
    traceRows.push({
      zoneCode: o.zoneCode,
      quarter: o.quarter,
      scores: scoreRecord(full),
      composite: full(composite),
      index: full(index),
      dimensions: dims(full),
    });
  });

  return {
    weighting: options.weighting,
    baseQuarter: options.baseQuarter,
    indicators: used,
    weights: Object.fromEntries(used.map((k) => [k, show4(weights.get(k)!)])),
    dimensionWeights: Object.fromEntries(
      DIMENSIONS.map((dim) => [
        dim,
        show4(dimensionKeys.get(dim)!.reduce((a, k) => a.plus(weights.get(k)!), new D(0))),
      ]),
    ) as Record<Dimension, string>,
    ranges: Object.fromEntries(
      used.map((k) => {
        const r = ranges.get(k);
        return [k, { min: r ? r.min.toFixed() : null, max: r ? r.max.toFixed() : null }];
      }),
    ),
    unweighted,
    rows,
    trace: {
      weights: Object.fromEntries(used.map((k) => [k, weights.get(k)!.toFixed()])),
      entropy,
      rows: traceRows,
    },
  };
}
