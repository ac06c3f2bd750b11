import type { Actor, Ctx } from '../../shared/context.js';
import { subsidyRepository, type ApplicationRow } from './subsidy.repository.js';
import type { SubsidyStatus } from './subsidy.schemas.js';
import type { SubsidyAction } from './subsidy-status.js';
import { bumped, loadForChange, moveMoney, recordStep, requireTransition } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/**
 * A decision on an amount the commerce bureau has approved (the finance bureau's review, the leading
 * group office's approval): the application moves, the money with it (reserved stays, becomes
 * committed, or is released), and a return or a rejection clears the approved amounts — the history
 * keeps them. Runs in the caller's transaction.
 */
export async function decideApprovedAmount(
  tx: Ctx,
  actor: Actor,
  id: string,
  decision: {
    action: SubsidyAction;
    approve: boolean;
    /** The version the reviewer saw; absent, the latest is decided on. */
    version?: number | undefined;
    reasons?: readonly string[] | undefined;
    note?: string | undefined;
    reference?: string | undefined;
  },
): Promise<ApplicationView> {
  const before = await loadForChange(tx, actor, id, decision.version);
  const to = requireTransition(before, decision.action);
  const now = tx.clock.now();
  const budget = await moveMoney(
    tx,
    before,
    before.fund,
    before.approved_total ?? '0',
    before.status as SubsidyStatus,
    to,
  );
  const changes: Partial<ApplicationRow> = decision.approve
    ? { status: to, updated_at: now }
    : {
        status: to,
        reasons: [...(decision.reasons ?? [])],
        approved_items: null,
        approved_total: null,
        updated_at: now,
      };
  await subsidyRepository.updateApplication(tx.db, id, changes);
  const after = bumped(before, changes);
  await recordStep(tx, {
    action: decision.action,
    before,
    after,
    amount: before.approved_total,
    reasons: decision.approve ? null : (decision.reasons ?? null),
    note: decision.approve ? (decision.note ?? null) : null,
    reference: decision.approve ? (decision.reference ?? null) : null,
    budget,
  });
  return toApplicationView(actor, after);
}
