/**
 * Statistics monitoring (统计监测): the zone's full-coverage trade figures from the released inventories,
 * the dated exchange-rate table, drill-down to records. README.md beside this file.
 */
export { tradeOverview, tradeBreakdown, tradeTrend, tradeFigureRecords } from './trade-statistics.js';
export type {
  Overview,
  Breakdown,
  BreakdownRow,
  TrendPoint,
  FigureRecords,
  Figure,
  Money,
} from './trade-statistics.js';
export {
  listExchangeRates,
  recordExchangeRate,
  rateTable,
  type ExchangeRateView,
} from './manage-exchange-rates.js';
export { rateOn, resolveRates, CNY, USD, type DatedRate } from './exchange-rates.js';
export * from './periods.js';
export * from './statistics.schemas.js';
export { zoneDevelopmentIndex, ZIndexQuery, type ZoneDevelopmentIndex } from './zone-development-index.js';
export {
  computeDevelopmentIndex,
  INDEX_INDICATORS,
  INDEX_DIMENSIONS,
  type DevelopmentIndexResult,
  type IndexObservation,
  type IndicatorKey,
} from './development-index.js';
export {
  monthlyReportData,
  ZMonthlyReportQuery,
  type MonthlyReportData,
  type KpiRow,
} from './monthly-report.js';
export { monthlyReportWorkbook } from './monthly-report-xlsx.js';
export { monthlyReportPdf, pdfRenders } from './monthly-report-pdf.js';
