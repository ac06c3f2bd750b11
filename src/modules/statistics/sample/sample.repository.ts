import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type {
  SampleEnterpriseTable,
  SampleReminderTable,
  SampleReportShopTable,
  SampleReportTable,
} from './sample.tables.js';

export type SampleRow = Selectable<SampleEnterpriseTable>;
export type ReportRow = Selectable<SampleReportTable>;
export type ShopLineRow = Selectable<SampleReportShopTable>;
export type ReminderRow = Selectable<SampleReminderTable>;

/** Advisory lock class of the sample module (one enterprise's spans, one enterprise's month). */
const LOCK_CLASS_SAMPLE = 7601;

/** Spans of a zone that hold a month: from ≤ month and (open or to ≥ month). */
const holding = (month: string) =>
  sql<boolean>`from_month <= ${month} and (to_month is null or to_month >= ${month})`;

/** Only the latest version of each enterprise's month (the figures that count). */
const latestOnly = sql<boolean>`not exists (select 1 from sample_report later
  where later.enterprise_id = r.enterprise_id and later.month = r.month and later.version > r.version)`;

export const sampleRepository = {
  /**
   * Serialises the changes to one key (an enterprise's spans, or an enterprise's month): two of them side
   * by side are decided one after the other, each seeing what the other committed.
   */
  async lock(db: Executor, key: string) {
    await sql`select pg_advisory_xact_lock(${LOCK_CLASS_SAMPLE}, hashtext(${key}))`.execute(db);
  },

  spansOf(db: Executor, enterpriseId: string): Promise<SampleRow[]> {
    return db
      .selectFrom('sample_enterprise')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('from_month')
      .execute();
  },

  findSpan(db: Executor, id: string, zoneCode: string | null) {
    let q = db.selectFrom('sample_enterprise').selectAll().where('id', '=', id);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return q.executeTakeFirst();
  },

  async insertSpan(db: Executor, row: Insertable<SampleEnterpriseTable>) {
    return db.insertInto('sample_enterprise').values(row).returningAll().executeTakeFirstOrThrow();
  },

  async endSpan(
    db: Executor,
    id: string,
    changes: { to_month: string; ended_by: string; ended_by_name: string; ended_at: Date },
  ) {
    return db
      .updateTable('sample_enterprise')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async listSpans(
    db: Executor,
    filter: { zoneCode: string | null; month?: string | undefined },
    page: { page: number; pageSize: number },
  ) {
    let q = db.selectFrom('sample_enterprise');
    if (filter.zoneCode !== null) q = q.where('zone_code', '=', filter.zoneCode);
    if (filter.month) q = q.where(holding(filter.month));
    const [items, count] = await Promise.all([
      q
        .selectAll()
        .orderBy('zone_code')
        .orderBy('enterprise_name')
        .orderBy('from_month')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  /** The zone's spans that hold a month: its sampled enterprises of that month (one span each). */
  spansHolding(db: Executor, zoneCode: string, month: string): Promise<SampleRow[]> {
    return db
      .selectFrom('sample_enterprise')
      .selectAll()
      .where('zone_code', '=', zoneCode)
      .where(holding(month))
      .orderBy('enterprise_name')
      .execute();
  },

  /** The zone's spans that touch a range of months (for the months of a trend). */
  spansTouching(db: Executor, zoneCode: string, fromMonth: string, toMonth: string): Promise<SampleRow[]> {
    return db
      .selectFrom('sample_enterprise')
      .selectAll()
      .where('zone_code', '=', zoneCode)
      .where('from_month', '<=', toMonth)
      .where((eb) => eb.or([eb('to_month', 'is', null), eb('to_month', '>=', fromMonth)]))
      .execute();
  },

  /** The latest version number of an enterprise's month (0: none). */
  async latestVersion(db: Executor, enterpriseId: string, month: string): Promise<number> {
    const r = await db
      .selectFrom('sample_report')
      .select(sql<number>`coalesce(max(version), 0)::int`.as('v'))
      .where('enterprise_id', '=', enterpriseId)
      .where('month', '=', month)
      .executeTakeFirstOrThrow();
    return Number(r.v);
  },

  async insertReport(
    db: Executor,
    row: Insertable<SampleReportTable>,
    lines: readonly Insertable<SampleReportShopTable>[],
  ) {
    const report = await db.insertInto('sample_report').values(row).returningAll().executeTakeFirstOrThrow();
    if (lines.length)
      await db
        .insertInto('sample_report_shop')
        .values([...lines])
        .execute();
    return report;
  },

  /** Every version of an enterprise's month, newest first. */
  versions(db: Executor, zoneCode: string | null, enterpriseId: string, month: string): Promise<ReportRow[]> {
    let q = db
      .selectFrom('sample_report')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('month', '=', month);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return q.orderBy('version', 'desc').execute();
  },

  linesOf(db: Executor, reportIds: readonly string[]): Promise<ShopLineRow[]> {
    if (!reportIds.length) return Promise.resolve([]);
    return db
      .selectFrom('sample_report_shop')
      .selectAll()
      .where('report_id', 'in', [...reportIds])
      .orderBy('platform')
      .orderBy('shop_name')
      .execute();
  },

  /** The latest version of each of an enterprise's months in a range, newest month first. */
  latestOfEnterprise(db: Executor, enterpriseId: string, fromMonth: string, toMonth: string) {
    return db
      .selectFrom('sample_report as r')
      .selectAll('r')
      .select(
        sql<Date>`(select min(first.reported_at) from sample_report first
          where first.enterprise_id = r.enterprise_id and first.month = r.month)`.as('first_reported_at'),
      )
      .where('r.enterprise_id', '=', enterpriseId)
      .where('r.month', '>=', fromMonth)
      .where('r.month', '<=', toMonth)
      .where(latestOnly)
      .orderBy('r.month', 'desc')
      .execute();
  },

  /** Per enterprise of a zone's month: when it first reported, and its latest version. */
  monthReports(db: Executor, zoneCode: string, month: string) {
    return db
      .selectFrom('sample_report')
      .select([
        'enterprise_id',
        sql<Date>`min(reported_at)`.as('first_reported_at'),
        sql<Date>`max(reported_at)`.as('last_reported_at'),
        sql<number>`max(version)::int`.as('latest_version'),
      ])
      .where('zone_code', '=', zoneCode)
      .where('month', '=', month)
      .groupBy('enterprise_id')
      .execute();
  },

  /** The climate answers of the latest versions of a zone's months in a range. */
  latestAnswers(db: Executor, zoneCode: string, fromMonth: string, toMonth: string) {
    return db
      .selectFrom('sample_report as r')
      .select(['r.enterprise_id', 'r.month', 'r.orders_now', 'r.orders_next', 'r.staff_now', 'r.staff_next'])
      .where('r.zone_code', '=', zoneCode)
      .where('r.month', '>=', fromMonth)
      .where('r.month', '<=', toMonth)
      .where(latestOnly)
      .execute();
  },

  /** Reminders of a zone's month, oldest first. */
  remindersOfMonth(db: Executor, zoneCode: string, month: string): Promise<ReminderRow[]> {
    return db
      .selectFrom('sample_reminder')
      .selectAll()
      .where('zone_code', '=', zoneCode)
      .where('month', '=', month)
      .orderBy('sent_at')
      .execute();
  },

  remindersOf(db: Executor, enterpriseId: string, limit = 50): Promise<ReminderRow[]> {
    return db
      .selectFrom('sample_reminder')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('sent_at', 'desc')
      .limit(limit)
      .execute();
  },

  /** Inserts a reminder unless one of the enterprise, month and day exists; the new row or undefined. */
  insertReminder(db: Executor, row: Insertable<SampleReminderTable>) {
    return db
      .insertInto('sample_reminder')
      .values(row)
      .onConflict((oc) => oc.columns(['enterprise_id', 'month', 'sent_day']).doNothing())
      .returningAll()
      .executeTakeFirst();
  },

  findReminderOfDay(db: Executor, enterpriseId: string, month: string, day: string) {
    return db
      .selectFrom('sample_reminder')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('month', '=', month)
      .where('sent_day', '=', day)
      .executeTakeFirst();
  },

  findReminder(db: Executor, id: string, enterpriseId: string) {
    return db
      .selectFrom('sample_reminder')
      .selectAll()
      .where('id', '=', id)
      .where('enterprise_id', '=', enterpriseId)
      .executeTakeFirst();
  },

  async markReminderRead(db: Executor, id: string, at: Date) {
    await db.updateTable('sample_reminder').set({ read_at: at }).where('id', '=', id).execute();
  },

  /**
   * Per month of a zone: the sum of the shop lines of the latest versions, their orders, the shops and
   * the enterprises behind them.
   */
  shopSalesByMonth(db: Executor, zoneCode: string, fromMonth: string, toMonth: string) {
    return db
      .selectFrom('sample_report_shop as l')
      .innerJoin('sample_report as r', (j) =>
        j.onRef('r.id', '=', 'l.report_id').onRef('r.zone_code', '=', 'l.zone_code'),
      )
      .select([
        'r.month',
        sql<string>`sum(l.sales_value)::text`.as('value'),
        sql<string>`sum(l.orders)::text`.as('orders'),
        sql<string>`count(distinct l.shop_id)::text`.as('shops'),
        sql<string>`count(distinct r.enterprise_id)::text`.as('enterprises'),
      ])
      .where('r.zone_code', '=', zoneCode)
      .where('r.month', '>=', fromMonth)
      .where('r.month', '<=', toMonth)
      .where(latestOnly)
      .groupBy('r.month')
      .orderBy('r.month')
      .execute();
  },

  /** The shop lines under a month's figure, by enterprise and shop. */
  async shopSalesRecords(
    db: Executor,
    zoneCode: string,
    month: string,
    page: { page: number; pageSize: number },
  ) {
    const q = db
      .selectFrom('sample_report_shop as l')
      .innerJoin('sample_report as r', (j) =>
        j.onRef('r.id', '=', 'l.report_id').onRef('r.zone_code', '=', 'l.zone_code'),
      )
      .where('r.zone_code', '=', zoneCode)
      .where('r.month', '=', month)
      .where(latestOnly);
    const [items, count] = await Promise.all([
      q
        .select([
          'r.id as report_id',
          'r.enterprise_id',
          'r.enterprise_name',
          'r.version',
          'l.shop_id',
          'l.platform',
          'l.shop_name',
          'l.sales_value',
          'l.orders',
        ])
        .orderBy('r.enterprise_name')
        .orderBy('r.enterprise_id')
        .orderBy('l.platform')
        .orderBy('l.shop_name')
        .orderBy('l.shop_id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },
};
