import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { buildReportTemplate } from './report-excel.js';
import { ZTemplateQuery } from './sample.schemas.js';
import { filedEnterprise, ownEnterprise } from './sample-support.js';

/** The Excel template of the enterprise's monthly report, with its open filed shops listed to fill in. */
export async function monthlyReportTemplate(ctx: Ctx, query: unknown): Promise<Buffer> {
  const actor = authorize(ctx, 'sample:report');
  const q = parseOrThrow(ZTemplateQuery, query ?? {});
  const enterprise = await filedEnterprise(ctx, ownEnterprise(actor));
  return buildReportTemplate({
    enterpriseName: enterprise.name,
    month: q.month,
    shops: enterprise.shops.filter((s) => s.status !== 'closed'),
  });
}
