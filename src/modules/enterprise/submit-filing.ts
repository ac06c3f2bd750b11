import { AppError, type FieldError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { transition } from '../../shared/state-machine.js';
import { enterpriseRepository, type EnterpriseRow } from './enterprise.repository.js';
import type { FilingPatch, FilingStatus } from './enterprise.schemas.js';
import { toEnterpriseView, type EnterpriseView } from './enterprise-view.js';
import { FILING_TRANSITIONS } from './filing-status.js';
import { authorizeFilingWrite, loadForChange, recordFilingStep, requireWrite } from './filing-support.js';
import { patchColumns } from './update-filing.js';

/** What a filing needs before it goes to review: where it is and whom to call. */
export function missingForSubmission(row: EnterpriseRow): FieldError[] {
  const required: [keyof EnterpriseRow, string, string, string][] = [
    ['district', 'district', '县市区', 'county or district'],
    ['address', 'address', '经营地址', 'business address'],
    ['contact_name', 'contactName', '联系人', 'contact person'],
    ['contact_phone', 'contactPhone', '联系电话', 'contact phone'],
  ];
  return required
    .filter(([column]) => row[column] === null || row[column] === '')
    .map(([, field, zh, en]) => ({
      field,
      code: 'required',
      message: { zh: `提交审核前请填写${zh}`, en: `Fill in the ${en} before submitting` },
    }));
}

/** Sends a filing (or a change to an approved one) to the commerce bureau for review. */
export async function submitFiling(ctx: Ctx, id: string): Promise<EnterpriseView> {
  const actor = authorizeFilingWrite(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id);
    requireWrite(actor, before);
    const status = before.status as FilingStatus;
    const isChange = status === 'approved' || status === 'change_returned';
    if (isChange && before.pending === null)
      throw new AppError('invalid_transition', {
        zh: '没有待提交的变更',
        en: 'There is no change to submit',
      });
    const t = transition(FILING_TRANSITIONS, status, isChange ? 'submit_change' : 'submit');
    if (!t.ok) throw new AppError('invalid_transition', notSubmittable(status));
    const effective = isChange ? { ...before, ...patchColumns(before.pending as FilingPatch) } : before;
    const missing = missingForSubmission(effective);
    if (missing.length) throw AppError.validation(missing);
    const now = ctx.clock.now();
    const changes = { status: t.to, submitted_at: now, updated_at: now, return_reason: null };
    await enterpriseRepository.update(tx.db, id, changes);
    const after = { ...before, ...changes };
    await recordFilingStep(tx, { action: isChange ? 'submit_change' : 'submit', before, after });
    return toEnterpriseView(actor, after);
  });
}

function notSubmittable(status: FilingStatus) {
  return status === 'submitted' || status === 'change_submitted'
    ? { zh: '备案已提交，正在审核', en: 'The filing is already submitted for review' }
    : { zh: '当前状态不能提交', en: 'The filing cannot be submitted in its current state' };
}
