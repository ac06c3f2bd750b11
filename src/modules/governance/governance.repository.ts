import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type {
  GovernanceIndicatorValueTable,
  GovernanceReportTable,
  GovernanceTaskTable,
} from './governance.tables.js';
import type { EffectiveStatus } from './task-status.js';

export type TaskRow = Selectable<GovernanceTaskTable>;
export type ReportRow = Selectable<GovernanceReportTable>;
export type ReportMeta = Omit<ReportRow, 'evidence_body'>;
export type IndicatorValueRow = Selectable<GovernanceIndicatorValueTable>;

const reportMeta = [
  'id',
  'seq',
  'task_id',
  'zone_code',
  'unit_code',
  'text',
  'percent',
  'from_status',
  'to_status',
  'evidence_name',
  'evidence_type',
  'evidence_size',
  'evidence_sha256',
  'reported_by',
  'reported_by_name',
  'role',
  'at',
] as const;

/** The status as shown: overdue computed from the due date and today's China date (see task-status.ts). */
const effective = (today: string) =>
  sql<EffectiveStatus>`case when status = 'completed' then 'completed'
    when due_date is not null and due_date < ${today} then 'overdue' else status end`;

export interface TaskFilter {
  /** null: every zone (provincial users). */
  zoneCode: string | null;
  /** Tasks where this unit is lead or co-responsible. */
  unit?: string | undefined;
  status?: EffectiveStatus | undefined;
  today: string;
}

export const governanceRepository = {
  /** Inserts catalogue tasks that are not there yet (by zone and key); returns how many were new. */
  async insertTasks(db: Executor, rows: readonly Insertable<GovernanceTaskTable>[]): Promise<number> {
    if (!rows.length) return 0;
    const inserted = await db
      .insertInto('governance_task')
      .values([...rows])
      .onConflict((oc) => oc.columns(['zone_code', 'task_key']).doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  },

  async listTasks(db: Executor, filter: TaskFilter, page: { page: number; pageSize: number }) {
    let q = db.selectFrom('governance_task');
    if (filter.zoneCode !== null) q = q.where('zone_code', '=', filter.zoneCode);
    if (filter.unit)
      q = q.where((eb) =>
        eb.or([
          eb('lead_unit_code', '=', filter.unit!),
          eb(sql<boolean>`co_unit_codes @> array[${filter.unit}]::text[]`, '=', true),
        ]),
      );
    if (filter.status) q = q.where(effective(filter.today), '=', filter.status);
    const [items, count] = await Promise.all([
      q
        .selectAll()
        .select(effective(filter.today).as('effective_status'))
        .orderBy('zone_code')
        .orderBy('number')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  findTask(db: Executor, id: string, zoneCode: string | null) {
    let q = db.selectFrom('governance_task').selectAll().where('id', '=', id);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return q.executeTakeFirst();
  },

  /** Row lock: two reports on one task are applied one after the other. */
  findTaskForUpdate(db: Executor, id: string, zoneCode: string | null) {
    let q = db.selectFrom('governance_task').selectAll().where('id', '=', id);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return q.forUpdate().executeTakeFirst();
  },

  async updateTask(db: Executor, id: string, changes: Updateable<GovernanceTaskTable>) {
    await db
      .updateTable('governance_task')
      .set({ ...changes, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .execute();
  },

  async insertReport(
    db: Executor,
    row: Insertable<GovernanceReportTable> & { evidence_body: Uint8Array | null },
  ) {
    await db.insertInto('governance_report').values(row).execute();
  },

  listReports(db: Executor, taskId: string): Promise<ReportMeta[]> {
    return db
      .selectFrom('governance_report')
      .select(reportMeta)
      .where('task_id', '=', taskId)
      .orderBy('seq')
      .execute();
  },

  findReportEvidence(db: Executor, reportId: string, zoneCode: string | null) {
    let q = db
      .selectFrom('governance_report')
      .select(['id', 'evidence_name', 'evidence_type', 'evidence_sha256', 'evidence_body'])
      .where('id', '=', reportId);
    if (zoneCode !== null) q = q.where('zone_code', '=', zoneCode);
    return q.executeTakeFirst();
  },

  /** Tasks of a zone counted by lead unit and status as shown (each task once: the board adds up). */
  board(db: Executor, zoneCode: string, today: string) {
    return (
      db
        .selectFrom('governance_task')
        .select([
          'lead_unit',
          'lead_unit_code',
          effective(today).as('status'),
          sql<string>`count(*)::text`.as('n'),
          sql<string>`min(number)::text`.as('first_number'),
        ])
        .where('zone_code', '=', zoneCode)
        // By position: the status expression carries a parameter, which a repeated expression would not match.
        .groupBy(sql`1, 2, 3`)
        .orderBy(sql`min(number)`)
        .execute()
    );
  },

  async insertIndicatorValue(db: Executor, row: Insertable<GovernanceIndicatorValueTable>) {
    return db.insertInto('governance_indicator_value').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** The latest figure of the latest period up to `maxPeriod` (a correction supersedes the earlier figure). */
  latestIndicatorValue(db: Executor, zoneCode: string, indicator: string, maxPeriod: number) {
    return db
      .selectFrom('governance_indicator_value')
      .selectAll()
      .where('zone_code', '=', zoneCode)
      .where('indicator', '=', indicator)
      .where('period', '<=', maxPeriod)
      .orderBy('period', 'desc')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  listIndicatorValues(db: Executor, zoneCode: string) {
    return db
      .selectFrom('governance_indicator_value')
      .selectAll()
      .where('zone_code', '=', zoneCode)
      .orderBy('seq', 'desc')
      .limit(200)
      .execute();
  },
};
