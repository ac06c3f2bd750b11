import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { transition } from '../../shared/state-machine.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { cleanFileName, MAX_REPORT_EVIDENCE_BYTES, reportEvidenceType } from './evidence-file.js';
import { governanceRepository } from './governance.repository.js';
import { ZReportInput } from './governance.schemas.js';
import { taskEntity, todayOf } from './governance-support.js';
import { actingUnit, toReportView, toTaskView, type ReportView, type TaskView } from './governance-view.js';
import { reportAction, TASK_TRANSITIONS, type TaskStatus } from './task-status.js';

const notResponsible = {
  zh: '贵单位不是该任务的责任单位，不能报送进度',
  en: 'Your unit is not responsible for this task and cannot report on it',
};
const completed = { zh: '该任务已完成，不能再报送进度', en: 'The task is completed; no more reports' };

/**
 * A responsible unit reports progress on a task: a text, a percent (0–100) and optionally one evidence
 * file. Users of the lead or a co-responsible unit report (a unit of another task gets 403: the task is
 * visible to every bureau of the zone, so hiding it would be pretence); the leading group office reports
 * for the municipal government and for units without accounts. The lead unit's report (or the office's)
 * sets the task's percent and completes it at 100; a co-unit's records its part and starts the task.
 */
export async function reportProgress(
  ctx: Ctx,
  taskId: string,
  input: unknown,
  file?: { fileName: string; body: Uint8Array },
): Promise<{ task: TaskView; report: ReportView }> {
  const actor = authorize(ctx, 'governance:report');
  const data = parseOrThrow(ZReportInput, input);
  let evidence: { name: string; type: string; sha256: string; body: Uint8Array } | null = null;
  if (file) {
    if (file.body.length === 0)
      throw AppError.field('file', 'empty', { zh: '文件为空', en: 'The file is empty' });
    if (file.body.length > MAX_REPORT_EVIDENCE_BYTES)
      throw new AppError('payload_too_large', {
        zh: `进度证明材料不超过 ${MAX_REPORT_EVIDENCE_BYTES / 1024 / 1024} MiB`,
        en: `A progress evidence file is at most ${MAX_REPORT_EVIDENCE_BYTES / 1024 / 1024} MiB`,
      });
    const name = cleanFileName(file.fileName);
    const type = reportEvidenceType(name, file.body);
    if ('error' in type) throw new AppError('unsupported_media_type', undefined, [type.error]);
    evidence = {
      name,
      type: type.contentType,
      sha256: createHash('sha256').update(file.body).digest('hex'),
      body: file.body,
    };
  }
  return inTransaction(ctx, async (tx) => {
    const task = await governanceRepository.findTaskForUpdate(tx.db, taskId, actor.zoneCode);
    if (!task) throw AppError.notFound(taskEntity);
    const unit = actingUnit(actor, task);
    if (!unit) throw new AppError('forbidden', notResponsible);
    const from = task.status as TaskStatus;
    const speaksForTask = unit === 'leading_group' || unit === task.lead_unit_code;
    const t = transition(TASK_TRANSITIONS, from, reportAction(from, data.percent, speaksForTask));
    if (!t.ok) throw new AppError('invalid_transition', completed);
    const now = ctx.clock.now();
    const percent = speaksForTask ? data.percent : task.progress_percent;
    const row = {
      id: randomUUID(),
      task_id: task.id,
      zone_code: task.zone_code,
      unit_code: unit,
      text: data.text,
      percent: data.percent,
      from_status: from,
      to_status: t.to,
      evidence_name: evidence?.name ?? null,
      evidence_type: evidence?.type ?? null,
      evidence_size: evidence?.body.length ?? null,
      evidence_sha256: evidence?.sha256 ?? null,
      reported_by: actor.userId,
      reported_by_name: actor.displayName,
      role: actor.role,
      at: now,
    };
    await governanceRepository.insertReport(tx.db, { ...row, evidence_body: evidence?.body ?? null });
    const changes = { status: t.to, progress_percent: percent, updated_at: now };
    await governanceRepository.updateTask(tx.db, task.id, changes);
    await appendAudit(tx, {
      action: 'governance.progress_report',
      entityType: 'governance_task',
      entityId: task.id,
      zoneCode: task.zone_code,
      before: { status: from, progressPercent: task.progress_percent },
      after: {
        status: t.to,
        progressPercent: percent,
        reportId: row.id,
        unit,
        percent: data.percent,
        evidence: evidence ? { fileName: evidence.name, sha256: evidence.sha256 } : null,
      },
    });
    return {
      task: toTaskView(actor, { ...task, ...changes, version: task.version + 1 }, todayOf(ctx)),
      report: toReportView({ ...row, seq: '0' }),
    };
  });
}
