import type { AuditLogTable } from '../modules/audit/audit.tables.js';
import type {
  BuyerQuotaTable,
  CustomsRelayTable,
  CustomsRelayRecordTable,
  CebMessageBatchTable,
  CebMessageTable,
  ClearanceDocumentTable,
  CustomsEventTable,
  ParcelTable,
  SummaryDeclarationTable,
  SummaryInventoryTable,
  TradeGoodsLineTable,
  TradeStatChapterMonthTable,
  TradeStatCountryMonthTable,
  TradeStatGoodsMonthTable,
  TradeStatMonthTable,
  TradeStatPeriodTable,
  TradeStatZoneMonthTable,
} from '../modules/clearance/clearance.tables.js';
import type {
  EnterpriseTable,
  FilingEventTable,
  ShopTable,
} from '../modules/enterprise/enterprise.tables.js';
import type {
  ApiTokenTable,
  AppUserTable,
  IdempotencyKeyTable,
  UserSessionTable,
} from '../modules/identity/identity.tables.js';
import type {
  SubsidyApplicationTable,
  SubsidyBudgetTable,
  SubsidyDisbursementTable,
  SubsidyEntitlementRunTable,
  SubsidyEntitlementTable,
  SubsidyEvidenceTable,
  SubsidyNoticeItemTable,
  SubsidyNoticeTable,
  SubsidyObjectionTable,
  SubsidyStepTable,
} from '../modules/subsidy/subsidy.tables.js';
import type {
  GovernanceIndicatorValueTable,
  GovernanceReportTable,
  GovernanceTaskTable,
} from '../modules/governance/governance.tables.js';
import type { StatExchangeRateTable } from '../modules/statistics/statistics.tables.js';
import type {
  SampleEnterpriseTable,
  SampleReminderTable,
  SampleReportShopTable,
  SampleReportTable,
} from '../modules/statistics/sample/sample.tables.js';
import type { ZoneTable } from '../modules/zone/zone.tables.js';

/** The whole schema as Kysely sees it; each module owns (and alone queries) its own tables. */
export interface Database {
  zone: ZoneTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  idempotency_key: IdempotencyKeyTable;
  audit_log: AuditLogTable;
  enterprise: EnterpriseTable;
  shop: ShopTable;
  filing_event: FilingEventTable;
  ceb_message: CebMessageTable;
  ceb_message_batch: CebMessageBatchTable;
  clearance_document: ClearanceDocumentTable;
  parcel: ParcelTable;
  customs_event: CustomsEventTable;
  buyer_quota: BuyerQuotaTable;
  customs_relay: CustomsRelayTable;
  customs_relay_record: CustomsRelayRecordTable;
  summary_declaration: SummaryDeclarationTable;
  summary_inventory: SummaryInventoryTable;
  trade_stat_month: TradeStatMonthTable;
  trade_stat_zone_month: TradeStatZoneMonthTable;
  trade_stat_goods_month: TradeStatGoodsMonthTable;
  trade_stat_country_month: TradeStatCountryMonthTable;
  trade_stat_chapter_month: TradeStatChapterMonthTable;
  trade_stat_period: TradeStatPeriodTable;
  trade_goods_line: TradeGoodsLineTable;
  subsidy_budget: SubsidyBudgetTable;
  subsidy_application: SubsidyApplicationTable;
  subsidy_evidence: SubsidyEvidenceTable;
  subsidy_step: SubsidyStepTable;
  subsidy_notice: SubsidyNoticeTable;
  subsidy_notice_item: SubsidyNoticeItemTable;
  subsidy_objection: SubsidyObjectionTable;
  subsidy_disbursement: SubsidyDisbursementTable;
  subsidy_entitlement_run: SubsidyEntitlementRunTable;
  subsidy_entitlement: SubsidyEntitlementTable;
  governance_task: GovernanceTaskTable;
  governance_report: GovernanceReportTable;
  governance_indicator_value: GovernanceIndicatorValueTable;
  stat_exchange_rate: StatExchangeRateTable;
  sample_enterprise: SampleEnterpriseTable;
  sample_report: SampleReportTable;
  sample_report_shop: SampleReportShopTable;
  sample_reminder: SampleReminderTable;
}
