import type { CustomsEventRow, ParcelRow } from './clearance.repository.js';
import { CUSTOMS_STATUS, declarationState } from './gateway/customs-status.js';
import type { Mismatch } from './match/match-parcel.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toParcelView(p: ParcelRow) {
  const [ebpCode, orderNo] = p.order_key.split('|');
  const [logisticsCode, logisticsNo] = p.logistics_key.split('|');
  const status = p.customs_status as keyof typeof CUSTOMS_STATUS | null;
  return {
    id: p.id,
    zoneCode: p.zone_code,
    enterpriseId: p.enterprise_id,
    flow: p.flow,
    tradeMode: p.trade_mode,
    ebpCode: ebpCode ?? null,
    orderNo: orderNo ?? null,
    logisticsCode: logisticsCode ?? null,
    logisticsNo: logisticsNo ?? null,
    invtNo: p.invt_no,
    matchState: p.match_state,
    missing: p.missing,
    mismatches: (p.mismatches as Mismatch[] | null) ?? [],
    customsStatus: p.customs_status,
    customsStatusText: status && status in CUSTOMS_STATUS ? CUSTOMS_STATUS[status] : null,
    declaredValue: p.declared_value,
    currency: p.currency,
    /** Retail import: the combined tax computed when the parcel went to customs (RMB), and its detail. */
    taxTotal: p.tax_total,
    tax: p.tax ?? null,
    sentAt: iso(p.sent_at),
    releasedAt: iso(p.released_at),
    revokedAt: iso(p.revoked_at),
    /** Where its declaration stands with customs, and so what the enterprise may send next. */
    declarationState: declarationState(p),
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  };
}
export type ParcelView = ReturnType<typeof toParcelView>;

export function toEventView(e: CustomsEventRow) {
  return { id: e.id, status: e.status, info: e.info, source: e.source, at: e.at.toISOString() };
}
