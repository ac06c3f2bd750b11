import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { SummaryDeclarationTable } from '../clearance.tables.js';

export type SummaryRow = Selectable<SummaryDeclarationTable>;

/**
 * Whose summaries: a zone (null: every zone), and for an enterprise user those holding an inventory it
 * sent, or (`sellerCodes`) one of goods it sold.
 */
export interface SummaryScope {
  zoneCode: string | null;
  enterpriseId: string | null;
  sellerCodes?: readonly string[];
}

/** Dates as the calendar days they are (yyyy-mm-dd), whatever the driver's time zone. */
const COLUMNS = [
  'id',
  'zone_code',
  sql<string>`to_char(period_from, 'YYYY-MM-DD')`.as('period_from'),
  sql<string>`to_char(period_to, 'YYYY-MM-DD')`.as('period_to'),
  'summary_flag',
  'group_key',
  'head',
  'items',
  'inventory_count',
  'created_by',
  'created_at',
] as const;

/** An enterprise sees the summaries that hold at least one of the inventories it sent or sold. */
function scoped(db: Executor, scope: SummaryScope) {
  let q = db.selectFrom('summary_declaration');
  if (scope.zoneCode !== null) q = q.where('zone_code', '=', scope.zoneCode);
  if (scope.enterpriseId !== null) {
    const enterpriseId = scope.enterpriseId;
    const sellerCodes = [...(scope.sellerCodes ?? [])];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('summary_inventory as si')
          .innerJoin('parcel as p', 'p.id', 'si.parcel_id')
          .select('si.parcel_id')
          .whereRef('si.summary_id', '=', 'summary_declaration.id')
          .where((w) =>
            sellerCodes.length
              ? w.or([w('p.enterprise_id', '=', enterpriseId), w('p.ebc_code', 'in', sellerCodes)])
              : w('p.enterprise_id', '=', enterpriseId),
          ),
      ),
    );
  }
  return q;
}

export const summaryRepository = {
  /**
   * Released export inventories of the period not yet in a summary, with their facts; locked so two
   * concurrent runs cannot summarise the same inventory (the primary key would refuse it anyway).
   */
  unsummarised(
    db: Executor,
    scope: { zoneCode: string | null; enterpriseId: string | null },
    from: string,
    to: string,
  ) {
    let q = db
      .selectFrom('parcel as p')
      .innerJoin('clearance_document as d', 'd.id', 'p.id')
      .leftJoin('summary_inventory as s', 's.parcel_id', 'p.id')
      .select(['p.id', 'p.zone_code', 'p.invt_no', 'p.trade_mode', 'd.facts'])
      .where('p.flow', '=', 'export')
      .where('p.released_at', '>=', new Date(`${from}T00:00:00+08:00`))
      .where('p.released_at', '<', new Date(`${to}T00:00:00+08:00`))
      .where('s.parcel_id', 'is', null)
      .where(sql<boolean>`d.facts->'parcel'->'summary'->>'statisticsFlag' = 'B'`);
    if (scope.zoneCode !== null) q = q.where('p.zone_code', '=', scope.zoneCode);
    if (scope.enterpriseId !== null) q = q.where('p.enterprise_id', '=', scope.enterpriseId);
    return q.orderBy('p.invt_no').forUpdate(['p']).execute();
  },

  async insertSummaries(
    db: Executor,
    rows: SummaryRow[],
    links: { parcel_id: string; summary_id: string; invt_no: string }[],
  ) {
    if (!rows.length) return;
    await db
      .insertInto('summary_declaration')
      .values(rows.map((r) => ({ ...r, head: JSON.stringify(r.head), items: JSON.stringify(r.items) })))
      .execute();
    await db.insertInto('summary_inventory').values(links).execute();
  },

  async list(db: Executor, scope: SummaryScope, page: { page: number; pageSize: number }) {
    const q = scoped(db, scope);
    const [items, count] = await Promise.all([
      q
        .select(COLUMNS)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  find(db: Executor, id: string, scope: SummaryScope) {
    return scoped(db, scope).select(COLUMNS).where('id', '=', id).executeTakeFirst();
  },

  invtNos(db: Executor, summaryId: string) {
    return db
      .selectFrom('summary_inventory')
      .select(['invt_no', 'parcel_id'])
      .where('summary_id', '=', summaryId)
      .orderBy('invt_no')
      .execute();
  },
};
