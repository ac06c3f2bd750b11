import { authorize } from '../../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { monthRows } from './month-status.js';
import { ZRemindLateInput } from './sample.schemas.js';
import { remindOnce } from './send-reminder.js';
import { todayOf, zoneFor } from './sample-support.js';

export interface RemindLateResult {
  zoneCode: string;
  month: string;
  today: string;
  /** Sampled enterprises late with the month. */
  late: number;
  /** Reminders sent now; the others had one today already. */
  sent: number;
  enterprises: { enterpriseId: string; enterpriseName: string; sent: boolean }[];
}

/**
 * Reminds every sampled enterprise of the zone that is late with a month (due day passed, nothing
 * filed). Idempotent per China day: run twice the same day, the second run sends nothing. The command
 * `cbec sample remind` runs it.
 */
export async function remindLateReporters(
  ctx: Ctx,
  input: unknown,
  via: 'web' | 'cli' = 'web',
): Promise<RemindLateResult> {
  const actor = authorize(ctx, 'sample:manage');
  const data = parseOrThrow(ZRemindLateInput, input);
  const zoneCode = zoneFor(actor, data.zoneCode);
  const today = todayOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const { rows } = await monthRows(tx.db, zoneCode, data.month, today);
    const late = rows.filter((r) => r.status === 'late');
    const enterprises: RemindLateResult['enterprises'] = [];
    for (const r of late) {
      const target = { zoneCode, enterpriseId: r.enterpriseId, month: data.month };
      const created = await remindOnce(tx, actor, target, via);
      enterprises.push({ enterpriseId: r.enterpriseId, enterpriseName: r.enterpriseName, sent: !!created });
    }
    return {
      zoneCode,
      month: data.month,
      today,
      late: late.length,
      sent: enterprises.filter((e) => e.sent).length,
      enterprises,
    };
  });
}
