import type { Ctx } from '../../shared/context.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { auditRepository } from './audit.repository.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  zoneCode: string | null;
  /** Already masked: personal data never enters the audit trail in clear. */
  before?: unknown;
  after?: unknown;
}

/** Plain JSON (dates as ISO strings, no undefined), the form the values take in jsonb. */
function plain(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Appends one record to the audit trail. Call it inside the transaction of the change it records: the
 * two commit together or not at all.
 */
export async function appendAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error('appendAudit must run inside the transaction of the change');
  await auditRepository.lockChain(ctx.db);
  const seq = await auditRepository.nextSeq(ctx.db);
  const prevHash = (await auditRepository.lastHash(ctx.db)) ?? GENESIS_HASH;
  const fields = {
    seq,
    at: ctx.clock.now().toISOString(),
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.username ?? null,
    role: ctx.actor?.role ?? null,
    zoneCode: entry.zoneCode,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: plain(entry.before),
    after: plain(entry.after),
    requestId: ctx.requestId,
    prevHash,
  };
  await auditRepository.insert(ctx.db, { ...fields, hash: auditHash(fields) });
}
