/**
 * Policy module: the zones' subsidy documents as rules (policies/<zone>/), evaluated for one applicant
 * and one calendar year with a bilingual trace. Pure: no database, no clock, no I/O. README.md beside
 * this file and docs/policies.md describe the rules and every reading of the texts.
 */
export {
  evaluate,
  evaluatePlanned,
  planEvaluation,
  type EvaluateOptions,
  type EvaluationPlan,
} from './evaluate.js';
export type {
  BestOfStep,
  CapStep,
  DocumentVerdict,
  Evaluation,
  ItemResult,
  ItemStatus,
  Reason,
  ReasonCode,
  TraceLine,
  TraceStep,
} from './result.js';
export {
  checkCatalogue,
  listPolicies,
  policyDocuments,
  statusOf,
  versionFor,
  type PolicyStatus,
  type PolicySummary,
  type VersionChoice,
} from './catalogue.js';
export {
  APPLICANT_KINDS,
  checkFacts,
  FACTS,
  LEVELS,
  parseFacts,
  ZFacts,
  type ApplicantKind,
  type FactDef,
  type FactId,
  type Facts,
  type FactsCheck,
  type Level,
} from './facts.js';
export { fxRateFor, USD_CNY_ANNUAL_AVERAGES, type FxRate, type FxRateTable } from './fx-rates.js';
export { LPR_1Y, lprOn, type LprChange, type LprTable } from './lpr.js';
export {
  checkCase,
  policyCases,
  runCase,
  runPolicyCases,
  type CaseOutcome,
  type ExpectedItem,
  type PolicyCase,
} from './cases.js';
export { formatEvaluation, formatPolicyList } from './format.js';
export { platformFacts, type DerivedFacts, type PlatformRecord } from './platform-facts.js';
export type {
  Amount,
  Article,
  BestOfGroup,
  Catalogue,
  Condition,
  EnterpriseCap,
  Param,
  PolicyDocument,
  Rule,
  RuleKind,
  ZoneId,
} from './types.js';
export { ZONE_IDS } from './types.js';
