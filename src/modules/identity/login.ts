import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { randomToken, sha256Hex } from '../../shared/crypto.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { identityRepository } from './identity.repository.js';
import { ZLoginInput, type UserView } from './identity.schemas.js';
import { dummyHash, verifyPassword } from './password-hash.js';
import { toUserView } from './user-view.js';

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserView;
}

const badCredentials = new AppError('unauthenticated', {
  zh: '用户名或密码错误',
  en: 'Wrong username or password',
});

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
  return new AppError('locked', {
    zh: `登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`,
    en: `Too many failed logins: the account is locked; try again in ${minutes} minute(s)`,
  });
}

/**
 * Signs a user in: argon2id check, lockout after the configured number of failures (default 5 for
 * 15 minutes), a new session with its own CSRF token. Failures and lockouts are audited too.
 */
export async function login(ctx: Ctx, input: unknown): Promise<LoginResult> {
  const { username, password } = parseOrThrow(ZLoginInput, input);
  const now = ctx.clock.now();
  const user = await identityRepository.findUserByUsername(ctx.db, username);
  if (!user) {
    await verifyPassword(await dummyHash(), password); // same cost as a real check
    throw badCredentials;
  }
  if (user.locked_until && user.locked_until > now) throw lockedError(user.locked_until, now);
  const ok = !user.disabled && (await verifyPassword(user.password_hash, password));
  const actorCtx: Ctx = {
    ...ctx,
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role as never,
      zoneCode: user.zone_code,
      enterpriseId: user.enterprise_id,
      via: 'session',
    },
  };
  if (!ok) {
    const lockUntil = new Date(now.getTime() + ctx.config.lockout.minutes * 60000);
    const state = await inTransaction(actorCtx, async (tx) => {
      const s = await identityRepository.recordFailedLogin(
        tx.db,
        user.id,
        ctx.config.lockout.threshold,
        lockUntil,
        now,
      );
      await appendAudit(tx, {
        action: s.locked_until ? 'auth.locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        zoneCode: user.zone_code,
        after: { failedAttempts: s.failed_attempts, lockedUntil: s.locked_until },
      });
      return s;
    });
    if (state.locked_until) throw lockedError(state.locked_until, now);
    if (user.disabled)
      throw new AppError('unauthenticated', { zh: '账号已停用', en: 'The account is disabled' });
    throw badCredentials;
  }
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionHours * 3600_000);
  await inTransaction(actorCtx, async (tx) => {
    await identityRepository.updateUser(tx.db, user.id, {
      failed_attempts: 0,
      locked_until: null,
      updated_at: now,
    });
    await identityRepository.deleteExpiredSessions(tx.db, user.id, now);
    await identityRepository.insertSession(tx.db, {
      token_hash: sha256Hex(sessionToken),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: expiresAt,
    });
    await appendAudit(tx, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      zoneCode: user.zone_code,
    });
  });
  return {
    sessionToken,
    csrfToken,
    expiresAt,
    user: toUserView({ ...user, failed_attempts: 0, locked_until: null }, now),
  };
}
