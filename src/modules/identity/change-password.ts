import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { requireActor } from '../../shared/authorize.js';
import { identityRepository } from './identity.repository.js';
import { ZChangePasswordInput } from './identity.schemas.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { checkPassword } from './password-policy.js';

/** A user changes their own password; their other sessions end. */
export async function changePassword(ctx: Ctx, input: unknown, keepSessionHash?: string): Promise<void> {
  const actor = requireActor(ctx);
  const data = parseOrThrow(ZChangePasswordInput, input);
  const user = await identityRepository.findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  if (!(await verifyPassword(user.password_hash, data.currentPassword)))
    throw AppError.field('currentPassword', 'wrong_password', {
      zh: '当前密码不正确',
      en: 'The current password is wrong',
    });
  const weak = checkPassword(data.newPassword, ctx.config.passwordPolicy);
  if (weak) throw AppError.field('newPassword', 'weak_password', weak);
  const hash = await hashPassword(data.newPassword);
  const now = ctx.clock.now();
  await inTransaction(ctx, async (tx) => {
    await identityRepository.updateUser(tx.db, user.id, {
      password_hash: hash,
      password_changed_at: now,
      updated_at: now,
    });
    await identityRepository.deleteSessionsOfUser(tx.db, user.id, keepSessionHash);
    await appendAudit(tx, {
      action: 'user.change_password',
      entityType: 'user',
      entityId: user.id,
      zoneCode: user.zone_code,
    });
  });
}
