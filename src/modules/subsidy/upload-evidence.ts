import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { appendAudit } from '../audit/index.js';
import { cleanFileName, evidenceType, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from './evidence-file.js';
import { subsidyRepository } from './subsidy.repository.js';
import { loadForChange } from './subsidy-support.js';
import { toEvidenceView, type EvidenceView } from './subsidy-view.js';
import { requireEditable } from './update-application.js';

/**
 * The enterprise attaches an evidence file (contract, invoice, bank slip, customs statistics…) to its
 * draft or returned application. Stored with its SHA-256; the same file twice is stored once.
 */
export async function uploadEvidence(
  ctx: Ctx,
  applicationId: string,
  file: { fileName: string; body: Uint8Array },
): Promise<{ evidence: EvidenceView; created: boolean }> {
  const actor = authorize(ctx, 'subsidy:apply');
  if (file.body.length === 0)
    throw AppError.field('file', 'empty', { zh: '文件为空', en: 'The file is empty' });
  if (file.body.length > MAX_EVIDENCE_BYTES)
    throw new AppError('payload_too_large', {
      zh: `证明材料单个文件不超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB`,
      en: `An evidence file is at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB`,
    });
  const fileName = cleanFileName(file.fileName);
  const type = evidenceType(fileName, file.body);
  if ('error' in type) throw new AppError('unsupported_media_type', undefined, [type.error]);
  const sha256 = createHash('sha256').update(file.body).digest('hex');
  return inTransaction(ctx, async (tx) => {
    const application = await loadForChange(tx, actor, applicationId);
    requireEditable(application);
    const existing = await subsidyRepository.findEvidenceByHash(tx.db, applicationId, sha256);
    if (existing) return { evidence: toEvidenceView(existing), created: false };
    const count = (await subsidyRepository.listEvidence(tx.db, applicationId)).length;
    if (count >= MAX_EVIDENCE_FILES)
      throw AppError.field('file', 'too_many', {
        zh: `每份申请最多 ${MAX_EVIDENCE_FILES} 个证明材料`,
        en: `At most ${MAX_EVIDENCE_FILES} evidence files per application`,
      });
    const row = {
      id: randomUUID(),
      application_id: applicationId,
      file_name: fileName,
      content_type: type.contentType,
      size_bytes: file.body.length,
      sha256,
      uploaded_by: actor.userId,
      uploaded_at: ctx.clock.now(),
    };
    await subsidyRepository.insertEvidence(tx.db, { ...row, body: file.body });
    await appendAudit(tx, {
      action: 'subsidy.evidence_upload',
      entityType: 'subsidy_application',
      entityId: applicationId,
      zoneCode: application.zone_code,
      after: { evidenceId: row.id, fileName, contentType: row.content_type, size: row.size_bytes, sha256 },
    });
    return { evidence: toEvidenceView(row), created: true };
  });
}
