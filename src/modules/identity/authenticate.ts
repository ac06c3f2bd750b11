import { inTransaction, type Actor, type Ctx } from '../../shared/context.js';
import { appendAudit } from '../audit/index.js';
import { sha256Hex } from '../../shared/crypto.js';
import { identityRepository } from './identity.repository.js';
import { toActor } from './user-view.js';

/** Resolves a session cookie to its user and CSRF token; expired, disabled or unknown → undefined. */
export async function authenticateSession(
  ctx: Ctx,
  sessionToken: string,
): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const hash = sha256Hex(sessionToken);
  const row = await identityRepository.findSession(ctx.db, hash);
  const now = ctx.clock.now();
  if (!row || row.expires_at <= now || row.disabled) return undefined;
  // Sliding expiry, written at most once a minute to keep reads cheap.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await identityRepository.touchSession(
      ctx.db,
      hash,
      now,
      new Date(now.getTime() + ctx.config.sessionHours * 3600_000),
    );
  }
  return { actor: toActor(row, 'session'), csrfToken: row.csrf_token };
}

/** Resolves an API token (`cbec_…`) to its user; revoked, expired or unknown → undefined. */
export async function authenticateToken(ctx: Ctx, token: string): Promise<Actor | undefined> {
  const row = await identityRepository.findToken(ctx.db, sha256Hex(token));
  const now = ctx.clock.now();
  if (!row || row.revoked_at || (row.token_expires_at && row.token_expires_at <= now) || row.disabled)
    return undefined;
  // Last use to the minute, like a session's: a system sending hundreds of messages a second would
  // otherwise write the token's row on every request.
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000)
    await identityRepository.touchToken(ctx.db, row.token_id, now);
  return toActor(row, 'token');
}

/** Ends a session; audited like every other change. */
export async function logout(ctx: Ctx, sessionToken: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await identityRepository.deleteSession(tx.db, sha256Hex(sessionToken));
    if (ctx.actor)
      await appendAudit(tx, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: ctx.actor.userId,
        zoneCode: ctx.actor.zoneCode,
      });
  });
}
