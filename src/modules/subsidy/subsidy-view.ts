import type { Bilingual } from '../../shared/app-error.js';
import type { Actor } from '../../shared/context.js';
import { can } from '../../shared/permissions.js';
import { policyDocuments, type RuleKind, type ZoneId } from '../policy/index.js';
import { available, type ApprovedItem, type PinnedEvaluation, type RequestedItem } from './subsidy-rules.js';
import type {
  ApplicationRow,
  BudgetRow,
  DisbursementRow,
  EvidenceMeta,
  NoticeRow,
  ObjectionRow,
  StepRow,
} from './subsidy.repository.js';
import { FUND_NAMES, type Fund, type SubsidyStatus } from './subsidy.schemas.js';
import { EDITABLE } from './subsidy-status.js';
import { yuan } from './money.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface RuleInfo {
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly citation: string;
  readonly kind: RuleKind;
  readonly basis: 'fixed' | 'maximum' | null;
  readonly documentKey: string;
}

const ruleCache = new Map<string, Map<string, RuleInfo>>();

/** A zone's items by rule id (a later version of a document names the item as it now reads). */
export function rulesOf(zone: string): Map<string, RuleInfo> {
  let rules = ruleCache.get(zone);
  if (!rules) {
    rules = new Map();
    for (const doc of policyDocuments(zone as ZoneId))
      for (const r of doc.rules)
        rules.set(r.id, {
          ruleId: r.id,
          title: r.title,
          citation: r.citation,
          kind: r.kind,
          basis: r.basis ?? null,
          documentKey: doc.key,
        });
    ruleCache.set(zone, rules);
  }
  return rules;
}

export type ApplicationAction =
  | 'edit'
  | 'submit'
  | 'upload_evidence'
  | 'commerce_review'
  | 'finance_review'
  | 'leading_group_decision'
  | 'publish'
  | 'disburse';

export function actionsFor(actor: Actor, row: ApplicationRow): ApplicationAction[] {
  const status = row.status as SubsidyStatus;
  const out: ApplicationAction[] = [];
  if (
    can(actor.role, 'subsidy:apply') &&
    actor.enterpriseId === row.enterprise_id &&
    EDITABLE.includes(status)
  )
    out.push('edit', 'upload_evidence', 'submit');
  if (status === 'submitted' && can(actor.role, 'subsidy:review-commerce')) out.push('commerce_review');
  if (status === 'approved_by_commerce' && can(actor.role, 'subsidy:review-finance'))
    out.push('finance_review');
  if (status === 'approved_by_finance' && can(actor.role, 'subsidy:approve'))
    out.push('leading_group_decision');
  if (status === 'approved' && can(actor.role, 'subsidy:notice')) out.push('publish');
  if (status === 'ready_for_disbursement' && can(actor.role, 'subsidy:disburse')) out.push('disburse');
  return out;
}

/** What an audit record holds of an application: no file bodies, facts by their hash (they are pinned). */
export function auditedApplication(row: ApplicationRow, factsSha256: string) {
  const evaluation = row.evaluation as PinnedEvaluation | null;
  return {
    zoneCode: row.zone_code,
    enterpriseId: row.enterprise_id,
    year: row.year,
    fund: row.fund,
    status: row.status,
    items: row.items,
    factsSha256,
    documents: evaluation?.documents.map((d) => d.key) ?? null,
    maximums: evaluation?.items.map((i) => ({ ruleId: i.ruleId, maximum: i.maximum })) ?? null,
    approvedItems: row.approved_items,
    approvedTotal: row.approved_total,
    reasons: row.reasons,
    version: row.version,
  };
}

export function toApplicationView(actor: Actor, row: ApplicationRow) {
  const rules = rulesOf(row.zone_code);
  const evaluation = row.evaluation as PinnedEvaluation | null;
  const approved = (row.approved_items as ApprovedItem[] | null) ?? [];
  return {
    id: row.id,
    zoneCode: row.zone_code,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    year: row.year,
    fund: row.fund as Fund,
    fundName: FUND_NAMES[row.fund as Fund],
    status: row.status as SubsidyStatus,
    items: (row.items as RequestedItem[]).map((i) => {
      const pinned = evaluation?.items.find((p) => p.ruleId === i.ruleId);
      const rule = rules.get(i.ruleId);
      return {
        ruleId: i.ruleId,
        title: pinned?.title ?? rule?.title ?? null,
        citation: pinned?.citation ?? rule?.citation ?? null,
        requested: i.amount,
        maximum: pinned?.maximum ?? null,
        approved: approved.find((a) => a.ruleId === i.ruleId)?.amount ?? null,
      };
    }),
    facts: row.facts as Record<string, unknown>,
    maximumTotal: evaluation?.maximumTotal ?? null,
    approvedTotal: row.approved_total,
    reasons: (row.reasons as string[] | null) ?? null,
    version: row.version,
    submittedAt: iso(row.submitted_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    actions: actionsFor(actor, row),
  };
}
export type ApplicationView = ReturnType<typeof toApplicationView>;

export function toStepView(s: StepRow) {
  return {
    id: s.id,
    action: s.action,
    fromStatus: s.from_status,
    toStatus: s.to_status,
    amount: s.amount,
    reasons: (s.reasons as string[] | null) ?? null,
    note: s.note,
    reference: s.reference,
    actorName: s.actor_name,
    role: s.role,
    at: s.at.toISOString(),
  };
}

export function toEvidenceView(e: EvidenceMeta) {
  return {
    id: e.id,
    fileName: e.file_name,
    contentType: e.content_type,
    size: e.size_bytes,
    sha256: e.sha256,
    uploadedAt: e.uploaded_at.toISOString(),
  };
}
export type EvidenceView = ReturnType<typeof toEvidenceView>;

/** An objection as the application's readers see it: what was said and decided, not who said it. */
export function toObjectionView(o: ObjectionRow, withFiler: boolean) {
  return {
    id: o.id,
    noticeId: o.notice_id,
    applicationId: o.application_id,
    text: o.text,
    filedAt: o.filed_at.toISOString(),
    resolution: o.resolution as 'upheld' | 'dismissed' | null,
    resolutionNote: o.resolution_note,
    resolvedAt: iso(o.resolved_at),
    ...(withFiler ? { filedBy: o.filed_by, filedByName: o.filed_by_name } : {}),
  };
}
export type ObjectionView = ReturnType<typeof toObjectionView>;

export function toDisbursementView(d: DisbursementRow) {
  return {
    id: d.id,
    applicationId: d.application_id,
    amount: d.amount,
    paidAt: d.paid_at.toISOString(),
    bankReference: d.bank_reference,
    recordedAt: d.recorded_at.toISOString(),
  };
}
export type DisbursementView = ReturnType<typeof toDisbursementView>;

export function toBudgetView(b: BudgetRow) {
  return {
    id: b.id,
    zoneCode: b.zone_code,
    fund: b.fund as Fund,
    fundName: FUND_NAMES[b.fund as Fund],
    year: b.year,
    total: b.total,
    reserved: b.reserved,
    committed: b.committed,
    disbursed: b.disbursed,
    available: yuan(available(b)),
    version: b.version,
    updatedAt: b.updated_at.toISOString(),
  };
}
export type BudgetView = ReturnType<typeof toBudgetView>;

export function toNoticeHead(n: NoticeRow) {
  return {
    id: n.id,
    zoneCode: n.zone_code,
    title: n.title,
    objectionDays: n.objection_days,
    publishedAt: n.published_at.toISOString(),
    objectionUntil: n.objection_until.toISOString(),
    status: n.status as 'open' | 'closed',
    closedAt: iso(n.closed_at),
  };
}
