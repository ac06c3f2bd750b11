import { zoneScope } from '../../shared/authorize.js';
import type { Actor, Ctx } from '../../shared/context.js';
import { getFiledIdentity } from '../enterprise/index.js';
import type { ParcelScope } from './clearance.repository.js';

/**
 * What a reader of parcels and summary declarations may see: customs and the bureaus their zone's (a
 * provincial user the zone asked for, or every one), an enterprise user those its enterprise sent or sold —
 * its customs code and USCC, by which an inventory names its seller (ebcCode).
 */
export async function readerScope(ctx: Ctx, actor: Actor, zone?: string): Promise<ParcelScope> {
  const enterpriseId = actor.role === 'enterprise' ? actor.enterpriseId : null;
  const enterprise = enterpriseId ? await getFiledIdentity(ctx, enterpriseId) : undefined;
  return { zoneCode: zoneScope(actor, zone), enterpriseId, sellerCodes: enterprise?.codes ?? [] };
}
