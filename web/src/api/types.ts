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
/** `revoked` (撤单, CEB605/623) and `returned` (退货, CEB625) are sent by the server beyond docs/api.md. */
export const PLATFORM_EVENTS = [
  'received',
  'matched',
  'mismatched',
  'sent',
  'deleted',
  'revoked',
  'returned',
] as const;

export type EventSource = 'platform' | 'sandbox' | 'file_exchange';
export type MessageOutcome = 'accepted' | 'duplicate' | 'refused';
export type DocumentOutcome = 'created' | 'changed' | 'deleted' | 'unchanged';

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
  createdAt: string;
  updatedAt: string;
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
