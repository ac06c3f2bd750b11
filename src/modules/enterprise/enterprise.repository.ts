import { sql, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { EnterpriseTable, FilingEventTable, ShopTable } from './enterprise.tables.js';

export type EnterpriseRow = Selectable<EnterpriseTable>;
export type ShopRow = Selectable<ShopTable>;
export type FilingEventRow = Selectable<FilingEventTable>;

/** Row scope: a zone (null = every zone) and, for enterprise users, their one enterprise. */
export interface Scope {
  zoneCode: string | null;
  enterpriseId: string | null;
}

export interface EnterpriseFilter {
  status?: readonly string[] | undefined;
  role?: string | undefined;
  kind?: string | undefined;
  district?: string | undefined;
  q?: string | undefined;
}

const sortColumns = {
  name: 'name',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  submittedAt: 'submitted_at',
} as const;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const enterpriseRepository = {
  /** Every read goes through the scope: a row outside it is indistinguishable from a missing one. */
  findById(db: Executor, id: string, scope: Scope, forUpdate = false) {
    let q = db.selectFrom('enterprise').selectAll().where('id', '=', id);
    if (scope.zoneCode !== null) q = q.where('zone_code', '=', scope.zoneCode);
    if (scope.enterpriseId !== null) q = q.where('id', '=', scope.enterpriseId);
    return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
  },

  async insert(db: Executor, row: EnterpriseRow) {
    await db
      .insertInto('enterprise')
      .values({ ...row, pending: row.pending === null ? null : JSON.stringify(row.pending) })
      .execute();
  },

  async update(db: Executor, id: string, changes: Updateable<EnterpriseTable>) {
    const values =
      'pending' in changes
        ? { ...changes, pending: changes.pending === null ? null : JSON.stringify(changes.pending) }
        : changes;
    await db.updateTable('enterprise').set(values).where('id', '=', id).execute();
  },

  /** An enterprise by its USCC or customs code (the codes CEB messages use). */
  /** Every filing of a zone with its count of open shops, in one query. */
  registerFacts(db: Executor, zoneCode: string) {
    return db
      .selectFrom('enterprise as e')
      .select((eb) => [
        'e.id',
        'e.name',
        'e.kind',
        'e.uscc',
        'e.customs_code',
        'e.roles',
        'e.status',
        'e.district',
        'e.park',
        eb
          .selectFrom('shop as s')
          .select(sql<string>`count(*)::text`.as('n'))
          .whereRef('s.enterprise_id', '=', 'e.id')
          .where('s.status', '=', 'active')
          .as('shops_open'),
      ])
      .where('e.zone_code', '=', zoneCode)
      .orderBy('e.id')
      .execute();
  },

  /** Filed enterprises (from their first approval), by role, and open shops, at each moment. */
  async registerCountsAt(db: Executor, zoneCode: string, moments: readonly Date[]) {
    const ends = sql.join(moments.map((m) => sql`(${m.toISOString()}::timestamptz)`));
    const rows = await sql<{
      at: Date | string;
      enterprises: string;
      overseas: string;
      parks: string;
      shops: string;
    }>`
      with ends(at) as (values ${ends}),
      filed as (
        select e.id, e.roles, min(f.at) as first_at
        from enterprise e join filing_event f on f.enterprise_id = e.id and f.to_status = 'approved'
        where e.zone_code = ${zoneCode}
        group by e.id, e.roles
      )
      select ends.at,
        (select count(*) from filed where first_at < ends.at)::text as enterprises,
        (select count(*) from filed where first_at < ends.at and 'overseas_warehouse' = any(roles))::text as overseas,
        (select count(*) from filed where first_at < ends.at and 'park_operator' = any(roles))::text as parks,
        (select count(*) from shop s where s.zone_code = ${zoneCode} and s.created_at < ends.at
           and (s.status = 'active' or s.updated_at >= ends.at))::text as shops
      from ends order by ends.at`.execute(db);
    return rows.rows;
  },

  /** Enterprises with a customs code in some zones (all when null), optionally only some codes. */
  customsRegister(db: Executor, zoneCodes: readonly string[] | null, customsCodes?: readonly string[]) {
    let q = db
      .selectFrom('enterprise')
      .select(['customs_code', 'name', 'district', 'park', 'zone_code'])
      .where('customs_code', 'is not', null);
    if (zoneCodes) q = q.where('zone_code', 'in', zoneCodes.length ? [...zoneCodes] : ['']);
    if (customsCodes) q = q.where('customs_code', 'in', customsCodes.length ? [...customsCodes] : ['']);
    return q.orderBy('id').execute();
  },

  findByCode(db: Executor, code: string) {
    return db
      .selectFrom('enterprise')
      .select('id')
      .where((eb) => eb.or([eb('uscc', '=', code), eb('customs_code', '=', code)]))
      .orderBy('created_at')
      .executeTakeFirst();
  },

  findByUscc(db: Executor, uscc: string) {
    return db
      .selectFrom('enterprise')
      .select(['id', 'zone_code'])
      .where('uscc', '=', uscc)
      .executeTakeFirst();
  },

  findByResidentHash(db: Executor, hash: string) {
    return db
      .selectFrom('enterprise')
      .select(['id', 'zone_code'])
      .where('resident_id_hash', '=', hash)
      .executeTakeFirst();
  },

  /** Which of the given USCCs and resident-ID hashes are already filed (for bulk import). */
  async existingIdentifiers(db: Executor, usccs: string[], residentHashes: string[]) {
    const found = new Set<string>();
    if (usccs.length) {
      for (const r of await db.selectFrom('enterprise').select('uscc').where('uscc', 'in', usccs).execute())
        if (r.uscc) found.add(r.uscc);
    }
    if (residentHashes.length) {
      for (const r of await db
        .selectFrom('enterprise')
        .select('resident_id_hash')
        .where('resident_id_hash', 'in', residentHashes)
        .execute())
        if (r.resident_id_hash) found.add(r.resident_id_hash);
    }
    return found;
  },

  async list(
    db: Executor,
    scope: Scope,
    filter: EnterpriseFilter,
    page: { page: number; pageSize: number; sort: { field: string; direction: 'asc' | 'desc' } },
  ) {
    let q = db.selectFrom('enterprise');
    if (scope.zoneCode !== null) q = q.where('zone_code', '=', scope.zoneCode);
    if (scope.enterpriseId !== null) q = q.where('id', '=', scope.enterpriseId);
    if (filter.status?.length) q = q.where('status', 'in', [...filter.status]);
    if (filter.role) q = q.where(sql<boolean>`roles @> array[${filter.role}]::text[]`);
    if (filter.kind) q = q.where('kind', '=', filter.kind as 'enterprise' | 'individual');
    if (filter.district) q = q.where('district', '=', filter.district);
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`;
      const upper = filter.q.toUpperCase();
      q = q.where((eb) =>
        eb.or([eb('name', 'ilike', like), eb('uscc', '=', upper), eb('customs_code', '=', upper)]),
      );
    }
    const column = sortColumns[page.sort.field as keyof typeof sortColumns] ?? 'updated_at';
    const [items, count] = await Promise.all([
      q
        .selectAll()
        .orderBy(column, (ob) =>
          page.sort.direction === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsLast(),
        )
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  async insertEvent(db: Executor, row: FilingEventRow) {
    await db
      .insertInto('filing_event')
      .values({ ...row, changes: row.changes === null ? null : JSON.stringify(row.changes) })
      .execute();
  },

  listEvents(db: Executor, enterpriseId: string) {
    return db
      .selectFrom('filing_event')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('at')
      .execute();
  },

  listShops(db: Executor, enterpriseId: string) {
    return db
      .selectFrom('shop')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('created_at')
      .execute();
  },

  findShop(db: Executor, enterpriseId: string, shopId: string) {
    return db
      .selectFrom('shop')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('id', '=', shopId)
      .executeTakeFirst();
  },

  async insertShop(db: Executor, row: ShopRow) {
    await db.insertInto('shop').values(row).execute();
  },

  async updateShop(db: Executor, id: string, changes: Updateable<ShopTable>) {
    await db.updateTable('shop').set(changes).where('id', '=', id).execute();
  },
};
