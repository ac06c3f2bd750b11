import { AppError } from '../../shared/app-error.js';
import { authorize, inZone } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { enterpriseRepository } from './enterprise.repository.js';

/** The register as it stood at a moment: filed enterprises (first approval before it), by role, and open shops. */
export interface RegisterCounts {
  at: string;
  enterprises: number;
  overseasWarehouses: number;
  parkOperators: number;
  shops: number;
}

/**
 * The zone's register counted at each of several moments, from the filing history (an enterprise counts
 * from its first approval on) and the shops' filing and closing times: what the development index's
 * entity and environment indicators read for past quarters. Bureaus of the zone read it.
 */
export async function registerCountsAt(
  ctx: Ctx,
  zoneCode: string,
  moments: readonly Date[],
): Promise<RegisterCounts[]> {
  const actor = authorize(ctx, 'enterprise:read');
  if (actor.role === 'enterprise') throw new AppError('forbidden');
  if (!inZone(actor, zoneCode)) throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
  if (!moments.length) return [];
  const rows = await enterpriseRepository.registerCountsAt(ctx.db, zoneCode, moments);
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    enterprises: Number(r.enterprises),
    overseasWarehouses: Number(r.overseas),
    parkOperators: Number(r.parks),
    shops: Number(r.shops),
  }));
}
