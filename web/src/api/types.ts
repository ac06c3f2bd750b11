/** Types of the HTTP API, as described in docs/api.md. */

export const ROLES = [
  'enterprise',
  'commerce',
  'finance',
  'customs',
  'tax',
  'fx',
  'market_regulation',
  'postal',
  'leading_group',
  'admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'enterprise:read',
  'enterprise:write-own',
  'enterprise:write',
  'enterprise:review',
  'enterprise:import',
  'audit:read',
  'audit:verify',
  'user:manage',
  'token:manage',
  'clearance:submit',
  'clearance:read',
  'clearance:summarize',
  'subsidy:read',
  'subsidy:apply',
  'subsidy:review-commerce',
  'subsidy:review-finance',
  'subsidy:approve',
  'subsidy:notice',
  'subsidy:object',
  'subsidy:disburse',
  'subsidy:budget',
  'subsidy-budget:read',
  'subsidy-evidence:read',
  'subsidy:entitle',
  'governance:read',
  'governance:report',
  'governance:indicator',
  'governance:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ENTERPRISE_ROLES = [
  'ebc',
  'ebp',
  'logistics',
  'payment',
  'declaring_agent',
  'overseas_warehouse',
  'park_operator',
  'incubator',
  'training',
  'bank_insurer',
  'service_provider',
] as const;
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];

export const ENTERPRISE_KINDS = ['enterprise', 'individual'] as const;
export type EnterpriseKind = (typeof ENTERPRISE_KINDS)[number];

export const FILING_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'change_submitted',
  'change_returned',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const ENTERPRISE_ACTIONS = ['edit', 'submit', 'approve', 'return', 'addShop'] as const;
export type EnterpriseAction = (typeof ENTERPRISE_ACTIONS)[number];

/** One bad field of a request. */
export interface ProblemFieldError {
  field: string;
  code: string;
  message: string;
  messageEn: string;
}

/** An application/problem+json body. */
export interface Problem {
  type?: string;
  status: number;
  code: string;
  title: string;
  titleEn: string;
  detail?: string;
  detailEn?: string;
  errors?: ProblemFieldError[];
  requestId?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Query parameters every list takes. */
export interface ListQuery {
  page?: number;
  pageSize?: number;
  sort?: string;
}

/** A county-level district (县市区) of a zone, by its administrative division code. */
export interface District {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface Zone {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Sent by the server beyond docs/api.md: the zone's division code and its districts. */
  regionCode?: string;
  districts?: District[];
}

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  zoneCode: string | null;
  enterpriseId: string | null;
  permissions: string[];
}

/** A user as the administrator's list shows it; the extra fields appear when the server sends them. */
export interface ManagedUser extends User {
  disabled: boolean;
  /** Set while the account is locked after too many failed logins. */
  lockedUntil: string | null;
  createdAt: string;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface LoginInput {
  username: string;
  password: string;
}

export interface RegisterEnterpriseInput {
  kind: EnterpriseKind;
  name: string;
  uscc?: string;
  residentId?: string;
}

export interface RegisterInput {
  zoneCode: string;
  username: string;
  password: string;
  displayName: string;
  enterprise: RegisterEnterpriseInput;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface UserQuery extends ListQuery {
  zoneCode?: string;
  role?: Role;
  q?: string;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  /** Absent or null: a provincial user. */
  zoneCode?: string | null;
  enterpriseId?: string;
}

export interface UpdateUserInput {
  displayName?: string;
  disabled?: boolean;
  unlock?: true;
  password?: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreateTokenInput {
  name: string;
  expiresInDays?: number;
}

export interface CreatedToken extends ApiToken {
  /** The secret, shown once. */
  token: string;
}

export interface FilingInput {
  kind: EnterpriseKind;
  name: string;
  uscc?: string;
  residentId?: string;
  roles: EnterpriseRole[];
  customsCode?: string;
  district?: string;
  park?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  zoneCode?: string;
}

/**
 * A change to a filing (`PATCH /api/enterprises/:id`): kind, identifier and zone never change;
 * `null` clears an optional field.
 */
export type FilingPatch = Partial<Pick<FilingInput, 'name' | 'roles'>> & {
  customsCode?: string | null;
  district?: string | null;
  park?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
};

/** A change to an approved filing, held until it is reviewed (personal data masked). */
export type PendingChange = FilingPatch & Record<string, unknown>;

export interface Enterprise {
  id: string;
  zoneCode: string;
  kind: EnterpriseKind;
  uscc: string | null;
  residentIdMasked: string | null;
  name: string;
  roles: EnterpriseRole[];
  customsCode: string | null;
  district: string | null;
  park: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  status: FilingStatus;
  pending: PendingChange | null;
  returnReason: string | null;
  version: number;
  submittedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  actions: EnterpriseAction[];
}

export interface Shop {
  id: string;
  enterpriseId: string;
  platform: string;
  shopName: string;
  url: string;
  siteCountry: string;
  status: string;
  createdAt: string;
}

export interface ShopInput {
  platform: string;
  shopName: string;
  url: string;
  siteCountry: string;
}

export interface FilingHistoryItem {
  id: string;
  action: string;
  fromStatus: FilingStatus | null;
  toStatus: FilingStatus;
  reason: string | null;
  actorName: string | null;
  at: string;
}

export interface EnterpriseDetail extends Enterprise {
  shops: Shop[];
  history: FilingHistoryItem[];
}

export type EnterpriseSortField = 'name' | 'createdAt' | 'updatedAt' | 'submittedAt';

export interface EnterpriseQuery extends ListQuery {
  zoneCode?: string;
  /** Comma-separated statuses. */
  status?: string;
  role?: EnterpriseRole;
  kind?: EnterpriseKind;
  q?: string;
  district?: string;
}

/**
 * A bad field of an import row. The server sends `message` as a bilingual object here, unlike the
 * `message`/`messageEn` pair of problem+json; both shapes are accepted.
 */
export type ImportFieldError =
  ProblemFieldError | { field: string; code: string; message: { zh: string; en: string } };

export interface ImportRowResult {
  row: number;
  ok: boolean;
  errors: ImportFieldError[];
  name?: string;
  /** The filing created from the row, when it was imported. */
  id?: string | null;
}

export interface ImportResult {
  imported: number;
  rejected: number;
  rows: ImportRowResult[];
  total?: number;
  /** True when nothing was kept because some row was bad and acceptValid was false. */
  rolledBack?: boolean;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface AuditRecord {
  seq: string | number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  zoneCode: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: JsonValue;
  after: JsonValue;
  requestId: string | null;
  hash: string;
}

export interface AuditQuery extends ListQuery {
  zoneCode?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: string | number; reason: string };
}

/* ---------- clearance (通关) ---------- */

export const MATCH_STATES = ['incomplete', 'matched', 'mismatched'] as const;
/** The three-document match of a parcel: documents still awaited, all agree, or some disagree. */
export type MatchState = (typeof MATCH_STATES)[number];

export const PARCEL_FLOWS = ['import', 'export'] as const;
export type ParcelFlow = (typeof PARCEL_FLOWS)[number];

export const DOCUMENT_KINDS = ['order', 'payment', 'receipt', 'waybill', 'inventory'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Customs' status codes (returnStatus) and the platform's own refusals over the retail limits, in the
 * order the status filter offers them.
 */
export const CUSTOMS_STATUSES = [
  '1',
  '2',
  '3',
  '4',
  '100',
  '120',
  '300',
  '399',
  '500',
  '501',
  '502',
  '503',
  '599',
  '700',
  '800',
  '899',
  '-621005',
  '-621018',
] as const;

/** The statuses the platform itself records on a parcel's lifecycle, beside customs' codes. */
/**
 * `revoked` (撤单, CEB605/623), `returned` (退货, CEB625) and the customs site's reports (运抵 CEB507,
 * 离境 CEB509, and their withdrawal), and customs' receipts of these (`receipt`) are sent by the server
 * beyond docs/api.md.
 */
export const PLATFORM_EVENTS = [
  'received',
  'matched',
  'mismatched',
  'sent',
  'deleted',
  'revoked',
  'withdrawal_refused',
  'redeclared',
  'returned',
  'arrived',
  'arrival_withdrawn',
  'departed',
  'departure_withdrawn',
  'receipt',
] as const;

export type EventSource = 'platform' | 'sandbox' | 'file_exchange';
export type MessageOutcome = 'accepted' | 'duplicate' | 'refused';
export type DocumentOutcome = 'created' | 'changed' | 'deleted' | 'unchanged' | 'redeclared';

/** What happened to one message of an upload. */
export interface MessageReport {
  index: number;
  /** The file name, or `http` for an XML body. */
  source: string | null;
  guid: string | null;
  /** CEB311, CEB621, …; null when the message could not be read. */
  type: string | null;
  outcome: MessageOutcome;
  errors: ProblemFieldError[];
  /** What an accepted message does not do as the standard asks (a lower-case guid), without being refused. */
  warnings: ProblemFieldError[];
  documents: { guid: string; kind: DocumentKind; businessKey: string; outcome: DocumentOutcome }[];
}

/** The answer of `POST /api/clearance/messages`. */
export interface IngestReport {
  accepted: number;
  duplicates: number;
  refused: number;
  messages: MessageReport[];
  /** Parcels whose match was evaluated again, with the result. */
  parcels: { id: string; matchState: MatchState; missing: DocumentKind[] }[];
}

/** One disagreement between documents of a parcel. */
export interface Mismatch {
  field: string;
  documents: DocumentKind[];
  values: Partial<Record<DocumentKind, string | null>>;
  rule: { zh: string; en: string };
}

export interface Parcel {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  flow: ParcelFlow;
  tradeMode: string;
  ebpCode: string | null;
  orderNo: string | null;
  logisticsCode: string | null;
  logisticsNo: string | null;
  invtNo: string | null;
  matchState: MatchState;
  /** Documents still awaited. */
  missing: DocumentKind[];
  mismatches: Mismatch[];
  customsStatus: string | null;
  customsStatusText: { zh: string; en: string } | null;
  /** A decimal as a string (`259.80000`). */
  declaredValue: string;
  /** Customs' currency code (`142` CNY). */
  currency: string;
  sentAt: string | null;
  releasedAt: string | null;
  revokedAt: string | null;
  /**
   * Where its declaration stands with customs: `withdrawn` and `rejected` may be declared again (the
   * inventory with appType 1 after a withdrawal, appType 2 after a rejection).
   */
  declarationState: 'not_sent' | 'with_customs' | 'withdrawn' | 'rejected';
  createdAt: string;
  updatedAt: string;
  /** Retail import: the combined tax computed when the parcel went to customs (RMB, 2 decimals). */
  taxTotal: string | null;
  tax: ParcelTax | null;
}

/** Amounts of the combined retail import tax, CEB816's names. */
export interface TaxAmounts {
  customsTax: string;
  consumptionTax: string;
  valueAddedTax: string;
}

/** The retail import tax of a parcel as computed when it went to customs (跨境电商综合税). */
export interface ParcelTax {
  /** Within the limits (70 % of VAT and consumption tax, tariff 0), or taxed in full. */
  treatment: 'cbec_preferential' | 'cbec_full_tax';
  /** The day (in China) whose rates applied. */
  date: string;
  totals?: TaxAmounts & { taxPrice: string; taxTotal: string };
  lines?: { gnum: number; gcode: string; taxPrice: string; payable: TaxAmounts & { total: string } }[];
  /** Why it could not be computed (no rate for the goods, not in RMB…). */
  errors?: { gnum?: number; code: string; message: { zh: string; en: string } }[];
  citations?: string[];
}

export interface ParcelDocument {
  id: string;
  kind: DocumentKind;
  guid: string;
  messageType: string;
  businessKey: string;
  appType: '1' | '2' | '3';
  deleted: boolean;
  version: number;
  updatedAt: string;
}

/** One step of a parcel's lifecycle: a platform event or an answer of customs. */
export interface ParcelEvent {
  id: string;
  status: string;
  info: string | null;
  source: EventSource;
  at: string;
}

export interface ParcelDetail extends Parcel {
  documents: ParcelDocument[];
  events: ParcelEvent[];
}

export interface ParcelQuery extends ListQuery {
  matchState?: MatchState;
  /** Comma-separated status codes. */
  customsStatus?: string;
  flow?: ParcelFlow;
  q?: string;
  zoneCode?: string;
  /** `true`: withdrawn or deleted; `false`: neither (customs' work). */
  revoked?: 'true' | 'false';
}

/* ---------- summary declarations (汇总申报) ---------- */

/** CEB701 summaryFlag: `1` by consignor (收发货人) only, `2` by consignor and producer (生产销售单位). */
export type SummaryFlag = '1' | '2';

/** The head-level values the inventories of one summary declaration share (its group key). */
export interface SummaryHead {
  /** 申报地海关 */
  customsCode: string;
  /** 出境关别 */
  portCode: string;
  /** 申报企业 */
  agentCode: string;
  agentName: string;
  /** 收发货人（电商企业） */
  ebcCode: string;
  ebcName: string;
  /** 生产销售单位; null when the summary is by consignor only (summaryFlag 1). */
  ownerCode: string | null;
  /** 运输方式 */
  trafMode: string;
  /** 运抵国 */
  country: string;
  /** 监管方式 */
  tradeMode: string;
}

/** A goods line of a summary: the inventories' lines merged by HS code, name, elements, destination, currency, unit. */
export interface SummaryItem {
  gcode: string;
  gname: string;
  /** 规格型号（申报要素） */
  gmodel: string;
  /** 最终目的国 */
  country: string;
  currency: string;
  unit: string;
  /** Decimals as strings. */
  qty: string;
  totalPrice: string;
  /** How many inventory lines were merged into this one. */
  lines: number;
}

export interface Summary {
  id: string;
  zoneCode: string;
  /** The period of release, China time, yyyy-MM-dd: from inclusive, to exclusive. */
  periodFrom: string;
  periodTo: string;
  summaryFlag: SummaryFlag;
  head: SummaryHead;
  items: SummaryItem[];
  inventoryCount: number;
  createdAt: string;
}

export interface SummaryDetail extends Summary {
  /** The inventory numbers summarised, in order. */
  invtNos: string[];
  /** The same, with the parcel each one is. */
  inventories: { invtNo: string; parcelId: string }[];
}

/** `POST /api/clearance/summaries`: dates yyyy-MM-dd, China time, `to` exclusive. */
export interface BuildSummariesInput {
  from: string;
  to: string;
  summaryFlag?: SummaryFlag;
  /** Provincial users name the zone. */
  zoneCode?: string;
}

// ── public policy calculator (no login) ──

export const POLICY_ZONES = ['zhuzhou', 'chenzhou', 'hengyang'] as const;
export type PolicyZone = (typeof POLICY_ZONES)[number];

/** A text the server sends in both languages. */
export interface BilingualText {
  zh: string;
  en: string;
}

export type PolicyDocStatus = 'draft' | 'issued' | 'in_force' | 'expired' | 'not_yet_in_force';
export type PolicyItemKind = 'payment' | 'unquantified' | 'priority' | 'eligibility' | 'deferred';
export type PolicyBasis = 'fixed' | 'maximum';
export type ApplicantKind =
  'enterprise' | 'park_operator' | 'incubator_operator' | 'county_government' | 'institution';

/** One article of a policy document, verbatim. */
export interface PolicyArticle {
  /** As the trace cites it: `衡政发〔2024〕4号 第5条`. */
  citation: string;
  documentKey: string;
  id: string;
  label: string;
  section: string | null;
  text: string;
}

export interface PolicyItemInfo {
  id: string;
  article: string;
  articleLabel: string;
  citation: string;
  kind: PolicyItemKind;
  basis: PolicyBasis | null;
  title: BilingualText;
  beneficiaries: ApplicantKind[];
  oneOff: boolean;
  /** The facts the item reads itself (the document's common facts come on top). */
  facts: string[];
  /** The amount shape in the document's words. */
  amount: (BilingualText & { shape: string }) | null;
  cap: BilingualText | null;
  deferredTo: BilingualText | null;
  note: BilingualText | null;
}

export interface PolicyDocumentInfo {
  key: string;
  series: string;
  docNumber: string | null;
  title: string;
  citeAs: string;
  issuer: BilingualText;
  stage: 'draft' | 'issued';
  /** On the catalogue's `on` day. */
  status: PolicyDocStatus;
  validity: { from: string | null; until: string | null };
  validityNote: BilingualText;
  draftAssumedFrom: string | null;
  /** Read by every item: the applicant kind and the document's 支持范围. */
  commonFacts: string[];
  scope: { citation: string; facts: string[] } | null;
  items: PolicyItemInfo[];
  enterpriseCaps: {
    id: string;
    citation: string;
    label: BilingualText;
    items: string[];
    amount: BilingualText;
    per: 'year' | 'total';
  }[];
  bestOfGroups: { id: string; citation: string; items: string[]; reason: BilingualText }[];
  articles: PolicyArticle[];
}

/** `GET /api/public/policies?zone=`. */
export interface PolicyCatalogue {
  zone: PolicyZone;
  on: string;
  documents: PolicyDocumentInfo[];
}

export type FactUnit =
  'yuan' | 'm2' | 'count' | 'year' | 'date' | 'boolean' | 'level' | 'applicant_kind' | 'records' | 'awards';
export type FactPeriod =
  'year' | 'year_end' | 'in_year' | 'before_year' | 'first_park_year' | 'record' | 'declared_once';
export type FactSource = 'platform' | 'declared';
export type FactFieldUnit = 'yuan' | 'm2' | 'count' | 'year' | 'date' | 'boolean';

export interface PolicyFact {
  id: string;
  zh: string;
  en: string;
  unit: FactUnit;
  period: FactPeriod;
  source: FactSource;
  note: string | null;
  group: string;
  /** The fields of one row of a list fact. */
  fields: { id: string; zh: string; en: string; unit: FactFieldUnit }[] | null;
  usedBy: { zone: PolicyZone; documentKey: string; items: string[]; everyItem: boolean }[];
}

/** `GET /api/public/policies/facts`. */
export interface FactsVocabulary {
  groups: ({ id: string } & BilingualText)[];
  units: Record<FactUnit, BilingualText>;
  periods: Record<FactPeriod, BilingualText>;
  sources: Record<FactSource, BilingualText>;
  levels: ({ value: string } & BilingualText)[];
  applicantKinds: ({ value: ApplicantKind } & BilingualText)[];
  facts: PolicyFact[];
}

export interface CalculatorInput {
  zone: PolicyZone;
  year: string;
  facts: Record<string, unknown>;
  includeDrafts?: boolean;
}

export type PolicyItemStatus = 'eligible' | 'ineligible' | 'undetermined' | 'not_in_force';

export interface PolicyTraceLine extends BilingualText {
  step: string;
  citation?: string;
  outcome?: 'met' | 'not_met' | 'unknown';
}

export interface PolicyReason extends BilingualText {
  code: string;
  citation?: string;
}

export interface PolicyCapStep {
  kind: 'item' | 'row' | 'enterprise_year' | 'enterprise_total';
  id: string;
  limit: string;
  before: string;
  after: string;
  citation: string;
}

export interface PolicyBestOf {
  group: string;
  decision: 'paid' | 'excluded';
  /** The item paid instead, or `other_policy`. */
  winner: string;
  citation: string;
}

export interface PolicyItemResult {
  ruleId: string;
  documentKey: string;
  article: string;
  citation: string;
  title: BilingualText;
  kind: PolicyItemKind;
  basis: PolicyBasis | null;
  status: PolicyItemStatus;
  reasons: PolicyReason[];
  missingFacts: string[];
  tier: { index: number; label: BilingualText } | null;
  /** Yuan, before caps. */
  computed: string | null;
  /** Yuan, final: the fixed amount or the maximum reviewers may approve. */
  amount: string | null;
  caps: PolicyCapStep[];
  bestOf: PolicyBestOf | null;
  draft: boolean;
  trace: PolicyTraceLine[];
}

export interface PolicyDocumentVerdict {
  key: string;
  series: string;
  citeAs: string;
  title: string;
  stage: 'draft' | 'issued';
  inForce: boolean;
  reason: BilingualText | null;
  referenceDate: string | null;
  daysInForce: number;
  partialYear: boolean;
  fxRate: { year: number; cnyPerUsd: string; source: string } | null;
}

/** `POST /api/public/policy-calculator`. */
export interface CalculatorResult {
  zone: PolicyZone;
  period: string;
  year: string;
  includeDrafts: boolean;
  documents: PolicyDocumentVerdict[];
  items: PolicyItemResult[];
  /** Yuan: the sum of the eligible payments' amounts (fixed and maximum). */
  total: string;
  trace: PolicyTraceLine[];
  /** The articles the items and their traces cite, verbatim. */
  articles: PolicyArticle[];
}

// ── subsidies (奖补: application → review → approval → 公示 → 拨付) ──

export const SUBSIDY_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved_by_commerce',
  'approved_by_finance',
  'approved',
  'in_notice',
  'ready_for_disbursement',
  'disbursed',
  'rejected',
] as const;
export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number];
export const SUBSIDY_FUNDS = ['municipal', 'provincial'] as const;
export type SubsidyFund = (typeof SUBSIDY_FUNDS)[number];
export type SubsidyAction =
  | 'edit'
  | 'submit'
  | 'upload_evidence'
  | 'commerce_review'
  | 'finance_review'
  | 'leading_group_decision'
  | 'publish'
  | 'disburse';

/** `GET /api/subsidy/items`: the zone's documents with their money items. */
export interface SubsidyItemsDocument {
  key: string;
  citeAs: string;
  title: string;
  stage: 'draft' | 'issued';
  validity: { from: string | null; until: string | null };
  governsYear: boolean | null;
  items: { ruleId: string; title: BilingualText; citation: string; basis: PolicyBasis | null }[];
}

export interface SubsidyApplicationItem {
  ruleId: string;
  title: BilingualText | null;
  citation: string | null;
  requested: string | null;
  maximum: string | null;
  approved: string | null;
}

export interface SubsidyApplication {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  enterpriseName: string;
  year: number;
  fund: SubsidyFund;
  fundName: BilingualText;
  status: SubsidyStatus;
  items: SubsidyApplicationItem[];
  facts: Record<string, unknown>;
  maximumTotal: string | null;
  approvedTotal: string | null;
  reasons: string[] | null;
  version: number;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  actions: SubsidyAction[];
}

export interface SubsidyPinnedItem {
  ruleId: string;
  documentKey: string;
  citation: string;
  title: BilingualText;
  basis: PolicyBasis | null;
  tier: { index: number; label: BilingualText } | null;
  computed: string | null;
  maximum: string;
  evaluatedAmount: string | null;
  requested: string | null;
  caps: PolicyCapStep[];
  bestOf: PolicyBestOf | null;
  enterpriseCaps: {
    id: string;
    per: string;
    limit: string;
    earlier: string;
    rules: string[];
    label: BilingualText;
    citation: string;
  }[];
  bestOfGroup: string | null;
  reasons: PolicyReason[];
  trace: PolicyTraceLine[];
}

export interface SubsidyEvaluation {
  period: string;
  pinnedAt: string;
  documents: (PolicyDocumentVerdict & Record<string, unknown>)[];
  items: SubsidyPinnedItem[];
  maximumTotal: string;
  trace: PolicyTraceLine[];
}

export interface SubsidyStep {
  id: string;
  action: string;
  fromStatus: SubsidyStatus | null;
  toStatus: SubsidyStatus;
  amount: string | null;
  reasons: string[] | null;
  note: string | null;
  reference: string | null;
  actorName: string;
  role: string;
  at: string;
}

export interface SubsidyEvidence {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface SubsidyObjection {
  id: string;
  noticeId: string;
  applicationId: string;
  text: string;
  filedAt: string;
  resolution: 'upheld' | 'dismissed' | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  filedBy?: string;
  filedByName?: string;
}

export interface SubsidyDisbursement {
  id: string;
  applicationId: string;
  amount: string;
  paidAt: string;
  bankReference: string;
  recordedAt: string;
}

export interface SubsidyApplicationDetail extends SubsidyApplication {
  evaluation: SubsidyEvaluation | null;
  steps: SubsidyStep[];
  evidence: SubsidyEvidence[];
  notice: { id: string; title: string; publishedAt: string; objectionUntil: string; status: string } | null;
  objections: SubsidyObjection[];
  disbursement: SubsidyDisbursement | null;
}

export interface SubsidyApplicationQuery extends ListQuery {
  status?: string;
  year?: number;
  fund?: SubsidyFund;
  zoneCode?: string;
}

export interface SubsidyApplicationInput {
  year: number;
  fund?: SubsidyFund;
  items: { ruleId: string; amount?: string }[];
  facts?: Record<string, unknown>;
}

export interface SubsidyApplicationPatch extends Partial<SubsidyApplicationInput> {
  version?: number;
}

export type SubsidyCommerceReview =
  | {
      decision: 'approve';
      items: { ruleId: string; amount: string }[];
      fund?: SubsidyFund;
      note?: string;
      version?: number;
    }
  | { decision: 'return' | 'reject'; reasons: string[]; version?: number };

export type SubsidyFinanceReview =
  | { decision: 'approve'; note?: string; version?: number }
  | { decision: 'return' | 'reject'; reasons: string[]; version?: number };

export type SubsidyLeadingGroupDecision =
  | { decision: 'approve'; reference?: string; note?: string; version?: number }
  | { decision: 'reject'; reasons: string[]; version?: number };

export interface SubsidyDisbursementInput {
  bankReference: string;
  paidAt?: string;
  amount?: string;
}

export interface SubsidyBudget {
  id: string;
  zoneCode: string;
  fund: SubsidyFund;
  fundName: BilingualText;
  year: number;
  total: string;
  reserved: string;
  committed: string;
  disbursed: string;
  available: string;
  version: number;
  updatedAt: string;
}

export interface SubsidyBudgetInput {
  fund: SubsidyFund;
  year: number;
  total: string;
  zoneCode?: string;
}

export interface SubsidyBudgetPatch {
  total: string;
  reason: string;
  version?: number;
}

export interface SubsidyNoticeHead {
  id: string;
  zoneCode: string;
  title: string;
  objectionDays: number;
  publishedAt: string;
  objectionUntil: string;
  status: 'open' | 'closed';
  closedAt: string | null;
}

export interface SubsidyNoticeSummary extends SubsidyNoticeHead {
  itemCount: number;
  total: string;
}

export interface SubsidyNotice extends SubsidyNoticeHead {
  items: {
    applicationId: string;
    enterpriseName: string;
    year: number;
    items: { ruleId: string; title: BilingualText; citation: string; amount: string }[];
    approvedTotal: string;
    status: 'in_notice' | 'ready_for_disbursement' | 'disbursed' | 'rejected';
  }[];
}

export interface SubsidyNoticeForReview extends SubsidyNotice {
  objections: SubsidyObjection[];
}

export interface SubsidyNoticeInput {
  title: string;
  applicationIds: string[];
  objectionDays?: number;
  zoneCode?: string;
}

/* Governance: goals, responsibility list, tasks and their progress (docs/api.md § Governance). */

/** Task statuses as shown: the stored ones plus `overdue` (due date passed, not completed). */
export const GOVERNANCE_TASK_STATUSES = ['not_started', 'in_progress', 'completed', 'overdue'] as const;
export type GovernanceTaskStatus = (typeof GOVERNANCE_TASK_STATUSES)[number];

/** Codes of the responsible units (责任单位). */
export const GOVERNANCE_UNITS = [
  'commerce',
  'finance',
  'customs',
  'tax',
  'fx',
  'market_regulation',
  'postal',
  'government',
  'other',
] as const;
export type GovernanceUnit = (typeof GOVERNANCE_UNITS)[number];

export interface GovernanceTask {
  id: string;
  zoneCode: string;
  key: string;
  document: string;
  article: string;
  number: number;
  heading: string;
  /** Verbatim text of the document. */
  text: string;
  leadUnit: string;
  leadUnitCode: GovernanceUnit;
  coUnits: string[];
  coUnitCodes: GovernanceUnit[];
  /** China calendar day `YYYY-MM-DD`, or null while unset. */
  dueDate: string | null;
  status: Exclude<GovernanceTaskStatus, 'overdue'>;
  effectiveStatus: GovernanceTaskStatus;
  progressPercent: number;
  canReport: boolean;
  updatedAt: string;
}

export interface GovernanceReport {
  id: string;
  unitCode: GovernanceUnit | 'leading_group';
  text: string;
  percent: number;
  fromStatus: string;
  toStatus: string;
  evidence: { fileName: string; contentType: string; size: number; sha256: string } | null;
  reportedBy: string | null;
  role: Role;
  at: string;
}

export interface GovernanceTaskDetail extends GovernanceTask {
  reports: GovernanceReport[];
}

export interface GovernanceTaskQuery extends ListQuery {
  zoneCode?: string;
  /** Tasks where the unit is lead or co-responsible. */
  unit?: GovernanceUnit;
  status?: GovernanceTaskStatus;
}

export interface GovernanceReportInput {
  text: string;
  percent: number;
  /** Optional evidence: pdf, jpg, png, ≤ 2 MiB. */
  file?: File;
}

export interface GovernanceBoardRow {
  unit: string;
  unitCode: GovernanceUnit;
  counts: Record<GovernanceTaskStatus, number>;
  total: number;
}

export interface GovernanceBoard {
  zoneCode: string;
  asOf: string;
  rows: GovernanceBoardRow[];
  totals: Record<GovernanceTaskStatus, number>;
  total: number;
}

export const GOAL_STATUSES = ['achieved', 'on_track', 'behind', 'no_data'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface GoalAssessment {
  goalId: string;
  zoneCode: string;
  indicator: string;
  unit: 'count' | 'yuan' | 'usd';
  comparison: 'gte' | 'gt';
  deadlineYear: number;
  source: { document: string; article: string; words: string };
  year: number;
  /** Exact decimal string, or null without a value. */
  value: string | null;
  target: string;
  /** value / target, 4 decimals, not capped. */
  share: number | null;
  expected: string;
  status: GoalStatus;
  statement: { zh: string; en: string };
  note: { zh: string; en: string } | null;
}

export interface GoalProgress {
  zoneCode: string;
  asOf: string;
  goals: GoalAssessment[];
}

/** Indicators only a bureau can know, recorded as reported figures. */
export const REPORTED_INDICATORS = ['leading_enterprises', 'talents', 'innovation_pilots'] as const;
export type ReportedIndicator = (typeof REPORTED_INDICATORS)[number];

export interface IndicatorValueInput {
  zoneCode?: string;
  indicator: ReportedIndicator;
  period: number;
  value: string;
  sourceNote: string;
}

export interface IndicatorValue {
  id: string;
  zoneCode: string;
  indicator: string;
  period: number;
  value: string;
  sourceNote: string;
  reportedBy: string | null;
  at: string;
}

/* ---------- statistics monitoring (统计监测) ---------- */

export const STAT_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type StatPeriodKind = (typeof STAT_PERIOD_KINDS)[number];

/** A statistical period: 'YYYY-MM', 'YYYY-Qn' or 'YYYY', as a range of China calendar months. */
export interface StatPeriod {
  kind: StatPeriodKind;
  key: string;
  fromMonth: string;
  toMonth: string;
}

export const STAT_TRADE_MODES = ['9610', '9710', '9810', '1210', '1239'] as const;
export type StatTradeMode = (typeof STAT_TRADE_MODES)[number];

/** The slice of trade a figure covers. An enterprise, park or county cannot go with a country or chapter. */
export interface StatFilter {
  flow?: ParcelFlow;
  tradeMode?: StatTradeMode;
  /** One e-commerce enterprise by customs code. */
  ebcCode?: string;
  park?: string;
  /** County-level division code, 6 digits. */
  district?: string;
  /** Customs country code, 3 digits. */
  country?: string;
  /** HS chapter, 2 digits. */
  hsChapter?: string;
}

export interface StatQuery extends StatFilter {
  /** Provincial users: a zone, or none for the province; a zone's users always get their own. */
  zoneCode?: string;
  period?: StatPeriodKind;
  /** Default: the period holding today. */
  at?: string;
}

/** Money in RMB and US dollars as exact decimal strings (usd null when a month has no dollar rate). */
export interface StatMoney {
  cny: string;
  usd: string | null;
}

export interface StatFigure {
  /** Inventories; null for figures of goods lines (by country or HS chapter). */
  parcels: number | null;
  lines: number | null;
  value: StatMoney;
}

export interface StatCompared extends StatFigure {
  /** 环比, percent. */
  mom: string | null;
  /** 同比, percent. */
  yoy: string | null;
}

export interface StatRatesNote {
  /** Months and currencies with trade but no rate yet: left out of the figures. */
  missing: { month: string; currency: string }[];
  noUsd: string[];
}

export interface StatOverview {
  zoneCode: string | null;
  period: StatPeriod;
  previous: StatPeriod;
  lastYear: StatPeriod;
  total: StatCompared;
  import: StatCompared;
  export: StatCompared;
  byTradeMode: (StatCompared & {
    /** 'export:9610'. */
    key: string;
    flow: ParcelFlow;
    tradeMode: StatTradeMode;
    share: string | null;
  })[];
  activeEnterprises: number;
  /** The linked shops' online sales the enterprises reported (RMB), beside the customs figures. */
  shopSales: { value: string; orders: number; mom: string | null; yoy: string | null };
  rates: StatRatesNote;
}

export const STAT_DIMENSIONS = [
  'tradeMode',
  'flow',
  'country',
  'hsChapter',
  'enterprise',
  'park',
  'district',
] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export interface StatBreakdownRow extends StatFigure {
  key: string;
  label: string;
  labelEn: string;
  /** Percent of the total. */
  share: string | null;
  lastYear: StatMoney | null;
  yoy: string | null;
}

export interface StatBreakdown {
  zoneCode: string | null;
  period: StatPeriod;
  by: StatDimension;
  total: StatFigure;
  rows: StatBreakdownRow[];
  /** The rows beyond the limit, summed. */
  rest: StatFigure | null;
  rates: StatRatesNote;
}

export interface StatTrendPoint {
  key: string;
  parcels: number | null;
  lines: number | null;
  value: StatMoney;
  import: StatMoney;
  export: StatMoney;
  yoy: string | null;
}

export interface StatTrend {
  zoneCode: string | null;
  periods: StatTrendPoint[];
  rates: StatRatesNote;
}

/** A released inventory under a figure (drill-down). */
export interface StatRecord {
  /** The parcel's id (its detail page). */
  id: string;
  zoneCode: string;
  invtNo: string | null;
  flow: ParcelFlow;
  tradeMode: string;
  ebcCode: string | null;
  releasedAt: string;
  declaredValue: string;
  currency: string;
  /** What of the parcel the figure counts: its declared value, or its lines of the country or chapter. */
  countedValue: string;
  goods: { hsChapter: string; country: string; value: string; lines: number }[];
}

export interface StatRecords {
  /** The figure as the monthly sums hold it, per currency, unconverted (count: parcels, or goods lines). */
  figure: { currency: string; count: number; value: string }[];
  /** Σ of every record under the figure (not only this page), per currency; null when asked without sums. */
  records: { currency: string; parcels: number; lines: number; value: string }[] | null;
  items: StatRecord[];
  /** Every record under the figure; null when asked without sums. */
  total: number | null;
  page: number;
  pageSize: number;
}

export const INDEX_DIMENSIONS = ['scale', 'growth', 'entities', 'structure', 'environment'] as const;
export type IndexDimension = (typeof INDEX_DIMENSIONS)[number];
export type IndexWeighting = 'expert' | 'entropy';

export interface DevelopmentIndexQuery {
  /** Provincial users: one zone, or none for the three (normalised together, on one scale). */
  zoneCode?: string;
  /** 'YYYY-Qn'; default: the eight quarters up to the last ended one. */
  from?: string;
  to?: string;
  /** Default: the first quarter shown. */
  baseQuarter?: string;
  weighting?: IndexWeighting;
}

export interface IndexSubIndex {
  composite: string | null;
  index: string | null;
}

/** One zone in one quarter (docs/methods/development-index.md). */
export interface DevelopmentIndexRow {
  zoneCode: string;
  quarter: string;
  /** Efficacy scores in [60, 100] of the indicators, null when the value is unknown. */
  scores: Record<string, string | null>;
  composite: string | null;
  /** The base quarter = 100; null when the base has no composite. */
  index: string | null;
  /** Why the index is null, or a caution about it. */
  indexNote: BilingualText | null;
  dimensions: Record<IndexDimension, IndexSubIndex>;
  /** Indicators whose value is unknown for this zone and quarter. */
  missing: string[];
}

export interface DevelopmentIndex {
  weighting: IndexWeighting;
  baseQuarter: string;
  indicators: string[];
  /** Weight of each indicator, 4 decimals. */
  weights: Record<string, string>;
  dimensionWeights: Record<IndexDimension, string>;
  quarters: string[];
  /** Ordered by zone, then quarter. */
  rows: DevelopmentIndexRow[];
}

/* Sample enterprises (样本企业) and monthly reports; the business-climate index. */

export const CLIMATE_QUESTIONS = ['ordersNow', 'ordersNext', 'staffNow', 'staffNext'] as const;
export type ClimateQuestion = (typeof CLIMATE_QUESTIONS)[number];
export type ClimateAnswer = 'up' | 'flat' | 'down';
export const REPORTING_STATUSES = ['reported', 'reported_late', 'late', 'awaiting'] as const;
export type ReportingStatus = (typeof REPORTING_STATUSES)[number];

export interface SampleEntry {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  enterpriseName: string;
  fromMonth: string;
  toMonth: string | null;
  state: 'active' | 'scheduled' | 'ended';
  addedBy: string | null;
  addedAt: string;
  endedBy: string | null;
  endedAt: string | null;
}

export interface SampleQuery extends ListQuery {
  zoneCode?: string;
  month?: string;
}

export interface SampleInput {
  enterpriseId: string;
  fromMonth: string;
  toMonth?: string | null;
}

export interface SampleStatusRow {
  sampleId: string;
  enterpriseId: string;
  enterpriseName: string;
  status: ReportingStatus;
  firstReportedAt: string | null;
  lastReportedAt: string | null;
  latestVersion: number | null;
  reminders: number;
  lastReminderAt: string | null;
  lastReminderBy: string | null;
}

export interface SampleMonthStatus {
  zoneCode: string;
  month: string;
  dueDate: string;
  today: string;
  monthEnded: boolean;
  rows: SampleStatusRow[];
  counts: Record<ReportingStatus, number>;
  total: number;
  otherReporters: number;
}

export interface SampleReminder {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  month: string;
  sentAt: string;
  sentDay: string;
  sentBy: string | null;
  via: 'web' | 'cli';
  readAt: string | null;
}

export interface RemindLateResult {
  zoneCode: string;
  month: string;
  today: string;
  late: number;
  sent: number;
  enterprises: { enterpriseId: string; enterpriseName: string; sent: boolean }[];
}

export interface SampleShopLineInput {
  shopId: string;
  salesValue: string;
  orders: number;
}

export interface SampleReportInput {
  month: string;
  /** RMB as an exact decimal string. */
  onlineValue: string;
  orders: number;
  activeShops: number;
  staff: number;
  cbecStaff: number;
  climate: Record<ClimateQuestion, ClimateAnswer>;
  shops: SampleShopLineInput[];
  correctionReason?: string;
}

export interface SampleReport {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  enterpriseName: string;
  month: string;
  version: number;
  onlineValue: string;
  orders: number;
  activeShops: number;
  staff: number;
  cbecStaff: number;
  climate: Record<ClimateQuestion, ClimateAnswer>;
  shops: { shopId: string; platform: string; shopName: string; salesValue: string; orders: number }[];
  correctionReason: string | null;
  source: 'form' | 'excel';
  reportedBy: string | null;
  reportedAt: string;
  dueDate: string;
  afterDue: boolean;
}

export interface SampleReportHistory {
  enterpriseId: string;
  enterpriseName: string;
  month: string;
  dueDate: string;
  versions: SampleReport[];
}

export interface MyReportMonth {
  month: string;
  dueDate: string;
  sampled: boolean;
  status: ReportingStatus | null;
  latestVersion: number | null;
  onlineValue: string | null;
  reportedAt: string | null;
}

export interface MyReporting {
  enterpriseId: string;
  enterpriseName: string;
  inRegister: boolean;
  shops: { id: string; platform: string; shopName: string; status: string }[];
  samples: SampleEntry[];
  dueDay: number;
  lastEndedMonth: string;
  months: MyReportMonth[];
  reminders: SampleReminder[];
  unreadReminders: number;
}

export interface ClimateQuestionIndex {
  up: number;
  flat: number;
  down: number;
  index: number | null;
}

export interface MonthClimate {
  month: string;
  sampled: number;
  respondents: number;
  questions: Record<ClimateQuestion, ClimateQuestionIndex>;
  composite: number | null;
  reading: 'expanding' | 'neutral' | 'contracting' | null;
}

export interface BusinessClimate {
  zoneCode: string;
  month: string;
  boomBustLine: number;
  current: MonthClimate;
  trend: MonthClimate[];
}

export interface ShopSalesMonth {
  month: string;
  salesValue: string;
  orders: number;
  shops: number;
  enterprises: number;
}

export interface ShopSalesTotals {
  zoneCode: string;
  fromMonth: string;
  toMonth: string;
  months: ShopSalesMonth[];
  total: { salesValue: string; orders: number };
}

export interface ShopSalesRecord {
  enterpriseId: string;
  enterpriseName: string;
  shopId: string;
  platform: string;
  shopName: string;
  salesValue: string;
  orders: number;
  reportId: string;
  version: number;
}
