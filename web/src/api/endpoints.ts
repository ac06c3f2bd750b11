import { buildUrl, http, type Query } from './client';
import type {
  ApiToken,
  AuditQuery,
  AuditRecord,
  AuditVerifyResult,
  BuildSummariesInput,
  CalculatorInput,
  CalculatorResult,
  ChangePasswordInput,
  CreatedToken,
  CreateTokenInput,
  CreateUserInput,
  DevelopmentIndex,
  DevelopmentIndexQuery,
  Enterprise,
  EnterpriseDetail,
  EnterpriseQuery,
  FactsVocabulary,
  FilingInput,
  FilingPatch,
  GoalProgress,
  GovernanceBoard,
  GovernanceReport,
  GovernanceReportInput,
  GovernanceTask,
  GovernanceTaskDetail,
  GovernanceTaskQuery,
  Health,
  ImportResult,
  IndicatorValue,
  IndicatorValueInput,
  IngestReport,
  ListQuery,
  LoginInput,
  ManagedUser,
  Page,
  Parcel,
  ParcelDetail,
  ParcelQuery,
  PolicyCatalogue,
  PolicyZone,
  RegisterInput,
  Session,
  Shop,
  ShopInput,
  StatBreakdown,
  StatDimension,
  StatOverview,
  StatQuery,
  StatRecords,
  StatTrend,
  SubsidyApplication,
  SubsidyApplicationDetail,
  SubsidyApplicationInput,
  SubsidyApplicationPatch,
  SubsidyApplicationQuery,
  SubsidyBudget,
  SubsidyBudgetInput,
  SubsidyBudgetPatch,
  SubsidyCommerceReview,
  SubsidyDisbursement,
  SubsidyDisbursementInput,
  SubsidyEvidence,
  SubsidyFinanceReview,
  SubsidyItemsDocument,
  SubsidyLeadingGroupDecision,
  SubsidyNotice,
  SubsidyNoticeForReview,
  SubsidyNoticeHead,
  SubsidyNoticeInput,
  SubsidyNoticeSummary,
  SubsidyObjection,
  Summary,
  SummaryDetail,
  UpdateUserInput,
  UserQuery,
  Zone,
} from './types';
import type {
  BusinessClimate,
  MyReporting,
  RemindLateResult,
  SampleEntry,
  SampleInput,
  SampleMonthStatus,
  SampleQuery,
  SampleReminder,
  SampleReport,
  SampleReportHistory,
  SampleReportInput,
  ShopSalesRecord,
  ShopSalesTotals,
} from './types';

const q = (query: object): Query => query as Query;
const enc = encodeURIComponent;

export const api = {
  health: () => http.get<Health>('/health'),
  zones: () => http.get<Zone[]>('/api/zones'),

  auth: {
    login: (input: LoginInput) => http.post<Session>('/api/auth/login', input),
    logout: () => http.post<void>('/api/auth/logout'),
    me: () => http.get<Session>('/api/auth/me'),
    register: (input: RegisterInput) => http.post<Session>('/api/auth/register', input),
    changePassword: (input: ChangePasswordInput) => http.post<void>('/api/auth/password', input),
  },

  users: {
    list: (query: UserQuery, signal?: AbortSignal) =>
      http.get<Page<ManagedUser>>('/api/users', q(query), signal),
    create: (input: CreateUserInput) => http.post<ManagedUser>('/api/users', input),
    update: (id: string, input: UpdateUserInput) => http.patch<ManagedUser>(`/api/users/${enc(id)}`, input),
  },

  tokens: {
    list: () => http.get<ApiToken[]>('/api/tokens'),
    create: (input: CreateTokenInput) => http.post<CreatedToken>('/api/tokens', input),
    revoke: (id: string) => http.delete(`/api/tokens/${enc(id)}`),
  },

  enterprises: {
    list: (query: EnterpriseQuery, signal?: AbortSignal) =>
      http.get<Page<Enterprise>>('/api/enterprises', q(query), signal),
    create: (input: FilingInput) => http.post<Enterprise>('/api/enterprises', input),
    get: (id: string) => http.get<EnterpriseDetail>(`/api/enterprises/${enc(id)}`),
    update: (id: string, input: FilingPatch) => http.patch<Enterprise>(`/api/enterprises/${enc(id)}`, input),
    submit: (id: string) => http.post<Enterprise>(`/api/enterprises/${enc(id)}/submit`),
    approve: (id: string) => http.post<Enterprise>(`/api/enterprises/${enc(id)}/approve`),
    returnFiling: (id: string, reason: string) =>
      http.post<Enterprise>(`/api/enterprises/${enc(id)}/return`, { reason }),
    addShop: (id: string, input: ShopInput) => http.post<Shop>(`/api/enterprises/${enc(id)}/shops`, input),
    closeShop: (id: string, shopId: string) =>
      http.delete(`/api/enterprises/${enc(id)}/shops/${enc(shopId)}`),
    import: (file: File, acceptValid: boolean, zoneCode?: string) => {
      const form = new FormData();
      if (zoneCode) form.append('zoneCode', zoneCode);
      form.append('acceptValid', String(acceptValid));
      form.append('file', file);
      return http.post<ImportResult>('/api/enterprises/import', form);
    },
    templateUrl: '/api/enterprises/import/template.xlsx',
  },

  clearance: {
    /** Sends CEB message files, each a multipart `file` part, in one batch. */
    send: (files: readonly File[]) => {
      const form = new FormData();
      for (const file of files) form.append('file', file, file.name);
      return http.post<IngestReport>('/api/clearance/messages', form);
    },
    parcels: (query: ParcelQuery, signal?: AbortSignal) =>
      http.get<Page<Parcel>>('/api/clearance/parcels', q(query), signal),
    parcel: (id: string) => http.get<ParcelDetail>(`/api/clearance/parcels/${enc(id)}`),
    /**
     * How many of the caller's parcels are in each of these customs statuses (0 included); with
     * `revoked: 'false'`, only those neither withdrawn nor deleted.
     */
    statusCounts: (statuses: readonly string[], signal?: AbortSignal, revoked?: 'true' | 'false') =>
      http.get<Record<string, number>>(
        '/api/clearance/parcels/status-counts',
        { customsStatus: statuses.join(','), revoked },
        signal,
      ),
    /** Builds the summary declarations of a period from its released export inventories not yet summarised. */
    buildSummaries: (input: BuildSummariesInput) => http.post<Summary[]>('/api/clearance/summaries', input),
    summaries: (query: ListQuery, signal?: AbortSignal) =>
      http.get<Page<Summary>>('/api/clearance/summaries', q(query), signal),
    summary: (id: string) => http.get<SummaryDetail>(`/api/clearance/summaries/${enc(id)}`),
    /** The summary application CEB701 (XML); `dxpId` is the declaring agent's DXP id, if known. */
    summaryXmlUrl: (id: string, dxpId?: string) =>
      buildUrl(`/api/clearance/summaries/${enc(id)}/ceb701.xml`, { dxpId }),
    summaryReportUrl: (id: string) => `/api/clearance/summaries/${enc(id)}/report.xlsx`,
  },

  audit: {
    list: (query: AuditQuery, signal?: AbortSignal) =>
      http.get<Page<AuditRecord>>('/api/audit', q(query), signal),
    verify: () => http.get<AuditVerifyResult>('/api/audit/verify'),
  },

  /** The public policy calculator: no login, nothing stored. */
  policy: {
    documents: (zone: PolicyZone, signal?: AbortSignal) =>
      http.get<PolicyCatalogue>('/api/public/policies', { zone }, signal),
    facts: (signal?: AbortSignal) =>
      http.get<FactsVocabulary>('/api/public/policies/facts', undefined, signal),
    calculate: (input: CalculatorInput) =>
      http.post<CalculatorResult>('/api/public/policy-calculator', input),
  },

  /** Subsidies: applications, reviews, budgets, notices (公示; the public list needs no login). */
  subsidy: {
    items: (year: number, signal?: AbortSignal) =>
      http.get<SubsidyItemsDocument[]>('/api/subsidy/items', { year }, signal),
    list: (query: SubsidyApplicationQuery, signal?: AbortSignal) =>
      http.get<Page<SubsidyApplication>>('/api/subsidy/applications', q(query), signal),
    get: (id: string, signal?: AbortSignal) =>
      http.get<SubsidyApplicationDetail>(`/api/subsidy/applications/${enc(id)}`, undefined, signal),
    create: (input: SubsidyApplicationInput) =>
      http.post<SubsidyApplicationDetail>('/api/subsidy/applications', input),
    update: (id: string, input: SubsidyApplicationPatch) =>
      http.patch<SubsidyApplication>(`/api/subsidy/applications/${enc(id)}`, input),
    evidenceUrl: (id: string) => `/api/subsidy/applications/${enc(id)}/evidence`,
    uploadEvidence: (id: string, file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return http.post<SubsidyEvidence>(`/api/subsidy/applications/${enc(id)}/evidence`, form);
    },
    evidenceFileUrl: (id: string, evidenceId: string) =>
      `/api/subsidy/applications/${enc(id)}/evidence/${enc(evidenceId)}`,
    deleteEvidence: (id: string, evidenceId: string) =>
      http.delete(`/api/subsidy/applications/${enc(id)}/evidence/${enc(evidenceId)}`),
    submit: (id: string, version?: number) =>
      http.post<SubsidyApplication>(`/api/subsidy/applications/${enc(id)}/submit`, { version }),
    commerceReview: (id: string, input: SubsidyCommerceReview) =>
      http.post<SubsidyApplication>(`/api/subsidy/applications/${enc(id)}/commerce-review`, input),
    financeReview: (id: string, input: SubsidyFinanceReview) =>
      http.post<SubsidyApplication>(`/api/subsidy/applications/${enc(id)}/finance-review`, input),
    leadingGroupDecision: (id: string, input: SubsidyLeadingGroupDecision) =>
      http.post<SubsidyApplication>(`/api/subsidy/applications/${enc(id)}/leading-group-decision`, input),
    disburse: (id: string, input: SubsidyDisbursementInput) =>
      http.post<SubsidyDisbursement>(`/api/subsidy/applications/${enc(id)}/disbursement`, input),
    budgets: (query: { year?: number; fund?: string; zoneCode?: string }, signal?: AbortSignal) =>
      http.get<SubsidyBudget[]>('/api/subsidy/budgets', q(query), signal),
    createBudget: (input: SubsidyBudgetInput) => http.post<SubsidyBudget>('/api/subsidy/budgets', input),
    adjustBudget: (id: string, input: SubsidyBudgetPatch) =>
      http.patch<SubsidyBudget>(`/api/subsidy/budgets/${enc(id)}`, input),
    publishNotice: (input: SubsidyNoticeInput) => http.post<SubsidyNoticeHead>('/api/subsidy/notices', input),
    noticeForReview: (id: string, signal?: AbortSignal) =>
      http.get<SubsidyNoticeForReview>(`/api/subsidy/notices/${enc(id)}`, undefined, signal),
    fileObjection: (id: string, input: { applicationId: string; text: string }) =>
      http.post<SubsidyObjection>(`/api/subsidy/notices/${enc(id)}/objections`, input),
    resolveObjection: (
      id: string,
      objectionId: string,
      input: { resolution: 'upheld' | 'dismissed'; note: string },
    ) =>
      http.post<SubsidyObjection>(
        `/api/subsidy/notices/${enc(id)}/objections/${enc(objectionId)}/resolution`,
        input,
      ),
    closeNotice: (id: string) => http.post<SubsidyNoticeHead>(`/api/subsidy/notices/${enc(id)}/close`),
    publicNotices: (
      query: { zoneCode?: string; status?: string; page?: number; pageSize?: number },
      signal?: AbortSignal,
    ) => http.get<Page<SubsidyNoticeSummary>>('/api/public/subsidy-notices', q(query), signal),
    publicNotice: (id: string, signal?: AbortSignal) =>
      http.get<SubsidyNotice>(`/api/public/subsidy-notices/${enc(id)}`, undefined, signal),
  },
  /** Governance: the responsibility list's tasks, their progress reports, the board and the goals. */
  governance: {
    tasks: (query: GovernanceTaskQuery, signal?: AbortSignal) =>
      http.get<Page<GovernanceTask>>('/api/governance/tasks', q(query), signal),
    task: (id: string, signal?: AbortSignal) =>
      http.get<GovernanceTaskDetail>(`/api/governance/tasks/${enc(id)}`, undefined, signal),
    setDueDate: (id: string, dueDate: string | null) =>
      http.put<GovernanceTask>(`/api/governance/tasks/${enc(id)}/due-date`, { dueDate }),
    /** JSON without evidence; multipart (fields text, percent and `file`) with it. */
    report: (id: string, { text, percent, file }: GovernanceReportInput) => {
      const path = `/api/governance/tasks/${enc(id)}/reports`;
      if (!file)
        return http.post<{ task: GovernanceTask; report: GovernanceReport }>(path, { text, percent });
      const form = new FormData();
      form.append('text', text);
      form.append('percent', String(percent));
      form.append('file', file, file.name);
      return http.post<{ task: GovernanceTask; report: GovernanceReport }>(path, form);
    },
    evidenceUrl: (reportId: string) => `/api/governance/reports/${enc(reportId)}/evidence`,
    recordIndicator: (input: IndicatorValueInput) =>
      http.post<IndicatorValue>('/api/governance/indicator-values', input),
    board: (zoneCode: string, signal?: AbortSignal) =>
      http.get<GovernanceBoard>(`/api/governance/zones/${enc(zoneCode)}/board`, undefined, signal),
    goals: (zoneCode: string, signal?: AbortSignal) =>
      http.get<GoalProgress>(`/api/governance/zones/${enc(zoneCode)}/goals`, undefined, signal),
  },
  /** Statistics monitoring: trade figures from released inventories, breakdowns, trend, drill-down, index. */
  statistics: {
    overview: (query: StatQuery, signal?: AbortSignal) =>
      http.get<StatOverview>('/api/statistics/overview', q(query), signal),
    breakdown: (query: StatQuery & { by: StatDimension; limit?: number }, signal?: AbortSignal) =>
      http.get<StatBreakdown>('/api/statistics/breakdown', q(query), signal),
    trend: (query: StatQuery & { count?: number }, signal?: AbortSignal) =>
      http.get<StatTrend>('/api/statistics/trend', q(query), signal),
    /**
     * Drill-down: the released inventories under a figure, with the figure's and their sums; `sums: false`
     * gives the page alone (the sums read every record under the figure).
     */
    records: (query: StatQuery & ListQuery & { sums?: boolean }, signal?: AbortSignal) =>
      http.get<StatRecords>('/api/statistics/records', q(query), signal),
    developmentIndex: (query: DevelopmentIndexQuery, signal?: AbortSignal) =>
      http.get<DevelopmentIndex>('/api/statistics/development-index', q(query), signal),
  },
  /** Sample enterprises (样本企业): the sample list, monthly reports, reminders, the climate index, shop sales. */
  sample: {
    list: (query: SampleQuery, signal?: AbortSignal) =>
      http.get<Page<SampleEntry>>('/api/sample/enterprises', q(query), signal),
    add: (input: SampleInput) => http.post<SampleEntry>('/api/sample/enterprises', input),
    end: (id: string, toMonth: string) =>
      http.post<SampleEntry>(`/api/sample/enterprises/${enc(id)}/end`, { toMonth }),
    status: (query: { zoneCode?: string; month: string }, signal?: AbortSignal) =>
      http.get<SampleMonthStatus>('/api/sample/status', q(query), signal),
    remind: (enterpriseId: string, month: string) =>
      http.post<{ reminder: SampleReminder; created: boolean }>('/api/sample/reminders', {
        enterpriseId,
        month,
      }),
    remindLate: (month: string, zoneCode?: string) =>
      http.post<RemindLateResult>('/api/sample/reminders/late', { month, zoneCode }),
    markReminderRead: (id: string) => http.post<SampleReminder>(`/api/sample/reminders/${enc(id)}/read`),
    climate: (query: { zoneCode?: string; month: string; months?: number }, signal?: AbortSignal) =>
      http.get<BusinessClimate>('/api/sample/climate', q(query), signal),
    shopSales: (query: { zoneCode?: string; fromMonth: string; toMonth: string }, signal?: AbortSignal) =>
      http.get<ShopSalesTotals>('/api/sample/shop-sales', q(query), signal),
    shopSalesRecords: (query: { zoneCode?: string; month: string } & ListQuery, signal?: AbortSignal) =>
      http.get<Page<ShopSalesRecord>>('/api/sample/shop-sales/records', q(query), signal),
    mine: (signal?: AbortSignal) => http.get<MyReporting>('/api/sample/my', undefined, signal),
    file: (input: SampleReportInput) => http.post<SampleReport>('/api/sample/reports', input),
    templateUrl: (month?: string) => buildUrl('/api/sample/reports/template.xlsx', { month }),
    upload: (file: File, correctionReason?: string) => {
      const form = new FormData();
      if (correctionReason) form.append('correctionReason', correctionReason);
      form.append('file', file, file.name);
      return http.post<SampleReport>('/api/sample/reports/upload', form);
    },
    history: (enterpriseId: string, month: string, signal?: AbortSignal) =>
      http.get<SampleReportHistory>(
        `/api/sample/reports/${enc(enterpriseId)}/${enc(month)}`,
        undefined,
        signal,
      ),
  },
};
