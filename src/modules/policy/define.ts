import type { Bilingual } from '../../shared/app-error.js';
import { Dec } from './decimal.js';
import type {
  BooleanFactId,
  DateFactId,
  Level,
  LevelFactId,
  NumericFactId,
  RecordsFactId,
  YearFactId,
} from './facts.js';
import type {
  Amount,
  AmountNotPaid,
  Article,
  BestOfGroup,
  Condition,
  EnterpriseCap,
  Op,
  Param,
  ParamUnit,
  ParamVersion,
  PolicyDocument,
  Rule,
  RuleSpec,
  StackingNote,
  ZoneId,
} from './types.js';

/**
 * Builders for the policy documents under policies/<zone>/: a document is written as its articles,
 * each with the rules, caps and groups it states, so a rule sits next to the text it encodes and
 * cites it without repeating the citation by hand.
 */

// ── parameters ──

const MULTIPLIER: Record<string, string> = { '': '1', 万: '10000', 亿: '100000000' };

/** "50万元" → 500000, "1亿美元" → 100000000, "0.5元" → 0.5: the value is read from the document's words. */
export function moneyValue(text: string): { value: string; currency: 'yuan' | 'usd' } {
  const m = /^(\d+(?:\.\d+)?)(万|亿)?(元|美元)$/.exec(text.replace(/\s+/g, ''));
  if (!m) throw new Error(`not an amount: ${text}`);
  return {
    value: new Dec(m[1]!).times(MULTIPLIER[m[2] ?? '']!).toFixed(),
    currency: m[3] === '美元' ? 'usd' : 'yuan',
  };
}

/** "30%" → 0.3. */
export function percentValue(text: string): string {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(text.replace(/\s+/g, ''));
  if (!m) throw new Error(`not a percentage: ${text}`);
  return new Dec(m[1]!).dividedBy(100).toFixed();
}

export interface ArticleContext {
  /** "衡政发〔2024〕4号 第5条". */
  readonly citation: string;
  readonly article: string;
  /** An amount in yuan, from the text: "50万元". */
  yuan(text: string): Param;
  /** A USD threshold, from the text: "50万美元" (converted at the period's rate when evaluated). */
  usd(text: string): Param;
  /** A percentage, from the text: "30%". */
  rate(text: string): Param;
  /** A rate stated in words (全额 = 1): value given explicitly. */
  rateWords(value: string, text: string): Param;
  /** A yuan amount stated in words (破零 = more than 0): value given explicitly. */
  yuanWords(value: string, text: string): Param;
  count(value: number, text: string): Param;
  area(value: number, text: string): Param;
  /** Yuan per m² per month ("4元"), per m² ("100元"), per unit ("0.5元"). */
  perM2Month(text: string): Param;
  perM2(text: string): Param;
  perUnit(text: string): Param;
}

function param(unit: ParamUnit, value: string, text: string, from: string, citation: string): Param {
  return { unit, versions: [{ from, value, text, citation }] };
}

/** A later version of a parameter (an amendment): adds a dated value, history stays. */
export function amended(p: Param, version: ParamVersion): Param {
  const last = p.versions[p.versions.length - 1];
  if (last && version.from <= last.from) throw new Error(`version ${version.from} must follow ${last.from}`);
  return { unit: p.unit, versions: [...p.versions, version] };
}

function articleContext(from: string, citation: string, article: string): ArticleContext {
  const yuanOrUsd = (text: string, want: 'yuan' | 'usd', unit: ParamUnit): Param => {
    const { value, currency } = moneyValue(text);
    if (currency !== want) throw new Error(`${citation}: ${text} is not in ${want}`);
    return param(unit, value, text, from, citation);
  };
  return {
    citation,
    article,
    yuan: (text) => yuanOrUsd(text, 'yuan', 'yuan'),
    usd: (text) => yuanOrUsd(text, 'usd', 'usd'),
    rate: (text) => param('rate', percentValue(text), text, from, citation),
    rateWords: (value, text) => param('rate', value, text, from, citation),
    yuanWords: (value, text) => param('yuan', value, text, from, citation),
    count: (value, text) => param('count', String(value), text, from, citation),
    area: (value, text) => param('m2', String(value), text, from, citation),
    perM2Month: (text) => yuanOrUsd(text, 'yuan', 'yuan_per_m2_month'),
    perM2: (text) => yuanOrUsd(text, 'yuan', 'yuan_per_m2'),
    perUnit: (text) => yuanOrUsd(text, 'yuan', 'yuan_per_unit'),
  };
}

// ── conditions ──

const compare = (fact: string, op: Op, p: Param): Condition => ({ type: 'compare', fact, op, param: p });
/** 以上 / 达到 / （含）. */
export const atLeast = (fact: NumericFactId, p: Param): Condition => compare(fact, '>=', p);
/** 超过. */
export const over = (fact: NumericFactId, p: Param): Condition => compare(fact, '>', p);
/** 不满 / 低于. */
export const under = (fact: NumericFactId, p: Param): Condition => compare(fact, '<', p);
export const is = (fact: BooleanFactId): Condition => ({ type: 'flag', fact, expected: true });
export const isNot = (fact: BooleanFactId): Condition => ({ type: 'flag', fact, expected: false });
export const level = (fact: LevelFactId, min: Level): Condition => ({ type: 'level', fact, atLeast: min });
export const anyOf = (label: Bilingual, ...conditions: Condition[]): Condition => ({
  type: 'anyOf',
  label,
  conditions,
});
/** Conditions on a field of a row inside an `each` amount. */
export const field = {
  atLeast: (name: string, p: Param): Condition => compare(name, '>=', p),
  over: (name: string, p: Param): Condition => compare(name, '>', p),
  is: (name: string): Condition => ({ type: 'flag', fact: name, expected: true }),
};

// ── typed amount helpers (the fact kinds are checked here) ──

export const amount = {
  fixed: (p: Param) => ({ shape: 'fixed', amount: p }) as const,
  tiers: (...tiers: { label: Bilingual; conditions: Condition[]; amount: Param }[]) =>
    ({ shape: 'tiers', tiers }) as const,
  share: (base: NumericFactId, rate: Param) => ({ shape: 'share', base, rate }) as const,
  per: (quantity: NumericFactId, rate: Param) => ({ shape: 'per_unit', quantity, rate }) as const,
  leaseSchedule: (area: NumericFactId, leaseStart: DateFactId, rates: Param[]) =>
    ({ shape: 'lease_schedule', area, leaseStart, rates }) as const,
  yearSchedule: (startYear: YearFactId, amounts: Param[]) =>
    ({ shape: 'year_schedule', startYear, amounts }) as const,
  each: (
    records: RecordsFactId,
    label: Bilingual,
    inner: { conditions?: Condition[]; amount: Amount; cap?: Param },
  ) =>
    ({
      shape: 'each',
      records,
      label,
      conditions: inner.conditions ?? [],
      amount: inner.amount,
      ...(inner.cap ? { cap: inner.cap } : {}),
    }) as const,
  /** Inside `each`: a share of a row's field. */
  fieldShare: (base: string, rate: Param) => ({ shape: 'share', base, rate }) as const,
  fieldYearSchedule: (startYear: string, amounts: Param[]) =>
    ({ shape: 'year_schedule', startYear, amounts }) as const,
  lprInterest: (share: Param) =>
    ({
      shape: 'lpr_interest',
      principal: 'principalYuan',
      startDate: 'startDate',
      days: 'days',
      interestPaid: 'interestPaidYuan',
      share,
    }) as const,
};

// ── documents ──

export interface ArticleSpec {
  readonly id: string;
  readonly label: string;
  readonly section: string | null;
  readonly text: string;
  readonly rules?: (a: ArticleContext) => RuleSpec[];
  /** The document's 支持范围, stated in this article. */
  readonly scope?: (a: ArticleContext) => Condition[];
  readonly enterpriseCaps?: (a: ArticleContext) => Omit<EnterpriseCap, 'article' | 'citation'>[];
  readonly bestOfGroups?: (a: ArticleContext) => Omit<BestOfGroup, 'article' | 'citation'>[];
  readonly stacking?: Omit<StackingNote, 'article' | 'citation'>[];
  /** This article makes overlaps with the city's other policies best-of. */
  readonly otherPoliciesBestOf?: boolean;
  readonly amountsNotPaid?: Omit<AmountNotPaid, 'article'>[];
}

export interface DocumentSpec extends Omit<
  PolicyDocument,
  | 'articles'
  | 'rules'
  | 'scope'
  | 'enterpriseCaps'
  | 'bestOfGroups'
  | 'stacking'
  | 'otherPoliciesBestOf'
  | 'amountsNotPaid'
> {
  readonly articles: readonly ArticleSpec[];
}

export function defineDocument(spec: DocumentSpec): PolicyDocument {
  const from = spec.validity.from ?? spec.draftAssumedFrom;
  if (!from) throw new Error(`${spec.key}: a document needs validity.from or draftAssumedFrom`);
  const articles: Article[] = [];
  const rules: Rule[] = [];
  const enterpriseCaps: EnterpriseCap[] = [];
  const bestOfGroups: BestOfGroup[] = [];
  const stacking: StackingNote[] = [];
  const amountsNotPaid: AmountNotPaid[] = [];
  let scope: PolicyDocument['scope'];
  let otherPoliciesBestOf: PolicyDocument['otherPoliciesBestOf'];
  for (const a of spec.articles) {
    const citation = `${spec.citeAs} ${a.label}`;
    const ctx = articleContext(from, citation, a.id);
    articles.push({ id: a.id, label: a.label, section: a.section, text: a.text });
    for (const r of a.rules?.(ctx) ?? [])
      rules.push({ ...r, documentKey: spec.key, article: a.id, citation });
    for (const c of a.enterpriseCaps?.(ctx) ?? []) enterpriseCaps.push({ ...c, article: a.id, citation });
    for (const g of a.bestOfGroups?.(ctx) ?? []) bestOfGroups.push({ ...g, article: a.id, citation });
    for (const s of a.stacking ?? []) stacking.push({ ...s, article: a.id, citation });
    for (const n of a.amountsNotPaid ?? []) amountsNotPaid.push({ ...n, article: a.id });
    if (a.scope) scope = { article: a.id, citation, conditions: a.scope(ctx) };
    if (a.otherPoliciesBestOf) otherPoliciesBestOf = { article: a.id, citation };
  }
  return {
    ...spec,
    articles,
    rules,
    enterpriseCaps,
    bestOfGroups,
    stacking,
    amountsNotPaid,
    scope,
    otherPoliciesBestOf,
  };
}

export type { ZoneId };
