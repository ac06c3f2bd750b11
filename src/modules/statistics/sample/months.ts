/**
 * Report months and their due days, on the China calendar (UTC+8, no daylight saving). Pure, so the
 * boundaries (the due day itself, the turn of the year) are tested exhaustively.
 */

/**
 * The day of the following month by which a monthly report is due. Monthly statistical reports of
 * enterprises are commonly due in the first ten days after the month (the platform's reminders and late
 * flags follow that practice); the due day itself is still in time (届满 includes it, 民法典 第1259条).
 */
export const REPORT_DUE_DAY = 10;

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The China calendar day of a moment, 'YYYY-MM-DD'. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The China calendar month of a moment, 'YYYY-MM'. */
export function chinaMonthOf(at: Date): string {
  return chinaDay(at).slice(0, 7);
}

/** The month `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The day a month's report is due: the REPORT_DUE_DAY of the following month. */
export function dueDayOf(month: string): string {
  return `${addMonths(month, 1)}-${String(REPORT_DUE_DAY).padStart(2, '0')}`;
}

/** A month has ended once the China calendar has turned to a later month. */
export function hasEnded(month: string, now: Date): boolean {
  return month < chinaMonthOf(now);
}

/** The latest month that has ended. */
export function lastEndedMonth(now: Date): string {
  return addMonths(chinaMonthOf(now), -1);
}

/** Whether a span of months (to: null, still open) holds a month. */
export function spanHolds(span: { fromMonth: string; toMonth: string | null }, month: string): boolean {
  return span.fromMonth <= month && (span.toMonth === null || month <= span.toMonth);
}

/** Whether two spans share a month. */
export function spansOverlap(
  a: { fromMonth: string; toMonth: string | null },
  b: { fromMonth: string; toMonth: string | null },
): boolean {
  return (a.toMonth === null || b.fromMonth <= a.toMonth) && (b.toMonth === null || a.fromMonth <= b.toMonth);
}

/**
 * Where an enterprise stands with a month's report, judged on a China day:
 * - `reported`: its first version came on or before the due day;
 * - `reported_late`: its first version came after the due day (a later correction does not change it);
 * - `late`: not reported and the due day has passed;
 * - `awaiting`: not reported and not yet late (the month is running, or the due day has not passed).
 */
export type ReportingStatus = 'reported' | 'reported_late' | 'late' | 'awaiting';
export const REPORTING_STATUSES: readonly ReportingStatus[] = [
  'reported',
  'reported_late',
  'late',
  'awaiting',
];

export function reportingStatus(month: string, firstReportedAt: Date | null, today: string): ReportingStatus {
  const due = dueDayOf(month);
  if (firstReportedAt) return chinaDay(firstReportedAt) <= due ? 'reported' : 'reported_late';
  return today > due ? 'late' : 'awaiting';
}
