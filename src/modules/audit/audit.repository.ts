import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { HashedAuditFields } from './audit-hash.js';

export interface AuditRow extends HashedAuditFields {
  hash: string;
}

export interface AuditFilter {
  zoneCode?: string | null | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

// Selected with the timestamp rendered by the database as UTC ISO text with milliseconds, so the hash
// input is identical on PGlite and PostgreSQL and independent of the session time zone.
const columns = [
  sql<string>`seq::text`.as('seq'),
  sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('at'),
  'actor_id',
  'actor_name',
  'role',
  'zone_code',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
  'request_id',
  'prev_hash',
  'hash',
] as const;

type Selected = {
  seq: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  role: string | null;
  zone_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};

function toRow(r: Selected): AuditRow {
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    role: r.role,
    zoneCode: r.zone_code,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before ?? null,
    after: r.after ?? null,
    requestId: r.request_id,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export const auditRepository = {
  /** Serialises appends so each record links to the one before it; held until the transaction ends. */
  async lockChain(db: Executor): Promise<void> {
    await sql`select pg_advisory_xact_lock(7316540293)`.execute(db);
  },

  async nextSeq(db: Executor): Promise<string> {
    const r = await sql<{ seq: string }>`select nextval('audit_log_seq')::text as seq`.execute(db);
    return r.rows[0]!.seq;
  },

  async lastHash(db: Executor): Promise<string | undefined> {
    const r = await db
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r?.hash;
  },

  async insert(db: Executor, row: AuditRow): Promise<void> {
    await db
      .insertInto('audit_log')
      .values({
        seq: row.seq,
        at: new Date(row.at),
        actor_id: row.actorId,
        actor_name: row.actorName,
        role: row.role,
        zone_code: row.zoneCode,
        action: row.action,
        entity_type: row.entityType,
        entity_id: row.entityId,
        before: row.before === null ? null : JSON.stringify(row.before),
        after: row.after === null ? null : JSON.stringify(row.after),
        request_id: row.requestId,
        prev_hash: row.prevHash,
        hash: row.hash,
      })
      .execute();
  },

  /** Pages through the whole chain in seq order, a batch at a time (the log holds millions of rows). */
  async *walk(db: Executor, batchSize = 5000): AsyncGenerator<AuditRow> {
    let after = '-1';
    for (;;) {
      const rows = (await db
        .selectFrom('audit_log')
        .select(columns)
        .where('audit_log.seq', '>', after)
        // Qualified: the bare name would sort by the selected text alias, not the number.
        .orderBy('audit_log.seq')
        .limit(batchSize)
        .execute()) as Selected[];
      for (const r of rows) yield toRow(r);
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1]!.seq;
    }
  },

  async list(
    db: Executor,
    filter: AuditFilter,
    page: { page: number; pageSize: number },
  ): Promise<{ items: AuditRow[]; total: number }> {
    let q = db.selectFrom('audit_log');
    if (filter.zoneCode !== undefined && filter.zoneCode !== null)
      q = q.where('zone_code', '=', filter.zoneCode);
    if (filter.action) q = q.where('action', '=', filter.action);
    if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
    if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
    if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
    if (filter.from) q = q.where('at', '>=', filter.from);
    if (filter.to) q = q.where('at', '<', filter.to);
    const [rows, count] = await Promise.all([
      q
        .select(columns)
        .orderBy('audit_log.seq', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute() as Promise<Selected[]>,
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toRow), total: Number(count.n) };
  },
};
