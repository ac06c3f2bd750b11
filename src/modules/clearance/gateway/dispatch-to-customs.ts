import { rowId } from '../../../db/row-id.js';
import type { Updateable } from 'kysely';
import type { Ctx } from '../../../shared/context.js';
import { inTransaction } from '../../../shared/context.js';
import { appendAudit } from '../../audit/index.js';
import { clearanceRepository, type CustomsEventRow } from '../clearance.repository.js';
import type { ParcelTable } from '../clearance.tables.js';
import type { ParcelInfo } from '../ingest/message-documents.js';
import { checkRetailImportLimits } from '../tax/index.js';
import { Dec } from '../tax/decimal.js';
import { rateTable } from '../reference-tables.js';
import { parcelTax } from './retail-import-tax.js';
import type { CustomsGateway, OutgoingParcel } from './customs-gateway.js';

export interface DispatchReport {
  sent: number;
  refused: number;
}

/**
 * Sends matched parcels to customs, a batch per transaction. An import parcel first passes the retail
 * limits on the buyer's ledger (财关税〔2018〕49号): over a limit it is refused with the code customs would
 * give (-621005 / -621018) and never sent; within, its amount is consumed once, under a per-buyer lock.
 */
export async function dispatchToCustoms(
  ctx: Ctx,
  gateway: CustomsGateway,
  batchSize = 200,
): Promise<DispatchReport> {
  const report = await inTransaction(ctx, async (tx): Promise<DispatchReport> => {
    const db = tx.db;
    const now = ctx.clock.now();
    const parcels = await clearanceRepository.parcelsToDispatch(db, batchSize);
    if (!parcels.length) return { sent: 0, refused: 0 };
    const facts = await clearanceRepository.factsByIds(
      db,
      parcels.map((p) => p.id),
    );
    const infoOf = (id: string) => (facts.get(id) as { parcel: ParcelInfo }).parcel;
    const events: CustomsEventRow[] = [];
    // The customs' calendar is China's: its day and its year (the buyer's annual limit).
    const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const year = Number(day.slice(0, 4));
    const rates = rateTable(ctx.config.clearance.rateTableFile);
    // The batch's buyers, locked and read at once; each balance then moves on parcel by parcel below.
    const buyers = parcels.flatMap((p) => {
      const hash = p.flow === 'import' ? infoOf(p.id).buyerHash : undefined;
      return hash ? [hash] : [];
    });
    await clearanceRepository.lockBuyers(db, buyers);
    const used = await clearanceRepository.buyerQuotaUsed(db, buyers, year);
    const consumed: Parameters<typeof clearanceRepository.consumeQuota>[1] = [];
    const sent: typeof parcels = [];
    // The parcels change in one statement per kind of change, whatever their number.
    const changes: ({ id: string } & Updateable<ParcelTable>)[] = [];
    let refused = 0;
    for (const p of parcels) {
      const info = infoOf(p.id);
      if (p.flow === 'import' && info.buyerHash) {
        const check = checkRetailImportLimits({
          transactionValue: info.dutiableValue,
          buyerAnnualUsed: used.get(info.buyerHash) ?? '0',
          goodsLines: info.goods.map((g) => ({ qty: g.qty })),
          date: day,
        });
        const refusal = !check.ok
          ? check.reason
          : check.treatment === 'general_trade'
            ? check.reasons[0]
            : undefined;
        if (refusal) {
          const code = refusal.customsReturnCode ?? '-621005';
          changes.push({ id: p.id, customs_status: code, customs_status_at: now, updated_at: now });
          events.push({
            id: rowId(),
            parcel_id: p.id,
            status: code,
            info: refusal.zh,
            source: 'platform',
            at: now,
            recorded_at: now,
          });
          refused++;
          continue;
        }
        if (check.ok) {
          consumed.push({
            parcel_id: p.id,
            buyer_hash: info.buyerHash,
            year,
            amount: check.countsTowardAnnual,
            consumed_at: now,
          });
          // The buyer's next parcel in this batch sees this one counted.
          used.set(
            info.buyerHash,
            new Dec(used.get(info.buyerHash) ?? '0').plus(check.countsTowardAnnual).toFixed(2),
          );
          if (check.treatment !== 'general_trade') {
            const tax = parcelTax(info, check.treatment, day, rates);
            if (tax) changes.push({ id: p.id, tax_total: tax.taxTotal, tax: tax.tax });
          }
        }
      }
      events.push({
        id: rowId(),
        parcel_id: p.id,
        status: 'sent',
        info: '已发送海关',
        source: 'platform',
        at: now,
        recorded_at: now,
      });
      sent.push(p);
    }
    await clearanceRepository.consumeQuota(db, consumed);
    await clearanceRepository.updateParcels(db, [
      ...changes,
      ...sent.map((p) => ({ id: p.id, sent_at: now, updated_at: now })),
    ]);
    const carried = await clearanceRepository.inventoryMessages(
      db,
      sent.map((p) => p.id),
      gateway.transmitsBodies ? (b) => ctx.protector.openBytes(b) : null,
    );
    const outgoing: OutgoingParcel[] = sent.map((p) => {
      const message = carried.get(p.id)!;
      return {
        parcelId: p.id,
        flow: p.flow,
        guid: message.guid,
        messageGuid: message.messageGuid,
        xml: message.body?.toString('utf8'),
      };
    });
    await clearanceRepository.insertEvents(db, events);
    // Within the transaction: if writing to the exchange fails, nothing is marked sent.
    await gateway.send(outgoing);
    await appendAudit(tx, {
      action: 'clearance.dispatch',
      entityType: 'parcel',
      entityId: null,
      zoneCode: null,
      after: { sent: outgoing.length, refused, gateway: gateway.source },
    });
    return { sent: outgoing.length, refused };
  });
  // Each parcel sent or refused changed, with an event.
  ctx.statistics.wrote('parcel', report.sent + report.refused);
  ctx.statistics.wrote('customs_event', report.sent + report.refused);
  return report;
}
