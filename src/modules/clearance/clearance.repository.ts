import { gunzipSync } from 'node:zlib';
import { sql, type Insertable, type Selectable, type SelectQueryBuilder, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { AwaitingRecord } from './gateway/customs-gateway.js';
import type { Database } from '../../db/schema.js';
import { insertMany, RawJson, updateMany } from '../../db/insert-many.js';
import type {
  CebMessageBatchTable,
  CebMessageTable,
  CustomsRelayTable,
  CustomsRelayRecordTable,
  ClearanceDocumentTable,
  CustomsEventTable,
  ParcelTable,
} from './clearance.tables.js';

export type DocumentRow = Selectable<ClearanceDocumentTable>;
/** A parcel as the match reads it before matching it again. */
export type ParcelState = Pick<
  ParcelRow,
  'id' | 'match_state' | 'trade_mode' | 'sent_at' | 'revoked_at' | 'customs_status'
>;
export type ParcelRow = Selectable<ParcelTable>;
export type CustomsEventRow = Selectable<CustomsEventTable>;
/** A document as the match finds it by its keys: its facts are read apart, for the parcels that need them. */
export type LinkedDocument = Pick<
  DocumentRow,
  'id' | 'kind' | 'order_key' | 'logistics_key' | 'deleted' | 'updated_at'
>;

/** Advisory lock classes (two-int form) of clearance ingestion: the whole, and one key. */
const LOCK_CLASS_ALL = 7302;
const LOCK_CLASS_KEY = 7303;
/** More distinct keys than this and a transaction locks the whole instead (a bulk import's batch). */
const KEYS_LOCKED_APART = 64;

/**
 * `= any(…)` of one text array parameter, however many keys: a batch looks up hundreds at once, and a
 * parameter each would be hundreds to send, parse and plan.
 */
const anyOf = (keys: readonly string[]) => sql<string>`any(${[...keys]}::text[])`;
/** The same for ids. */
const anyId = (ids: readonly string[]) => sql<string>`any(${[...ids]}::uuid[])`;

/**
 * The bytes of messages as received, with `open` (the platform's key opens the sealed batch bodies);
 * without, nothing is read. Each batch body is read and decompressed once for all its messages.
 */
async function bodiesOf(
  db: Executor,
  refs: readonly { batch_id: string; body_offset: number; body_length: number }[],
  open: ((sealed: Buffer) => Buffer) | null,
): Promise<(ref: { batch_id: string; body_offset: number; body_length: number }) => Buffer | undefined> {
  if (!open || !refs.length) return () => undefined;
  const batches = await db
    .selectFrom('ceb_message_batch')
    .select(['id', 'body', 'sealed'])
    .where('id', '=', anyId([...new Set(refs.map((r) => r.batch_id))]))
    .execute();
  const bodies = new Map(batches.map((b) => [b.id, gunzipSync(b.sealed ? open(b.body) : b.body)]));
  return (r) => bodies.get(r.batch_id)!.subarray(r.body_offset, r.body_offset + r.body_length);
}

/** Rows other than these (one array parameter, however many ids). */
const notAmong = (ids: readonly string[]) =>
  ids.length ? sql<boolean>`id <> all(${[...ids]}::uuid[])` : sql<boolean>`true`;
/**
 * Whose parcels a reader sees: a zone's (null: every zone), and for an enterprise user those it sent or
 * sold — its enterprise the inventory's sender, or its codes the e-commerce enterprise (ebcCode).
 */
export interface ParcelScope {
  zoneCode: string | null;
  enterpriseId: string | null;
  /** The enterprise's customs code and USCC, which the inventory names the seller by. */
  sellerCodes: readonly string[];
}

function inScope<Q extends SelectQueryBuilder<Database, 'parcel', object>>(q: Q, scope: ParcelScope): Q {
  let out = q;
  if (scope.zoneCode !== null) out = out.where('zone_code', '=', scope.zoneCode) as Q;
  const enterpriseId = scope.enterpriseId;
  if (enterpriseId !== null)
    out = out.where((eb) =>
      scope.sellerCodes.length
        ? eb.or([eb('enterprise_id', '=', enterpriseId), eb('ebc_code', 'in', [...scope.sellerCodes])])
        : eb('enterprise_id', '=', enterpriseId),
    ) as Q;
  return out;
}

const jsonb = (v: unknown) =>
  v === null || v === undefined ? null : v instanceof RawJson ? v.text : JSON.stringify(v);

export const clearanceRepository = {
  /**
   * Serialises the transactions that touch the same message guids or parcel keys, so that two
   * deliveries of one message, or two documents of one parcel arriving side by side, are decided one
   * after the other, each seeing what the other committed. Transaction-scoped advisory locks: a small
   * batch locks its keys (under a shared lock on the whole); a large one (bulk import) locks the whole,
   * which keeps the number of locks held bounded.
   */
  async lockKeys(db: Executor, keys: Iterable<string>) {
    // Read only until there are too many to lock one by one.
    const distinct = new Set<string>();
    for (const key of keys) if (distinct.add(key).size > KEYS_LOCKED_APART) break;
    if (!distinct.size) return;
    if (distinct.size > KEYS_LOCKED_APART) {
      await sql`select pg_advisory_xact_lock(${LOCK_CLASS_ALL}, 0)`.execute(db);
      return;
    }
    await sql`select pg_advisory_xact_lock_shared(${LOCK_CLASS_ALL}, 0)`.execute(db);
    // Sorted, so that two transactions never wait on each other in opposite orders.
    await sql`select pg_advisory_xact_lock(${LOCK_CLASS_KEY}, h) from (select distinct hashtext(k) as h from unnest(${[...distinct]}::text[]) as k order by 1) as s`.execute(
      db,
    );
  },

  /** Released parcels of a zone in [from, to), summed per e-commerce enterprise, flow, trade mode, currency. */
  releasedTotals(db: Executor, zoneCode: string, from: Date, to: Date) {
    // The parcel keeps its inventory's ebcCode (set at ingest): the documents' facts are not read here.
    return db
      .selectFrom('parcel as p')
      .select([
        sql<string>`p.ebc_code`.as('ebc_code'),
        'p.flow',
        'p.trade_mode',
        'p.currency',
        sql<string>`count(*)::text`.as('parcels'),
        sql<string>`sum(p.declared_value)::text`.as('value'),
      ])
      .where('p.zone_code', '=', zoneCode)
      .where('p.released_at', '>=', from)
      .where('p.released_at', '<', to)
      .groupBy(['p.ebc_code', 'p.flow', 'p.trade_mode', 'p.currency'])
      .orderBy('p.ebc_code')
      .execute();
  },

  /** E-commerce enterprises (ebcCode) of a zone with a released export parcel before a moment. */
  async exportersBefore(db: Executor, zoneCode: string, before: Date): Promise<string[]> {
    const rows = await db
      .selectFrom('parcel as p')
      .select(sql<string>`p.ebc_code`.as('ebc_code'))
      .distinct()
      .where('p.zone_code', '=', zoneCode)
      .where('p.flow', '=', 'export')
      .where('p.released_at', '<', before)
      .execute();
    return rows.map((r) => r.ebc_code);
  },

  async existingMessageGuids(db: Executor, guids: string[]): Promise<Set<string>> {
    if (!guids.length) return new Set();
    const rows = await db.selectFrom('ceb_message').select('guid').where('guid', '=', anyOf(guids)).execute();
    return new Set(rows.map((r) => r.guid));
  },

  async insertMessages(
    db: Executor,
    batch: Insertable<CebMessageBatchTable>,
    rows: Insertable<CebMessageTable>[],
  ) {
    if (!rows.length) return;
    // The body as base64 text, decoded by the database: PGlite takes a bytea parameter about six times
    // slower (measured: 6 ms against 1 ms for a 40 KB batch body).
    const body = batch.body.toString('base64');
    // In turn on the connection; the messages' rows are written out while the body is stored.
    await Promise.all([
      db
        .insertInto('ceb_message_batch')
        .values({ ...batch, body: sql<Buffer>`decode(${body}, 'base64')` })
        .execute(),
      insertMany(db, 'ceb_message', rows),
    ]);
  },

  async documentsByGuid(db: Executor, guids: string[]): Promise<Map<string, DocumentRow>> {
    if (!guids.length) return new Map();
    const rows = await db
      .selectFrom('clearance_document')
      .selectAll()
      .where('guid', '=', anyOf(guids))
      .execute();
    return new Map(rows.map((r) => [r.guid, r]));
  },

  /** The documents an enterprise filed under the given (kind, business key) pairs. */
  async documentsByBusinessKey(db: Executor, enterpriseId: string, keys: { kind: string; key: string }[]) {
    const found = new Map<string, DocumentRow>();
    if (!keys.length) return found;
    // The keys alone (index: enterprise, kind, business key), the kind matched here: cheaper than row values.
    const rows = await db
      .selectFrom('clearance_document')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('kind', 'in', [...new Set(keys.map((k) => k.kind))] as DocumentRow['kind'][])
      .where('business_key', '=', anyOf([...new Set(keys.map((k) => k.key))]))
      .execute();
    const wanted = new Set(keys.map((k) => `${k.kind}|${k.key}`));
    for (const r of rows)
      if (wanted.has(`${r.kind}|${r.business_key}`)) found.set(`${r.kind}|${r.business_key}`, r);
    return found;
  },

  /** `facts` may be given as RawJson, the text the parse made. */
  async insertDocuments(db: Executor, rows: DocumentRow[]) {
    await insertMany(db, 'clearance_document', rows);
  },

  /** Documents sent again (appType 2 or 3), in one statement: each row whole, found by its id. */
  async updateDocuments(db: Executor, rows: DocumentRow[]) {
    await updateMany(db, 'clearance_document', rows);
  },

  /**
   * The inventories (without their facts) linked by order key or logistics key: the parcels a change
   * touches. `except`: documents the caller holds already (the batch's own), not read back.
   */
  async linkedInventories(
    db: Executor,
    flow: string,
    orderKeys: string[],
    logisticsKeys: string[],
    except: string[] = [],
  ) {
    const base = () =>
      db
        .selectFrom('clearance_document')
        .select(['id', 'zone_code', 'enterprise_id', 'order_key', 'logistics_key', 'deleted'])
        .where('flow', '=', flow as 'import' | 'export')
        .where('kind', '=', 'inventory')
        .where(notAmong(except));
    const [byOrder, byLogistics] = await Promise.all([
      orderKeys.length ? base().where('order_key', '=', anyOf(orderKeys)).execute() : [],
      logisticsKeys.length ? base().where('logistics_key', '=', anyOf(logisticsKeys)).execute() : [],
    ]);
    return [...new Map([...byOrder, ...byLogistics].map((r) => [r.id, r])).values()];
  },

  /**
   * Live documents of a flow linked to inventories by order key or logistics key: which documents a
   * match has, and `withFacts`, what they say. `except`: documents the caller holds already (the
   * batch's own), not read back.
   */
  async linkedDocuments(
    db: Executor,
    flow: string,
    orderKeys: string[],
    logisticsKeys: string[],
    except: string[],
    withFacts: boolean,
  ): Promise<(LinkedDocument & { facts?: unknown })[]> {
    const columns = ['id', 'kind', 'order_key', 'logistics_key', 'deleted', 'updated_at'] as const;
    // Two index scans rather than one OR: each key has its own partial index.
    const base = () =>
      db
        .selectFrom('clearance_document')
        .select(withFacts ? [...columns, 'facts'] : columns)
        .where('flow', '=', flow as 'import' | 'export')
        .where('deleted', '=', false)
        .where(notAmong(except));
    // The match finds orders, payments and receipts by order key and waybills by logistics key; the
    // inventories it has already.
    const [byOrder, byLogistics] = await Promise.all([
      orderKeys.length
        ? base()
            .where('order_key', '=', anyOf(orderKeys))
            .where('kind', 'in', ['order', 'payment', 'receipt'])
            .execute()
        : [],
      logisticsKeys.length
        ? base().where('logistics_key', '=', anyOf(logisticsKeys)).where('kind', '=', 'waybill').execute()
        : [],
    ]);
    return [...byOrder, ...byLogistics];
  },

  /** The facts of these documents, by id. */
  async factsByIds(db: Executor, ids: string[]): Promise<Map<string, unknown>> {
    if (!ids.length) return new Map();
    const rows = await db
      .selectFrom('clearance_document')
      .select(['id', 'facts'])
      .where('id', '=', anyId(ids))
      .execute();
    return new Map(rows.map((r) => [r.id, r.facts]));
  },

  /**
   * Export parcels by their waybills' keys (logistics code | number), through the inventories' indexed
   * keys: the parcels a report from the customs site (arrival, departure) names.
   */
  exportParcelsByLogisticsKeys(db: Executor, logisticsKeys: string[]) {
    if (!logisticsKeys.length) return Promise.resolve([]);
    return db
      .selectFrom('clearance_document as d')
      .innerJoin('parcel as p', 'p.id', 'd.id')
      .select(['p.id', 'p.logistics_key', 'p.revoked_at', 'p.released_at'])
      .where('d.flow', '=', 'export')
      .where('d.kind', '=', 'inventory')
      .where('d.deleted', '=', false)
      .where('d.logistics_key', '=', anyOf(logisticsKeys))
      .execute();
  },

  /**
   * What the match needs to know of these parcels. `lock`: taken FOR UPDATE, where transactions may
   * overlap (a server; PGlite runs one at a time, and a row lock there is only a write more).
   */
  async parcelsByIds(db: Executor, ids: string[], lock: boolean) {
    if (!ids.length) return new Map<string, ParcelState>();
    const query = db
      .selectFrom('parcel')
      .select(['id', 'match_state', 'trade_mode', 'sent_at', 'revoked_at', 'customs_status'])
      .where('id', '=', anyId(ids));
    const rows = await (lock ? query.forUpdate() : query).execute();
    return new Map(rows.map((r) => [r.id, r]));
  },

  async insertParcels(db: Executor, rows: ParcelRow[]) {
    await insertMany(db, 'parcel', rows);
  },

  /**
   * Many parcels changed, one statement per set of columns the rows give (a status, a release, a
   * match…), however many parcels: each row names its parcel.
   */
  async updateParcels(db: Executor, rows: ({ id: string } & Updateable<ParcelTable>)[]) {
    const byColumns = new Map<string, typeof rows>();
    for (const row of rows) {
      const columns = Object.keys(row).join();
      const group = byColumns.get(columns) ?? [];
      byColumns.set(columns, group);
      group.push(row);
    }
    for (const group of byColumns.values()) await updateMany(db, 'parcel', group);
  },

  async updateParcel(db: Executor, id: string, changes: Updateable<ParcelTable>) {
    const values = {
      ...changes,
      ...('mismatches' in changes ? { mismatches: jsonb(changes.mismatches) } : {}),
      ...('tax' in changes ? { tax: jsonb(changes.tax) } : {}),
      ...('goods_stat' in changes ? { goods_stat: jsonb(changes.goods_stat) } : {}),
    };
    await db.updateTable('parcel').set(values).where('id', '=', id).execute();
  },

  /** With `idempotent`, an answer already recorded (same parcel, source, status, time) is skipped. */
  async insertEvents(db: Executor, rows: CustomsEventRow[], idempotent = false) {
    if (!rows.length) return;
    if (!idempotent) return insertMany(db, 'customs_event', rows);
    await db
      .insertInto('customs_event')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['parcel_id', 'source', 'status', 'at']).where('source', '<>', 'platform').doNothing(),
      )
      .execute();
  },

  /**
   * Matched parcels not yet sent to customs, oldest first, locked for this dispatcher. The condition is
   * written as the queue's index is (migration 0014), constants and all, so that the index is used.
   */
  parcelsToDispatch(db: Executor, limit: number) {
    return db
      .selectFrom('parcel')
      .selectAll()
      .where(
        sql<boolean>`match_state = 'matched' and sent_at is null and revoked_at is null and customs_status is null`,
      )
      .orderBy('updated_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
  },

  /**
   * The messages that carried these inventories: guids, and with `open` the bytes as received. Each
   * batch body is read and decompressed once, however many of its inventories go.
   */
  async inventoryMessages(db: Executor, inventoryIds: string[], open: ((sealed: Buffer) => Buffer) | null) {
    const out = new Map<string, { guid: string; messageGuid: string; body: Buffer | undefined }>();
    if (!inventoryIds.length) return out;
    const refs = await db
      .selectFrom('clearance_document as d')
      .innerJoin('ceb_message as m', 'm.id', 'd.message_id')
      .select(['d.id', 'd.guid', 'm.guid as messageGuid', 'm.batch_id', 'm.body_offset', 'm.body_length'])
      .where('d.id', '=', anyId(inventoryIds))
      .execute();
    const body = await bodiesOf(db, refs, open);
    for (const r of refs) out.set(r.id, { guid: r.guid, messageGuid: r.messageGuid, body: body(r) });
    return out;
  },

  /**
   * Queues accepted messages to be passed on to customs as they came (customs_relay, an outbox), with
   * their records' parcels. A record guid already known keeps its first parcels.
   */
  async queueRelay(
    db: Executor,
    rows: Insertable<CustomsRelayTable>[],
    records: Insertable<CustomsRelayRecordTable>[],
  ) {
    if (rows.length) await db.insertInto('customs_relay').values(rows).execute();
    if (records.length)
      await db
        .insertInto('customs_relay_record')
        .values(records)
        .onConflict((oc) => oc.column('guid').doNothing())
        .execute();
  },

  /**
   * The parcels of relayed records, by record guid, and when their message was taken: what customs'
   * receipts are about.
   */
  async relayedRecords(
    db: Executor,
    guids: string[],
  ): Promise<Map<string, { parcelIds: string[]; queuedAt: Date }>> {
    if (!guids.length) return new Map();
    const rows = await db
      .selectFrom('customs_relay_record as r')
      .innerJoin('customs_relay as q', 'q.message_id', 'r.message_id')
      .select(['r.guid', 'r.parcel_ids', 'q.queued_at'])
      .where('r.guid', '=', anyOf(guids))
      .execute();
    return new Map(rows.map((r) => [r.guid, { parcelIds: r.parcel_ids, queuedAt: r.queued_at }]));
  },

  /**
   * Relayed records still awaiting customs' receipt, oldest relayed first, with their parcels and when
   * each parcel's current declaration was sent (migration 0017's index).
   */
  async relayAwaiting(db: Executor, limit: number): Promise<AwaitingRecord[]> {
    const rows = await db
      .selectFrom('customs_relay_record as r')
      .innerJoin('customs_relay as q', 'q.message_id', 'r.message_id')
      .select(['r.guid', 'r.parcel_ids', 'q.message_type', 'q.relayed_at'])
      .where('r.answered_at', 'is', null)
      .where('q.relayed_at', 'is not', null)
      .orderBy('q.relayed_at')
      .limit(limit)
      .execute();
    const parcels = await clearanceRepository.parcelsByIds(
      db,
      [...new Set(rows.flatMap((r) => r.parcel_ids))],
      false,
    );
    return rows.map((r) => ({
      recordGuid: r.guid,
      type: r.message_type,
      relayedAt: r.relayed_at!,
      parcels: r.parcel_ids.map((id) => ({ parcelId: id, sentAt: parcels.get(id)?.sent_at ?? null })),
    }));
  },

  /** The records customs' receipts named: answered, no longer awaited. */
  async markAnswered(db: Executor, guids: string[], now: Date) {
    if (!guids.length) return;
    await db
      .updateTable('customs_relay_record')
      .set({ answered_at: now })
      .where('guid', '=', anyOf(guids))
      .where('answered_at', 'is', null)
      .execute();
  },

  /**
   * Customs refused the withdrawal taken at `withdrawnAt`: those of the parcels it withdrew that are
   * still withdrawn by it (not declared again, nor withdrawn again since) are with customs again, their
   * buyers' quota consumed again. Returns the parcels restored.
   */
  async undoWithdrawal(db: Executor, parcelIds: string[], withdrawnAt: Date, now: Date) {
    if (!parcelIds.length) return [];
    const restored = await db
      .updateTable('parcel')
      .set({ revoked_at: null, updated_at: now })
      .where('id', '=', anyId(parcelIds))
      .where('revoked_at', '=', withdrawnAt)
      .returning('id')
      .execute();
    const ids = restored.map((r) => r.id);
    if (ids.length)
      await db
        .updateTable('buyer_quota')
        .set({ released_at: null })
        .where('parcel_id', '=', anyId(ids))
        .where('released_at', '=', withdrawnAt)
        .execute();
    return ids;
  },

  /**
   * The next messages to relay, oldest first, locked for this relay: guids, types, and with `open` the
   * bytes as received.
   */
  async relayQueue(db: Executor, limit: number, open: ((sealed: Buffer) => Buffer) | null) {
    const refs = await db
      .selectFrom('customs_relay as r')
      .innerJoin('ceb_message as m', 'm.id', 'r.message_id')
      .select(['m.id', 'm.guid', 'r.message_type', 'm.batch_id', 'm.body_offset', 'm.body_length'])
      .where('r.relayed_at', 'is', null)
      .orderBy('r.queued_at')
      .limit(limit)
      .forUpdate('r')
      .skipLocked()
      .execute();
    const body = await bodiesOf(db, refs, open);
    return refs.map((r) => ({ id: r.id, guid: r.guid, type: r.message_type, body: body(r) }));
  },

  async markRelayed(db: Executor, messageIds: string[], at: Date) {
    if (!messageIds.length) return;
    await db
      .updateTable('customs_relay')
      .set({ relayed_at: at })
      .where('message_id', '=', anyId(messageIds))
      .execute();
  },

  /**
   * Serialises quota decisions per buyer, so two parcels of one buyer never both pass on the same
   * balance. Sorted, so that two dispatchers never wait on each other in opposite orders.
   */
  async lockBuyers(db: Executor, buyerHashes: string[]) {
    if (!buyerHashes.length) return;
    await sql`select pg_advisory_xact_lock(hashtextextended(b, 0)) from (select distinct b from unnest(${[...new Set(buyerHashes)]}::text[]) as b order by 1) as s`.execute(
      db,
    );
  },

  /** Each buyer's live consumption in the year (buyers with none are absent). */
  async buyerQuotaUsed(db: Executor, buyerHashes: string[], year: number): Promise<Map<string, string>> {
    if (!buyerHashes.length) return new Map();
    const rows = await db
      .selectFrom('buyer_quota')
      .select(['buyer_hash', sql<string>`sum(amount)::text`.as('used')])
      .where('buyer_hash', '=', anyOf([...new Set(buyerHashes)]))
      .where('year', '=', year)
      .where('released_at', 'is', null)
      .groupBy('buyer_hash')
      .execute();
    return new Map(rows.map((r) => [r.buyer_hash, r.used]));
  },

  /**
   * One live consumption per parcel: a resend can never count twice (primary key). A parcel declared
   * again after a withdrawal or a rejection, which gave its quota back, consumes it again.
   */
  async consumeQuota(
    db: Executor,
    rows: { parcel_id: string; buyer_hash: string; year: number; amount: string; consumed_at: Date }[],
  ) {
    if (!rows.length) return;
    await db
      .insertInto('buyer_quota')
      .values(rows.map((row) => ({ ...row, released_at: null })))
      .onConflict((oc) =>
        oc
          .column('parcel_id')
          .doUpdateSet((eb) => ({
            buyer_hash: eb.ref('excluded.buyer_hash'),
            year: eb.ref('excluded.year'),
            amount: eb.ref('excluded.amount'),
            consumed_at: eb.ref('excluded.consumed_at'),
            released_at: null,
          }))
          .where('buyer_quota.released_at', 'is not', null),
      )
      .execute();
  },

  parcelByInvtNo(db: Executor, flow: string, invtNo: string) {
    return db
      .selectFrom('parcel')
      .selectAll()
      .where('flow', '=', flow as 'import' | 'export')
      .where('invt_no', '=', invtNo)
      .forUpdate()
      .executeTakeFirst();
  },

  /** A return gives back what came back: the live consumption shrinks (never below zero), released at zero. */
  async reduceQuota(db: Executor, parcelId: string, amount: string, at: Date) {
    await db
      .updateTable('buyer_quota')
      .set({
        amount: sql<string>`greatest(amount - ${amount}::numeric, 0)`,
        released_at: sql<Date | null>`case when amount - ${amount}::numeric <= 0 then ${at}::timestamptz else null end`,
      })
      .where('parcel_id', '=', parcelId)
      .where('released_at', 'is', null)
      .execute();
  },

  async releaseQuota(db: Executor, parcelId: string, at: Date) {
    await db
      .updateTable('buyer_quota')
      .set({ released_at: at })
      .where('parcel_id', '=', parcelId)
      .where('released_at', 'is', null)
      .execute();
  },

  /** Parcels with customs, not withdrawn and not yet final, with how many answers of the gateway are already recorded since they were sent. */
  parcelsInFlight(db: Executor, source: 'sandbox' | 'file_exchange', limit: number) {
    return (
      db
        .selectFrom('parcel as p')
        .select([
          'p.id',
          'p.sent_at',
          'p.customs_status',
          'p.zone_code',
          // The inventory's guid, which customs' first answer names (the parcel is its inventory).
          (eb) =>
            eb
              .selectFrom('clearance_document as d')
              .select('d.guid')
              .whereRef('d.id', '=', 'p.id')
              .as('guid'),
          (eb) =>
            eb
              .selectFrom('customs_event as e')
              .select(sql<string>`count(*)::text`.as('n'))
              .whereRef('e.parcel_id', '=', 'p.id')
              .where('e.source', '=', source)
              // This cycle's: a parcel declared again after a withdrawal or a rejection starts afresh.
              .whereRef('e.at', '>=', 'p.sent_at')
              .as('recorded'),
        ])
        // As the queue's index is written (migration 0016), constants and all, so that it is used. A
        // withdrawn parcel is no longer with customs.
        .where(
          sql<boolean>`p.sent_at is not null
          and p.revoked_at is null
          and (p.customs_status is null or p.customs_status not in ('100', '700', '800', '899'))
          and (p.customs_status is null or p.customs_status not like '-%')`,
        )
        .orderBy('p.sent_at')
        .limit(limit)
        .execute()
    );
  },

  findParcel(db: Executor, id: string, scope: ParcelScope) {
    return inScope(db.selectFrom('parcel').selectAll().where('id', '=', id), scope).executeTakeFirst();
  },

  /**
   * A parcel's lifecycle in time order. Events of one instant (one transaction's, or a sandbox answer
   * due the moment its parcel was sent) in the order the work takes them: received, declared again,
   * matched, sent, customs' answers, then what acts on a declaration customs holds (a withdrawal, a
   * return, a site's report).
   */
  eventsOf(db: Executor, parcelId: string) {
    return db
      .selectFrom('customs_event')
      .selectAll()
      .where('parcel_id', '=', parcelId)
      .orderBy('at')
      .orderBy('recorded_at')
      .orderBy(
        sql`case when source <> 'platform' then 4 when status = 'received' then 0 when status = 'redeclared' then 1
          when status in ('matched', 'mismatched') then 2 when status = 'sent' then 3 else 5 end`,
      )
      .execute();
  },

  async listParcels(
    db: Executor,
    scope: ParcelScope,
    filter: {
      matchState?: string | undefined;
      customsStatus?: string[] | undefined;
      flow?: string | undefined;
      q?: string | undefined;
      revoked?: boolean | undefined;
    },
    page: { page: number; pageSize: number },
  ) {
    let q = inScope(db.selectFrom('parcel'), scope);
    if (filter.revoked !== undefined) q = q.where('revoked_at', filter.revoked ? 'is not' : 'is', null);
    if (filter.matchState) q = q.where('match_state', '=', filter.matchState as ParcelRow['match_state']);
    if (filter.customsStatus?.length) q = q.where('customs_status', 'in', filter.customsStatus);
    if (filter.flow) q = q.where('flow', '=', filter.flow as ParcelRow['flow']);
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb('order_key', 'like', like),
          eb('logistics_key', 'like', like),
          eb('invt_no', '=', filter.q!),
        ]),
      );
    }
    const [items, count] = await Promise.all([
      q
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  /** Parcels per customs status in a scope: through the zone's status index, never the parcels themselves. */
  async countByCustomsStatus(db: Executor, scope: ParcelScope, statuses: string[], revoked?: boolean) {
    let q = inScope(db.selectFrom('parcel'), scope)
      .select(['customs_status', sql<string>`count(*)::text`.as('n')])
      .where('customs_status', 'in', statuses);
    if (revoked !== undefined) q = q.where('revoked_at', revoked ? 'is not' : 'is', null);
    return (await q.groupBy('customs_status').execute()) as { customs_status: string; n: string }[];
  },

  documentsOfParcel(db: Executor, flow: string, orderKey: string, logisticsKey: string) {
    return db
      .selectFrom('clearance_document')
      .select([
        'id',
        'kind',
        'guid',
        'message_type',
        'business_key',
        'app_type',
        'deleted',
        'version',
        'enterprise_id',
        'updated_at',
        // The 9810 booking only: no personal data leaves through it.
        sql<{
          bookingNo: string;
          name: string;
        } | null>`case when kind = 'order' then facts -> 'overseasWarehouse' end`.as('overseas_warehouse'),
      ])
      .where('flow', '=', flow as 'import' | 'export')
      .where((eb) => eb.or([eb('order_key', '=', orderKey), eb('logistics_key', '=', logisticsKey)]))
      .orderBy('created_at')
      .execute();
  },
};
