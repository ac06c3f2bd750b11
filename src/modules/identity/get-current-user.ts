import { AppError } from '../../shared/app-error.js';
import type { Ctx } from '../../shared/context.js';
import { requireActor } from '../../shared/authorize.js';
import { identityRepository } from './identity.repository.js';
import type { UserView } from './identity.schemas.js';
import { toUserView } from './user-view.js';

export async function getCurrentUser(ctx: Ctx): Promise<UserView> {
  const actor = requireActor(ctx);
  const row = await identityRepository.findUserById(ctx.db, actor.userId);
  if (!row) throw new AppError('unauthenticated');
  return toUserView(row, ctx.clock.now());
}
