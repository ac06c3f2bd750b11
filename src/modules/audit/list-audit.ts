import { z } from 'zod';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, ZPage, type Page } from '../../shared/validation.js';
import { authorize, zoneScope } from '../../shared/authorize.js';
import { auditRepository, type AuditRow } from './audit.repository.js';

export const ZAuditQuery = ZPage.extend({
  zoneCode: z.enum(['zhuzhou', 'chenzhou', 'hengyang']).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export type AuditRecordView = Omit<AuditRow, 'prevHash'>;

/** Auditors (and the bureaus that watch the zone) browse the trail of their zone, newest first. */
export async function listAudit(ctx: Ctx, query: unknown): Promise<Page<AuditRecordView>> {
  const actor = authorize(ctx, 'audit:read');
  const q = parseOrThrow(ZAuditQuery, query);
  const { items, total } = await auditRepository.list(
    ctx.db,
    { ...q, zoneCode: zoneScope(actor, q.zoneCode) },
    q,
  );
  return {
    items: items.map(({ prevHash: _prev, ...rest }) => rest),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
