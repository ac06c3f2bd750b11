import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { insertMany } from '../../db/insert-many.js';
import type {
  SubsidyApplicationTable,
  SubsidyBudgetTable,
  SubsidyDisbursementTable,
  SubsidyEntitlementRunTable,
  SubsidyEntitlementTable,
  SubsidyEvidenceTable,
  SubsidyNoticeItemTable,
  SubsidyNoticeTable,
  SubsidyObjectionTable,
  SubsidyStepTable,
} from './subsidy.tables.js';

export type ApplicationRow = Selectable<SubsidyApplicationTable>;
export type BudgetRow = Selectable<SubsidyBudgetTable>;
export type StepRow = Selectable<SubsidyStepTable>;
export type NoticeRow = Selectable<SubsidyNoticeTable>;
export type NoticeItemRow = Selectable<SubsidyNoticeItemTable>;
export type ObjectionRow = Selectable<SubsidyObjectionTable>;
export type DisbursementRow = Selectable<SubsidyDisbursementTable>;
export type EntitlementRow = Selectable<SubsidyEntitlementTable>;
export type EntitlementRunRow = Selectable<SubsidyEntitlementRunTable>;
export type EvidenceMeta = Omit<Selectable<SubsidyEvidenceTable>, 'body'>;

/** Row scope: a zone (null = every zone) and, for enterprise users, their one enterprise. */
export interface Scope {
  zoneCode: string | null;
  enterpriseId: string | null;
}

export interface BudgetKey {
  zoneCode: string;
  fund: string;
  year: number;
}

/** Signs of a budget movement per column (see `budgetMove`). */
export interface BudgetDelta {
  reserved: -1 | 0 | 1;
  committed: -1 | 0 | 1;
  disbursed: -1 | 0 | 1;
}

/** Advisory lock class (two-int form) of one enterprise's subsidy year: caps and items are checked under it. */
const LOCK_CLASS_ENTERPRISE_YEAR = 7401;

const jsonb = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const evidenceMeta = [
  'id',
  'application_id',
  'file_name',
  'content_type',
  'size_bytes',
  'sha256',
  'uploaded_by',
  'uploaded_at',
] as const;

const sortColumns = {
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  submittedAt: 'submitted_at',
  year: 'year',
} as const;

export type ApplicationChanges = Omit<
  Updateable<SubsidyApplicationTable>,
  'items' | 'facts' | 'evaluation' | 'approved_items' | 'reasons'
> & {
  items?: unknown;
  facts?: unknown;
  evaluation?: unknown;
  approved_items?: unknown;
  reasons?: unknown;
};

export const subsidyRepository = {
  // ── applications ──

  /** Every read goes through the scope: a row outside it is indistinguishable from a missing one. */
  findApplication(db: Executor, id: string, scope: Scope, forUpdate = false) {
    let q = db.selectFrom('subsidy_application').selectAll().where('id', '=', id);
    if (scope.zoneCode !== null) q = q.where('zone_code', '=', scope.zoneCode);
    if (scope.enterpriseId !== null) q = q.where('enterprise_id', '=', scope.enterpriseId);
    return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
  },

  /** Several applications of a zone, locked in id order (so two notices never wait on each other crosswise). */
  lockApplications(db: Executor, ids: readonly string[], zoneCode: string) {
    return db
      .selectFrom('subsidy_application')
      .selectAll()
      .where('id', 'in', [...ids])
      .where('zone_code', '=', zoneCode)
      .orderBy('id')
      .forUpdate()
      .execute();
  },

  async insertApplication(db: Executor, row: ApplicationRow) {
    await db
      .insertInto('subsidy_application')
      .values({
        ...row,
        items: JSON.stringify(row.items),
        facts: JSON.stringify(row.facts),
        evaluation: jsonb(row.evaluation),
        approved_items: jsonb(row.approved_items),
        reasons: jsonb(row.reasons),
      })
      .execute();
  },

  /** Applies changes and raises the version (optimistic concurrency for clients that send it back). */
  async updateApplication(db: Executor, id: string, changes: ApplicationChanges) {
    const values: Record<string, unknown> = { ...changes };
    for (const key of ['items', 'facts', 'evaluation', 'approved_items', 'reasons'] as const)
      if (key in changes) values[key] = jsonb(changes[key]);
    await db
      .updateTable('subsidy_application')
      .set({ ...(values as Updateable<SubsidyApplicationTable>), version: sql<number>`version + 1` })
      .where('id', '=', id)
      .execute();
  },

  async listApplications(
    db: Executor,
    scope: Scope,
    filter: {
      status?: readonly string[] | undefined;
      year?: number | undefined;
      fund?: string | undefined;
      enterpriseId?: string | undefined;
    },
    page: { page: number; pageSize: number; sort: { field: string; direction: 'asc' | 'desc' } },
  ) {
    let q = db.selectFrom('subsidy_application');
    if (scope.zoneCode !== null) q = q.where('zone_code', '=', scope.zoneCode);
    if (scope.enterpriseId !== null) q = q.where('enterprise_id', '=', scope.enterpriseId);
    if (filter.status?.length) q = q.where('status', 'in', [...filter.status]);
    if (filter.year !== undefined) q = q.where('year', '=', filter.year);
    if (filter.fund) q = q.where('fund', '=', filter.fund);
    if (filter.enterpriseId) q = q.where('enterprise_id', '=', filter.enterpriseId);
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

  /**
   * Serialises the decisions about one enterprise's year (items held, caps): two approvals of its
   * applications side by side are decided one after the other, each seeing what the other committed.
   */
  async lockEnterpriseYear(db: Executor, enterpriseId: string, year: number) {
    await sql`select pg_advisory_xact_lock(${LOCK_CLASS_ENTERPRISE_YEAR}, hashtext(${`${enterpriseId}:${year}`}))`.execute(
      db,
    );
  },

  /** The enterprise's other applications of the year in the given states. */
  otherApplications(
    db: Executor,
    enterpriseId: string,
    year: number,
    excludeId: string,
    statuses: readonly string[],
  ) {
    return db
      .selectFrom('subsidy_application')
      .select(['id', 'status', 'items', 'approved_items'])
      .where('enterprise_id', '=', enterpriseId)
      .where('year', '=', year)
      .where('id', '<>', excludeId)
      .where('status', 'in', [...statuses])
      .orderBy('created_at')
      .execute();
  },

  // ── steps ──

  async insertStep(db: Executor, row: Omit<StepRow, 'reasons' | 'seq'> & { reasons: unknown }) {
    await db
      .insertInto('subsidy_step')
      .values({ ...row, reasons: jsonb(row.reasons) })
      .execute();
  },

  listSteps(db: Executor, applicationId: string) {
    return db
      .selectFrom('subsidy_step')
      .selectAll()
      .where('application_id', '=', applicationId)
      .orderBy('seq')
      .execute();
  },

  // ── evidence ──

  async insertEvidence(db: Executor, row: Insertable<SubsidyEvidenceTable>) {
    await db.insertInto('subsidy_evidence').values(row).execute();
  },

  listEvidence(db: Executor, applicationId: string): Promise<EvidenceMeta[]> {
    return db
      .selectFrom('subsidy_evidence')
      .select(evidenceMeta)
      .where('application_id', '=', applicationId)
      .orderBy('uploaded_at')
      .orderBy('id')
      .execute();
  },

  findEvidenceByHash(db: Executor, applicationId: string, sha256: string): Promise<EvidenceMeta | undefined> {
    return db
      .selectFrom('subsidy_evidence')
      .select(evidenceMeta)
      .where('application_id', '=', applicationId)
      .where('sha256', '=', sha256)
      .executeTakeFirst();
  },

  findEvidence(db: Executor, applicationId: string, id: string) {
    return db
      .selectFrom('subsidy_evidence')
      .selectAll()
      .where('application_id', '=', applicationId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async deleteEvidence(db: Executor, applicationId: string, id: string) {
    await db
      .deleteFrom('subsidy_evidence')
      .where('application_id', '=', applicationId)
      .where('id', '=', id)
      .execute();
  },

  // ── budgets ──

  findBudget(db: Executor, key: BudgetKey) {
    return db
      .selectFrom('subsidy_budget')
      .selectAll()
      .where('zone_code', '=', key.zoneCode)
      .where('fund', '=', key.fund)
      .where('year', '=', key.year)
      .executeTakeFirst();
  },

  findBudgetById(db: Executor, id: string, zoneCode: string | null, forUpdate = false) {
    let q = db.selectFrom('subsidy_budget').selectAll().where('id', '=', id);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
  },

  /** Inserts a budget unless one exists for its key; undefined when it does. */
  insertBudget(db: Executor, row: Insertable<SubsidyBudgetTable>) {
    return db
      .insertInto('subsidy_budget')
      .values(row)
      .onConflict((oc) => oc.columns(['zone_code', 'fund', 'year']).doNothing())
      .returningAll()
      .executeTakeFirst();
  },

  /** Sets a total in one guarded statement: never below what is reserved, committed and disbursed. */
  setBudgetTotal(db: Executor, id: string, total: string, now: Date) {
    return db
      .updateTable('subsidy_budget')
      .set({ total, version: sql<number>`version + 1`, updated_at: now })
      .where('id', '=', id)
      .where(sql<boolean>`reserved + committed + disbursed <= ${total}::numeric`)
      .returningAll()
      .executeTakeFirst();
  },

  /**
   * Moves an amount between the budget's columns in one guarded statement. Under concurrent approvals
   * PostgreSQL re-checks the WHERE clause against the row as the previous writer left it, so the total
   * can never be overspent; no row back means the guard refused (or there is no budget).
   */
  moveBudget(db: Executor, key: BudgetKey, amount: string, d: BudgetDelta, now: Date) {
    const net = d.reserved + d.committed + d.disbursed;
    return db
      .updateTable('subsidy_budget')
      .set({
        reserved: sql<string>`reserved + ${d.reserved}::int * ${amount}::numeric`,
        committed: sql<string>`committed + ${d.committed}::int * ${amount}::numeric`,
        disbursed: sql<string>`disbursed + ${d.disbursed}::int * ${amount}::numeric`,
        version: sql<number>`version + 1`,
        updated_at: now,
      })
      .where('zone_code', '=', key.zoneCode)
      .where('fund', '=', key.fund)
      .where('year', '=', key.year)
      .where(sql<boolean>`reserved + ${d.reserved}::int * ${amount}::numeric >= 0`)
      .where(sql<boolean>`committed + ${d.committed}::int * ${amount}::numeric >= 0`)
      .where(sql<boolean>`reserved + committed + disbursed + ${net}::int * ${amount}::numeric <= total`)
      .returningAll()
      .executeTakeFirst();
  },

  listBudgets(
    db: Executor,
    filter: { zoneCode: string | null; fund?: string | undefined; year?: number | undefined },
  ) {
    let q = db.selectFrom('subsidy_budget').selectAll();
    if (filter.zoneCode !== null) q = q.where('zone_code', '=', filter.zoneCode);
    if (filter.fund) q = q.where('fund', '=', filter.fund);
    if (filter.year !== undefined) q = q.where('year', '=', filter.year);
    return q.orderBy('year', 'desc').orderBy('zone_code').orderBy('fund').execute();
  },

  // ── notices and objections ──

  async insertNotice(
    db: Executor,
    row: NoticeRow,
    items: (Omit<NoticeItemRow, 'items'> & { items: unknown })[],
  ) {
    await db.insertInto('subsidy_notice').values(row).execute();
    await db
      .insertInto('subsidy_notice_item')
      .values(items.map((i) => ({ ...i, items: JSON.stringify(i.items) })))
      .execute();
  },

  findNotice(db: Executor, id: string, zoneCode: string | null, forUpdate = false) {
    let q = db.selectFrom('subsidy_notice').selectAll().where('id', '=', id);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
  },

  async listNotices(
    db: Executor,
    filter: { zoneCode?: string | undefined; status?: string | undefined },
    page: { page: number; pageSize: number },
  ) {
    let q = db.selectFrom('subsidy_notice');
    if (filter.zoneCode) q = q.where('zone_code', '=', filter.zoneCode);
    if (filter.status) q = q.where('status', '=', filter.status);
    const [items, count] = await Promise.all([
      q
        .selectAll('subsidy_notice')
        .select((eb) => [
          eb
            .selectFrom('subsidy_notice_item as ni')
            .select(sql<string>`count(*)::text`.as('n'))
            .whereRef('ni.notice_id', '=', 'subsidy_notice.id')
            .as('item_count'),
          eb
            .selectFrom('subsidy_notice_item as ni')
            .select(sql<string>`coalesce(sum(ni.approved_total), 0)::text`.as('t'))
            .whereRef('ni.notice_id', '=', 'subsidy_notice.id')
            .as('items_total'),
        ])
        .orderBy('published_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  /** A notice's items as published, with each application's status now (disbursed ones stay listed). */
  noticeItems(db: Executor, noticeId: string) {
    return db
      .selectFrom('subsidy_notice_item as ni')
      .innerJoin('subsidy_application as a', 'a.id', 'ni.application_id')
      .select([
        'ni.notice_id',
        'ni.application_id',
        'ni.enterprise_name',
        'ni.year',
        'ni.items',
        'ni.approved_total',
        'a.status',
      ])
      .where('ni.notice_id', '=', noticeId)
      .orderBy('ni.enterprise_name')
      .orderBy('ni.application_id')
      .execute();
  },

  findNoticeOfApplication(db: Executor, applicationId: string) {
    return db
      .selectFrom('subsidy_notice_item as ni')
      .innerJoin('subsidy_notice as n', 'n.id', 'ni.notice_id')
      .select(['n.id', 'n.title', 'n.published_at', 'n.objection_until', 'n.status'])
      .where('ni.application_id', '=', applicationId)
      .executeTakeFirst();
  },

  async closeNotice(db: Executor, id: string, by: string | null, now: Date) {
    await db
      .updateTable('subsidy_notice')
      .set({ status: 'closed', closed_at: now, closed_by: by })
      .where('id', '=', id)
      .execute();
  },

  async insertObjection(db: Executor, row: ObjectionRow) {
    await db.insertInto('subsidy_objection').values(row).execute();
  },

  findObjection(db: Executor, noticeId: string, id: string, forUpdate = false) {
    const q = db
      .selectFrom('subsidy_objection')
      .selectAll()
      .where('notice_id', '=', noticeId)
      .where('id', '=', id);
    return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
  },

  async resolveObjection(db: Executor, id: string, changes: Updateable<SubsidyObjectionTable>) {
    await db.updateTable('subsidy_objection').set(changes).where('id', '=', id).execute();
  },

  listObjections(db: Executor, by: { noticeId?: string; applicationId?: string }) {
    let q = db.selectFrom('subsidy_objection').selectAll();
    if (by.noticeId) q = q.where('notice_id', '=', by.noticeId);
    if (by.applicationId) q = q.where('application_id', '=', by.applicationId);
    return q.orderBy('filed_at').orderBy('id').execute();
  },

  async openObjectionCount(db: Executor, noticeId: string): Promise<number> {
    const r = await db
      .selectFrom('subsidy_objection')
      .select(sql<string>`count(*)::text`.as('n'))
      .where('notice_id', '=', noticeId)
      .where('resolution', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  // ── disbursements ──

  findDisbursement(db: Executor, applicationId: string) {
    return db
      .selectFrom('subsidy_disbursement')
      .selectAll()
      .where('application_id', '=', applicationId)
      .executeTakeFirst();
  },

  async insertDisbursement(db: Executor, row: DisbursementRow) {
    await db.insertInto('subsidy_disbursement').values(row).execute();
  },
  // ── automatic entitlement (免申即享) ──

  /** Awards disbursed to the zone's enterprises for years before `year`: the approved items per application. */
  priorAwards(db: Executor, zoneCode: string, year: number) {
    return db
      .selectFrom('subsidy_disbursement as d')
      .innerJoin('subsidy_application as a', 'a.id', 'd.application_id')
      .select(['a.enterprise_id', 'a.approved_items'])
      .where('d.zone_code', '=', zoneCode)
      .where('a.year', '<', year)
      .execute();
  },

  async insertEntitlementRun(db: Executor, row: EntitlementRunRow) {
    await db
      .insertInto('subsidy_entitlement_run')
      .values({ ...row, counts: jsonb(row.counts) })
      .execute();
  },

  async finishEntitlementRun(
    db: Executor,
    id: string,
    changes: { finished_at: Date; enterprises: number; with_items: number; counts: unknown },
  ) {
    await db
      .updateTable('subsidy_entitlement_run')
      .set({ ...changes, counts: JSON.stringify(changes.counts) })
      .where('id', '=', id)
      .execute();
  },

  /** Drafts prepared by a run: many rows in one statement (JSON columns as values, not strings). */
  async insertDraftApplications(db: Executor, rows: readonly ApplicationRow[]) {
    await insertMany(db, 'subsidy_application', rows as never[]);
  },

  async insertSteps(
    db: Executor,
    rows: readonly (Omit<StepRow, 'reasons' | 'seq'> & { reasons: unknown })[],
  ) {
    if (!rows.length) return;
    await db
      .insertInto('subsidy_step')
      .values(rows.map((r) => ({ ...r, reasons: jsonb(r.reasons) })))
      .execute();
  },

  /**
   * Locks the subsidy years of many enterprises (the lock `lockEnterpriseYear` takes), in a stable order,
   * and returns those of them that have an application of the year by now: two runs side by side
   * never prepare two drafts for one enterprise.
   */
  async lockApplicants(db: Executor, enterpriseIds: readonly string[], year: number): Promise<Set<string>> {
    if (!enterpriseIds.length) return new Set();
    const keys = enterpriseIds.map((id) => `${id}:${year}`);
    await sql`select pg_advisory_xact_lock(${LOCK_CLASS_ENTERPRISE_YEAR}, h) from (select distinct hashtext(k) as h from unnest(${keys}::text[]) as k order by 1) as s`.execute(
      db,
    );
    const rows = await db
      .selectFrom('subsidy_application')
      .select('enterprise_id')
      .distinct()
      .where('enterprise_id', 'in', [...enterpriseIds])
      .where('year', '=', year)
      .execute();
    return new Set(rows.map((r) => r.enterprise_id));
  },

  /** The entitlements already held by these enterprises for the year. */
  entitlementsOf(db: Executor, enterpriseIds: readonly string[], year: number) {
    if (!enterpriseIds.length) return Promise.resolve([]);
    return db
      .selectFrom('subsidy_entitlement')
      .select(['id', 'enterprise_id', 'items', 'application_id', 'notified_at', 'read_at', 'created_at'])
      .where('enterprise_id', 'in', [...enterpriseIds])
      .where('year', '=', year)
      .execute();
  },

  /** Inserts or replaces each enterprise's entitlement of the year (unique per enterprise and year). */
  async upsertEntitlements(
    db: Executor,
    rows: readonly (Omit<EntitlementRow, 'facts' | 'items' | 'notes'> & {
      facts: unknown;
      items: unknown;
      notes: unknown;
    })[],
  ) {
    if (!rows.length) return;
    await db
      .insertInto('subsidy_entitlement')
      .values(
        rows.map((r) => ({
          ...r,
          facts: JSON.stringify(r.facts),
          items: JSON.stringify(r.items),
          notes: JSON.stringify(r.notes),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['enterprise_id', 'year']).doUpdateSet((eb) => ({
          run_id: eb.ref('excluded.run_id'),
          facts: eb.ref('excluded.facts'),
          items: eb.ref('excluded.items'),
          notes: eb.ref('excluded.notes'),
          total_max: eb.ref('excluded.total_max'),
          application_id: eb.ref('excluded.application_id'),
          notified_at: eb.ref('excluded.notified_at'),
          read_at: eb.ref('excluded.read_at'),
        })),
      )
      .execute();
  },

  /** Entitlements of the zone's year the latest run no longer found (the enterprise's facts changed). */
  async deleteStaleEntitlements(db: Executor, zoneCode: string, year: number, runId: string) {
    const r = await db
      .deleteFrom('subsidy_entitlement')
      .where('zone_code', '=', zoneCode)
      .where('year', '=', year)
      .where('run_id', '<>', runId)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  async listEntitlements(
    db: Executor,
    scope: Scope,
    filter: { year?: number | undefined },
    page: { page: number; pageSize: number },
  ) {
    let q = db.selectFrom('subsidy_entitlement');
    if (scope.zoneCode !== null) q = q.where('zone_code', '=', scope.zoneCode);
    if (scope.enterpriseId !== null) q = q.where('enterprise_id', '=', scope.enterpriseId);
    if (filter.year !== undefined) q = q.where('year', '=', filter.year);
    const [items, count] = await Promise.all([
      q
        .selectAll()
        .orderBy('year', 'desc')
        .orderBy('total_max', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  findEntitlement(db: Executor, id: string, scope: Scope) {
    let q = db.selectFrom('subsidy_entitlement').selectAll().where('id', '=', id);
    if (scope.zoneCode !== null) q = q.where('zone_code', '=', scope.zoneCode);
    if (scope.enterpriseId !== null) q = q.where('enterprise_id', '=', scope.enterpriseId);
    return q.executeTakeFirst();
  },

  async markEntitlementRead(db: Executor, id: string, at: Date) {
    await db
      .updateTable('subsidy_entitlement')
      .set({ read_at: at })
      .where('id', '=', id)
      .where('read_at', 'is', null)
      .execute();
  },
};
