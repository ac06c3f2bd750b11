import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { subsidyRepository } from './subsidy.repository.js';
import { noticeEntity } from './subsidy-support.js';
import { toNoticeHead, toObjectionView } from './subsidy-view.js';
import type { NoticeItemLine } from './publish-notice.js';

/**
 * A public notice (公示) as anyone may read it, signed in or not: the zone, title, objection period, and
 * per application the enterprise's name, the items and the approved amounts — what 公示 publishes — with
 * the application's status now (applications stay listed once disbursed; one withdrawn after an upheld
 * objection shows as rejected). No contact data, no facts, no evidence.
 */
export async function getNotice(ctx: Ctx, id: string) {
  const notice = await subsidyRepository.findNotice(ctx.db, id, null);
  if (!notice) throw AppError.notFound(noticeEntity);
  const items = await subsidyRepository.noticeItems(ctx.db, id);
  return {
    ...toNoticeHead(notice),
    items: items.map((i) => ({
      applicationId: i.application_id,
      enterpriseName: i.enterprise_name,
      year: i.year,
      items: i.items as NoticeItemLine[],
      approvedTotal: i.approved_total,
      status: publicStatus(i.status),
    })),
  };
}
export type NoticeView = Awaited<ReturnType<typeof getNotice>>;

function publicStatus(status: string): 'in_notice' | 'ready_for_disbursement' | 'disbursed' | 'rejected' {
  return status === 'ready_for_disbursement' || status === 'disbursed' || status === 'rejected'
    ? status
    : 'in_notice';
}

/**
 * The notice with its objections and who filed them, for the commerce bureau that decides them; everyone
 * else (the enterprise included) sees an objection's text and outcome without its filer.
 */
export async function getNoticeForReview(ctx: Ctx, id: string) {
  const actor = authorize(ctx, 'subsidy:notice');
  const notice = await subsidyRepository.findNotice(ctx.db, id, actor.zoneCode);
  if (!notice) throw AppError.notFound(noticeEntity);
  const [view, objections] = await Promise.all([
    getNotice(ctx, id),
    subsidyRepository.listObjections(ctx.db, { noticeId: id }),
  ]);
  return { ...view, objections: objections.map((o) => toObjectionView(o, true)) };
}
