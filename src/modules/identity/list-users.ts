import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, type Page } from '../../shared/validation.js';
import { authorize } from '../../shared/authorize.js';
import { identityRepository } from './identity.repository.js';
import { ZUserQuery, type UserView } from './identity.schemas.js';
import { toUserView } from './user-view.js';

export async function listUsers(ctx: Ctx, query: unknown): Promise<Page<UserView>> {
  const actor = authorize(ctx, 'user:manage');
  const q = parseOrThrow(ZUserQuery, query);
  const { items, total } = await identityRepository.listUsers(
    ctx.db,
    { scopeZone: actor.zoneCode, zoneCode: q.zoneCode, role: q.role, q: q.q },
    q,
  );
  const now = ctx.clock.now();
  return { items: items.map((u) => toUserView(u, now)), total, page: q.page, pageSize: q.pageSize };
}
