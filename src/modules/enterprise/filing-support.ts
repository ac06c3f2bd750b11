import { randomUUID } from 'node:crypto';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { districtsOf } from '../../shared/code-tables.js';
import type { Actor, Ctx } from '../../shared/context.js';
import { appendAudit } from '../audit/index.js';
import { requireActor } from '../../shared/authorize.js';
import { can } from '../../shared/permissions.js';
import { enterpriseRepository, type EnterpriseRow, type Scope } from './enterprise.repository.js';
import { auditedEnterprise, canWrite } from './enterprise-view.js';

export const enterpriseEntity = { zh: '该企业', en: 'Enterprise' };

export function scopeOf(actor: Actor): Scope {
  return { zoneCode: actor.zoneCode, enterpriseId: actor.role === 'enterprise' ? actor.enterpriseId : null };
}

/** Loads a filing in the actor's scope and locks it for the rest of the transaction; 404 outside it. */
export async function loadForChange(ctx: Ctx, actor: Actor, id: string): Promise<EnterpriseRow> {
  const row = await enterpriseRepository.findById(ctx.db, id, scopeOf(actor), true);
  if (!row) throw AppError.notFound(enterpriseEntity);
  return row;
}

/**
 * The acting user when their role may change filings at all (an enterprise user its own, the commerce
 * bureau any of its zone): checked before the input is even read, so other roles get 403, not 400.
 */
export function authorizeFilingWrite(ctx: Ctx): Actor {
  const actor = requireActor(ctx);
  if (!can(actor.role, 'enterprise:write') && !can(actor.role, 'enterprise:write-own'))
    throw new AppError('forbidden');
  return actor;
}

export function requireWrite(actor: Actor, row: EnterpriseRow): void {
  if (!canWrite(actor, row)) throw new AppError('forbidden');
}

/** A district given by its GB/T 2260 code or its name, stored as the code; it must be in the zone. */
export function resolveDistrict(
  zone: string,
  value: string | null | undefined,
): { code: string | null | undefined; error?: FieldError } {
  if (value === undefined || value === null) return { code: value };
  const match = districtsOf(zone).find((d) => d.code === value || d.nameZh === value || d.nameEn === value);
  if (match) return { code: match.code };
  const names = districtsOf(zone)
    .map((d) => d.nameZh)
    .join('、');
  return {
    code: undefined,
    error: {
      field: 'district',
      code: 'unknown_district',
      message: {
        zh: `县市区不在本综试区内，可选：${names}`,
        en: `Not a county or district of this zone's city`,
      },
    },
  };
}

export function duplicateError(field: 'uscc' | 'residentId'): AppError {
  return new AppError(
    'conflict',
    field === 'uscc'
      ? { zh: '该统一社会信用代码已备案', en: 'An enterprise with this USCC is already filed' }
      : { zh: '该身份证号码已备案', en: 'An individual seller with this resident ID is already filed' },
    [
      {
        field,
        code: 'duplicate',
        message:
          field === 'uscc'
            ? { zh: '该统一社会信用代码已备案', en: 'already filed' }
            : { zh: '该身份证号码已备案', en: 'already filed' },
      },
    ],
  );
}

/**
 * Records one step of a filing: its history event (read by the enterprise) and its audit record, in the
 * caller's transaction.
 */
export async function recordFilingStep(
  ctx: Ctx,
  step: {
    action: string;
    before: EnterpriseRow | null;
    after: EnterpriseRow;
    reason?: string | null;
    changes?: unknown;
  },
): Promise<void> {
  const actor = ctx.actor;
  await enterpriseRepository.insertEvent(ctx.db, {
    id: randomUUID(),
    zone_code: step.after.zone_code,
    enterprise_id: step.after.id,
    action: step.action,
    from_status: step.before?.status ?? null,
    to_status: step.after.status,
    reason: step.reason ?? null,
    changes: step.changes ?? null,
    actor_id: actor?.via === 'system' ? null : (actor?.userId ?? null),
    actor_name: actor?.displayName ?? null,
    at: ctx.clock.now(),
  });
  await appendAudit(ctx, {
    action: `enterprise.${step.action}`,
    entityType: 'enterprise',
    entityId: step.after.id,
    zoneCode: step.after.zone_code,
    before: step.before ? auditedEnterprise(step.before) : null,
    after: auditedEnterprise(step.after),
  });
}
