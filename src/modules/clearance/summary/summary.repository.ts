import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { SummaryDeclarationTable } from '../clearance.tables.js';

export type SummaryRow = Selectable<SummaryDeclarationTable>;

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

  async list(db: Executor, zoneCode: string | null, page: { page: number; pageSize: number }) {
    let q = db.selectFrom('summary_declaration');
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    const [items, count] = await Promise.all([
      q
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  find(db: Executor, id: string, zoneCode: string | null) {
    let q = db.selectFrom('summary_declaration').selectAll().where('id', '=', id);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return q.executeTakeFirst();
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
