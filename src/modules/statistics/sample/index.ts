/**
 * Sample enterprises (样本企业) and the monthly reports of enterprises with filed shops: the zone's sample
 * list, reports with their versions, reminders and late flags, the business-climate diffusion index and
 * the shops' online sales for the statistics. README.md beside this file.
 */
export { addSampleEnterprise } from './add-sample.js';
export { endSampleEnterprise } from './end-sample.js';
export { listSampleEnterprises } from './list-samples.js';
export { fileMonthlyReport } from './file-report.js';
export { uploadMonthlyReport, MAX_REPORT_FILE_BYTES } from './upload-report.js';
export { monthlyReportTemplate } from './report-template.js';
export { reportHistory, type ReportHistory } from './report-history.js';
export { myReporting, type MyReporting, type MyMonth } from './my-reporting.js';
export { sampleMonthStatus, type MonthStatus, type MonthStatusRow } from './month-status.js';
export { sendReminder } from './send-reminder.js';
export { remindLateReporters, type RemindLateResult } from './remind-late.js';
export { markReminderRead } from './mark-reminder-read.js';
export { businessClimate, type BusinessClimate, type MonthClimate } from './business-climate.js';
export {
  shopSalesTotals,
  listShopSalesRecords,
  type ShopSalesTotals,
  type ShopSalesMonth,
  type ShopSalesRecord,
} from './shop-sales.js';
export {
  climateIndex,
  diffusion,
  CLIMATE_QUESTIONS,
  BOOM_BUST_LINE,
  type ClimateAnswer,
  type ClimateAnswers,
  type ClimateIndex,
  type ClimateQuestion,
  type QuestionIndex,
} from './climate-index.js';
export {
  addMonths,
  REPORT_DUE_DAY,
  REPORTING_STATUSES,
  dueDayOf,
  lastEndedMonth,
  reportingStatus,
  type ReportingStatus,
} from './months.js';
export type { SampleView, ReportView, ShopLineView, ReminderView } from './sample-view.js';
export {
  ZReportInput,
  ZSampleInput,
  ZEndSampleInput,
  ZReminderInput,
  ZRemindLateInput,
  ZShopSalesQuery,
  ZShopRecordsQuery,
  ZClimateQuery,
  ZMonth,
  ZMoney,
  type ReportInput,
} from './sample.schemas.js';
