import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { decideApprovedAmount } from './decide-approved-amount.js';
import { ZLeadingGroupDecision } from './subsidy.schemas.js';
import type { ApplicationView } from './subsidy-view.js';

/**
 * The leading group office records the final decision (郴政办发〔2021〕3号: 经…领导小组办公室审核，报市政府批准;
 * 衡政发〔2024〕4号 三: 按程序报市人民政府批准后再拨付), with the approval's reference. Approved: the reserved
 * amount becomes committed. Rejected: the reservation is released.
 */
export async function approveByLeadingGroup(ctx: Ctx, id: string, input: unknown): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:approve');
  const data = parseOrThrow(ZLeadingGroupDecision, input);
  return inTransaction(ctx, (tx) =>
    decideApprovedAmount(
      tx,
      actor,
      id,
      data.decision === 'approve'
        ? {
            action: 'leading_group_approve',
            approve: true,
            version: data.version,
            note: data.note,
            reference: data.reference,
          }
        : { action: 'leading_group_reject', approve: false, version: data.version, reasons: data.reasons },
    ),
  );
}
