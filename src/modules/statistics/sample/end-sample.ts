import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { appendAudit } from '../../audit/index.js';
import { overlapError, spanOf } from './add-sample.js';
import { chinaMonthOf, spansOverlap } from './months.js';
import { sampleRepository } from './sample.repository.js';
import { ZEndSampleInput } from './sample.schemas.js';
import { sampleEntity } from './sample-support.js';
import { toSampleView, type SampleView } from './sample-view.js';

/**
 * The commerce bureau takes an enterprise off the sample list after a month (the span ends there; its
 * earlier months stay sampled, so their reports and late flags keep their meaning). Ending it again moves
 * the last month; it never starts before the span does nor runs into another span of the enterprise.
 */
export async function endSampleEnterprise(ctx: Ctx, sampleId: string, input: unknown): Promise<SampleView> {
  const actor = authorize(ctx, 'sample:manage');
  const data = parseOrThrow(ZEndSampleInput, input);
  return inTransaction(ctx, async (tx) => {
    const found = await sampleRepository.findSpan(tx.db, sampleId, actor.zoneCode);
    if (!found) throw AppError.notFound(sampleEntity);
    await sampleRepository.lock(tx.db, `span:${found.enterprise_id}`);
    const row = (await sampleRepository.findSpan(tx.db, sampleId, actor.zoneCode))!;
    const now = ctx.clock.now();
    if (row.to_month === data.toMonth) return toSampleView(row, chinaMonthOf(now));
    if (data.toMonth < row.from_month)
      throw AppError.field('toMonth', 'before_start', {
        zh: `截止月份不能早于起始月份 ${row.from_month}`,
        en: `The last month cannot come before the first, ${row.from_month}`,
      });
    const span = { fromMonth: row.from_month, toMonth: data.toMonth };
    const others = (await sampleRepository.spansOf(tx.db, row.enterprise_id)).filter((s) => s.id !== row.id);
    const clash = others.find((s) => spansOverlap(span, spanOf(s)));
    if (clash) throw overlapError(clash, 'toMonth');
    const ended = await sampleRepository.endSpan(tx.db, row.id, {
      to_month: data.toMonth,
      ended_by: actor.userId,
      ended_by_name: actor.displayName,
      ended_at: now,
    });
    await appendAudit(tx, {
      action: 'sample.end',
      entityType: 'sample_enterprise',
      entityId: row.id,
      zoneCode: row.zone_code,
      before: { fromMonth: row.from_month, toMonth: row.to_month },
      after: { fromMonth: ended.from_month, toMonth: ended.to_month },
    });
    return toSampleView(ended, chinaMonthOf(now));
  });
}
