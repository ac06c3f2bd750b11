import { AppError, type Bilingual, type FieldError } from '../../shared/app-error.js';
import { catalogueOf, DEFAULT_CATALOGUE, versionFor, type VersionChoice } from './catalogue.js';
import { isPeriod, leaseMonthsInYear } from './dates.js';
import { Dec, grouped, maxDec, minDec, showNumber, showYuan, toFen, yuanString, ZERO } from './decimal.js';
import {
  APPLICANT_KIND_NAMES,
  FACTS,
  LEVEL_NAMES,
  LEVELS,
  parseFacts,
  type ApplicantKind,
  type FactDef,
  type Facts,
  type Level,
} from './facts.js';
import { fxRateFor, USD_CNY_ANNUAL_AVERAGES, type FxRateTable } from './fx-rates.js';
import { LPR_1Y, LPR_SOURCE, lprOn, type LprTable } from './lpr.js';
import type {
  BestOfStep,
  CapStep,
  DocumentVerdict,
  Evaluation,
  ItemResult,
  ItemStatus,
  Reason,
  TraceLine,
  TraceStep,
} from './result.js';
import type { Amount, Catalogue, Condition, Op, Param, PolicyDocument, Rule, ZoneId } from './types.js';
import { ZONE_IDS } from './types.js';

export interface EvaluateOptions {
  /** Evaluate draft documents too (as if in force from their assumed date), every item marked draft. */
  readonly includeDrafts?: boolean;
  readonly fxRates?: FxRateTable;
  readonly lpr?: LprTable;
  /** Another catalogue (tests of version selection); the shipped one by default. */
  readonly catalogue?: Catalogue;
}

type Tri = boolean | null;

/** A parameter read on the reference day, with what a trace shows of it. */
interface Resolved {
  readonly value: Dec;
  /** For a USD threshold: its value in yuan at the period's rate, or null without a rate. */
  readonly yuan: Dec | null;
  readonly text: string;
  readonly citation: string;
  readonly show: Bilingual;
  /** The value as a yuan string ("500000.00"), for cap records. */
  readonly fen: string;
}

/** Everything about one document for one period that does not depend on the facts. */
interface DocPlan {
  readonly doc: PolicyDocument;
  readonly verdict: DocumentVerdict;
  readonly year: number;
  readonly referenceDate: string;
  readonly fx: { readonly rate: Dec; readonly year: number; readonly source: string } | null;
  readonly lpr: LprTable;
  readonly resolved: Map<Param, Resolved>;
  /** Trace lines that depend only on a condition and a small value, built once per period. */
  readonly lines: Map<object, Map<string, Map<string, TraceLine>>>;
}

/** A zone and period compiled for evaluation (planEvaluation); reused across applicants. */
export interface EvaluationPlan {
  readonly zone: ZoneId;
  readonly period: string;
  readonly includeDrafts: boolean;
  readonly docs: readonly {
    readonly doc: PolicyDocument;
    readonly plan: DocPlan | null;
    readonly verdict: DocumentVerdict;
  }[];
  readonly ruleIds: ReadonlySet<string>;
}

/** The mutable state of one item while it is evaluated. */
interface Work {
  readonly rule: Rule;
  readonly trace: TraceLine[];
  readonly reasons: Reason[];
  readonly missing: Set<string>;
  readonly caps: CapStep[];
  status: ItemStatus;
  tier: ItemResult['tier'];
  computed: Dec | null;
  amount: Dec | null;
  bestOf: BestOfStep | null;
}

// A plain literal (no spreads): traces are built for every item of every applicant, so this is hot.
const line = (
  step: TraceStep,
  zh: string,
  en: string,
  citation?: string,
  outcome?: TraceLine['outcome'],
): TraceLine => (outcome ? { step, zh, en, citation, outcome } : { step, zh, en, citation });

const OP: Record<Op, string> = { '>=': '≥', '>': '>', '<': '<', '<=': '≤' };
const OUTCOME: Record<'met' | 'not_met' | 'unknown', Bilingual> = {
  met: { zh: '满足', en: 'met' },
  not_met: { zh: '不满足', en: 'not met' },
  unknown: { zh: '未知（缺少事实）', en: 'unknown (fact missing)' },
};

// ── plan: documents, versions, parameters, rates ──

function invalid(field: string, code: string, zh: string, en: string): AppError {
  return AppError.field(field, code, { zh, en });
}

/**
 * Compiles what evaluation needs for a zone and period: the version of each document series for the
 * period, the reference day, the exchange rate, and every parameter read on that day. Shared by all
 * applicants of the period, so the benchmark's 10,000 evaluations compile once.
 */
export function planEvaluation(zone: ZoneId, period: string, options: EvaluateOptions = {}): EvaluationPlan {
  if (!ZONE_IDS.includes(zone))
    throw invalid(
      'zone',
      'invalid_value',
      `未知的综试区：${zone}`,
      `unknown zone: ${zone} (zhuzhou, chenzhou, hengyang)`,
    );
  if (!isPeriod(period))
    throw invalid(
      'period',
      'invalid_period',
      '期间应为公历年份 YYYY，如 2024',
      'period must be a calendar year YYYY, e.g. 2024',
    );
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const includeDrafts = options.includeDrafts ?? false;
  const year = Number(period);
  const docs: EvaluationPlan['docs'][number][] = [];
  const ruleIds = new Set<string>();
  for (const series of seriesOf(catalogueOf(catalogue, zone)).values()) {
    for (const doc of series) for (const r of doc.rules) ruleIds.add(r.id);
    // One version per series and period: the one in force, or the nearest one saying why none is.
    const choice = versionFor(series, year, includeDrafts);
    if (choice.kind === 'in_force') {
      const plan = docPlan(choice.doc, year, choice, options);
      docs.push({ doc: choice.doc, plan, verdict: plan.verdict });
    } else docs.push({ doc: choice.doc, plan: null, verdict: notInForceVerdict(choice.doc, choice.reason) });
  }
  return { zone, period, includeDrafts, docs, ruleIds };
}

function seriesOf(docs: readonly PolicyDocument[]): Map<string, PolicyDocument[]> {
  const m = new Map<string, PolicyDocument[]>();
  for (const d of docs) m.set(d.series, [...(m.get(d.series) ?? []), d]);
  return m;
}

function notInForceVerdict(doc: PolicyDocument, reason: Bilingual): DocumentVerdict {
  return {
    key: doc.key,
    series: doc.series,
    citeAs: doc.citeAs,
    title: doc.title,
    stage: doc.stage,
    inForce: false,
    reason,
    referenceDate: null,
    daysInForce: 0,
    partialYear: false,
    fxRate: null,
  };
}

function docPlan(
  doc: PolicyDocument,
  year: number,
  choice: Extract<VersionChoice, { kind: 'in_force' }>,
  options: EvaluateOptions,
): DocPlan {
  const fxEntry = fxRateFor(options.fxRates ?? USD_CNY_ANNUAL_AVERAGES, year);
  const fx = fxEntry ? { rate: new Dec(fxEntry.cnyPerUsd), year, source: fxEntry.source } : null;
  return {
    doc,
    year,
    referenceDate: choice.referenceDate,
    fx,
    lpr: options.lpr ?? LPR_1Y,
    resolved: new Map(),
    lines: new Map(),
    verdict: {
      key: doc.key,
      series: doc.series,
      citeAs: doc.citeAs,
      title: doc.title,
      stage: doc.stage,
      inForce: true,
      reason: null,
      referenceDate: choice.referenceDate,
      daysInForce: choice.daysInForce,
      partialYear: choice.partialYear,
      fxRate: fxEntry ? { year, cnyPerUsd: fxEntry.cnyPerUsd, source: fxEntry.source } : null,
    },
  };
}

/** A parameter's value on the reference day: the latest version from on or before it. */
function resolve(plan: DocPlan, p: Param): Resolved {
  const hit = plan.resolved.get(p);
  if (hit) return hit;
  let v = p.versions[0];
  for (const candidate of p.versions) if (candidate.from <= plan.referenceDate) v = candidate;
  if (!v || v.from > plan.referenceDate)
    throw new AppError('internal', {
      zh: `政策目录有误：${plan.doc.citeAs} 的参数在 ${plan.referenceDate} 无有效值`,
      en: `policy catalogue defect: a parameter of ${plan.doc.citeAs} has no value on ${plan.referenceDate}`,
    });
  const value = new Dec(v.value);
  let yuan: Dec | null = null;
  let show: Bilingual;
  switch (p.unit) {
    case 'usd':
      if (plan.fx) {
        yuan = value.times(plan.fx.rate);
        show = {
          zh: `${v.text}（${showNumber(value)} 美元 × ${plan.fx.rate.toFixed()} = ${showYuan(yuan)} 元）`,
          en: `${v.text} (USD ${showNumber(value)} × ${plan.fx.rate.toFixed()} = ${showYuan(yuan)} yuan)`,
        };
      } else
        show = { zh: `${v.text}（${plan.year}年无汇率）`, en: `${v.text} (no ${plan.year} exchange rate)` };
      break;
    case 'yuan':
      yuan = value;
      show = { zh: `${v.text}（${showYuan(value)} 元）`, en: `${v.text} (${showYuan(value)} yuan)` };
      break;
    case 'rate':
      show = { zh: `${v.text}（×${value.toFixed()}）`, en: `${v.text} (×${value.toFixed()})` };
      break;
    case 'count':
    case 'm2':
      show = { zh: v.text, en: `${v.text} (${showNumber(value)})` };
      break;
    default:
      show = { zh: `${v.text}（${showNumber(value)} 元）`, en: `${v.text} (${showNumber(value)} yuan)` };
  }
  const r: Resolved = { value, yuan, text: v.text, citation: v.citation, show, fen: yuanString(value) };
  plan.resolved.set(p, r);
  return r;
}

/**
 * A shared trace line: flags, levels, missing facts, tier and 或 headers take a handful of values, so
 * their lines are built once per period and shared by every applicant (results are read-only).
 */
function memo(
  plan: DocPlan,
  owner: object,
  citation: string,
  variant: string,
  make: () => TraceLine,
): TraceLine {
  // Nested maps keyed by objects and constant strings: no key is built per call.
  let byCitation = plan.lines.get(owner);
  if (!byCitation) {
    byCitation = new Map();
    plan.lines.set(owner, byCitation);
  }
  let byVariant = byCitation.get(citation);
  if (!byVariant) {
    byVariant = new Map();
    byCitation.set(citation, byVariant);
  }
  let l = byVariant.get(variant);
  if (!l) {
    l = make();
    byVariant.set(variant, l);
  }
  return l;
}

// ── facts in scope: the applicant's facts, or one row of a list ──

interface Scope {
  get(id: string): unknown;
  /** A numeric fact as a Decimal, parsed once per evaluation. */
  num(id: string): Dec | undefined;
  def(id: string): { zh: string; en: string; unit: string };
  /** "第2行 / row 2: " inside an `each` amount. */
  readonly prefix: Bilingual;
  /** The name reported as missing: the fact id, or `records[i].field`. */
  missingName(id: string): string;
}

function numbers(read: (id: string) => unknown): (id: string) => Dec | undefined {
  const cache = new Map<string, Dec>();
  return (id) => {
    let d = cache.get(id);
    if (d) return d;
    const raw = read(id);
    if (raw === undefined) return undefined;
    d = new Dec(raw as string | number);
    cache.set(id, d);
    return d;
  };
}

const UNKNOWN_DEF = { zh: '?', en: '?', unit: 'count' };

function factsScope(facts: Facts): Scope {
  const get = (id: string) => (facts as Record<string, unknown>)[id];
  return {
    get,
    num: numbers(get),
    def: (id) => FACTS[id as keyof typeof FACTS] ?? UNKNOWN_DEF,
    prefix: { zh: '', en: '' },
    missingName: (id) => id,
  };
}

function rowScope(parent: FactDef, row: Readonly<Record<string, unknown>>, index: number): Scope {
  const get = (id: string) => row[id];
  return {
    get,
    num: numbers(get),
    def: (id) => parent.fields?.[id] ?? { zh: id, en: id, unit: 'count' },
    prefix: { zh: `${parent.zh}第${index + 1}行：`, en: `${parent.en}, row ${index + 1}: ` },
    missingName: (id) => `${parent.id}[${index}].${id}`,
  };
}

/** A validated yuan string ("1500000", "12.5") shown with two decimals, without a Decimal. */
function yuanText(s: string): string {
  const dot = s.indexOf('.');
  const fixed = dot < 0 ? `${s}.00` : s.length - dot === 2 ? `${s}0` : s;
  return grouped(fixed);
}

function showValue(unit: string, v: unknown): Bilingual {
  switch (unit) {
    case 'yuan': {
      const t = yuanText(v as string);
      return { zh: `${t} 元`, en: `${t} yuan` };
    }
    case 'm2': {
      const t = grouped(v as string);
      return { zh: `${t} 平方米`, en: `${t} m²` };
    }
    case 'boolean':
      return v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
    case 'level':
      return LEVEL_NAMES[v as Level];
    default:
      return { zh: `${v as string | number}`, en: `${v as string | number}` };
  }
}

// ── conditions (three-valued: a missing fact makes a condition unknown, never false) ──

function evalCondition(
  c: Condition,
  scope: Scope,
  plan: DocPlan,
  w: Work,
  step: TraceStep,
  citation: string,
): Tri {
  const prefix = scope.prefix;
  switch (c.type) {
    case 'compare': {
      const def = scope.def(c.fact);
      const raw = scope.get(c.fact);
      const p = resolve(plan, c.param);
      if (raw === undefined) {
        w.missing.add(scope.missingName(c.fact));
        w.trace.push(
          memo(plan, c, citation, prefix.zh ? `${prefix.zh}?` : '?', () =>
            line(
              step,
              `${prefix.zh}${def.zh} ${OP[c.op]} ${p.show.zh}：未提供 → 未知`,
              `${prefix.en}${def.en} ${OP[c.op]} ${p.show.en}: not given → unknown`,
              p.citation,
              'unknown',
            ),
          ),
        );
        return null;
      }
      const threshold = c.param.unit === 'usd' ? p.yuan : p.value;
      const shown = showValue(def.unit, raw);
      if (!threshold) {
        addReason(
          w,
          'no_fx_rate',
          `${plan.year}年美元汇率未公布，无法比较 ${p.text}`,
          `no USD rate for ${plan.year}: cannot compare with ${p.text}`,
          p.citation,
        );
        w.trace.push(
          line(
            step,
            `${prefix.zh}${def.zh} = ${shown.zh}，${OP[c.op]} ${p.show.zh} → 未知`,
            `${prefix.en}${def.en} = ${shown.en}, ${OP[c.op]} ${p.show.en} → unknown`,
            p.citation,
            'unknown',
          ),
        );
        return null;
      }
      const ok = compare(scope.num(c.fact)!, c.op, threshold);
      const o = ok ? 'met' : 'not_met';
      w.trace.push(
        line(
          step,
          `${prefix.zh}${def.zh} = ${shown.zh}，条件 ${OP[c.op]} ${p.show.zh} → ${OUTCOME[o].zh}`,
          `${prefix.en}${def.en} = ${shown.en}; condition ${OP[c.op]} ${p.show.en} → ${OUTCOME[o].en}`,
          p.citation,
          o,
        ),
      );
      return ok;
    }
    case 'flag': {
      const raw = scope.get(c.fact);
      if (raw === undefined) w.missing.add(scope.missingName(c.fact));
      const ok = raw === undefined ? null : raw === c.expected;
      w.trace.push(
        memo(plan, c, citation, prefix.zh ? `${prefix.zh}${String(raw)}` : String(raw), () => {
          const def = scope.def(c.fact);
          const want = c.expected ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
          if (ok === null)
            return line(
              step,
              `${prefix.zh}${def.zh}：应为“${want.zh}”，未提供 → 未知`,
              `${prefix.en}${def.en}: must be ${want.en}, not given → unknown`,
              citation,
              'unknown',
            );
          const o = ok ? 'met' : 'not_met';
          const shown = showValue('boolean', raw);
          return line(
            step,
            `${prefix.zh}${def.zh}：${shown.zh}（应为“${want.zh}”）→ ${OUTCOME[o].zh}`,
            `${prefix.en}${def.en}: ${shown.en} (must be ${want.en}) → ${OUTCOME[o].en}`,
            citation,
            o,
          );
        }),
      );
      return ok;
    }
    case 'level': {
      const raw = scope.get(c.fact) as Level | undefined;
      if (raw === undefined) w.missing.add(scope.missingName(c.fact));
      const ok = raw === undefined ? null : LEVELS.indexOf(raw) >= LEVELS.indexOf(c.atLeast);
      w.trace.push(
        memo(plan, c, citation, String(raw), () => {
          const def = scope.def(c.fact);
          const want = LEVEL_NAMES[c.atLeast];
          if (raw === undefined || ok === null)
            return line(
              step,
              `${def.zh}：应达到${want.zh}，未提供 → 未知`,
              `${def.en}: must be at least ${want.en}, not given → unknown`,
              citation,
              'unknown',
            );
          const o = ok ? 'met' : 'not_met';
          return line(
            step,
            `${def.zh}：${LEVEL_NAMES[raw].zh}（应达到${want.zh}）→ ${OUTCOME[o].zh}`,
            `${def.en}: ${LEVEL_NAMES[raw].en} (must be at least ${want.en}) → ${OUTCOME[o].en}`,
            citation,
            o,
          );
        }),
      );
      return ok;
    }
    case 'anyOf': {
      w.trace.push(
        memo(plan, c, citation, 'head', () =>
          line(
            step,
            `以下任一条件满足即可：${c.label.zh}`,
            `any one of these suffices: ${c.label.en}`,
            citation,
          ),
        ),
      );
      let result: Tri = false;
      for (const child of c.conditions) {
        const r = evalCondition(child, scope, plan, w, step, citation);
        if (r === true) result = true;
        else if (r === null && result === false) result = null;
      }
      const o = result === true ? 'met' : result === false ? 'not_met' : 'unknown';
      w.trace.push(
        memo(plan, c, citation, o, () =>
          line(step, `（任一条件）→ ${OUTCOME[o].zh}`, `(any one) → ${OUTCOME[o].en}`, citation, o),
        ),
      );
      return result;
    }
  }
}

function compare(a: Dec, op: Op, b: Dec): boolean {
  switch (op) {
    case '>=':
      return a.greaterThanOrEqualTo(b);
    case '>':
      return a.greaterThan(b);
    case '<':
      return a.lessThan(b);
    case '<=':
      return a.lessThanOrEqualTo(b);
  }
}

function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

function allOf(
  conditions: readonly Condition[],
  scope: Scope,
  plan: DocPlan,
  w: Work,
  step: TraceStep,
  citation: string,
): Tri {
  let r: Tri = true;
  // Every condition is evaluated, even after a failing one, so the trace shows all the numbers.
  for (const c of conditions) r = and(r, evalCondition(c, scope, plan, w, step, citation));
  return r;
}

function addReason(w: Work, code: Reason['code'], zh: string, en: string, citation?: string): void {
  if (w.reasons.some((r) => r.code === code && r.zh === zh)) return;
  w.reasons.push({ code, zh, en, ...(citation ? { citation } : {}) });
}

// ── amounts ──

/** The amount of a shape, or null when a fact it needs is missing (or `false` when no tier is reached). */
function evalAmount(a: Amount, scope: Scope, plan: DocPlan, w: Work, citation: string): Dec | null | false {
  switch (a.shape) {
    case 'fixed': {
      const p = resolve(plan, a.amount);
      w.trace.push(line('amount', `金额：${p.show.zh}`, `amount: ${p.show.en}`, p.citation));
      return p.value;
    }
    case 'tiers': {
      let reached = -1;
      let unknownAbove = false;
      const results: Tri[] = a.tiers.map((t, i) => {
        w.trace.push(
          memo(plan, t, citation, 'head', () =>
            line('tier', `档次${i + 1}：${t.label.zh}`, `tier ${i + 1}: ${t.label.en}`, citation),
          ),
        );
        return allOf(t.conditions, scope, plan, w, 'tier', citation);
      });
      results.forEach((r, i) => {
        if (r === true) reached = i;
      });
      for (let i = reached + 1; i < results.length; i++) if (results[i] === null) unknownAbove = true;
      if (unknownAbove) {
        w.trace.push(
          line(
            'tier',
            '较高档次的条件未知：档次无法确定',
            'a higher tier depends on a missing fact: tier undetermined',
            citation,
            'unknown',
          ),
        );
        return null;
      }
      if (reached < 0) {
        w.trace.push(line('tier', '未达到任何档次', 'no tier reached', citation, 'not_met'));
        return false;
      }
      const tier = a.tiers[reached]!;
      const p = resolve(plan, tier.amount);
      w.tier = { index: reached + 1, label: tier.label };
      w.trace.push(
        line(
          'tier',
          `达到的最高档次：档次${reached + 1}（${tier.label.zh}），金额 ${p.show.zh}；各档不累加`,
          `highest tier reached: tier ${reached + 1} (${tier.label.en}), amount ${p.show.en}; tiers do not add up`,
          p.citation,
          'met',
        ),
      );
      return p.value;
    }
    case 'share': {
      const def = scope.def(a.base);
      const raw = scope.get(a.base);
      const p = resolve(plan, a.rate);
      if (raw === undefined) {
        w.missing.add(scope.missingName(a.base));
        w.trace.push(
          line(
            'amount',
            `${scope.prefix.zh}${def.zh} × ${p.show.zh}：${def.zh}未提供`,
            `${scope.prefix.en}${def.en} × ${p.show.en}: not given`,
            p.citation,
            'unknown',
          ),
        );
        return null;
      }
      const base = scope.num(a.base)!;
      const v = base.times(p.value);
      const b = showYuan(base);
      const r = showYuan(v);
      w.trace.push(
        line(
          'amount',
          `${scope.prefix.zh}${def.zh} ${b} 元 × ${p.text} = ${r} 元`,
          `${scope.prefix.en}${def.en} ${b} yuan × ${p.text} = ${r} yuan`,
          p.citation,
        ),
      );
      return v;
    }
    case 'per_unit': {
      const def = scope.def(a.quantity);
      const raw = scope.get(a.quantity);
      const p = resolve(plan, a.rate);
      if (raw === undefined) {
        w.missing.add(scope.missingName(a.quantity));
        w.trace.push(
          line(
            'amount',
            `${def.zh} × ${p.text}：未提供`,
            `${def.en} × ${p.text}: not given`,
            p.citation,
            'unknown',
          ),
        );
        return null;
      }
      const q = scope.num(a.quantity)!;
      const v = q.times(p.value);
      w.trace.push(
        line(
          'amount',
          `${def.zh} ${showNumber(q)} × 每单位 ${p.text}（${showNumber(p.value)} 元）= ${showYuan(v)} 元`,
          `${def.en} ${showNumber(q)} × ${p.text} (${showNumber(p.value)} yuan) per unit = ${showYuan(v)} yuan`,
          p.citation,
        ),
      );
      return v;
    }
    case 'lease_schedule': {
      const area = scope.get(a.area);
      const start = scope.get(a.leaseStart);
      if (area === undefined) w.missing.add(a.area);
      if (start === undefined) w.missing.add(a.leaseStart);
      if (area === undefined || start === undefined) {
        w.trace.push(
          line('amount', '面积或起租日未提供', 'area or lease start not given', citation, 'unknown'),
        );
        return null;
      }
      const m2 = new Dec(area as string);
      const startDate = start as string;
      const months = leaseMonthsInYear(startDate, plan.year, a.rates.length);
      let total = ZERO;
      a.rates.forEach((rate, i) => {
        const p = resolve(plan, rate);
        const n = months[i] ?? 0;
        const part = m2.times(p.value).times(n);
        total = total.plus(part);
        w.trace.push(
          line(
            'amount',
            `起租第${i + 1}年在${plan.year}年内的月数 ${n} × ${showNumber(m2)} 平方米 × 每平方米每月 ${p.text} = ${showYuan(part)} 元（起租日 ${startDate}）`,
            `lease year ${i + 1}: ${n} months in ${plan.year} × ${showNumber(m2)} m² × ${p.text} per m² per month = ${showYuan(part)} yuan (lease start ${startDate})`,
            p.citation,
          ),
        );
      });
      return total;
    }
    case 'year_schedule': {
      const start = scope.get(a.startYear);
      if (start === undefined) {
        w.missing.add(scope.missingName(a.startYear));
        w.trace.push(
          line(
            'amount',
            `${scope.prefix.zh}起始年份未提供`,
            `${scope.prefix.en}start year not given`,
            citation,
            'unknown',
          ),
        );
        return null;
      }
      const startYear = start as number;
      const index = plan.year - startYear;
      const p = index >= 0 && index < a.amounts.length ? resolve(plan, a.amounts[index]!) : null;
      w.trace.push(
        p
          ? line(
              'amount',
              `${scope.prefix.zh}${startYear}年起第${index + 1}年：${p.show.zh}`,
              `${scope.prefix.en}year ${index + 1} from ${startYear}: ${p.show.en}`,
              p.citation,
            )
          : line(
              'amount',
              `${scope.prefix.zh}${plan.year}年不在${startYear}年起的${a.amounts.length}年支持期内`,
              `${scope.prefix.en}${plan.year} is outside the ${a.amounts.length} years from ${startYear}`,
              citation,
            ),
      );
      return p ? p.value : ZERO;
    }
    case 'lpr_interest': {
      const fields = [a.principal, a.startDate, a.days, a.interestPaid];
      const values = fields.map((f) => scope.get(f));
      fields.forEach((f, i) => values[i] === undefined && w.missing.add(scope.missingName(f)));
      if (values.some((v) => v === undefined)) return null;
      const [principal, startDate, days, paid] = values as [string, string, number, string];
      const lpr = lprOn(plan.lpr, startDate);
      const share = resolve(plan, a.share);
      if (!lpr) {
        addReason(w, 'no_lpr', `${startDate} 无一年期LPR`, `no 1-year LPR on ${startDate}`, share.citation);
        return null;
      }
      const byRate = new Dec(principal)
        .times(lpr.oneYearPct)
        .dividedBy(100)
        .times(share.value)
        .times(days)
        .dividedBy(360);
      const v = minDec(byRate, new Dec(paid));
      w.trace.push(
        line(
          'amount',
          `${scope.prefix.zh}本金 ${showYuan(new Dec(principal))} 元 × 一年期LPR ${lpr.oneYearPct}%（${lpr.from}起，${LPR_SOURCE}）× ${share.text} × ${days}/360 = ${showYuan(byRate)} 元，以实付利息 ${showYuan(new Dec(paid))} 元为限 → ${showYuan(v)} 元`,
          `${scope.prefix.en}principal ${showYuan(new Dec(principal))} × 1-year LPR ${lpr.oneYearPct}% (from ${lpr.from}, ${LPR_SOURCE}) × ${share.text} × ${days}/360 = ${showYuan(byRate)} yuan, at most the interest paid ${showYuan(new Dec(paid))} → ${showYuan(v)} yuan`,
          share.citation,
        ),
      );
      return v;
    }
    case 'each': {
      const def = FACTS[a.records as keyof typeof FACTS];
      const rows =
        (scope.get(a.records) as readonly Readonly<Record<string, unknown>>[] | undefined) ?? undefined;
      if (rows === undefined) {
        w.missing.add(a.records);
        w.trace.push(line('amount', `${def.zh}未提供`, `${def.en} not given`, citation, 'unknown'));
        return null;
      }
      let total = ZERO;
      let unknown = false;
      rows.forEach((row, i) => {
        const rs = rowScope(def, row, i);
        const ok = allOf(a.conditions, rs, plan, w, 'condition', citation);
        if (ok === false) return;
        const v = evalAmount(a.amount, rs, plan, w, citation);
        if (ok === null || v === null) {
          unknown = true;
          return;
        }
        if (v === false) return;
        let value = toFen(v);
        if (a.cap) {
          const cap = resolve(plan, a.cap);
          const capped = minDec(value, cap.value);
          w.caps.push({
            kind: 'row',
            id: `${a.records}[${i}]`,
            limit: cap.fen,
            before: yuanString(value),
            after: yuanString(capped),
            citation: cap.citation,
          });
          w.trace.push(
            line(
              'item_cap',
              `${rs.prefix.zh}${showYuan(value)} 元，每行上限 ${cap.show.zh} → ${showYuan(capped)} 元`,
              `${rs.prefix.en}${showYuan(value)} yuan, cap per row ${cap.show.en} → ${showYuan(capped)} yuan`,
              cap.citation,
            ),
          );
          value = capped;
        }
        total = total.plus(value);
      });
      if (unknown) return null;
      w.trace.push(
        line(
          'amount',
          `${def.zh}各行合计 ${showYuan(total)} 元`,
          `${def.en}: rows total ${showYuan(total)} yuan`,
          citation,
        ),
      );
      return total;
    }
  }
}

// ── one item: beneficiary → scope → conditions → one-off → amount → item cap ──

const KIND_NOTE: Record<Rule['kind'], Bilingual> = {
  payment: { zh: '奖补资金', en: 'pays money' },
  unquantified: {
    zh: '给予支持，文件未规定金额，由审核确定',
    en: 'support with no amount in the text; set in review',
  },
  priority: { zh: '优先（非资金）', en: 'priority, not money' },
  eligibility: { zh: '资格或待遇（非资金）', en: 'status or treatment, not money' },
  deferred: { zh: '按其他政策执行', en: 'paid under another policy' },
};

/** The trace lines of a rule that do not depend on the facts, built once per rule. */
interface RuleLines {
  readonly draft: TraceLine | null;
  readonly title: TraceLine;
  readonly allowedZh: string;
  readonly allowedEn: string;
}
const ruleLines = new WeakMap<Rule, RuleLines>();

function linesOf(rule: Rule, doc: PolicyDocument): RuleLines {
  let r = ruleLines.get(rule);
  if (!r) {
    const allowed = rule.beneficiaries.map((b) => APPLICANT_KIND_NAMES[b]);
    r = {
      draft:
        doc.stage === 'draft'
          ? line(
              'note',
              '征求意见稿，尚未生效：结果仅供测算',
              'draft for comments, not in force: an estimate only',
              rule.citation,
            )
          : null,
      title: line(
        'note',
        `${rule.title.zh}（${KIND_NOTE[rule.kind].zh}）`,
        `${rule.title.en} (${KIND_NOTE[rule.kind].en})`,
        rule.citation,
      ),
      allowedZh: allowed.map((a) => a.zh).join('、'),
      allowedEn: allowed.map((a) => a.en).join(', '),
    };
    ruleLines.set(rule, r);
  }
  return r;
}

/** The document's scope (支持范围) checked once per applicant; every item reuses the verdict and lines. */
interface ScopeCheck {
  readonly verdict: Tri;
  readonly trace: readonly TraceLine[];
  readonly missing: readonly string[];
}

function checkScope(plan: DocPlan, scope: Scope): ScopeCheck | null {
  const s = plan.doc.scope;
  if (!s) return null;
  const w = newWork(plan.doc.rules[0]!);
  const verdict = allOf(s.conditions, scope, plan, w, 'scope', s.citation);
  return { verdict, trace: w.trace, missing: [...w.missing] };
}

function newWork(rule: Rule): Work {
  return {
    rule,
    trace: [],
    reasons: [],
    missing: new Set(),
    caps: [],
    status: 'ineligible',
    tier: null,
    computed: null,
    amount: null,
    bestOf: null,
  };
}

function evalItem(
  rule: Rule,
  plan: DocPlan,
  facts: Facts,
  scope: Scope,
  scopeCheck: ScopeCheck | null,
): Work {
  const w = newWork(rule);
  const doc = plan.doc;
  const static_ = linesOf(rule, doc);
  if (static_.draft) w.trace.push(static_.draft);
  w.trace.push(static_.title);

  // Beneficiary: who the article pays.
  const kind = facts.applicantKind as ApplicantKind | undefined;
  let verdict: Tri;
  if (kind === undefined) {
    w.missing.add('applicantKind');
    w.trace.push(
      line(
        'beneficiary',
        `申请主体类型未提供（本项对象：${static_.allowedZh}）`,
        `kind of applicant not given (this item is for: ${static_.allowedEn})`,
        rule.citation,
        'unknown',
      ),
    );
    verdict = null;
  } else {
    verdict = rule.beneficiaries.includes(kind);
    const fits = verdict;
    w.trace.push(
      memo(plan, rule, rule.citation, kind, () =>
        line(
          'beneficiary',
          `申请主体：${APPLICANT_KIND_NAMES[kind].zh}；本项对象：${static_.allowedZh} → ${fits ? '符合' : '不符合'}`,
          `applicant: ${APPLICANT_KIND_NAMES[kind].en}; this item is for: ${static_.allowedEn} → ${fits ? 'yes' : 'no'}`,
          rule.citation,
          fits ? 'met' : 'not_met',
        ),
      ),
    );
    if (!verdict) {
      addReason(
        w,
        'not_for_applicant',
        '本项不适用于该类申请主体',
        'this item is not for this kind of applicant',
        rule.citation,
      );
      // The article pays someone else: its conditions say nothing about this applicant.
      return finish(w, false, null);
    }
  }

  if (doc.scope && scopeCheck) {
    for (const l of scopeCheck.trace) w.trace.push(l);
    for (const m of scopeCheck.missing) w.missing.add(m);
    if (scopeCheck.verdict === false)
      addReason(
        w,
        'out_of_scope',
        '不在支持范围内',
        'outside the document’s scope of support',
        doc.scope.citation,
      );
    verdict = and(verdict, scopeCheck.verdict);
  }
  const c = allOf(rule.conditions ?? [], scope, plan, w, 'condition', rule.citation);
  if (c === false) addReason(w, 'condition_not_met', '条件不满足', 'a condition is not met', rule.citation);
  verdict = and(verdict, c);

  if (rule.oneOff) {
    const prior = (facts.priorAwards as Readonly<Record<string, string>> | undefined)?.[rule.id];
    if (prior !== undefined && new Dec(prior).greaterThan(0)) {
      w.trace.push(
        line(
          'one_off',
          `一次性奖补，此前已获 ${showYuan(new Dec(prior))} 元 → 不再享受`,
          `one-off: ${showYuan(new Dec(prior))} yuan received before → not again`,
          rule.citation,
          'not_met',
        ),
      );
      addReason(
        w,
        'already_awarded',
        '一次性奖补此前已获得',
        'one-off award already received',
        rule.citation,
      );
      verdict = false;
    }
  }

  if (rule.kind === 'deferred' && rule.deferredTo)
    w.trace.push(
      line(
        'note',
        `按其他政策执行：${rule.deferredTo.zh}`,
        `under another policy: ${rule.deferredTo.en}`,
        rule.citation,
      ),
    );

  if (rule.kind !== 'payment' || !rule.amount) {
    if (rule.cap) {
      const cap = resolve(plan, rule.cap);
      w.trace.push(
        line(
          'item_cap',
          `上限 ${cap.show.zh}（由该政策核定）`,
          `at most ${cap.show.en} (set under that policy)`,
          cap.citation,
        ),
      );
    }
    return finish(w, verdict, null);
  }
  if (verdict === false) return finish(w, false, null);

  const raw = evalAmount(rule.amount, scope, plan, w, rule.citation);
  if (raw === false) {
    addReason(w, 'no_tier_reached', '未达到最低档次', 'the lowest tier is not reached', rule.citation);
    return finish(w, false, null);
  }
  if (raw === null) return finish(w, null, null);
  let value = toFen(raw);
  w.computed = value;
  if (rule.cap) {
    const cap = resolve(plan, rule.cap);
    const capped = minDec(value, cap.value);
    w.caps.push({
      kind: 'item',
      id: rule.id,
      limit: cap.fen,
      before: yuanString(value),
      after: yuanString(capped),
      citation: cap.citation,
    });
    w.trace.push(
      line(
        'item_cap',
        `${showYuan(value)} 元，本项上限 ${cap.show.zh} → ${showYuan(capped)} 元`,
        `${showYuan(value)} yuan, item cap ${cap.show.en} → ${showYuan(capped)} yuan`,
        cap.citation,
      ),
    );
    value = capped;
  }
  if (value.isZero()) {
    addReason(
      w,
      'zero_amount',
      '按所给事实计算金额为 0',
      'the amount computes to 0 from the facts given',
      rule.citation,
    );
    return finish(w, false, value);
  }
  return finish(w, verdict, value);
}

function finish(w: Work, verdict: Tri, value: Dec | null): Work {
  if (verdict === true) w.status = w.rule.kind === 'payment' && value === null ? 'undetermined' : 'eligible';
  else if (verdict === null) w.status = 'undetermined';
  else w.status = 'ineligible';
  if (w.status === 'undetermined' && w.missing.size)
    addReason(
      w,
      'missing_facts',
      `缺少事实：${[...w.missing].join('、')}`,
      `missing facts: ${[...w.missing].join(', ')}`,
    );
  w.amount = w.status === 'eligible' ? value : null;
  return w;
}

// ── best-of groups, then enterprise caps ──

function applyBestOf(plan: DocPlan, works: Map<string, Work>, facts: Facts): void {
  const doc = plan.doc;
  // The same matter rewarded by another city policy: the more favourable of the two is paid. Decided
  // first, so an item displaced by another policy no longer competes inside its group.
  const other = (facts.otherPolicyAwards as Readonly<Record<string, string>> | undefined) ?? {};
  for (const [ruleId, awarded] of Object.entries(other)) {
    const w = works.get(ruleId);
    if (!w || w.status !== 'eligible' || !w.amount) continue;
    const theirs = new Dec(awarded);
    if (!doc.otherPoliciesBestOf) {
      w.trace.push(
        line(
          'best_of',
          `本文件无“从优不重复”条款：其他政策的 ${showYuan(theirs)} 元不影响本项`,
          `this document has no best-of clause: ${showYuan(theirs)} yuan under other policies does not change this item`,
          w.rule.citation,
        ),
      );
      continue;
    }
    const c = doc.otherPoliciesBestOf.citation;
    if (theirs.greaterThanOrEqualTo(w.amount)) {
      w.bestOf = { group: 'other_policies', decision: 'excluded', winner: 'other_policy', citation: c };
      addReason(
        w,
        'other_policy_more_favourable',
        `其他政策已就同一事项给予 ${showYuan(theirs)} 元，更优`,
        `another city policy gives ${showYuan(theirs)} yuan for the same matter, more favourable`,
        c,
      );
      w.trace.push(
        line(
          'best_of',
          `从优不重复：其他政策 ${showYuan(theirs)} 元 ≥ 本项 ${showYuan(w.amount)} 元，本项不付`,
          `best-of: other policy ${showYuan(theirs)} ≥ this item ${showYuan(w.amount)}, not paid`,
          c,
        ),
      );
      w.amount = ZERO;
    } else {
      w.bestOf = { group: 'other_policies', decision: 'paid', winner: w.rule.id, citation: c };
      w.trace.push(
        line(
          'best_of',
          `从优不重复：本项 ${showYuan(w.amount)} 元 > 其他政策 ${showYuan(theirs)} 元，付本项，其他政策的奖补不再重复享受`,
          `best-of: this item ${showYuan(w.amount)} > other policy ${showYuan(theirs)}; this is paid and the other award is forgone`,
          c,
        ),
      );
    }
  }

  for (const g of doc.bestOfGroups) {
    const members = g.rules.map((id) => works.get(id)).filter((w): w is Work => !!w);
    const paying = members.filter((w) => w.status === 'eligible' && w.amount && w.amount.greaterThan(0));
    const open = members.filter((w) => w.status === 'undetermined');
    if (paying.length < 2) {
      for (const w of paying)
        w.trace.push(
          line(
            'best_of',
            `从优不重复组“${g.reason.zh}”：同组其他项目${open.length ? '尚未确定' : '均不适用'}，本项照付`,
            `best-of group “${g.reason.en}”: ${open.length ? 'other items still undetermined' : 'no other item of the group applies'}, this one is paid`,
            g.citation,
          ),
        );
      continue;
    }
    // The most favourable: the largest amount; on a tie, the earlier item of the document.
    let winner = paying[0]!;
    for (const w of paying) if (w.amount!.greaterThan(winner.amount!)) winner = w;
    for (const w of paying) {
      const others = paying
        .filter((o) => o !== w)
        .map((o) => `${o.rule.citation}（${showYuan(o.amount!)} 元）`);
      if (w === winner) {
        w.bestOf = { group: g.id, decision: 'paid', winner: w.rule.id, citation: g.citation };
        w.trace.push(
          line(
            'best_of',
            `从优不重复：本项 ${showYuan(w.amount!)} 元为同组最优，付本项；不再付 ${others.join('、')}`,
            `best-of: this item’s ${showYuan(w.amount!)} yuan is the most favourable of the group and is paid instead of ${others.join(', ')}`,
            g.citation,
          ),
        );
      } else {
        w.bestOf = { group: g.id, decision: 'excluded', winner: winner.rule.id, citation: g.citation };
        addReason(
          w,
          'best_of_excluded',
          `从优不重复：改付 ${winner.rule.citation}`,
          `best-of: ${winner.rule.citation} is paid instead`,
          g.citation,
        );
        w.trace.push(
          line(
            'best_of',
            `从优不重复：${winner.rule.citation} 的 ${showYuan(winner.amount!)} 元更优，本项 ${showYuan(w.amount!)} 元不付`,
            `best-of: ${winner.rule.citation} pays ${showYuan(winner.amount!)} yuan, more favourable; this item’s ${showYuan(w.amount!)} yuan is not paid`,
            g.citation,
          ),
        );
        w.amount = ZERO;
      }
    }
  }
}

function applyEnterpriseCaps(plan: DocPlan, works: Map<string, Work>, facts: Facts): void {
  const prior = (facts.priorAwards as Readonly<Record<string, string>> | undefined) ?? {};
  for (const cap of plan.doc.enterpriseCaps) {
    const p = resolve(plan, cap.amount);
    const earlier = cap.per === 'total' ? cap.rules.reduce((s, id) => s.plus(prior[id] ?? '0'), ZERO) : ZERO;
    let remaining = maxDec(p.value.minus(earlier), ZERO);
    const kind = cap.per === 'year' ? 'enterprise_year' : 'enterprise_total';
    const members = cap.rules
      .map((id) => works.get(id))
      .filter((w): w is Work => !!w && w.status === 'eligible' && !!w.amount);
    const headZh =
      cap.per === 'year'
        ? `单个企业每年上限 ${p.show.zh}`
        : `单个申请主体累计上限 ${p.show.zh}，此前已获 ${showYuan(earlier)} 元`;
    const headEn =
      cap.per === 'year'
        ? `per-applicant yearly cap ${p.show.en}`
        : `per-applicant total cap ${p.show.en}, ${showYuan(earlier)} yuan received before`;
    // Shared caps are filled in the document's order: earlier items keep their amount first.
    for (const w of members) {
      const before = w.amount!;
      const after = minDec(before, remaining);
      remaining = remaining.minus(after);
      w.caps.push({
        kind,
        id: cap.id,
        limit: p.fen,
        before: yuanString(before),
        after: yuanString(after),
        citation: cap.citation,
      });
      w.trace.push(
        line(
          'enterprise_cap',
          `${cap.label.zh}：${headZh}；本项 ${showYuan(before)} 元 → ${showYuan(after)} 元`,
          `${cap.label.en}: ${headEn}; this item ${showYuan(before)} → ${showYuan(after)} yuan`,
          cap.citation,
        ),
      );
      if (after.isZero() && before.greaterThan(0))
        addReason(w, 'cap_exhausted', `${cap.label.zh}已用完`, `${cap.label.en} is used up`, cap.citation);
      w.amount = after;
    }
  }
}

// ── the front ──

/**
 * Evaluates every item of a zone's policies for one applicant and one period (a calendar year):
 * facts → document version in force → eligibility → amount → item caps → best-of groups →
 * enterprise caps. Ineligible, undetermined and not-in-force items are results, not errors; invalid
 * facts, zone or period throw a validation AppError; a catalogue defect throws `internal`.
 */
export function evaluate(
  zone: ZoneId,
  period: string,
  facts: unknown,
  options: EvaluateOptions = {},
): Evaluation {
  return evaluatePlanned(planCached(zone, period, options), facts);
}

const planCache = new Map<string, EvaluationPlan>();

function planCached(zone: ZoneId, period: string, options: EvaluateOptions): EvaluationPlan {
  if (options.catalogue || options.fxRates || options.lpr) return planEvaluation(zone, period, options);
  const key = `${zone}|${period}|${options.includeDrafts ? 1 : 0}`;
  let plan = planCache.get(key);
  if (!plan) {
    plan = planEvaluation(zone, period, options);
    planCache.set(key, plan);
  }
  return plan;
}

/** Evaluates one applicant's facts against a compiled plan (see planEvaluation). */
export function evaluatePlanned(plan: EvaluationPlan, input: unknown): Evaluation {
  const facts = parseFacts(input);
  checkRuleKeys(plan, facts);
  const trace: TraceLine[] = [
    line(
      'facts',
      `已校验事实 ${Object.keys(facts).length} 项`,
      `${Object.keys(facts).length} facts checked against the vocabulary`,
    ),
  ];
  const items: ItemResult[] = [];
  let total = ZERO;
  for (const { doc, plan: dp, verdict } of plan.docs) {
    if (!dp) {
      trace.push(
        line(
          'version',
          `${doc.citeAs}：${verdict.reason?.zh ?? '未生效'}`,
          `${doc.citeAs}: ${verdict.reason?.en ?? 'not in force'}`,
        ),
      );
      for (const rule of doc.rules) items.push(notInForceItem(rule, doc, verdict));
      continue;
    }
    trace.push(
      line(
        'version',
        `${doc.citeAs}：${plan.period}年有效（${verdict.daysInForce} 天${verdict.partialYear ? '，非全年' : ''}），参数取 ${verdict.referenceDate} 之值`,
        `${doc.citeAs}: in force in ${plan.period} (${verdict.daysInForce} days${verdict.partialYear ? ', part of the year' : ''}); parameters as on ${verdict.referenceDate}`,
      ),
    );
    if (dp.fx)
      trace.push(
        line(
          'rate',
          `美元兑人民币 ${dp.fx.rate.toFixed()}（${dp.fx.source}）`,
          `USD/CNY ${dp.fx.rate.toFixed()} (${dp.fx.source})`,
        ),
      );
    else
      trace.push(
        line(
          'rate',
          `${plan.period}年美元汇率未公布：美元门槛无法比较`,
          `no USD rate for ${plan.period}: USD thresholds cannot be compared`,
        ),
      );
    const scope = factsScope(facts);
    const scopeCheck = checkScope(dp, scope);
    const works = new Map<string, Work>();
    for (const rule of doc.rules) works.set(rule.id, evalItem(rule, dp, facts, scope, scopeCheck));
    applyBestOf(dp, works, facts);
    applyEnterpriseCaps(dp, works, facts);
    for (const s of doc.stacking)
      for (const id of s.rules) {
        const w = works.get(id);
        if (w?.status === 'eligible')
          w.trace.push(
            line(
              'note',
              `可叠加：${s.text}`,
              `stacks with the other items of ${s.citation} (${s.text})`,
              s.citation,
            ),
          );
      }
    for (const w of works.values()) {
      const item = toItem(w, doc);
      if (item.status === 'eligible' && item.kind === 'payment' && item.amount)
        total = total.plus(item.amount);
      items.push(item);
    }
  }
  return {
    zone: plan.zone,
    period: plan.period,
    includeDrafts: plan.includeDrafts,
    documents: plan.docs.map((d) => d.verdict),
    items,
    total: yuanString(total),
    trace,
  };
}

/** priorAwards and otherPolicyAwards are keyed by rule id: an unknown key is a field error. */
function checkRuleKeys(plan: EvaluationPlan, facts: Facts): void {
  const errors: FieldError[] = [];
  for (const field of ['priorAwards', 'otherPolicyAwards'] as const) {
    const map = facts[field] as Readonly<Record<string, string>> | undefined;
    for (const key of Object.keys(map ?? {}))
      if (!plan.ruleIds.has(key))
        errors.push({
          field: `facts.${field}.${key}`,
          code: 'unknown_rule',
          message: {
            zh: `${plan.zone} 没有编号为 ${key} 的奖补项目`,
            en: `${plan.zone} has no item with rule id ${key}`,
          },
        });
  }
  if (errors.length) throw AppError.validation(errors);
}

function notInForceItem(rule: Rule, doc: PolicyDocument, verdict: DocumentVerdict): ItemResult {
  const reason = verdict.reason ?? { zh: '未生效', en: 'not in force' };
  return {
    ruleId: rule.id,
    documentKey: doc.key,
    article: rule.article,
    citation: rule.citation,
    title: rule.title,
    kind: rule.kind,
    basis: rule.basis ?? null,
    status: 'not_in_force',
    reasons: [{ code: doc.stage === 'draft' && !doc.validity.from ? 'draft' : 'not_in_force', ...reason }],
    missingFacts: [],
    tier: null,
    computed: null,
    amount: null,
    caps: [],
    bestOf: null,
    draft: doc.stage === 'draft',
    trace: [line('version', reason.zh, reason.en, rule.citation)],
  };
}

function toItem(w: Work, doc: PolicyDocument): ItemResult {
  const rule = w.rule;
  return {
    ruleId: rule.id,
    documentKey: doc.key,
    article: rule.article,
    citation: rule.citation,
    title: rule.title,
    kind: rule.kind,
    basis: rule.basis ?? null,
    status: w.status,
    reasons: w.reasons,
    // Facts missing behind a decided item (an 或 already met, a condition already false) do not matter.
    missingFacts: w.status === 'undetermined' ? [...w.missing] : [],
    tier: w.tier,
    computed: w.computed ? yuanString(w.computed) : null,
    amount: w.status === 'eligible' && w.amount ? yuanString(w.amount) : null,
    caps: w.caps,
    bestOf: w.bestOf,
    draft: doc.stage === 'draft',
    trace: w.trace,
  };
}
