import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';

/** What a released export inventory contributes to a summary declaration (CEB603 fields). */
export interface SummaryInventory {
  parcelId: string;
  invtNo: string;
  /** 申报地海关 */ customsCode: string;
  /** 出境关别 */ portCode: string;
  /** 申报企业 */ agentCode: string;
  agentName: string;
  /** 收发货人 */ ebcCode: string;
  ebcName: string;
  /** 生产销售单位 */ ownerCode: string;
  /** 运输方式 */ trafMode: string;
  /** 运抵国 */ country: string;
  tradeMode: string;
  goods: SummaryGoods[];
}

export interface SummaryGoods {
  gcode: string;
  gname: string;
  /** 规格型号（申报要素） */ gmodel: string;
  /** 最终目的国 */ country: string;
  currency: string;
  unit: string;
  qty: string;
  totalPrice: string;
}

/** 1: by consignor only; 2: by consignor and producer (CEB701 summaryFlag). */
export type SummaryFlag = '1' | '2';

export interface SummaryGroup {
  /** A stable key of the head-level values: the same inventories always group the same way. */
  key: string;
  head: Omit<SummaryInventory, 'parcelId' | 'invtNo' | 'goods' | 'ownerCode' | 'agentName' | 'ebcName'> & {
    ownerCode: string | null;
    agentName: string;
    ebcName: string;
  };
  parcelIds: string[];
  invtNos: string[];
  /** Goods merged by 10-digit HS code, name, declared elements, destination, currency and unit. */
  items: (Omit<SummaryGoods, 'qty' | 'totalPrice'> & { qty: string; totalPrice: string; lines: number })[];
}

/**
 * Groups released export inventories into summary declarations (清单核放、汇总申报). Head keys: same
 * 收发货人, 运输方式, 运抵国, 出境关别, 申报地海关, 申报企业, trade mode, and with summaryFlag 2 the same
 * 生产销售单位; lines merge by 10-digit HS code, name and declared elements, 最终目的国, currency and unit
 * (海关总署公告2018年第194号 as summarised in customs-ceb.md §5 ⚠ to confirm). Every inventory lands in
 * exactly one group.
 */
export function groupSummaries(inventories: SummaryInventory[], summaryFlag: SummaryFlag): SummaryGroup[] {
  const groups = new Map<string, SummaryGroup>();
  const items = new Map<
    string,
    Map<string, { qty: Decimal; total: Decimal; lines: number; goods: SummaryGoods }>
  >();
  const sorted = [...inventories].sort((a, b) => (a.invtNo < b.invtNo ? -1 : a.invtNo > b.invtNo ? 1 : 0));
  for (const inv of sorted) {
    const headValues = [
      inv.customsCode,
      inv.portCode,
      inv.agentCode,
      inv.ebcCode,
      inv.trafMode,
      inv.country,
      inv.tradeMode,
      summaryFlag === '2' ? inv.ownerCode : '',
    ];
    const key = createHash('sha256').update(headValues.join('\u0000')).digest('hex').slice(0, 32);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        head: {
          customsCode: inv.customsCode,
          portCode: inv.portCode,
          agentCode: inv.agentCode,
          agentName: inv.agentName,
          ebcCode: inv.ebcCode,
          ebcName: inv.ebcName,
          ownerCode: summaryFlag === '2' ? inv.ownerCode : null,
          trafMode: inv.trafMode,
          country: inv.country,
          tradeMode: inv.tradeMode,
        },
        parcelIds: [],
        invtNos: [],
        items: [],
      };
      groups.set(key, g);
      items.set(key, new Map());
    }
    g.parcelIds.push(inv.parcelId);
    g.invtNos.push(inv.invtNo);
    const merged = items.get(key)!;
    for (const line of inv.goods) {
      const lineKey = [line.gcode, line.gname, line.gmodel, line.country, line.currency, line.unit].join(
        '\u0000',
      );
      const m = merged.get(lineKey);
      if (m) {
        m.qty = m.qty.plus(line.qty);
        m.total = m.total.plus(line.totalPrice);
        m.lines++;
      } else
        merged.set(lineKey, {
          qty: new Decimal(line.qty),
          total: new Decimal(line.totalPrice),
          lines: 1,
          goods: line,
        });
    }
  }
  for (const [key, g] of groups)
    g.items = [...items.get(key)!.values()].map(({ goods, qty, total, lines }) => ({
      gcode: goods.gcode,
      gname: goods.gname,
      gmodel: goods.gmodel,
      country: goods.country,
      currency: goods.currency,
      unit: goods.unit,
      qty: qty.toFixed(),
      totalPrice: total.toFixed(),
      lines,
    }));
  return [...groups.values()];
}
