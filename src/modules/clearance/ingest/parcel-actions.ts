import { rowId } from '../../../db/row-id.js';
import { Decimal } from 'decimal.js';
import type { FieldError } from '../../../shared/app-error.js';
import type { Ctx } from '../../../shared/context.js';
import { clearanceRepository, type CustomsEventRow } from '../clearance.repository.js';
import { chinaTime } from '../messages/china-time.js';
import type { CebMessage, CebMessageType } from '../messages/registry.js';
import type { ParcelInfo } from './message-documents.js';

/**
 * Messages that act on parcels instead of carrying a document: withdrawal (CEB605/623), return
 * (CEB625), and the customs site's reports of arrival (运抵单 CEB507) and departure (离境单 CEB509).
 */
export const ACTION_MESSAGES = ['CEB605', 'CEB623', 'CEB625', 'CEB507', 'CEB509'] as const;
export type ActionMessageType = (typeof ACTION_MESSAGES)[number];

export function isActionMessage(type: CebMessageType): type is ActionMessageType {
  return (ACTION_MESSAGES as readonly string[]).includes(type);
}

/** A withdrawal or a return, naming its parcel by the inventory number customs gave. */
export interface InventoryAction {
  kind: 'revoke' | 'return';
  /** The record's guid: customs' receipt names it. */
  guid: string;
  flow: 'import' | 'export';
  invtNo: string;
  reason: string;
  /** Return: the original inventory's lines and the quantities sent back. */
  lines: { gnum: number; qty: string }[];
  senderCodes: string[];
}

/** A report of the customs site on one export parcel, named by its waybill. */
export interface SiteReport {
  kind: 'arrival' | 'departure';
  /** The record's guid (its head's): customs' receipt names it. */
  guid: string;
  flow: 'export';
  /** 1 reported, 2 reported again with changes, 3 withdrawn (the report, not the parcel). */
  appType: '1' | '2' | '3';
  /** The waybill's key, as the documents' (logistics code | logistics number). */
  logisticsKey: string;
  logisticsNo: string;
  /** When the parcel left (departure's leaveTime, yyyyMMddHHmmss in China); an arrival is as received. */
  at: string | null;
  /** What the lifecycle shows of the report. */
  info: string;
  senderCodes: string[];
}

export type ParcelAction = InventoryAction | SiteReport;

const isSiteReport = (a: ParcelAction): a is SiteReport => a.kind === 'arrival' || a.kind === 'departure';

/** The key an action locks (ingest-messages.ts): a report shares its waybill's with the documents. */
export const actionLockKey = (a: ParcelAction) =>
  isSiteReport(a) ? `${a.flow}|l|${a.logisticsKey}` : `a|${a.flow}|${a.invtNo}`;

export function actionsOf(type: ActionMessageType, message: CebMessage): ParcelAction[] {
  switch (type) {
    case 'CEB605':
      return (message as CebMessage<'CEB605'>).InvtCancel.map((c) => ({
        kind: 'revoke',
        guid: c.guid,
        flow: 'export',
        invtNo: c.invtNo,
        reason: c.reason,
        lines: [],
        senderCodes: [c.agentCode, c.ebcCode],
      }));
    case 'CEB623':
      return (message as CebMessage<'CEB623'>).InvtCancel.map((c) => ({
        kind: 'revoke',
        guid: c.guid,
        flow: 'import',
        invtNo: c.invtNo,
        reason: c.reason,
        lines: [],
        senderCodes: [c.agentCode, c.ebcCode],
      }));
    case 'CEB625':
      return (message as CebMessage<'CEB625'>).InvtRefund.map((r) => ({
        kind: 'return',
        guid: r.InvtRefundHead.guid,
        flow: 'import',
        invtNo: r.InvtRefundHead.invtNo,
        reason: r.InvtRefundHead.reason,
        lines: r.InvtRefundList.map((l) => ({ gnum: l.gnum, qty: l.qty })),
        senderCodes: [r.InvtRefundHead.agentCode, r.InvtRefundHead.ebcCode],
      }));
    // Sent by the site's operator (the postal firm on postal routes) or the logistics firm (customs-ceb.md §2.1).
    case 'CEB507':
      return (message as CebMessage<'CEB507'>).Arrival.flatMap(({ ArrivalHead: h, ArrivalList }) =>
        ArrivalList.map((l) => ({
          kind: 'arrival' as const,
          guid: h.guid,
          flow: 'export' as const,
          appType: h.appType as SiteReport['appType'],
          logisticsKey: `${h.logisticsCode}|${l.logisticsNo}`,
          logisticsNo: l.logisticsNo,
          at: null,
          info: `运抵 ${h.customsCode} 关区，${h.operatorName}（运输工具 ${h.domesticTrafNo}）`,
          senderCodes: [h.operatorCode, h.logisticsCode],
        })),
      );
    case 'CEB509':
      return (message as CebMessage<'CEB509'>).Departure.flatMap(({ DepartureHead: h, DepartureList }) =>
        DepartureList.map((l) => ({
          kind: 'departure' as const,
          guid: h.guid,
          flow: 'export' as const,
          appType: h.appType as SiteReport['appType'],
          logisticsKey: `${h.logisticsCode}|${l.logisticsNo}`,
          logisticsNo: l.logisticsNo,
          at: h.leaveTime,
          info: ['离境', h.trafName, h.voyageNo, h.billNo && `提运单 ${h.billNo}`].filter(Boolean).join(' '),
          senderCodes: [h.logisticsCode],
        })),
      );
  }
}

/** The records a message carries (1 to 100): a site's report lists any number of waybills, or none. */
export function recordsIn(type: ActionMessageType, message: CebMessage): number {
  switch (type) {
    case 'CEB605':
      return (message as CebMessage<'CEB605'>).InvtCancel.length;
    case 'CEB623':
      return (message as CebMessage<'CEB623'>).InvtCancel.length;
    case 'CEB625':
      return (message as CebMessage<'CEB625'>).InvtRefund.length;
    case 'CEB507':
      return (message as CebMessage<'CEB507'>).Arrival.length;
    case 'CEB509':
      return (message as CebMessage<'CEB509'>).Departure.length;
  }
}

const REPORT_STATUS = {
  arrival: { '1': 'arrived', '2': 'arrived', '3': 'arrival_withdrawn' },
  departure: { '1': 'departed', '2': 'departed', '3': 'departure_withdrawn' },
} as const;

/**
 * The site's reports on their parcels' lifecycles: checked whole (each waybill names an export parcel of
 * a party of the sender's, not withdrawn; a departure follows release), then each recorded as an event.
 * The report is history: withdrawing one (appType 3) records that too, and removes nothing.
 */
async function siteReportEvents(
  ctx: Ctx,
  reports: { index: number; report: SiteReport }[],
  senderCodes: string[],
  errors: FieldError[],
  records: Map<string, string[]>,
): Promise<CustomsEventRow[]> {
  const now = ctx.clock.now();
  const parcels = await clearanceRepository.exportParcelsByLogisticsKeys(ctx.db, [
    ...new Set(reports.map((r) => r.report.logisticsKey)),
  ]);
  const byKey = new Map<string, typeof parcels>();
  for (const p of parcels) byKey.set(p.logistics_key, [...(byKey.get(p.logistics_key) ?? []), p]);
  const events: CustomsEventRow[] = [];
  for (const { index, report: r } of reports) {
    const field = `documents[${index}]`;
    if (!r.senderCodes.some((c) => senderCodes.includes(c))) {
      errors.push({
        field,
        code: 'not_party',
        message: { zh: '发送企业不是该报告的当事企业', en: 'The sender is not a party to this report' },
      });
      continue;
    }
    const found = byKey.get(r.logisticsKey) ?? [];
    if (!found.length)
      errors.push({
        field: `${field}.logisticsNo`,
        code: 'not_found',
        message: {
          zh: `运单 ${r.logisticsNo} 没有对应的出口清单`,
          en: `No export inventory for waybill ${r.logisticsNo}`,
        },
      });
    for (const p of found) {
      if (p.revoked_at && r.appType !== '3')
        errors.push({
          field: `${field}.logisticsNo`,
          code: 'revoked',
          message: {
            zh: `运单 ${r.logisticsNo} 的清单已撤销`,
            en: `The inventory of waybill ${r.logisticsNo} is withdrawn`,
          },
        });
      else if (r.kind === 'departure' && !p.released_at && r.appType !== '3')
        errors.push({
          field: `${field}.logisticsNo`,
          code: 'not_released',
          message: {
            zh: `运单 ${r.logisticsNo} 的清单尚未放行，不能离境`,
            en: `The inventory of waybill ${r.logisticsNo} is not released: it cannot depart`,
          },
        });
      else {
        records.set(r.guid, [...(records.get(r.guid) ?? []), p.id]);
        events.push({
          id: rowId(),
          parcel_id: p.id,
          status: REPORT_STATUS[r.kind][r.appType],
          info: r.info,
          source: 'platform',
          // The parse checked leaveTime is a real date and time.
          at: (r.at && chinaTime(r.at)) || now,
          recorded_at: now,
        });
      }
    }
  }
  return events;
}

/** What applying a message's actions gave: why it is refused, or each record's parcels (by record guid). */
export interface ActionOutcome {
  errors: FieldError[];
  records: Map<string, string[]>;
}

/**
 * Applies withdrawals, returns and the site's reports to their parcels. Withdrawals and returns find
 * theirs by inventory number. A withdrawal (撤单) is
 * taken before release: the parcel is revoked and the buyer's quota given back. A return (退货, CEB625)
 * follows release: quantities at most those declared, and the quota of what comes back is given back
 * (customs-ceb.md §4.2 "Returns"). Returns the errors that refuse the message, or applies it and
 * returns each record's parcels, for customs' receipt of it.
 */
export async function applyParcelActions(
  ctx: Ctx,
  actions: ParcelAction[],
  senderCodes: string[],
  /** The time the message is taken and queued for customs: a withdrawal is known by it. */
  now: Date,
): Promise<ActionOutcome> {
  const errors: FieldError[] = [];
  const records = new Map<string, string[]>();
  const events: CustomsEventRow[] = [];
  // Checked whole first, applied only if every action holds: a message is taken whole or refused whole.
  const effects: (() => Promise<void>)[] = [];
  const reports = actions.flatMap((a, index) => (isSiteReport(a) ? [{ index, report: a }] : []));
  if (reports.length) events.push(...(await siteReportEvents(ctx, reports, senderCodes, errors, records)));
  for (const [i, a] of actions.entries()) {
    if (isSiteReport(a)) continue;
    const field = `documents[${i}]`;
    const parcel = await clearanceRepository.parcelByInvtNo(ctx.db, a.flow, a.invtNo);
    if (!parcel) {
      errors.push({
        field: `${field}.invtNo`,
        code: 'not_found',
        message: { zh: `清单 ${a.invtNo} 不存在`, en: `No inventory ${a.invtNo}` },
      });
      continue;
    }
    const facts = (await clearanceRepository.factsByIds(ctx.db, [parcel.id])).get(parcel.id) as {
      parcel: ParcelInfo;
      lines: { gnum: number; qty: string; price: string }[];
    };
    if (!a.senderCodes.some((c) => senderCodes.includes(c))) {
      errors.push({
        field,
        code: 'not_party',
        message: { zh: '发送企业不是该清单的当事企业', en: 'The sender is not a party to this inventory' },
      });
      continue;
    }
    records.set(a.guid, [parcel.id]);
    if (a.kind === 'revoke') {
      if (parcel.revoked_at) continue;
      if (parcel.released_at) {
        errors.push({
          field,
          code: 'released',
          message: {
            zh: '清单已放行，不能撤单，请申请退货',
            en: 'The inventory is released: apply for a return instead',
          },
        });
        continue;
      }
      effects.push(async () => {
        await clearanceRepository.updateParcel(ctx.db, parcel.id, { revoked_at: now, updated_at: now });
        await clearanceRepository.releaseQuota(ctx.db, parcel.id, now);
      });
      events.push({
        id: rowId(),
        parcel_id: parcel.id,
        status: 'revoked',
        info: `撤单：${a.reason}`,
        source: 'platform',
        at: now,
        recorded_at: now,
      });
      continue;
    }
    if (!parcel.released_at) {
      errors.push({
        field,
        code: 'not_released',
        message: {
          zh: '清单尚未放行，不能退货，请撤单',
          en: 'The inventory is not released: withdraw it instead',
        },
      });
      continue;
    }
    const declared = new Map(facts.lines.map((l) => [l.gnum, l]));
    let value = new Decimal(0);
    for (const l of a.lines) {
      const d = declared.get(l.gnum);
      if (!d || new Decimal(l.qty).gt(d.qty)) {
        errors.push({
          field: `${field}.InvtRefundList[gnum=${l.gnum}].qty`,
          code: 'over_declared',
          message: {
            zh: '退货数量超过清单申报数量',
            en: 'The quantity returned is more than the inventory declared',
          },
        });
        continue;
      }
      value = value.plus(new Decimal(d.price).times(l.qty));
    }
    if (errors.length) continue;
    effects.push(() => clearanceRepository.reduceQuota(ctx.db, parcel.id, value.toFixed(2), now));
    events.push({
      id: rowId(),
      parcel_id: parcel.id,
      status: 'returned',
      info: `退货 ${value.toFixed(2)} 元：${a.reason}`,
      source: 'platform',
      at: now,
      recorded_at: now,
    });
  }
  if (errors.length) return { errors, records: new Map() };
  for (const apply of effects) await apply();
  await clearanceRepository.insertEvents(ctx.db, events);
  return { errors: [], records };
}
