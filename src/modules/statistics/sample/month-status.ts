import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import type { Executor } from '../../../db/database.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { dueDayOf, hasEnded, REPORTING_STATUSES, reportingStatus, type ReportingStatus } from './months.js';
import { sampleRepository } from './sample.repository.js';
import { ZZoneMonthQuery } from './sample.schemas.js';
import { todayOf, zoneFor } from './sample-support.js';

export interface MonthStatusRow {
  sampleId: string;
  enterpriseId: string;
  enterpriseName: string;
  status: ReportingStatus;
  /** When the first version came (what late or in time is judged on), and the latest. */
  firstReportedAt: string | null;
  lastReportedAt: string | null;
  latestVersion: number | null;
  reminders: number;
  lastReminderAt: string | null;
  lastReminderBy: string | null;
}

export interface MonthStatus {
  zoneCode: string;
  month: string;
  dueDate: string;
  /** The China day the statuses are judged on. */
  today: string;
  monthEnded: boolean;
  rows: MonthStatusRow[];
  counts: Record<ReportingStatus, number>;
  /** Sampled enterprises of the month. */
  total: number;
  /** Enterprises off the sample list that reported the month anyway (enterprises with filed shops). */
  otherReporters: number;
}

/** The sampled enterprises of a zone's month with where each stands (shared with the reminders). */
export async function monthRows(
  db: Executor,
  zoneCode: string,
  month: string,
  today: string,
): Promise<{ rows: MonthStatusRow[]; otherReporters: number }> {
  const [spans, reports, reminders] = await Promise.all([
    sampleRepository.spansHolding(db, zoneCode, month),
    sampleRepository.monthReports(db, zoneCode, month),
    sampleRepository.remindersOfMonth(db, zoneCode, month),
  ]);
  const byEnterprise = new Map(reports.map((r) => [r.enterprise_id, r]));
  const rows = spans.map((s): MonthStatusRow => {
    const r = byEnterprise.get(s.enterprise_id);
    const sent = reminders.filter((m) => m.enterprise_id === s.enterprise_id);
    const last = sent.at(-1);
    const first = r ? new Date(r.first_reported_at) : null;
    return {
      sampleId: s.id,
      enterpriseId: s.enterprise_id,
      enterpriseName: s.enterprise_name,
      status: reportingStatus(month, first, today),
      firstReportedAt: first ? first.toISOString() : null,
      lastReportedAt: r ? new Date(r.last_reported_at).toISOString() : null,
      latestVersion: r ? Number(r.latest_version) : null,
      reminders: sent.length,
      lastReminderAt: last ? last.sent_at.toISOString() : null,
      lastReminderBy: last ? last.sent_by_name : null,
    };
  });
  const sampled = new Set(spans.map((s) => s.enterprise_id));
  return { rows, otherReporters: reports.filter((r) => !sampled.has(r.enterprise_id)).length };
}

/**
 * The bureau's view of a month (株洲 实施意见 (十六) 运营监测): each sampled enterprise reported in time,
 * reported late, is late (due day passed, nothing filed) or is awaited, with the reminders it was sent.
 */
export async function sampleMonthStatus(ctx: Ctx, query: unknown): Promise<MonthStatus> {
  const actor = authorize(ctx, 'statistics:read');
  const q = parseOrThrow(ZZoneMonthQuery, query ?? {});
  const zoneCode = zoneFor(actor, q.zoneCode);
  const today = todayOf(ctx);
  const { rows, otherReporters } = await monthRows(ctx.db, zoneCode, q.month, today);
  const counts = Object.fromEntries(REPORTING_STATUSES.map((s) => [s, 0])) as Record<ReportingStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  return {
    zoneCode,
    month: q.month,
    dueDate: dueDayOf(q.month),
    today,
    monthEnded: hasEnded(q.month, ctx.clock.now()),
    rows,
    counts,
    total: rows.length,
    otherReporters,
  };
}
