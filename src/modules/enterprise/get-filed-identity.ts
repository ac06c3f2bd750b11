import type { Ctx } from '../../shared/context.js';
import { enterpriseRepository } from './enterprise.repository.js';

/** What other modules need to know of a filed enterprise: where it is filed and the codes it acts under. */
export interface FiledIdentity {
  id: string;
  zoneCode: string;
  name: string;
  approved: boolean;
  /** Its customs code and USCC: the codes CEB messages name enterprises by (customs-ceb.md §1). */
  codes: string[];
}

/**
 * Looks an enterprise up by id, USCC or customs code for another module's checks (no scoping: the caller
 * has authorized).
 */
export async function getFiledIdentity(ctx: Ctx, idOrCode: string): Promise<FiledIdentity | undefined> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
  const id = isId ? idOrCode : (await enterpriseRepository.findByCode(ctx.db, idOrCode.toUpperCase()))?.id;
  if (!id) return undefined;
  const row = await enterpriseRepository.findById(ctx.db, id, { zoneCode: null, enterpriseId: null });
  if (!row) return undefined;
  return {
    id: row.id,
    zoneCode: row.zone_code,
    name: row.name,
    // A change under review leaves the approved filing in force.
    approved: ['approved', 'change_submitted', 'change_returned'].includes(row.status),
    codes: [row.customs_code, row.uscc].filter((c): c is string => c !== null),
  };
}
