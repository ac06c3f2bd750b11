import { rowId } from '../../../db/row-id.js';
import type { Updateable } from 'kysely';
import type { Ctx } from '../../../shared/context.js';
import { inTransaction } from '../../../shared/context.js';
import { appendAudit } from '../../audit/index.js';
import { clearanceRepository, type CustomsEventRow } from '../clearance.repository.js';
import type { ParcelTable } from '../clearance.tables.js';
import type { CustomsGateway } from './customs-gateway.js';
import { isRejection } from './customs-status.js';

/** What each receipt answers, as the lifecycle names it. */
const RECEIPT_OF: Record<string, string> = {
  CEB508: '运抵单',
  CEB510: '离境单',
  CEB606: '撤销申请单',
  CEB624: '撤销申请单',
  CEB626: '退货申请单',
};

/** Customs' receipts of withdrawals (撤销申请单), export and import. */
const WITHDRAWAL_RECEIPTS = new Set(['CEB606', 'CEB624']);

/**
 * Takes customs' answers from the gateway and records each as a status change with its time: 120 assigns
 * the inventory number, 800 releases the parcel, a rejection (100, or a negative code) gives the buyer's
 * quota back. Receipts of relayed records (withdrawals, returns, site reports) are recorded on those
 * records' parcels; a refused withdrawal puts its parcels back with customs.
 */
export async function recordCustomsAnswers(
  ctx: Ctx,
  gateway: CustomsGateway,
  batchSize = 500,
): Promise<{ answers: number; unmatched: number }> {
  const { answers: recorded, unmatched } = await inTransaction(ctx, async (tx) => {
    const db = tx.db;
    const now = ctx.clock.now();
    const inFlight = await clearanceRepository.parcelsInFlight(db, gateway.source, batchSize);
    // A gateway that keeps no state (the sandbox) is told which relayed records await its receipt.
    const awaiting = gateway.answersRelays ? await clearanceRepository.relayAwaiting(db, batchSize) : [];
    const given = await gateway.answers(
      inFlight.map((p) => ({
        parcelId: p.id,
        // Never null: a parcel is its inventory document (parcel.id references it).
        inventoryGuid: p.guid!,
        sentAt: p.sent_at!,
        recorded: Number(p.recorded),
      })),
      now,
      awaiting,
    );
    // Answers named by inventory guid (file exchange) find their parcel: the inventory document's id.
    const byGuid = await clearanceRepository.documentsByGuid(
      tx.db,
      given.flatMap((a) => (a.inventoryGuid ? [a.inventoryGuid] : [])),
    );
    const answers = given.flatMap((a) => {
      const parcelId = a.parcelId ?? (a.inventoryGuid ? byGuid.get(a.inventoryGuid)?.id : undefined);
      return parcelId ? [{ ...a, parcelId }] : [];
    });
    // Receipts of relayed records go on the records' parcels' lifecycles, and leave their status alone.
    const receipts = given.flatMap((a) => (a.receipt ? [{ ...a, receipt: a.receipt }] : []));
    const records = await clearanceRepository.relayedRecords(
      db,
      receipts.map((a) => a.receipt.recordGuid),
    );
    const events: CustomsEventRow[] = receipts.flatMap((a) =>
      (records.get(a.receipt.recordGuid)?.parcelIds ?? []).map((parcelId) => ({
        id: rowId(),
        parcel_id: parcelId,
        status: 'receipt',
        info: `${RECEIPT_OF[a.receipt.type] ?? a.receipt.type}回执 ${a.status}${a.info ? `：${a.info}` : ''}`,
        source: gateway.source,
        at: a.at,
        recorded_at: now,
      })),
    );
    // What names nothing of the platform's: another platform's, or ahead of its record; given back unrecorded.
    const unmatched = given.filter((a) =>
      a.receipt
        ? !records.has(a.receipt.recordGuid)
        : !(a.parcelId ?? (a.inventoryGuid && byGuid.get(a.inventoryGuid))),
    );
    const counted = answers.length + receipts.filter((a) => records.has(a.receipt.recordGuid)).length;
    if (!counted) return { answers: 0, unmatched };
    await clearanceRepository.markAnswered(
      db,
      receipts.flatMap((a) => (records.has(a.receipt.recordGuid) ? [a.receipt.recordGuid] : [])),
      now,
    );
    // Answers arrive in time order per parcel; the last one sets the parcel's status.
    const latest = new Map<string, (typeof answers)[number]>();
    for (const a of answers) {
      events.push({
        id: rowId(),
        parcel_id: a.parcelId,
        status: a.status,
        info: a.info,
        source: gateway.source,
        at: a.at,
        recorded_at: now,
      });
      const prev = latest.get(a.parcelId);
      if (!prev || a.at >= prev.at) latest.set(a.parcelId, { ...a, invtNo: a.invtNo ?? prev?.invtNo });
    }
    // The withdrawal taken at `withdrawnAt` did not take: its parcels still withdrawn by it are with
    // customs again.
    const undoWithdrawal = async (parcelIds: string[], withdrawnAt: Date, info: string, at: Date) => {
      for (const parcelId of await clearanceRepository.undoWithdrawal(db, parcelIds, withdrawnAt, now))
        events.push({
          id: rowId(),
          parcel_id: parcelId,
          status: 'withdrawal_refused',
          info,
          source: 'platform',
          at,
          recorded_at: now,
        });
    };
    // Customs refused a withdrawal (撤销申请单 退单): the declaration stands, and its parcels are with
    // customs again, their quota consumed again (customs-ceb.md §2.4).
    for (const a of receipts) {
      const record = records.get(a.receipt.recordGuid);
      if (!record || !WITHDRAWAL_RECEIPTS.has(a.receipt.type) || !isRejection(a.status)) continue;
      await undoWithdrawal(
        record.parcelIds,
        record.queuedAt,
        `海关不同意撤单${a.info ? `：${a.info}` : ''}，清单仍在海关`,
        a.at,
      );
    }
    // A release of a parcel withdrawn on the platform: customs released it before the withdrawal
    // reached it, and no withdrawal takes after release (a return is the way now).
    const released = [...latest].filter(([, a]) => a.status === '800').map(([id]) => id);
    for (const parcel of (await clearanceRepository.parcelsByIds(db, released, false)).values()) {
      if (!parcel.sent_at || !parcel.revoked_at) continue;
      await undoWithdrawal(
        [parcel.id],
        parcel.revoked_at,
        '海关已放行，撤单未生效',
        latest.get(parcel.id)!.at,
      );
    }
    await clearanceRepository.insertEvents(db, events, true);
    const changes: ({ id: string } & Updateable<ParcelTable>)[] = [];
    for (const [parcelId, a] of latest) {
      changes.push({
        id: parcelId,
        customs_status: a.status,
        customs_status_at: a.at,
        ...(a.invtNo ? { invt_no: a.invtNo } : {}),
        ...(a.status === '800' ? { released_at: a.at } : {}),
        updated_at: now,
      });
      if (isRejection(a.status)) await clearanceRepository.releaseQuota(db, parcelId, a.at);
    }
    await clearanceRepository.updateParcels(db, changes);
    await appendAudit(tx, {
      action: 'clearance.customs_answers',
      entityType: 'parcel',
      entityId: null,
      zoneCode: null,
      after: { answers: counted, parcels: latest.size, unmatched: unmatched.length, gateway: gateway.source },
    });
    return { answers: counted, unmatched };
  });
  await gateway.acknowledge?.(unmatched);
  // Each answer recorded is an event, and changes its parcel.
  ctx.statistics.wrote('customs_event', recorded);
  ctx.statistics.wrote('parcel', recorded);
  return { answers: recorded, unmatched: unmatched.length };
}
