import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow, type Page } from '../../shared/validation.js';
import { clearanceRepository } from './clearance.repository.js';
import { ZParcelQuery, ZStatusCountQuery } from './clearance.schemas.js';
import { readerScope } from './reader-scope.js';
import { toEventView, toParcelView, type ParcelView } from './parcel-view.js';

/** Parcels as the caller may see them: an enterprise those it sent or sold, customs and the bureaus their zone's. */
export async function listParcels(ctx: Ctx, query: unknown): Promise<Page<ParcelView>> {
  const actor = authorize(ctx, 'clearance:read');
  const q = parseOrThrow(ZParcelQuery, query);
  const { items, total } = await clearanceRepository.listParcels(
    ctx.db,
    await readerScope(ctx, actor, q.zoneCode),
    { matchState: q.matchState, customsStatus: q.customsStatus, flow: q.flow, q: q.q, revoked: q.revoked },
    q,
  );
  return { items: items.map(toParcelView), total, page: q.page, pageSize: q.pageSize };
}

/** How many of the caller's parcels are in each of the given customs statuses (customs' queue tabs). */
export async function countParcelsByStatus(ctx: Ctx, query: unknown): Promise<Record<string, number>> {
  const actor = authorize(ctx, 'clearance:read');
  const q = parseOrThrow(ZStatusCountQuery, query);
  const rows = await clearanceRepository.countByCustomsStatus(
    ctx.db,
    await readerScope(ctx, actor, q.zoneCode),
    q.customsStatus,
    q.revoked,
  );
  const counts: Record<string, number> = Object.fromEntries(q.customsStatus.map((s) => [s, 0]));
  for (const r of rows) counts[r.customs_status] = Number(r.n);
  return counts;
}

/** One parcel's lifecycle end to end: its documents, the match, every status with its time. */
export async function getParcel(ctx: Ctx, id: string) {
  const actor = authorize(ctx, 'clearance:read');
  const parcel = await clearanceRepository.findParcel(ctx.db, id, await readerScope(ctx, actor));
  if (!parcel) throw AppError.notFound({ zh: '该清单', en: 'Parcel' });
  const [documents, events] = await Promise.all([
    clearanceRepository.documentsOfParcel(ctx.db, parcel.flow, parcel.order_key, parcel.logistics_key),
    clearanceRepository.eventsOf(ctx.db, id),
  ]);
  const warehouse = documents.find((d) => d.kind === 'order' && !d.deleted)?.overseas_warehouse ?? null;
  return {
    ...toParcelView(parcel),
    /** 9810: the overseas warehouse the goods are booked into (订仓单号, 海外仓名称). */
    overseasWarehouse: warehouse,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      guid: d.guid,
      messageType: d.message_type,
      businessKey: d.business_key,
      appType: d.app_type,
      deleted: d.deleted,
      version: d.version,
      updatedAt: d.updated_at.toISOString(),
    })),
    // Reception is the parcel's creation; customs and match statuses follow in time order.
    events: [
      {
        id: `${parcel.id}:received`,
        status: 'received',
        info: '清单已接收',
        source: 'platform' as const,
        at: parcel.created_at.toISOString(),
      },
      ...events.map(toEventView),
    ],
  };
}
