/** Clearance hub: CEB messages, the three-document match, the customs gateway, retail import tax. */
export {
  ingestMessages,
  prepareBatch,
  senderOf,
  storeBatch,
  type IngestReport,
  type RawMessage,
} from './ingest/ingest-messages.js';
export { defaultParseWorkers, ParsePool } from './ingest/parse-pool.js';
export { bulkIngest, prepareInSlices, type BulkBatch, type BulkTotals } from './ingest/bulk-ingest.js';
export { batchesBySender, declaredSender, declaredType } from './ingest/sender-batches.js';
export { isEnterpriseMessage } from './ingest/prepare-messages.js';
export { isCebMessageType } from './messages/registry.js';
export { checkReferenceTables, ReferenceTableError } from './reference-tables.js';
export { listParcels, getParcel } from './list-parcels.js';
export { tradeTotals, type TradeTotal } from './trade-totals.js';
export { exportersBefore } from './exporters-before.js';
export { runCustomsJobs, scheduleCustomsJobs } from './run-customs-jobs.js';
export { countReleasedTrade } from './statistics/count-released-trade.js';
export {
  tradeActiveEnterprises,
  tradeFigures,
  tradeFigureByCurrency,
  tradeMonthCurrencies,
  tradeRankedFigures,
  tradeRecords,
  type EbcGroups,
  type MonthRate,
  type TradeDimension,
  type TradeFilter,
  type TradeFigureRow,
  type TradeRecord,
  type TradeStatQuery,
} from './statistics/trade-figures.js';
export { tradeStatLines, type TradeStatLine } from './statistics/trade-stat-lines.js';
export { gatewayOf } from './gateway/gateway-of.js';
export { matchParcel, type MatchResult, type Mismatch } from './match/match-parcel.js';
export { sandboxLifecycle, type SandboxRates } from './gateway/sandbox-customs.js';
export { CUSTOMS_STATUS } from './gateway/customs-status.js';
export { parseCebMessage } from './messages/parse.js';
export { produceCebMessage } from './messages/produce.js';
export * as tax from './tax/index.js';
export { buildSummaryDeclarations } from './summary/build-summary-declarations.js';
export { groupSummaries } from './summary/group-summaries.js';
