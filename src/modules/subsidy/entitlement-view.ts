import type { Bilingual } from '../../shared/app-error.js';
import type { EntitlementItem } from './entitlement-rules.js';
import type { EntitlementRow } from './subsidy.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An entitlement as the enterprise and the zone's bureaus read it. */
export function toEntitlementView(row: EntitlementRow) {
  return {
    id: row.id,
    zoneCode: row.zone_code,
    enterpriseId: row.enterprise_id,
    year: row.year,
    runId: row.run_id,
    items: row.items as EntitlementItem[],
    totalMax: row.total_max,
    facts: row.facts as Record<string, unknown>,
    notes: row.notes as Bilingual[],
    /** The draft application prepared for it (null when it had applied itself, or nothing is eligible yet). */
    applicationId: row.application_id,
    notifiedAt: iso(row.notified_at),
    readAt: iso(row.read_at),
    createdAt: row.created_at.toISOString(),
  };
}
export type EntitlementView = ReturnType<typeof toEntitlementView>;
