import type { Ctx } from '../../shared/context.js';
import { districtsOf } from '../../shared/code-tables.js';
import { zoneRepository } from './zone.repository.js';

/** The zones (tenants) and their counties and districts; public, for sign-up and forms. */
export async function listZones(ctx: Ctx) {
  const rows = await zoneRepository.list(ctx.db);
  return rows.map((z) => ({
    code: z.code,
    nameZh: z.name_zh,
    nameEn: z.name_en,
    regionCode: z.region_code,
    districts: districtsOf(z.code).map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
  }));
}
