import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { appendAudit } from '../../audit/index.js';
import { chinaMonthOf, spansOverlap } from './months.js';
import { sampleRepository, type SampleRow } from './sample.repository.js';
import { ZSampleInput } from './sample.schemas.js';
import { filedEnterprise } from './sample-support.js';
import { toSampleView, type SampleView } from './sample-view.js';

const notInRegister = {
  zh: '只有备案通过的企业可以列入样本名单',
  en: 'Only enterprises with an approved filing can be put on the sample list',
};

/** The span of months as the overlap check reads it. */
export const spanOf = (s: SampleRow) => ({ fromMonth: s.from_month, toMonth: s.to_month });

/** The refusal when a span would share months with another span of the same enterprise. */
export function overlapError(other: SampleRow, field: string): AppError {
  const span = `${other.from_month} – ${other.to_month ?? '…'}`;
  return new AppError('conflict', undefined, [
    {
      field,
      code: 'overlaps',
      message: {
        zh: `与该企业已有的样本期（${span}）重叠`,
        en: `Overlaps the enterprise's sample span ${span}`,
      },
    },
  ]);
}

/**
 * The commerce bureau puts a filed enterprise of its zone on the sample list (株洲 实施意见 (十六)
 * “对列入市级跨境电商样本名单的企业予以支持”) from a month, until a month or until ended. An enterprise's
 * spans never share a month.
 */
export async function addSampleEnterprise(ctx: Ctx, input: unknown): Promise<SampleView> {
  const actor = authorize(ctx, 'sample:manage');
  const data = parseOrThrow(ZSampleInput, input);
  return inTransaction(ctx, async (tx) => {
    // Through the register's front door, in the bureau's scope: another zone's enterprise is a 404.
    const enterprise = await filedEnterprise(tx, data.enterpriseId);
    if (!enterprise.inRegister) throw new AppError('conflict', notInRegister);
    await sampleRepository.lock(tx.db, `span:${enterprise.id}`);
    const span = { fromMonth: data.fromMonth, toMonth: data.toMonth ?? null };
    const spans = await sampleRepository.spansOf(tx.db, enterprise.id);
    const clash = spans.find((s) => spansOverlap(span, spanOf(s)));
    if (clash) throw overlapError(clash, 'fromMonth');
    const now = ctx.clock.now();
    const row = await sampleRepository.insertSpan(tx.db, {
      id: randomUUID(),
      zone_code: enterprise.zoneCode,
      enterprise_id: enterprise.id,
      enterprise_name: enterprise.name,
      from_month: span.fromMonth,
      to_month: span.toMonth,
      added_by: actor.userId,
      added_by_name: actor.displayName,
      added_at: now,
      ended_by: null,
      ended_by_name: null,
      ended_at: null,
    });
    await appendAudit(tx, {
      action: 'sample.add',
      entityType: 'sample_enterprise',
      entityId: row.id,
      zoneCode: row.zone_code,
      after: { enterpriseId: row.enterprise_id, fromMonth: row.from_month, toMonth: row.to_month },
    });
    return toSampleView(row, chinaMonthOf(now));
  });
}
