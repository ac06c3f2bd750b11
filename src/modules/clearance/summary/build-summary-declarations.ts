import { rowId } from '../../../db/row-id.js';
import { z } from 'zod';
import { AppError } from '../../../shared/app-error.js';
import { authorize, zoneScope } from '../../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { appendAudit } from '../../audit/index.js';
import type { ParcelInfo } from '../ingest/message-documents.js';
import { groupSummaries, type SummaryGroup, type SummaryInventory } from './group-summaries.js';
import { summaryRepository, type SummaryRow } from './summary.repository.js';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const ZBuildSummaries = z.strictObject({
  zoneCode: z.enum(['zhuzhou', 'chenzhou', 'hengyang']).optional(),
  /** The period of release, China time: from inclusive, to exclusive (e.g. a month: 2026-03-01 to 2026-04-01). */
  from: ZDate,
  to: ZDate,
  summaryFlag: z.enum(['1', '2']).default('2'),
});

export function toSummaryView(r: SummaryRow) {
  return {
    id: r.id,
    zoneCode: r.zone_code,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    summaryFlag: r.summary_flag,
    head: r.head as SummaryGroup['head'],
    items: r.items as SummaryGroup['items'],
    inventoryCount: r.inventory_count,
    createdAt: r.created_at.toISOString(),
  };
}
export type SummaryView = ReturnType<typeof toSummaryView>;

/**
 * Groups the period's released export inventories (statisticsFlag B) into summary declarations by the
 * keys customs uses. An inventory is never in two summaries (a primary key) and none is left out: a run
 * takes every unsummarised one of the period, and a second run finds nothing new.
 */
export async function buildSummaryDeclarations(ctx: Ctx, input: unknown): Promise<SummaryView[]> {
  const actor = authorize(ctx, 'clearance:summarize');
  const q = parseOrThrow(ZBuildSummaries, input);
  if (q.to <= q.from)
    throw AppError.field('to', 'before_from', {
      zh: '结束日期须晚于开始日期',
      en: 'The end must come after the start',
    });
  const zoneCode = zoneScope(actor, q.zoneCode);
  if (!zoneCode) throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone' });
  const scope = { zoneCode, enterpriseId: actor.role === 'enterprise' ? actor.enterpriseId : null };
  return inTransaction(ctx, async (tx) => {
    const rows = await summaryRepository.unsummarised(tx.db, scope, q.from, q.to);
    const inventories: SummaryInventory[] = rows.map((r) => {
      const s = (r.facts as { parcel: ParcelInfo }).parcel.summary!;
      return {
        parcelId: r.id,
        invtNo: r.invt_no ?? r.id,
        customsCode: s.customsCode,
        portCode: s.portCode,
        agentCode: s.agentCode,
        agentName: s.agentName,
        ebcCode: s.ebcCode,
        ebcName: s.ebcName,
        ownerCode: s.ownerCode,
        trafMode: s.trafMode,
        country: s.country,
        tradeMode: r.trade_mode,
        goods: s.lines,
      };
    });
    const groups = groupSummaries(inventories, q.summaryFlag);
    const now = ctx.clock.now();
    const summaries: SummaryRow[] = groups.map((g) => ({
      id: rowId(),
      zone_code: zoneCode,
      period_from: q.from,
      period_to: q.to,
      summary_flag: q.summaryFlag,
      group_key: g.key,
      head: g.head,
      items: g.items,
      inventory_count: g.parcelIds.length,
      created_by: actor.via === 'system' ? null : actor.userId,
      created_at: now,
    }));
    const links = groups.flatMap((g, i) =>
      g.parcelIds.map((parcelId, j) => ({
        parcel_id: parcelId,
        summary_id: summaries[i]!.id,
        invt_no: g.invtNos[j]!,
      })),
    );
    await summaryRepository.insertSummaries(tx.db, summaries, links);
    if (summaries.length)
      await appendAudit(tx, {
        action: 'clearance.summarize',
        entityType: 'summary_declaration',
        entityId: summaries.length === 1 ? summaries[0]!.id : null,
        zoneCode,
        after: { period: [q.from, q.to], summaries: summaries.length, inventories: links.length },
      });
    return summaries.map(toSummaryView);
  });
}
