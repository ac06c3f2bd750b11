import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import {
  addMonths,
  chinaMonthOf,
  dueDayOf,
  lastEndedMonth,
  monthsBetween,
  REPORT_DUE_DAY,
  reportingStatus,
  spanHolds,
  type ReportingStatus,
} from './months.js';
import { sampleRepository } from './sample.repository.js';
import { filedEnterprise, ownEnterprise, todayOf, type FiledEnterprise } from './sample-support.js';
import { money, toReminderView, toSampleView, type ReminderView, type SampleView } from './sample-view.js';

/** How many ended months the enterprise's page lists. */
const MONTHS_SHOWN = 12;

export interface MyMonth {
  month: string;
  dueDate: string;
  /** On the sample list for the month: the report is required. */
  sampled: boolean;
  /** For a sampled month, or one reported: where it stands; otherwise null (optional, not filed). */
  status: ReportingStatus | null;
  latestVersion: number | null;
  onlineValue: string | null;
  reportedAt: string | null;
}

export interface MyReporting {
  enterpriseId: string;
  enterpriseName: string;
  /** The filing is approved: reports can be filed. */
  inRegister: boolean;
  shops: FiledEnterprise['shops'];
  samples: SampleView[];
  /** The day of the following month a report is due. */
  dueDay: number;
  lastEndedMonth: string;
  months: MyMonth[];
  reminders: ReminderView[];
  unreadReminders: number;
}

/**
 * What an enterprise user sees on its report page: its shops, its spans on the sample list, the last
 * twelve ended months with where each stands, and the reminders the commerce bureau sent.
 */
export async function myReporting(ctx: Ctx): Promise<MyReporting> {
  const actor = authorize(ctx, 'sample:report');
  const enterprise = await filedEnterprise(ctx, ownEnterprise(actor));
  const now = ctx.clock.now();
  const last = lastEndedMonth(now);
  const first = addMonths(last, -(MONTHS_SHOWN - 1));
  const [spans, latest, reminders] = await Promise.all([
    sampleRepository.spansOf(ctx.db, enterprise.id),
    sampleRepository.latestOfEnterprise(ctx.db, enterprise.id, first, last),
    sampleRepository.remindersOf(ctx.db, enterprise.id),
  ]);
  const today = todayOf(ctx);
  const byMonth = new Map(latest.map((r) => [r.month, r]));
  const months = monthsBetween(first, last)
    .reverse()
    .map((month): MyMonth => {
      const sampled = spans.some((s) => spanHolds({ fromMonth: s.from_month, toMonth: s.to_month }, month));
      const r = byMonth.get(month);
      return {
        month,
        dueDate: dueDayOf(month),
        sampled,
        status: sampled || r ? reportingStatus(month, r ? new Date(r.first_reported_at) : null, today) : null,
        latestVersion: r ? r.version : null,
        onlineValue: r ? money(r.online_value) : null,
        reportedAt: r ? r.reported_at.toISOString() : null,
      };
    });
  const current = chinaMonthOf(now);
  return {
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    inRegister: enterprise.inRegister,
    shops: enterprise.shops,
    samples: spans.map((s) => toSampleView(s, current)),
    dueDay: REPORT_DUE_DAY,
    lastEndedMonth: last,
    months,
    reminders: reminders.map(toReminderView),
    unreadReminders: reminders.filter((r) => !r.read_at).length,
  };
}
