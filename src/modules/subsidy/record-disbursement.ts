import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { money, shown } from './money.js';
import { subsidyRepository, type DisbursementRow } from './subsidy.repository.js';
import { ZDisbursementInput, type SubsidyStatus } from './subsidy.schemas.js';
import { bumped, loadForChange, moveMoney, recordStep, requireTransition } from './subsidy-support.js';
import { toDisbursementView, type DisbursementView } from './subsidy-view.js';

/**
 * The finance bureau records that the bank paid an application's approved total (拨付): the committed
 * amount becomes disbursed. Idempotent: recording the same payment again (same bank reference) answers
 * the first record and changes nothing; a different reference for a paid application is a conflict.
 */
export async function recordDisbursement(
  ctx: Ctx,
  applicationId: string,
  input: unknown,
): Promise<{ disbursement: DisbursementView; created: boolean }> {
  const actor = authorize(ctx, 'subsidy:disburse');
  const data = parseOrThrow(ZDisbursementInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, applicationId);
    const existing = await subsidyRepository.findDisbursement(tx.db, applicationId);
    if (existing) {
      if (existing.bank_reference === data.bankReference)
        return { disbursement: toDisbursementView(existing), created: false };
      throw new AppError(
        'conflict',
        {
          zh: `该申请已于 ${existing.paid_at.toISOString()} 拨付（银行流水号 ${existing.bank_reference}）`,
          en: `The application was paid at ${existing.paid_at.toISOString()} (bank reference ${existing.bank_reference})`,
        },
        [
          {
            field: 'bankReference',
            code: 'already_disbursed',
            message: { zh: '已拨付', en: 'already disbursed' },
          },
        ],
      );
    }
    const to = requireTransition(before, 'disburse');
    const amount = before.approved_total!;
    if (data.amount !== undefined && !money(data.amount).equals(amount))
      throw AppError.field('amount', 'amount_mismatch', {
        zh: `拨付金额应等于核定总额 ${shown(amount)} 元`,
        en: `The payment must equal the approved total of ${shown(amount)} yuan`,
      });
    const now = ctx.clock.now();
    const paidAt = data.paidAt ? new Date(data.paidAt) : now;
    if (paidAt > now)
      throw AppError.field('paidAt', 'in_future', {
        zh: '拨付时间不能晚于现在',
        en: 'paidAt cannot be in the future',
      });
    const budget = await moveMoney(tx, before, before.fund, amount, before.status as SubsidyStatus, to);
    const row: DisbursementRow = {
      id: randomUUID(),
      application_id: applicationId,
      zone_code: before.zone_code,
      fund: before.fund,
      year: before.year,
      amount,
      paid_at: paidAt,
      bank_reference: data.bankReference,
      recorded_by: actor.userId,
      recorded_at: now,
    };
    await subsidyRepository.insertDisbursement(tx.db, row);
    const changes = { status: to, updated_at: now };
    await subsidyRepository.updateApplication(tx.db, applicationId, changes);
    await recordStep(tx, {
      action: 'disburse',
      before,
      after: bumped(before, changes),
      amount,
      reference: data.bankReference,
      budget,
    });
    return { disbursement: toDisbursementView(row), created: true };
  });
}
