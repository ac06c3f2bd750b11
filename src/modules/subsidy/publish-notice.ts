import { randomUUID } from 'node:crypto';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { subsidyRepository, type ApplicationRow, type NoticeRow } from './subsidy.repository.js';
import { objectionUntil, type ApprovedItem, type PinnedEvaluation } from './subsidy-rules.js';
import { ZNoticeInput } from './subsidy.schemas.js';
import { bumped, recordStep, requireTransition } from './subsidy-support.js';
import { rulesOf } from './subsidy-view.js';
import { getNotice, type NoticeView } from './get-notice.js';

/** One line of a published notice: an item and its approved amount. */
export interface NoticeItemLine {
  ruleId: string;
  title: { zh: string; en: string };
  citation: string;
  amount: string;
}

/**
 * The commerce bureau publishes approved applications for public notice (公示) with an objection period
 * (default 7 calendar days, decision 0003). What the notice says is kept as published: enterprise names,
 * items and approved amounts; no contact data.
 */
export async function publishNotice(ctx: Ctx, input: unknown): Promise<NoticeView> {
  const actor = authorize(ctx, 'subsidy:notice');
  const data = parseOrThrow(ZNoticeInput, input);
  const zoneCode = actor.zoneCode ?? data.zoneCode;
  if (!zoneCode)
    throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone of the notice' });
  if (actor.zoneCode !== null && data.zoneCode !== undefined && data.zoneCode !== actor.zoneCode)
    throw AppError.field('zoneCode', 'out_of_scope', {
      zh: '只能公示本综试区的申请',
      en: 'You can only publish applications of your own zone',
    });
  const ids = [...new Set(data.applicationIds)];
  const id = await inTransaction(ctx, async (tx) => {
    const rows = await subsidyRepository.lockApplications(tx.db, ids, zoneCode);
    const errors: FieldError[] = [];
    data.applicationIds.forEach((appId, n) => {
      const row = rows.find((r) => r.id === appId);
      if (!row)
        errors.push({
          field: `applicationIds.${n}`,
          code: 'not_found',
          message: { zh: '未找到该申请', en: 'application not found' },
        });
      else if (row.status !== 'approved')
        errors.push({
          field: `applicationIds.${n}`,
          code: 'not_approved',
          message: {
            zh: `该申请状态为 ${row.status}，只有已批准的申请可以公示`,
            en: `the application is ${row.status}; only approved applications are published`,
          },
        });
    });
    if (errors.length) throw AppError.validation(errors);

    const now = ctx.clock.now();
    const notice: NoticeRow = {
      id: randomUUID(),
      zone_code: zoneCode,
      title: data.title,
      objection_days: data.objectionDays,
      published_at: now,
      objection_until: objectionUntil(now, data.objectionDays),
      status: 'open',
      published_by: actor.userId,
      closed_at: null,
      closed_by: null,
    };
    await subsidyRepository.insertNotice(
      tx.db,
      notice,
      rows.map((r) => ({
        notice_id: notice.id,
        application_id: r.id,
        enterprise_name: r.enterprise_name,
        year: r.year,
        items: noticeLines(r),
        approved_total: r.approved_total!,
      })),
    );
    for (const before of rows) {
      const to = requireTransition(before, 'publish');
      const changes = { status: to, updated_at: now };
      await subsidyRepository.updateApplication(tx.db, before.id, changes);
      await recordStep(tx, { action: 'publish', before, after: bumped(before, changes), note: notice.title });
    }
    await appendAudit(tx, {
      action: 'subsidy_notice.publish',
      entityType: 'subsidy_notice',
      entityId: notice.id,
      zoneCode,
      after: {
        title: notice.title,
        objectionDays: notice.objection_days,
        objectionUntil: notice.objection_until.toISOString(),
        applicationIds: rows.map((r) => r.id),
      },
    });
    return notice.id;
  });
  return getNotice(ctx, id);
}

function noticeLines(row: ApplicationRow): NoticeItemLine[] {
  const pinned = (row.evaluation as PinnedEvaluation).items;
  const rules = rulesOf(row.zone_code);
  return ((row.approved_items as ApprovedItem[] | null) ?? [])
    .filter((a) => a.amount !== '0.00')
    .map((a) => {
      const p = pinned.find((x) => x.ruleId === a.ruleId);
      const rule = rules.get(a.ruleId);
      return {
        ruleId: a.ruleId,
        title: p?.title ?? rule?.title ?? { zh: a.ruleId, en: a.ruleId },
        citation: p?.citation ?? rule?.citation ?? '',
        amount: a.amount,
      };
    });
}
