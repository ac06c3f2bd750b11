import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { authorize, inZone } from '../../shared/authorize.js';
import { identityRepository, type UserRow } from './identity.repository.js';
import { ZUpdateUserInput, type UserView } from './identity.schemas.js';
import { hashPassword } from './password-hash.js';
import { checkPassword } from './password-policy.js';
import { auditedUser, toUserView } from './user-view.js';

const userEntity = { zh: '该用户', en: 'User' };

/** An administrator renames, disables or enables, unlocks, or resets the password of a user in scope. */
export async function updateUser(ctx: Ctx, id: string, input: unknown): Promise<UserView> {
  const actor = authorize(ctx, 'user:manage');
  const data = parseOrThrow(ZUpdateUserInput, input);
  if (data.password !== undefined) {
    const weak = checkPassword(data.password, ctx.config.passwordPolicy);
    if (weak) throw AppError.field('password', 'weak_password', weak);
  }
  const passwordHash = data.password === undefined ? undefined : await hashPassword(data.password);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const before = await identityRepository.findUserById(tx.db, id);
    // Provincial users are managed only by provincial administrators.
    if (
      !before ||
      (actor.zoneCode !== null && (before.zone_code === null || !inZone(actor, before.zone_code)))
    )
      throw AppError.notFound(userEntity);
    if (before.id === actor.userId && data.disabled === true)
      throw AppError.field('disabled', 'self', {
        zh: '不能停用自己的账号',
        en: 'You cannot disable your own account',
      });
    const changes: Partial<UserRow> = { updated_at: now };
    if (data.displayName !== undefined) changes.display_name = data.displayName;
    if (data.disabled !== undefined) changes.disabled = data.disabled;
    if (data.unlock) {
      changes.failed_attempts = 0;
      changes.locked_until = null;
    }
    if (passwordHash !== undefined) {
      changes.password_hash = passwordHash;
      changes.password_changed_at = now;
    }
    await identityRepository.updateUser(tx.db, id, changes);
    if (data.disabled === true || passwordHash !== undefined)
      await identityRepository.deleteSessionsOfUser(tx.db, id);
    const after = { ...before, ...changes };
    await appendAudit(tx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      zoneCode: before.zone_code,
      before: { ...auditedUser(before), lockedUntil: before.locked_until },
      after: {
        ...auditedUser(after),
        lockedUntil: after.locked_until,
        passwordReset: passwordHash !== undefined,
      },
    });
    return toUserView(after, now);
  });
}
