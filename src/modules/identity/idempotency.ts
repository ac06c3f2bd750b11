import type { Ctx } from '../../shared/context.js';
import { identityRepository } from './identity.repository.js';

export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; statusCode: number; body: unknown }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

/** A claim not completed within this time is taken as abandoned (its request crashed) and may be retried. */
const ABANDONED_MS = 60_000;

/**
 * Claims an Idempotency-Key for one request of one user. The first request claims it and does the work;
 * a repeat with the same body gets the first response again, never a second execution.
 */
export async function claimIdempotencyKey(
  ctx: Ctx,
  userId: string,
  key: string,
  requestHash: string,
): Promise<IdempotencyClaim> {
  const now = ctx.clock.now();
  if (
    await identityRepository.insertIdempotent(ctx.db, {
      key,
      user_id: userId,
      request_hash: requestHash,
      status_code: 0,
      response: null,
      created_at: now,
    })
  )
    return { kind: 'claimed' };
  const row = await identityRepository.findIdempotent(ctx.db, userId, key);
  if (!row) return claimIdempotencyKey(ctx, userId, key, requestHash);
  if (row.request_hash !== requestHash) return { kind: 'mismatch' };
  if (row.status_code !== 0) return { kind: 'replay', statusCode: row.status_code, body: row.response };
  if (now.getTime() - row.created_at.getTime() > ABANDONED_MS) {
    await identityRepository.deleteIdempotent(ctx.db, userId, key);
    return claimIdempotencyKey(ctx, userId, key, requestHash);
  }
  return { kind: 'in_progress' };
}

/** Stores the response of a claimed request; a server error releases the key so the request can be retried. */
export async function completeIdempotencyKey(
  ctx: Ctx,
  userId: string,
  key: string,
  statusCode: number,
  body: unknown,
): Promise<void> {
  if (statusCode >= 500) await identityRepository.deleteIdempotent(ctx.db, userId, key);
  else await identityRepository.completeIdempotent(ctx.db, userId, key, statusCode, body);
}
