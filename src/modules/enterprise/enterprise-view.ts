import type { Actor } from '../../shared/context.js';
import { can } from '../../shared/permissions.js';
import { maskAddress, maskEmail, maskPhone } from '../../shared/mask.js';
import { allowedActions } from '../../shared/state-machine.js';
import type { EnterpriseRow, FilingEventRow, ShopRow } from './enterprise.repository.js';
import type { FilingPatch, FilingStatus } from './enterprise.schemas.js';
import {
  AWAITING_REVIEW,
  EDITABLE_AS_CHANGE,
  EDITABLE_DIRECTLY,
  FILING_TRANSITIONS,
} from './filing-status.js';

export type EnterpriseAction = 'edit' | 'submit' | 'approve' | 'return' | 'addShop';

/** May the actor change this filing: its own enterprise user, or the zone's commerce bureau. */
export function canWrite(actor: Actor, row: Pick<EnterpriseRow, 'id'>): boolean {
  return (
    (can(actor.role, 'enterprise:write-own') && actor.enterpriseId === row.id) ||
    can(actor.role, 'enterprise:write')
  );
}

export function actionsFor(actor: Actor, row: EnterpriseRow): EnterpriseAction[] {
  const status = row.status as FilingStatus;
  const out: EnterpriseAction[] = [];
  if (canWrite(actor, row)) {
    if (EDITABLE_DIRECTLY.includes(status) || EDITABLE_AS_CHANGE.includes(status)) out.push('edit');
    const next = allowedActions(FILING_TRANSITIONS, status);
    if (next.includes('submit') || (next.includes('submit_change') && row.pending !== null))
      out.push('submit');
    out.push('addShop');
  }
  if (can(actor.role, 'enterprise:review') && AWAITING_REVIEW.includes(status)) out.push('approve', 'return');
  return out;
}

/** Personal data masked: what leaves the server in responses, exports and the audit trail. */
export function maskedPatch(p: FilingPatch | null): FilingPatch | null {
  if (p === null) return null;
  const out: FilingPatch = { ...p };
  if (p.contactPhone !== undefined) out.contactPhone = maskPhone(p.contactPhone);
  if (p.address !== undefined) out.address = maskAddress(p.address);
  if (p.contactEmail !== undefined) out.contactEmail = maskEmail(p.contactEmail);
  return out;
}

/**
 * A filing's fields with personal data masked: what responses, exports and the audit trail carry.
 */
export function auditedEnterprise(row: EnterpriseRow) {
  return {
    zoneCode: row.zone_code,
    kind: row.kind,
    uscc: row.uscc,
    residentIdMasked: row.resident_id_masked,
    name: row.name,
    roles: row.roles,
    customsCode: row.customs_code,
    district: row.district,
    park: row.park,
    address: maskAddress(row.address),
    contactName: row.contact_name,
    contactPhone: maskPhone(row.contact_phone),
    contactEmail: maskEmail(row.contact_email),
    status: row.status as FilingStatus,
    pending: maskedPatch(row.pending as FilingPatch | null),
    returnReason: row.return_reason,
    version: row.version,
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toEnterpriseView(actor: Actor, row: EnterpriseRow) {
  return {
    id: row.id,
    ...auditedEnterprise(row),
    submittedAt: iso(row.submitted_at),
    approvedAt: iso(row.approved_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    actions: actionsFor(actor, row),
  };
}
export type EnterpriseView = ReturnType<typeof toEnterpriseView>;

export function toShopView(s: ShopRow) {
  return {
    id: s.id,
    enterpriseId: s.enterprise_id,
    platform: s.platform,
    shopName: s.shop_name,
    url: s.url,
    siteCountry: s.site_country,
    status: s.status,
    createdAt: s.created_at.toISOString(),
  };
}
export type ShopView = ReturnType<typeof toShopView>;

export function toHistoryView(e: FilingEventRow) {
  return {
    id: e.id,
    action: e.action,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    reason: e.reason,
    actorName: e.actor_name,
    at: e.at.toISOString(),
  };
}
export type HistoryView = ReturnType<typeof toHistoryView>;
