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
  Enterprise,
  EnterpriseDetail,
  EnterpriseQuery,
  FactsVocabulary,
  FilingInput,
  FilingPatch,
  Health,
  ImportResult,
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
  Summary,
  SummaryDetail,
  UpdateUserInput,
  UserQuery,
  Zone,
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
};
