import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import type { EnterpriseRow } from './enterprise.repository.js';
import { enterpriseRepository } from './enterprise.repository.js';
import { ZFilingPatch, type FilingPatch, type FilingStatus } from './enterprise.schemas.js';
import { maskedPatch, toEnterpriseView, type EnterpriseView } from './enterprise-view.js';
import { EDITABLE_AS_CHANGE, EDITABLE_DIRECTLY } from './filing-status.js';
import {
  authorizeFilingWrite,
  loadForChange,
  recordFilingStep,
  requireWrite,
  resolveDistrict,
} from './filing-support.js';

/** Column values of a patch (only the fields it carries). */
export function patchColumns(p: FilingPatch): Partial<EnterpriseRow> {
  const c: Partial<EnterpriseRow> = {};
  if (p.name !== undefined) c.name = p.name;
  if (p.roles !== undefined) c.roles = [...new Set(p.roles)];
  if (p.customsCode !== undefined) c.customs_code = p.customsCode;
  if (p.district !== undefined) c.district = p.district;
  if (p.park !== undefined) c.park = p.park;
  if (p.address !== undefined) c.address = p.address;
  if (p.contactName !== undefined) c.contact_name = p.contactName;
  if (p.contactPhone !== undefined) c.contact_phone = p.contactPhone;
  if (p.contactEmail !== undefined) c.contact_email = p.contactEmail;
  return c;
}

/**
 * The enterprise (or the commerce bureau) edits a filing. A draft or returned filing changes in place; an
 * approved one keeps its registered values and holds the edit as a pending change for review.
 * A filing under review cannot be edited.
 */
export async function updateFiling(ctx: Ctx, id: string, input: unknown): Promise<EnterpriseView> {
  const actor = authorizeFilingWrite(ctx);
  const patch = parseOrThrow(ZFilingPatch, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id);
    requireWrite(actor, before);
    const district = resolveDistrict(before.zone_code, patch.district);
    if (district.error) throw AppError.validation([district.error]);
    if (district.code !== undefined) patch.district = district.code;
    const status = before.status as FilingStatus;
    const now = ctx.clock.now();
    let after: EnterpriseRow;
    if (EDITABLE_DIRECTLY.includes(status)) {
      const columns = { ...patchColumns(patch), updated_at: now };
      await enterpriseRepository.update(tx.db, id, columns);
      after = { ...before, ...columns };
    } else if (EDITABLE_AS_CHANGE.includes(status)) {
      const pending = { ...((before.pending as FilingPatch | null) ?? {}), ...patch };
      await enterpriseRepository.update(tx.db, id, { pending, updated_at: now });
      after = { ...before, pending, updated_at: now };
    } else {
      throw new AppError('invalid_transition', {
        zh: '备案正在审核中，审核完成前不能修改',
        en: 'The filing is under review and cannot be changed until it is decided',
      });
    }
    await recordFilingStep(tx, {
      action: EDITABLE_DIRECTLY.includes(status) ? 'edit' : 'edit_change',
      before,
      after,
      changes: maskedPatch(patch),
    });
    return toEnterpriseView(actor, after);
  });
}
