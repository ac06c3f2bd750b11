import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { enterpriseRepository } from './enterprise.repository.js';
import { ZShopInput } from './enterprise.schemas.js';
import { toShopView, type ShopView } from './enterprise-view.js';
import { authorizeFilingWrite, loadForChange, requireWrite } from './filing-support.js';

/**
 * Files a linked shop (关联店铺) to an enterprise: seed 000 (四) counts the online sales of shops filed
 * on the platform as the enterprise's own.
 */
export async function addShop(ctx: Ctx, enterpriseId: string, input: unknown): Promise<ShopView> {
  const actor = authorizeFilingWrite(ctx);
  const data = parseOrThrow(ZShopInput, input);
  return inTransaction(ctx, async (tx) => {
    const enterprise = await loadForChange(tx, actor, enterpriseId);
    requireWrite(actor, enterprise);
    const now = ctx.clock.now();
    const row = {
      id: randomUUID(),
      zone_code: enterprise.zone_code,
      enterprise_id: enterprise.id,
      platform: data.platform,
      shop_name: data.shopName,
      url: data.url,
      site_country: data.siteCountry,
      status: 'active',
      created_at: now,
      updated_at: now,
    };
    try {
      await enterpriseRepository.insertShop(tx.db, row);
    } catch (e) {
      if ((e as { code?: string }).code === '23505')
        throw new AppError('conflict', undefined, [
          {
            field: 'shopName',
            code: 'duplicate',
            message: {
              zh: '该平台上已备案同名店铺',
              en: 'A shop of this name is already filed on this platform',
            },
          },
        ]);
      throw e;
    }
    await appendAudit(tx, {
      action: 'shop.create',
      entityType: 'shop',
      entityId: row.id,
      zoneCode: row.zone_code,
      after: toShopView(row),
    });
    return toShopView(row);
  });
}

/** Closes a linked shop; its record stays in the register with status closed. */
export async function closeShop(ctx: Ctx, enterpriseId: string, shopId: string): Promise<void> {
  const actor = authorizeFilingWrite(ctx);
  await inTransaction(ctx, async (tx) => {
    const enterprise = await loadForChange(tx, actor, enterpriseId);
    requireWrite(actor, enterprise);
    const shop = await enterpriseRepository.findShop(tx.db, enterpriseId, shopId);
    if (!shop) throw AppError.notFound({ zh: '该店铺', en: 'Shop' });
    if (shop.status === 'closed') return;
    const now = ctx.clock.now();
    await enterpriseRepository.updateShop(tx.db, shopId, { status: 'closed', updated_at: now });
    await appendAudit(tx, {
      action: 'shop.close',
      entityType: 'shop',
      entityId: shopId,
      zoneCode: shop.zone_code,
      before: toShopView(shop),
      after: toShopView({ ...shop, status: 'closed', updated_at: now }),
    });
  });
}
