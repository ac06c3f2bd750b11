import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { governanceRepository } from './governance.repository.js';

const evidenceEntity = { zh: '该证明材料', en: 'Evidence file' };

/** The evidence file of a progress report, for the zone's readers; another zone's is a 404. */
export async function downloadReportEvidence(
  ctx: Ctx,
  reportId: string,
): Promise<{ fileName: string; contentType: string; sha256: string; body: Buffer }> {
  const actor = authorize(ctx, 'governance:read');
  const r = await governanceRepository.findReportEvidence(ctx.db, reportId, actor.zoneCode);
  if (!r?.evidence_body || !r.evidence_name || !r.evidence_type || !r.evidence_sha256)
    throw AppError.notFound(evidenceEntity);
  const body = r.evidence_body;
  return {
    fileName: r.evidence_name,
    contentType: r.evidence_type,
    sha256: r.evidence_sha256,
    // PostgreSQL's driver gives a Buffer, PGlite a Uint8Array.
    body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  };
}
