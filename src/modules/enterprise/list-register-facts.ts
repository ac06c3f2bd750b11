import { AppError } from '../../shared/app-error.js';
import { authorize, inZone } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { enterpriseRepository } from './enterprise.repository.js';

/** What the shared register says of one filed enterprise, for the facts policies read of it. */
export interface RegisterFacts {
  enterpriseId: string;
  name: string;
  kind: 'enterprise' | 'individual';
  uscc: string | null;
  customsCode: string | null;
  roles: string[];
  /** County or district code (the zone's districts) and park name, as filed. */
  district: string | null;
  park: string | null;
  /** In the register: approved, or approved with a change under review. */
  approved: boolean;
  /** Linked shops filed and open. */
  shopsOpen: number;
}

/**
 * The zone's filed enterprises with what the policies ask of a filing (seed 001 一、002 支持范围: filed,
 * linked shops filed): one query for the whole zone, for the runs over every enterprise (automatic
 * entitlement). Bureaus of the zone read it.
 */
export async function listRegisterFacts(ctx: Ctx, zoneCode: string): Promise<RegisterFacts[]> {
  authorizeRegisterRead(ctx, [zoneCode]);
  const rows = await enterpriseRepository.registerFacts(ctx.db, zoneCode);
  return rows.map((r) => ({
    enterpriseId: r.id,
    name: r.name,
    kind: r.kind,
    uscc: r.uscc,
    customsCode: r.customs_code,
    roles: r.roles,
    district: r.district,
    park: r.park,
    approved: r.status === 'approved' || r.status === 'change_submitted' || r.status === 'change_returned',
    shopsOpen: Number(r.shops_open),
  }));
}

/** An enterprise of the register by its customs code: where the trade statistics place its inventories. */
export interface CustomsRegisterEntry {
  customsCode: string;
  name: string;
  zoneCode: string;
  district: string | null;
  park: string | null;
}

/**
 * The filed enterprises that have a customs code, in the zones a bureau reads (null: every zone, for
 * provincial users), or only some codes: what the statistics need to name enterprises and group them by
 * park and county, in one lean query.
 */
export async function listCustomsRegister(
  ctx: Ctx,
  q: { zoneCodes: readonly string[] | null; customsCodes?: readonly string[] | undefined },
): Promise<CustomsRegisterEntry[]> {
  authorizeRegisterRead(ctx, q.zoneCodes);
  const rows = await enterpriseRepository.customsRegister(ctx.db, q.zoneCodes, q.customsCodes);
  return rows.map((r) => ({
    customsCode: r.customs_code!,
    name: r.name,
    zoneCode: r.zone_code,
    district: r.district,
    park: r.park,
  }));
}

/** The register's runs are the bureaus' (never an enterprise's), of zones they may read (null: every zone). */
function authorizeRegisterRead(ctx: Ctx, zoneCodes: readonly string[] | null): void {
  const actor = authorize(ctx, 'enterprise:read');
  if (actor.role === 'enterprise') throw new AppError('forbidden');
  if (zoneCodes === null ? actor.zoneCode !== null : !zoneCodes.every((z) => inZone(actor, z)))
    throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
}
