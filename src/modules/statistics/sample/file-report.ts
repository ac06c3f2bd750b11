import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { appendAudit } from '../../audit/index.js';
import { checkReport } from './check-report.js';
import { chinaMonthOf, MONTH_PATTERN, spanHolds } from './months.js';
import { sampleRepository } from './sample.repository.js';
import { filedEnterprise, ownEnterprise } from './sample-support.js';
import { toReportView, type ReportView } from './sample-view.js';

const notInRegister = {
  zh: '企业备案通过后方可报送月度报表',
  en: 'An enterprise reports once its filing is approved',
};
const nothingToReport = {
  zh: '本企业没有备案关联店铺，且该月不在样本名单中，无需报送（株洲 实施意见 (四)、(十六)）',
  en: 'The enterprise has no filed shops and is not on the sample list for the month: nothing to report',
};

/**
 * An enterprise files its monthly report for a month that has ended: its online transaction value,
 * orders, shops, staff, the shop lines of its filed shops and the business-climate questionnaire.
 * Enterprises with filed shops may report — their online sales are the “企业数据” of 株洲 实施意见 (四) —
 * and sampled enterprises must (实施意见 (十六)). Filing a month again adds a new version with the reason
 * for the correction; the earlier versions stay as they were.
 */
export async function fileMonthlyReport(
  ctx: Ctx,
  input: unknown,
  source: 'form' | 'excel' = 'form',
): Promise<ReportView> {
  const actor = authorize(ctx, 'sample:report');
  const enterpriseId = ownEnterprise(actor);
  return inTransaction(ctx, async (tx) => {
    const enterprise = await filedEnterprise(tx, enterpriseId);
    if (!enterprise.inRegister) throw new AppError('conflict', notInRegister);
    const raw = (typeof input === 'object' && input !== null ? input : {}) as { month?: unknown };
    const month = typeof raw.month === 'string' ? raw.month.trim() : '';
    let earlierVersions = 0;
    if (MONTH_PATTERN.test(month)) {
      // One filing of an enterprise's month at a time: versions are numbered without gaps or doubles.
      await sampleRepository.lock(tx.db, `report:${enterprise.id}:${month}`);
      const spans = await sampleRepository.spansOf(tx.db, enterprise.id);
      const sampled = spans.some((s) => spanHolds({ fromMonth: s.from_month, toMonth: s.to_month }, month));
      if (!sampled && enterprise.shops.length === 0) throw new AppError('conflict', nothingToReport);
      earlierVersions = await sampleRepository.latestVersion(tx.db, enterprise.id, month);
    }
    const now = ctx.clock.now();
    const checked = checkReport(input, {
      currentMonth: chinaMonthOf(now),
      shopIds: new Set(enterprise.shops.map((s) => s.id)),
      earlierVersions,
    });
    if (!checked.ok) throw AppError.validation(checked.errors);
    const data = checked.data;
    const version = earlierVersions + 1;
    const id = randomUUID();
    const shops = new Map(enterprise.shops.map((s) => [s.id, s]));
    const lines = data.shops.map((l) => ({
      report_id: id,
      zone_code: enterprise.zoneCode,
      shop_id: l.shopId,
      platform: shops.get(l.shopId)!.platform,
      shop_name: shops.get(l.shopId)!.shopName,
      sales_value: l.salesValue,
      orders: l.orders,
    }));
    const row = await sampleRepository.insertReport(
      tx.db,
      {
        id,
        zone_code: enterprise.zoneCode,
        enterprise_id: enterprise.id,
        enterprise_name: enterprise.name,
        month,
        version,
        online_value: data.onlineValue,
        orders: data.orders,
        active_shops: data.activeShops,
        staff: data.staff,
        cbec_staff: data.cbecStaff,
        orders_now: data.climate.ordersNow,
        orders_next: data.climate.ordersNext,
        staff_now: data.climate.staffNow,
        staff_next: data.climate.staffNext,
        correction_reason: version === 1 ? null : data.correctionReason!,
        source,
        reported_by: actor.userId,
        reported_by_name: actor.displayName,
        role: actor.role,
        reported_at: now,
      },
      lines,
    );
    const view = toReportView(row, lines);
    await appendAudit(tx, {
      action: version === 1 ? 'sample_report.file' : 'sample_report.correct',
      entityType: 'sample_report',
      entityId: id,
      zoneCode: enterprise.zoneCode,
      after: {
        enterpriseId: enterprise.id,
        month,
        version,
        source,
        onlineValue: view.onlineValue,
        orders: view.orders,
        activeShops: view.activeShops,
        staff: view.staff,
        cbecStaff: view.cbecStaff,
        climate: view.climate,
        shops: view.shops.map((s) => ({ shopId: s.shopId, salesValue: s.salesValue, orders: s.orders })),
        correctionReason: view.correctionReason,
      },
    });
    return view;
  });
}
