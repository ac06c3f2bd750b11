import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import type { Db } from '../../db/database.js';
import { ChainVerifier, type ChainBreak } from './audit-hash.js';
import { auditRepository } from './audit.repository.js';

export type ChainVerdict =
  { ok: true; checked: number } | { ok: false; checked: number; firstBroken: ChainBreak };

/** Recomputes every hash of the trail in order; reports progress every 10,000 records. */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
): Promise<ChainVerdict> {
  const verifier = new ChainVerifier();
  for await (const row of auditRepository.walk(db)) {
    const broken = verifier.push(row);
    if (broken) return { ok: false, checked: verifier.checked, firstBroken: broken };
    if (verifier.checked % 10000 === 0) onProgress?.(verifier.checked);
  }
  return { ok: true, checked: verifier.checked };
}

/** An auditor (or administrator) asks whether the trail is intact. */
export async function checkAuditChain(ctx: Ctx): Promise<ChainVerdict> {
  authorize(ctx, 'audit:verify');
  return verifyAuditChain(ctx.db);
}
