import { AppError } from '../../../shared/app-error.js';
import type { Ctx } from '../../../shared/context.js';
import { dueDayOf } from './months.js';
import { sampleRepository } from './sample.repository.js';
import { authorizeReportRead, reportEntity } from './sample-support.js';
import { toReportView, type ReportView } from './sample-view.js';

export interface ReportHistory {
  enterpriseId: string;
  enterpriseName: string;
  month: string;
  dueDate: string;
  /** Every version, newest first: the first is the one that counts. */
  versions: ReportView[];
}

/**
 * An enterprise's report of a month with every version: who filed each, when, and why it was corrected.
 * An enterprise user reads only its own; the bureaus their zone's. Anything else — another enterprise,
 * another zone, a month never reported — is the same 404.
 */
export async function reportHistory(ctx: Ctx, enterpriseId: string, month: string): Promise<ReportHistory> {
  const actor = authorizeReportRead(ctx);
  if (actor.role === 'enterprise' && actor.enterpriseId !== enterpriseId)
    throw AppError.notFound(reportEntity);
  const versions = await sampleRepository.versions(ctx.db, actor.zoneCode, enterpriseId, month);
  if (!versions.length) throw AppError.notFound(reportEntity);
  const lines = await sampleRepository.linesOf(
    ctx.db,
    versions.map((v) => v.id),
  );
  return {
    enterpriseId,
    enterpriseName: versions[0]!.enterprise_name,
    month,
    dueDate: dueDayOf(month),
    versions: versions.map((v) => toReportView(v, lines)),
  };
}
