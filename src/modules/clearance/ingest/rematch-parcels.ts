import { rowId } from '../../../db/row-id.js';
import type { Updateable } from 'kysely';
import { RawJson } from '../../../db/insert-many.js';
import type { Ctx } from '../../../shared/context.js';
import {
  clearanceRepository,
  type DocumentRow,
  type LinkedDocument,
  type ParcelRow,
} from '../clearance.repository.js';
import type { ParcelTable } from '../clearance.tables.js';
import { matchParcel, requiredDocuments, type MatchResult } from '../match/match-parcel.js';
import type { ParcelInfo } from './message-documents.js';
import type {
  DocumentKind,
  InventoryFacts,
  OrderFacts,
  PaymentFacts,
  ReceiptFacts,
  WaybillFacts,
} from '../match/parcel-facts.js';

type StoredFacts<T> = T & { parcel: ParcelInfo | null };
type InventoryRef = Pick<
  DocumentRow,
  'id' | 'zone_code' | 'enterprise_id' | 'order_key' | 'logistics_key' | 'deleted'
>;

/** The documents besides the inventory that the match compares, when present, per flow. */
const COMPARED: Record<'import' | 'export', DocumentKind[]> = {
  import: ['order', 'payment', 'waybill'],
  export: ['order', 'receipt', 'waybill'],
};

/**
 * The most recent live document of each kind under each key (a key is unique per sender; senders may
 * differ): orders, payments and receipts by order key, waybills by logistics key. Built once per batch,
 * looked up per parcel.
 */
function latestByKey(
  docs: LinkedDocument[],
): (kind: string, key: string | null) => LinkedDocument | undefined {
  const latest = new Map<string, LinkedDocument>();
  for (const d of docs) {
    if (d.deleted) continue;
    const key = `${d.kind}|${(d.kind === 'waybill' ? d.logistics_key : d.order_key) ?? ''}`;
    const seen = latest.get(key);
    if (!seen || d.updated_at.getTime() > seen.updated_at.getTime()) latest.set(key, d);
  }
  return (kind, key) => (key === null ? undefined : latest.get(`${kind}|${key}`));
}

/** What a parcel declared again starts from: not sent, no answer, no number, no tax, not counted. */
const NEW_CYCLE = {
  customs_status: null,
  customs_status_at: null,
  sent_at: null,
  released_at: null,
  invt_no: null,
  tax_total: null,
  tax: null,
  counted: false,
} satisfies Updateable<ParcelTable>;

/** A parcel whose match was evaluated again, with the keys its documents are found by. */
export interface RematchedParcel {
  id: string;
  matchState: string;
  missing: string[];
  flow: 'import' | 'export';
  orderKey: string;
  logisticsKey: string;
}

/**
 * Evaluates again the match of every parcel (inventory) the changed documents touch, whatever order the
 * documents came in, and stores the result. Parcels already sent to customs are left as they are, but
 * for those `reopened`: customs withdrew or rejected their declaration and their inventory was declared
 * again (a new customs cycle, matched afresh) or deleted.
 */
export async function rematchParcels(
  ctx: Ctx,
  changed: DocumentRow[],
  reopened: ReadonlySet<string> = new Set(),
): Promise<RematchedParcel[]> {
  const out: RematchedParcel[] = [];
  const now = ctx.clock.now();
  const options = { requireExportReceipt: ctx.config.clearance.exportReceiptRequired };
  for (const flow of ['import', 'export'] as const) {
    const mine = changed.filter((d) => d.flow === flow);
    if (!mine.length) continue;
    // The changed documents are in hand in their new state: only the others are read.
    const mineIds = new Set(mine.map((d) => d.id));
    // Round 1: the inventories the changed documents point at (keys only); round 2: which documents the
    // live ones have (keys only); round 3: the facts of the parcels that have them all.
    const first = await clearanceRepository.linkedInventories(
      ctx.db,
      flow,
      [...new Set(mine.flatMap((d) => (d.order_key ? [d.order_key] : [])))],
      [...new Set(mine.flatMap((d) => (d.logistics_key ? [d.logistics_key] : [])))],
      [...mineIds],
    );
    const inventories = new Map<string, InventoryRef>();
    for (const d of [...first, ...mine.filter((x) => x.kind === 'inventory')]) inventories.set(d.id, d);
    if (!inventories.size) continue;
    // Lock the parcels first: documents of one parcel that arrive side by side in other transactions
    // (an order and a waybill share no key) wait here, and what follows reads what they committed.
    const existing = await clearanceRepository.parcelsByIds(
      ctx.db,
      [...inventories.keys()],
      Boolean(ctx.config.databaseUrl),
    );
    const live = [...inventories.values()].filter((i) => !i.deleted);
    // A parcel that lacks a document is incomplete whatever the others say (requiredDocuments): the facts
    // of the others are read only for parcels that have them all, so a parcel whose documents come a
    // batch each is read once, when its last one arrives. A batch that brings inventories reads them at
    // once: its parcels are most often complete (inventories are sent last).
    const withFacts = mine.some((d) => d.kind === 'inventory');
    const linked = live.length
      ? await clearanceRepository.linkedDocuments(
          ctx.db,
          flow,
          [...new Set(live.map((i) => i.order_key!))],
          [...new Set(live.map((i) => i.logistics_key!))],
          [...mineIds],
          withFacts,
        )
      : [];
    const related: LinkedDocument[] = [...linked, ...mine.filter((d) => !d.deleted)];
    const latest = latestByKey(related);
    const keyOf = (inv: InventoryRef, kind: DocumentKind) =>
      kind === 'waybill' ? inv.logistics_key : inv.order_key;
    const factsOf = new Map<string, unknown>(mine.map((d) => [d.id, d.facts]));
    if (withFacts) for (const d of linked) factsOf.set(d.id, d.facts);
    /** A document's facts as an object: the batch's own carry the JSON text the parse made, parsed once. */
    const facts = (id: string): unknown => {
      const f = factsOf.get(id);
      if (!(f instanceof RawJson)) return f;
      const parsed = JSON.parse(f.text) as unknown;
      factsOf.set(id, parsed);
      return parsed;
    };
    const inventoryFacts = (id: string) => facts(id) as StoredFacts<InventoryFacts>;
    // The trade mode decides what an export needs: from the parcel, or from an inventory without one yet.
    const unseen = live.filter((i) => !existing.has(i.id) && !factsOf.has(i.id)).map((i) => i.id);
    for (const [id, f] of await clearanceRepository.factsByIds(ctx.db, unseen)) factsOf.set(id, f);
    const missingOf = new Map<string, DocumentKind[]>();
    const toRead = new Set<string>();
    /** A parcel with customs, or whose declaration customs finished with: nothing here changes it. */
    const settled = (id: string) => Boolean(existing.get(id)?.sent_at) && !reopened.has(id);
    for (const inv of live) {
      const parcel = existing.get(inv.id);
      if (settled(inv.id)) continue;
      const tradeMode = parcel && !mineIds.has(inv.id) ? parcel.trade_mode : inventoryFacts(inv.id).tradeMode;
      const required = requiredDocuments(flow, tradeMode, options);
      const missing = required.filter((k) => k !== 'inventory' && !latest(k, keyOf(inv, k)));
      missingOf.set(inv.id, missing);
      // A parcel to make takes its fields from its inventory; a complete one is matched on every
      // document it has, a receipt not required included.
      const needed = missing.length
        ? parcel
          ? []
          : [inv.id]
        : [inv.id, ...COMPARED[flow].flatMap((k) => latest(k, keyOf(inv, k))?.id ?? [])];
      for (const id of needed) if (!factsOf.has(id)) toRead.add(id);
    }
    for (const [id, facts] of await clearanceRepository.factsByIds(ctx.db, [...toRead]))
      factsOf.set(id, facts);

    const inserts: ParcelRow[] = [];
    // Parcels already stored change in a statement per kind of change, whatever their number: withdrawn;
    // matched again with a changed inventory (its fields follow it); matched again.
    const parcelChanges: ({ id: string } & Updateable<ParcelTable>)[] = [];
    const events = [];
    for (const inv of inventories.values()) {
      const parcel = existing.get(inv.id);
      if (settled(inv.id)) continue;
      if (inv.deleted) {
        if (parcel && !parcel.revoked_at) {
          parcelChanges.push({ id: inv.id, revoked_at: now, updated_at: now });
          events.push({
            id: rowId(),
            parcel_id: inv.id,
            status: 'deleted',
            info: '清单已删除（appType=3）',
            source: 'platform' as const,
            at: now,
            recorded_at: now,
          });
        }
        continue;
      }
      const missing = missingOf.get(inv.id)!;
      const factsOfKind = (kind: DocumentKind) => facts(latest(kind, keyOf(inv, kind))!.id);
      const result: MatchResult = missing.length
        ? { state: 'incomplete', missing }
        : matchParcel(
            {
              direction: flow,
              inventory: inventoryFacts(inv.id),
              order: factsOfKind('order') as OrderFacts,
              payment: flow === 'import' ? (factsOfKind('payment') as PaymentFacts) : undefined,
              receipt:
                flow === 'export' && latest('receipt', inv.order_key)
                  ? (factsOfKind('receipt') as ReceiptFacts)
                  : undefined,
              waybill: factsOfKind('waybill') as WaybillFacts,
            },
            options,
          );
      const state = {
        match_state: result.state,
        missing: result.state === 'incomplete' ? result.missing : [],
        mismatches: result.state === 'mismatched' ? result.mismatches : null,
      };
      if (!parcel) {
        const info = inventoryFacts(inv.id).parcel!;
        inserts.push({
          id: inv.id,
          zone_code: inv.zone_code,
          enterprise_id: inv.enterprise_id,
          flow,
          trade_mode: info.tradeMode,
          order_key: inv.order_key!,
          logistics_key: inv.logistics_key!,
          ...state,
          customs_status: null,
          customs_status_at: null,
          sent_at: null,
          released_at: null,
          revoked_at: null,
          invt_no: null,
          declared_value: info.declaredValue,
          currency: info.currency,
          tax_total: null,
          tax: null,
          ebc_code: info.ebcCode,
          goods_stat: info.statLines,
          counted: false,
          created_at: now,
          updated_at: now,
        });
        // Its reception is the parcel's created_at (the lifecycle shows it first): no event row of its own.
      } else if (mineIds.has(inv.id)) {
        const info = inventoryFacts(inv.id).parcel!;
        const redeclared = reopened.has(inv.id);
        parcelChanges.push({
          id: inv.id,
          ...state,
          order_key: inv.order_key!,
          logistics_key: inv.logistics_key!,
          trade_mode: info.tradeMode,
          declared_value: info.declaredValue,
          currency: info.currency,
          ebc_code: info.ebcCode,
          goods_stat: info.statLines,
          revoked_at: null,
          // Declared again: the last cycle's answers, number and tax stay on the lifecycle, not the parcel.
          ...(redeclared ? NEW_CYCLE : {}),
          updated_at: now,
        });
        if (redeclared)
          events.push({
            id: rowId(),
            parcel_id: inv.id,
            status: 'redeclared',
            info: parcel.revoked_at ? '撤单后重新申报清单' : '退单后重新申报清单',
            source: 'platform' as const,
            at: now,
            recorded_at: now,
          });
      } else parcelChanges.push({ id: inv.id, ...state, updated_at: now });
      // The match's outcome opens each cycle's lifecycle, and marks each change of it.
      const before = reopened.has(inv.id) ? undefined : parcel?.match_state;
      if (result.state !== 'incomplete' && result.state !== before)
        events.push({
          id: rowId(),
          parcel_id: inv.id,
          status: result.state,
          info:
            result.state === 'matched'
              ? '三单比对一致'
              : `三单比对不一致：${result.mismatches.map((m) => m.field).join('、')}`,
          source: 'platform' as const,
          at: now,
          recorded_at: now,
        });
      out.push({
        id: inv.id,
        matchState: result.state,
        missing: state.missing,
        flow,
        orderKey: inv.order_key!,
        logisticsKey: inv.logistics_key!,
      });
    }
    // In turn on the transaction's connection, each written out while the one before runs (insertMany);
    // the events after their parcels exist.
    await Promise.all([
      clearanceRepository.updateParcels(ctx.db, parcelChanges),
      clearanceRepository.insertParcels(ctx.db, inserts),
      clearanceRepository.insertEvents(ctx.db, events),
    ]);
  }
  return out;
}
