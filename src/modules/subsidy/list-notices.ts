import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, type Page } from '../../shared/validation.js';
import { subsidyRepository } from './subsidy.repository.js';
import { ZNoticeQuery } from './subsidy.schemas.js';
import { toNoticeHead } from './subsidy-view.js';

/** Public notices (公示), newest first, for anyone, signed in or not. */
export async function listNotices(
  ctx: Ctx,
  query: unknown,
): Promise<Page<ReturnType<typeof toNoticeHead> & { itemCount: number; total: string }>> {
  const q = parseOrThrow(ZNoticeQuery, query);
  const { items, total } = await subsidyRepository.listNotices(
    ctx.db,
    { zoneCode: q.zoneCode, status: q.status },
    { page: q.page, pageSize: q.pageSize },
  );
  return {
    items: items.map((n) => ({
      ...toNoticeHead(n),
      itemCount: Number(n.item_count ?? 0),
      total: n.items_total ?? '0.00',
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
