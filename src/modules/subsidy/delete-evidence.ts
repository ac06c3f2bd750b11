import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { appendAudit } from '../audit/index.js';
import { subsidyRepository } from './subsidy.repository.js';
import { loadForChange } from './subsidy-support.js';
import { requireEditable } from './update-application.js';

const evidenceEntity = { zh: '该证明材料', en: 'Evidence file' };

/** The enterprise removes an evidence file from its draft or returned application. */
export async function deleteEvidence(ctx: Ctx, applicationId: string, evidenceId: string): Promise<void> {
  const actor = authorize(ctx, 'subsidy:apply');
  await inTransaction(ctx, async (tx) => {
    const application = await loadForChange(tx, actor, applicationId);
    const evidence = await subsidyRepository.findEvidence(tx.db, applicationId, evidenceId);
    if (!evidence) throw AppError.notFound(evidenceEntity);
    requireEditable(application);
    await subsidyRepository.deleteEvidence(tx.db, applicationId, evidenceId);
    await appendAudit(tx, {
      action: 'subsidy.evidence_delete',
      entityType: 'subsidy_application',
      entityId: applicationId,
      zoneCode: application.zone_code,
      before: { evidenceId, fileName: evidence.file_name, sha256: evidence.sha256 },
    });
  });
}
