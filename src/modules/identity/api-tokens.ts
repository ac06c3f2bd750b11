import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { randomToken, sha256Hex } from '../../shared/crypto.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { authorize } from '../../shared/authorize.js';
import { identityRepository } from './identity.repository.js';
import { ZCreateTokenInput, type ApiTokenView } from './identity.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * API tokens let an enterprise's or bureau's systems call the API. Only the SHA-256 of a token is kept;
 * the token itself is shown once, at creation.
 */
export async function createApiToken(ctx: Ctx, input: unknown): Promise<ApiTokenView & { token: string }> {
  const actor = authorize(ctx, 'token:manage');
  const data = parseOrThrow(ZCreateTokenInput, input);
  const now = ctx.clock.now();
  const token = `cbec_${randomToken()}`;
  const row = {
    id: randomUUID(),
    user_id: actor.userId,
    name: data.name,
    token_hash: sha256Hex(token),
    prefix: token.slice(0, 12),
    created_at: now,
    expires_at: data.expiresInDays ? new Date(now.getTime() + data.expiresInDays * 86400_000) : null,
  };
  await inTransaction(ctx, async (tx) => {
    await identityRepository.insertToken(tx.db, row);
    await appendAudit(tx, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: row.id,
      zoneCode: actor.zoneCode,
      after: { name: row.name, prefix: row.prefix, expiresAt: row.expires_at },
    });
  });
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: now.toISOString(),
    expiresAt: iso(row.expires_at),
    lastUsedAt: null,
    revokedAt: null,
    token,
  };
}

export async function listApiTokens(ctx: Ctx): Promise<ApiTokenView[]> {
  const actor = authorize(ctx, 'token:manage');
  const rows = await identityRepository.listTokens(ctx.db, actor.userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  }));
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  const actor = authorize(ctx, 'token:manage');
  await inTransaction(ctx, async (tx) => {
    const token = await identityRepository.findTokenOfUser(tx.db, id, actor.userId);
    if (!token) throw AppError.notFound({ zh: '该令牌', en: 'API token' });
    if (token.revoked_at) return;
    const now = ctx.clock.now();
    await identityRepository.revokeToken(tx.db, id, now);
    await appendAudit(tx, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      zoneCode: actor.zoneCode,
      before: { name: token.name, prefix: token.prefix },
      after: { revokedAt: now },
    });
  });
}
