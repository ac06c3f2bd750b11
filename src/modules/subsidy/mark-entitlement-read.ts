import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { appendAudit } from '../audit/index.js';
import { toEntitlementView, type EntitlementView } from './entitlement-view.js';
import { subsidyRepository } from './subsidy.repository.js';
import { scopeOf } from './subsidy-support.js';

export const entitlementEntity = { zh: '该免申即享结果', en: 'Entitlement' };

/**
 * The enterprise marks its entitlement read (the notification acknowledged). Only its own: another's
 * answers 404 like a missing one. Marking twice keeps the first time.
 */
export async function markEntitlementRead(ctx: Ctx, id: string): Promise<EntitlementView> {
  const actor = authorize(ctx, 'subsidy:apply');
  return inTransaction(ctx, async (tx) => {
    const row = await subsidyRepository.findEntitlement(tx.db, id, scopeOf(actor));
    if (!row) throw AppError.notFound(entitlementEntity);
    if (row.read_at) return toEntitlementView(row);
    const now = ctx.clock.now();
    await subsidyRepository.markEntitlementRead(tx.db, id, now);
    await appendAudit(tx, {
      action: 'subsidy_entitlement.read',
      entityType: 'subsidy_entitlement',
      entityId: id,
      zoneCode: row.zone_code,
      before: { readAt: null },
      after: { readAt: now.toISOString() },
    });
    return toEntitlementView({ ...row, read_at: now });
  });
}
