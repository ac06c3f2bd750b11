import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { can } from '../../shared/permissions.js';
import { subsidyRepository } from './subsidy.repository.js';
import type { PinnedEvaluation } from './subsidy-rules.js';
import { applicationEntity, scopeOf } from './subsidy-support.js';
import {
  toApplicationView,
  toDisbursementView,
  toEvidenceView,
  toObjectionView,
  toStepView,
} from './subsidy-view.js';

/**
 * One application with its history (steps), evidence list, the evaluation pinned at submission (each
 * item's maximum, caps and trace), the notice it is in, objections (without who filed them) and the
 * disbursement; 404 outside the caller's scope.
 */
export async function getApplication(ctx: Ctx, id: string) {
  const actor = authorize(ctx, 'subsidy:read');
  const row = await subsidyRepository.findApplication(ctx.db, id, scopeOf(actor));
  if (!row) throw AppError.notFound(applicationEntity);
  const [steps, evidence, notice, objections, disbursement] = await Promise.all([
    subsidyRepository.listSteps(ctx.db, id),
    can(actor.role, 'subsidy-evidence:read')
      ? subsidyRepository.listEvidence(ctx.db, id)
      : Promise.resolve([]),
    subsidyRepository.findNoticeOfApplication(ctx.db, id),
    subsidyRepository.listObjections(ctx.db, { applicationId: id }),
    subsidyRepository.findDisbursement(ctx.db, id),
  ]);
  return {
    ...toApplicationView(actor, row),
    evaluation: row.evaluation as PinnedEvaluation | null,
    steps: steps.map(toStepView),
    evidence: evidence.map(toEvidenceView),
    notice: notice
      ? {
          id: notice.id,
          title: notice.title,
          publishedAt: notice.published_at.toISOString(),
          objectionUntil: notice.objection_until.toISOString(),
          status: notice.status,
        }
      : null,
    objections: objections.map((o) => toObjectionView(o, false)),
    disbursement: disbursement ? toDisbursementView(disbursement) : null,
  };
}
export type ApplicationDetail = Awaited<ReturnType<typeof getApplication>>;
