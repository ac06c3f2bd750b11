import { AppError } from '../../shared/app-error.js';
import { authorize, inZone } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { clearanceRepository } from './clearance.repository.js';

/**
 * The e-commerce enterprises (ebcCode) of a zone with released exports before a calendar year (China
 * time): the platform's record behind the policy fact `cbecExportedBeforePeriod` (出口破零 rewards a
 * first year). Bureaus of the zone read it, like `tradeTotals`.
 */
export async function exportersBefore(
  ctx: Ctx,
  input: { zoneCode: string; year: number },
): Promise<Set<string>> {
  const actor = authorize(ctx, 'clearance:read');
  if (actor.role === 'enterprise') throw new AppError('forbidden');
  if (!inZone(actor, input.zoneCode)) throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw AppError.field('year', 'invalid', { zh: '年份无效', en: 'Invalid year' });
  const codes = await clearanceRepository.exportersBefore(
    ctx.db,
    input.zoneCode,
    new Date(`${input.year}-01-01T00:00:00+08:00`),
  );
  return new Set(codes);
}
