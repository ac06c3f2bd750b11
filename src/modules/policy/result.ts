import type { Bilingual } from '../../shared/app-error.js';
import type { Basis, RuleKind, ZoneId } from './types.js';

export type TraceStep =
  | 'facts'
  | 'version'
  | 'rate'
  | 'beneficiary'
  | 'scope'
  | 'condition'
  | 'one_off'
  | 'tier'
  | 'amount'
  | 'item_cap'
  | 'best_of'
  | 'enterprise_cap'
  | 'note';

/** One line of an explanation, in Chinese and English, with the article it rests on. */
export interface TraceLine {
  readonly step: TraceStep;
  readonly zh: string;
  readonly en: string;
  readonly citation?: string;
  /** For conditions: met, not met, or unknown (a fact is missing). */
  readonly outcome?: 'met' | 'not_met' | 'unknown';
}

export type ReasonCode =
  | 'not_in_force'
  | 'draft'
  | 'not_for_applicant'
  | 'out_of_scope'
  | 'condition_not_met'
  | 'already_awarded'
  | 'no_tier_reached'
  | 'zero_amount'
  | 'missing_facts'
  | 'no_fx_rate'
  | 'no_lpr'
  | 'best_of_excluded'
  | 'other_policy_more_favourable'
  | 'cap_exhausted';

export interface Reason extends Bilingual {
  readonly code: ReasonCode;
  readonly citation?: string;
}

export type ItemStatus = 'eligible' | 'ineligible' | 'undetermined' | 'not_in_force';

export interface CapStep {
  readonly kind: 'item' | 'row' | 'enterprise_year' | 'enterprise_total';
  readonly id: string;
  readonly limit: string;
  readonly before: string;
  readonly after: string;
  readonly citation: string;
}

export interface BestOfStep {
  readonly group: string;
  readonly decision: 'paid' | 'excluded';
  /** The item paid instead (for `excluded`), or `other_policy` when another city policy's award wins. */
  readonly winner: string;
  readonly citation: string;
}

export interface ItemResult {
  readonly ruleId: string;
  readonly documentKey: string;
  readonly article: string;
  readonly citation: string;
  readonly title: Bilingual;
  readonly kind: RuleKind;
  readonly basis: Basis | null;
  readonly status: ItemStatus;
  readonly reasons: readonly Reason[];
  readonly missingFacts: readonly string[];
  readonly tier: { readonly index: number; readonly label: Bilingual } | null;
  /** Before any cap, in yuan ("300000.00"); null when the item pays no stated amount or it is unknown. */
  readonly computed: string | null;
  /** After item caps, best-of groups and enterprise caps: the fixed amount, or the maximum reviewers may approve. */
  readonly amount: string | null;
  readonly caps: readonly CapStep[];
  readonly bestOf: BestOfStep | null;
  readonly draft: boolean;
  readonly trace: readonly TraceLine[];
}

export interface DocumentVerdict {
  readonly key: string;
  readonly series: string;
  readonly citeAs: string;
  readonly title: string;
  readonly stage: 'draft' | 'issued';
  readonly inForce: boolean;
  readonly reason: Bilingual | null;
  /** The day parameters are read on: the last day of the period on which the document is in force. */
  readonly referenceDate: string | null;
  readonly daysInForce: number;
  readonly partialYear: boolean;
  readonly fxRate: { readonly year: number; readonly cnyPerUsd: string; readonly source: string } | null;
}

export interface Evaluation {
  readonly zone: ZoneId;
  readonly period: string;
  readonly includeDrafts: boolean;
  readonly documents: readonly DocumentVerdict[];
  readonly items: readonly ItemResult[];
  /** Sum of the eligible payment items' amounts (fixed ones and maximums alike), in yuan. */
  readonly total: string;
  readonly trace: readonly TraceLine[];
}
