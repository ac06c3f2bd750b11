/**
 * Retail import tax and limits (9610 / 1210 import): pure rules, no database, no HTTP.
 * README.md beside this file gives the formulas, their sources and the decisions taken where the
 * reference is silent.
 */
export {
  checkRetailImportLimits,
  type LimitCheck,
  type LimitInput,
  type LimitReason,
  type Treatment,
} from './check-retail-import-limits.js';
export {
  computeRetailImportTax,
  ROUNDING_STRATEGIES,
  type LineTax,
  type RoundingStrategy,
  type TaxError,
  type TaxInput,
  type TaxResult,
  type TaxTables,
  type TaxTotals,
} from './compute-retail-import-tax.js';
export { assessRetailImport, type AssessInput, type Assessment } from './assess-retail-import.js';
export { LIMIT_VERSIONS, limitsOn, type LimitParameters } from './limit-parameters.js';
export { loadRateTable, rateFor, type Confidence, type RateRow, type RateTable } from './rate-table.js';
export {
  findPositiveListEntries,
  IMPORT_TRADE_MODES,
  isOnPositiveList,
  loadPositiveList,
  type ImportTradeMode,
  type PositiveList,
  type PositiveListEntry,
} from './positive-list.js';
export {
  applyQuotaEvent,
  balance,
  consumeWithinLimit,
  EMPTY_LEDGER,
  replayQuotaEvents,
  type ConsumeEvent,
  type QuotaEffect,
  type QuotaEvent,
  type QuotaLedger,
} from './quota-ledger.js';
export { CITE } from './citations.js';
