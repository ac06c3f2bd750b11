import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { governanceRepository } from './governance.repository.js';
import { ZIndicatorInput } from './governance.schemas.js';
import { requireZone } from './governance-support.js';
import { toIndicatorValueView, type IndicatorValueView } from './governance-view.js';

/**
 * A bureau records a figure only it knows (talents trained, leading enterprises recognised, innovation
 * pilots completed) for a zone and a year, with its source. Append-only: a correction is a newer figure.
 */
export async function recordIndicatorValue(ctx: Ctx, input: unknown): Promise<IndicatorValueView> {
  const actor = authorize(ctx, 'governance:indicator');
  const data = parseOrThrow(ZIndicatorInput, input);
  const zoneCode = data.zoneCode ?? actor.zoneCode;
  if (!zoneCode) throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone' });
  requireZone(actor, zoneCode);
  return inTransaction(ctx, async (tx) => {
    const row = await governanceRepository.insertIndicatorValue(tx.db, {
      id: randomUUID(),
      zone_code: zoneCode,
      indicator: data.indicator,
      period: data.period,
      value: data.value,
      source_note: data.sourceNote,
      reported_by: actor.userId,
      reported_by_name: actor.displayName,
      role: actor.role,
      at: ctx.clock.now(),
    });
    await appendAudit(tx, {
      action: 'governance.indicator_value',
      entityType: 'governance_indicator_value',
      entityId: row.id,
      zoneCode,
      after: {
        indicator: data.indicator,
        period: data.period,
        value: data.value,
        sourceNote: data.sourceNote,
      },
    });
    return toIndicatorValueView(row);
  });
}
