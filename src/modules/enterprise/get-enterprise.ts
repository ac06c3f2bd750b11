import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { enterpriseRepository } from './enterprise.repository.js';
import {
  toEnterpriseView,
  toHistoryView,
  toShopView,
  type EnterpriseView,
  type HistoryView,
  type ShopView,
} from './enterprise-view.js';
import { enterpriseEntity, scopeOf } from './filing-support.js';

export type EnterpriseDetail = EnterpriseView & { shops: ShopView[]; history: HistoryView[] };

/** One filing with its shops and its history, if it is in the caller's scope (404 otherwise). */
export async function getEnterprise(ctx: Ctx, id: string): Promise<EnterpriseDetail> {
  const actor = authorize(ctx, 'enterprise:read');
  const row = await enterpriseRepository.findById(ctx.db, id, scopeOf(actor));
  if (!row) throw AppError.notFound(enterpriseEntity);
  const [shops, events] = await Promise.all([
    enterpriseRepository.listShops(ctx.db, id),
    enterpriseRepository.listEvents(ctx.db, id),
  ]);
  return {
    ...toEnterpriseView(actor, row),
    shops: shops.map(toShopView),
    history: events.map(toHistoryView),
  };
}
