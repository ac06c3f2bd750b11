import type { Bilingual } from '../../shared/app-error.js';
import type { ApplicantKind, Level } from './facts.js';

export type ZoneId = 'zhuzhou' | 'chenzhou' | 'hengyang';
export const ZONE_IDS: readonly ZoneId[] = ['zhuzhou', 'chenzhou', 'hengyang'];

/** `>=` for 以上 / 达到 / （含）, `>` for 超过, `<` for 不满 / 低于, `<=` for 以下 / 不超过. */
export type Op = '>' | '>=' | '<' | '<=';

export type ParamUnit =
  'yuan' | 'usd' | 'rate' | 'count' | 'm2' | 'yuan_per_m2_month' | 'yuan_per_m2' | 'yuan_per_unit';

/** One dated value of a parameter: in force from `from` until the next version's `from`. */
export interface ParamVersion {
  readonly from: string;
  /** In base units: yuan, USD, a fraction for rates ("0.3"), a plain number otherwise. */
  readonly value: string;
  /** The document's own words ("50万美元", "30%"), shown in traces and checked against the text. */
  readonly text: string;
  readonly citation: string;
}

/** A threshold, rate, cap or amount read by a rule: dated values, so an amendment adds a version. */
export interface Param {
  readonly unit: ParamUnit;
  readonly versions: readonly ParamVersion[];
}

export type Condition =
  | {
      readonly type: 'compare';
      /** A fact id, or a field of the row inside an `each` amount. */
      readonly fact: string;
      readonly op: Op;
      readonly param: Param;
    }
  | { readonly type: 'flag'; readonly fact: string; readonly expected: boolean }
  | { readonly type: 'level'; readonly fact: string; readonly atLeast: Level }
  | { readonly type: 'anyOf'; readonly label: Bilingual; readonly conditions: readonly Condition[] };

export interface Tier {
  readonly label: Bilingual;
  readonly conditions: readonly Condition[];
  readonly amount: Param;
}

/**
 * The amount shapes. Caps are not part of a shape: an item cap is the rule's `cap`, a per-row cap is
 * the `each` shape's `cap`, caps over several items or years are the document's enterprise caps.
 */
export type Amount =
  /** 给予 X 万元 (fixed) or 最高 X 万元 (maximum). */
  | { readonly shape: 'fixed'; readonly amount: Param }
  /** Tiers of one item: the highest tier reached pays, never the sum. Listed lowest first. */
  | { readonly shape: 'tiers'; readonly tiers: readonly Tier[] }
  /** A percentage of a cost (按 X% / 不超过 X%); rate 1 where the text pays the cost itself. */
  | { readonly shape: 'share'; readonly base: string; readonly rate: Param }
  /** A rate per unit (per m², per order, per store, per project). */
  | { readonly shape: 'per_unit'; readonly quantity: string; readonly rate: Param }
  /** Per m² per month, by lease year counted from the lease start (自起租日起第一年 / 第二年). */
  | {
      readonly shape: 'lease_schedule';
      readonly area: string;
      readonly leaseStart: string;
      readonly rates: readonly Param[];
    }
  /** A sum per year counted from a start year (首年 X、后两年每年 Y). */
  | { readonly shape: 'year_schedule'; readonly startYear: string; readonly amounts: readonly Param[] }
  /** Interest subsidy: principal × 1-year LPR on the drawdown day × share × days ÷ 360, at most the interest paid. */
  | {
      readonly shape: 'lpr_interest';
      readonly principal: string;
      readonly startDate: string;
      readonly days: string;
      readonly interestPaid: string;
      readonly share: Param;
    }
  /** Per row of a list fact (each warehouse, each event, each loan), summed. */
  | {
      readonly shape: 'each';
      readonly records: string;
      readonly label: Bilingual;
      readonly conditions: readonly Condition[];
      readonly amount: Amount;
      readonly cap?: Param;
    };

/**
 * payment: pays an amount; unquantified: pays 一定支持 / 适当支持 with no amount in the text;
 * priority: 优先 (立项, 宣传…); eligibility: a status or treatment, not money; deferred: paid under
 * another policy named in the text (人才政策, 人社部门, 郴办发〔2019〕5号 …).
 */
export type RuleKind = 'payment' | 'unquantified' | 'priority' | 'eligibility' | 'deferred';

/** fixed: the text fixes the amount given the facts; maximum: reviewers approve up to it (最高, 不超过). */
export type Basis = 'fixed' | 'maximum';

export interface RuleSpec {
  /** `<article>/<slug>`, stable across versions of the document so earlier awards still match. */
  readonly id: string;
  readonly title: Bilingual;
  readonly kind: RuleKind;
  readonly beneficiaries: readonly ApplicantKind[];
  readonly conditions?: readonly Condition[];
  readonly amount?: Amount;
  readonly basis?: Basis;
  /** The item cap (最高 / 不超过 X 万元) on the amount. */
  readonly cap?: Param;
  /** 一次性: paid once per applicant; an earlier award under the rule makes it ineligible. */
  readonly oneOff?: boolean;
  /** For `deferred`: which policy pays. */
  readonly deferredTo?: Bilingual;
  readonly note?: Bilingual;
}

export interface Rule extends RuleSpec {
  readonly documentKey: string;
  readonly article: string;
  readonly citation: string;
}

export interface Article {
  readonly id: string;
  /** As cited: （一）, 二（一）, 第5条. */
  readonly label: string;
  readonly section: string | null;
  /** Verbatim from the source; only the page breaks inside a paragraph are removed. */
  readonly text: string;
}

/** A cap over several items, or one item over several years, for one applicant. */
export interface EnterpriseCap {
  readonly id: string;
  readonly article: string;
  readonly citation: string;
  readonly label: Bilingual;
  readonly rules: readonly string[];
  readonly amount: Param;
  /** year: per calendar year; total: over all years (earlier awards, from `priorAwards`, count). */
  readonly per: 'year' | 'total';
}

/** 从优不重复 / 择优支持且不重复: of the items listed, only the most favourable is paid. */
export interface BestOfGroup {
  readonly id: string;
  readonly article: string;
  readonly citation: string;
  readonly rules: readonly string[];
  readonly reason: Bilingual;
}

/** 可叠加: items the text says stack (shown in traces; stacking is also the default). */
export interface StackingNote {
  readonly id: string;
  readonly article: string;
  readonly citation: string;
  readonly rules: readonly string[];
  readonly text: string;
}

/** An amount in an article's text that pays nothing, with the reason (the coverage test's allow-list). */
export interface AmountNotPaid {
  readonly article: string;
  readonly token: string;
  readonly reason: Bilingual;
}

export interface PolicyDocument {
  readonly key: string;
  /** Versions of one policy share a series; their validities must follow one another without gap or overlap. */
  readonly series: string;
  readonly zone: ZoneId;
  /** 文号; null for a draft. */
  readonly docNumber: string | null;
  readonly title: string;
  /** How citations name it: the 文号, or the title for a draft. */
  readonly citeAs: string;
  readonly issuer: Bilingual;
  readonly stage: 'draft' | 'issued';
  readonly issued: string | null;
  /** Inclusive days; null `from` for an unpublished draft, null `until` for no end. */
  readonly validity: { readonly from: string | null; readonly until: string | null };
  readonly validityNote: Bilingual;
  /** A draft evaluated on request (includeDrafts) is treated as in force from this day. */
  readonly draftAssumedFrom?: string;
  readonly source: { readonly file: string; readonly metadata: Readonly<Record<string, string>> };
  readonly articles: readonly Article[];
  /** The document's 支持范围: conditions every rule of it adds. */
  readonly scope?: {
    readonly article: string;
    readonly citation: string;
    readonly conditions: readonly Condition[];
  };
  readonly rules: readonly Rule[];
  readonly enterpriseCaps: readonly EnterpriseCap[];
  readonly bestOfGroups: readonly BestOfGroup[];
  readonly stacking: readonly StackingNote[];
  /** The clause making overlaps with the city's other policies best-of (awards in `otherPolicyAwards`). */
  readonly otherPoliciesBestOf?: { readonly article: string; readonly citation: string };
  readonly amountsNotPaid: readonly AmountNotPaid[];
}

export type Catalogue = Readonly<Record<ZoneId, readonly PolicyDocument[]>>;
