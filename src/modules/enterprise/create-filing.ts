import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { authorize } from '../../shared/authorize.js';
import { maskResidentId } from '../../shared/mask.js';
import { fieldErrorsFromZod } from '../../shared/validation.js';
import { enterpriseRepository, type EnterpriseRow } from './enterprise.repository.js';
import { ZFilingInput, type FilingInput } from './enterprise.schemas.js';
import { toEnterpriseView, type EnterpriseView } from './enterprise-view.js';
import { duplicateError, recordFilingStep, resolveDistrict } from './filing-support.js';

/** The commerce bureau opens a filing on an enterprise's behalf (a draft the enterprise or bureau submits). */
export async function createFiling(ctx: Ctx, input: unknown): Promise<EnterpriseView> {
  const actor = authorize(ctx, 'enterprise:write');
  const requestedZone = (input as { zoneCode?: unknown } | null)?.zoneCode;
  const data = validateFiling(
    actor.zoneCode ?? (typeof requestedZone === 'string' ? requestedZone : null),
    input,
  );
  const zoneCode = actor.zoneCode ?? data.zoneCode;
  if (!zoneCode)
    throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone of the filing' });
  if (actor.zoneCode !== null && data.zoneCode !== undefined && data.zoneCode !== actor.zoneCode)
    throw AppError.field('zoneCode', 'out_of_scope', {
      zh: '只能为本综试区备案',
      en: 'You can only file in your own zone',
    });
  const row = await inTransaction(ctx, (tx) => insertFiling(tx, zoneCode, data));
  return toEnterpriseView(actor, row);
}

/**
 * Checks a filing input whole: the schema and the zone-dependent district together, so one answer names
 * every bad field.
 */
export function validateFiling(zoneCode: string | null, input: unknown): FilingInput {
  const parsed = ZFilingInput.safeParse(input);
  const errors = parsed.success ? [] : fieldErrorsFromZod(parsed.error.issues);
  const district = (input as { district?: unknown } | null)?.district;
  if (
    zoneCode &&
    typeof district === 'string' &&
    district.trim() !== '' &&
    !errors.some((e) => e.field === 'district')
  ) {
    const r = resolveDistrict(zoneCode, district.trim());
    if (r.error) errors.push(r.error);
  }
  if (!parsed.success || errors.length) throw AppError.validation(errors);
  return parsed.data;
}

/** Builds the row for a new draft filing; personal identifiers are sealed, hashed and masked. */
export function newFilingRow(
  ctx: Ctx,
  zoneCode: string,
  data: FilingInput,
  id: string = randomUUID(),
): EnterpriseRow {
  const now = ctx.clock.now();
  const district = resolveDistrict(zoneCode, data.district);
  if (district.error) throw AppError.validation([district.error]);
  return {
    id,
    zone_code: zoneCode,
    kind: data.kind,
    uscc: data.kind === 'enterprise' ? data.uscc : null,
    resident_id_hash: data.kind === 'individual' ? ctx.protector.keyedHash(data.residentId) : null,
    resident_id_enc: data.kind === 'individual' ? ctx.protector.encrypt(data.residentId) : null,
    resident_id_masked: data.kind === 'individual' ? maskResidentId(data.residentId) : null,
    name: data.name,
    roles: [...new Set(data.roles)],
    customs_code: data.customsCode ?? null,
    district: district.code ?? null,
    park: data.park ?? null,
    address: data.address ?? null,
    contact_name: data.contactName ?? null,
    contact_phone: data.contactPhone ?? null,
    contact_email: data.contactEmail ?? null,
    status: 'draft',
    pending: null,
    return_reason: null,
    version: 1,
    submitted_at: null,
    approved_at: null,
    reviewed_by: null,
    created_by: ctx.actor?.via === 'system' ? null : (ctx.actor?.userId ?? null),
    created_at: now,
    updated_at: now,
  };
}

/** Inserts a draft filing inside the caller's transaction; a filed USCC or resident ID is a conflict. */
export async function insertFiling(ctx: Ctx, zoneCode: string, data: FilingInput): Promise<EnterpriseRow> {
  const row = newFilingRow(ctx, zoneCode, data);
  if (row.uscc && (await enterpriseRepository.findByUscc(ctx.db, row.uscc))) throw duplicateError('uscc');
  if (row.resident_id_hash && (await enterpriseRepository.findByResidentHash(ctx.db, row.resident_id_hash)))
    throw duplicateError('residentId');
  try {
    await enterpriseRepository.insert(ctx.db, row);
  } catch (e) {
    // A concurrent filing of the same identifier lost the race to the unique index.
    if ((e as { code?: string }).code === '23505') throw duplicateError(row.uscc ? 'uscc' : 'residentId');
    throw e;
  }
  await recordFilingStep(ctx, { action: 'create', before: null, after: row });
  return row;
}
