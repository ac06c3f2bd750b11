import { AppError, type FieldError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { checkFacts, evaluate, policyDocuments, type ZoneId } from '../policy/index.js';
import { subsidyRepository } from './subsidy.repository.js';
import { pinEvaluation, type RequestedItem } from './subsidy-rules.js';
import { ZSubmitInput } from './subsidy.schemas.js';
import { HOLDS_ITEMS } from './subsidy-status.js';
import { bumped, loadForChange, recordStep, requireTransition } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/**
 * The enterprise submits (or resubmits after 补正) its application. The facts are checked against the
 * policy vocabulary and the application's year is evaluated: the documents in force, each requested
 * item's maximum and trace are pinned (设计: "An application pins the rule version it was evaluated
 * under"). Items not payable on these facts are refused with the engine's reasons.
 */
export async function submitApplication(ctx: Ctx, id: string, input: unknown = {}): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:apply');
  const { version } = parseOrThrow(ZSubmitInput, input ?? {});
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id, version);
    const to = requireTransition(before, 'submit');
    // Items of one enterprise's year are decided one application at a time.
    await subsidyRepository.lockEnterpriseYear(tx.db, before.enterprise_id, before.year);
    const items = before.items as RequestedItem[];
    const errors: FieldError[] = [];

    if (!(await subsidyRepository.listEvidence(tx.db, id)).length)
      errors.push({
        field: 'evidence',
        code: 'required',
        message: { zh: '请上传证明材料后再提交', en: 'Upload the evidence before submitting' },
      });
    const others = await subsidyRepository.otherApplications(
      tx.db,
      before.enterprise_id,
      before.year,
      id,
      HOLDS_ITEMS,
    );
    items.forEach((item, n) => {
      if (others.some((o) => (o.items as RequestedItem[]).some((i) => i.ruleId === item.ruleId)))
        errors.push({
          field: `items.${n}.ruleId`,
          code: 'item_taken',
          message: {
            zh: `本企业${before.year}年度的其他申请已包含该项目`,
            en: `another of the enterprise's applications for ${before.year} holds this item`,
          },
        });
    });

    const now = ctx.clock.now();
    // The facts as the policy vocabulary reads them: bilingual field errors (facts.cbecExportYuan …).
    const facts = checkFacts(before.facts);
    if (!facts.ok) throw AppError.validation([...errors, ...facts.errors]);
    const evaluation = evaluate(before.zone_code as ZoneId, String(before.year), facts.facts);
    const { pinned, errors: refused } = pinEvaluation(
      evaluation,
      policyDocuments(before.zone_code as ZoneId),
      items,
      facts.facts,
      now.toISOString(),
    );
    errors.push(...refused);
    if (errors.length) throw AppError.validation(errors);

    const changes = {
      status: to,
      evaluation: pinned,
      approved_items: null,
      approved_total: null,
      reasons: null,
      submitted_at: now,
      updated_at: now,
    };
    await subsidyRepository.updateApplication(tx.db, id, changes);
    const after = bumped(before, changes);
    await recordStep(tx, { action: 'submit', before, after, amount: pinned.maximumTotal });
    return toApplicationView(actor, after);
  });
}
