import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { subsidyRepository } from './subsidy.repository.js';
import { applicationEntity, scopeOf } from './subsidy-support.js';

/**
 * An evidence file, for the owner enterprise and the zone's reviewers (commerce, finance, leading group
 * office, auditors). Outside the caller's scope it is a 404, exactly like a missing file.
 */
export async function downloadEvidence(
  ctx: Ctx,
  applicationId: string,
  evidenceId: string,
): Promise<{ fileName: string; contentType: string; sha256: string; body: Buffer }> {
  const actor = authorize(ctx, 'subsidy-evidence:read');
  const application = await subsidyRepository.findApplication(ctx.db, applicationId, scopeOf(actor));
  if (!application) throw AppError.notFound(applicationEntity);
  const evidence = await subsidyRepository.findEvidence(ctx.db, applicationId, evidenceId);
  if (!evidence) throw AppError.notFound({ zh: '该证明材料', en: 'Evidence file' });
  return {
    fileName: evidence.file_name,
    contentType: evidence.content_type,
    sha256: evidence.sha256,
    // PostgreSQL's driver gives a Buffer, PGlite a Uint8Array.
    body: Buffer.from(evidence.body.buffer, evidence.body.byteOffset, evidence.body.byteLength),
  };
}
