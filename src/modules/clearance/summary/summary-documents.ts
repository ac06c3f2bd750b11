import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { produceCebMessage } from '../messages/produce.js';
import { readerScope } from '../reader-scope.js';
import { toSummaryView, type SummaryView } from './build-summary-declarations.js';
import { summaryRepository } from './summary.repository.js';

/** yyyyMMddHHmmss in China Standard Time, the CEB date-time format. */
function cebTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function load(
  ctx: Ctx,
  id: string,
): Promise<{ summary: SummaryView; invtNos: string[]; inventories: { invtNo: string; parcelId: string }[] }> {
  const actor = authorize(ctx, 'clearance:read');
  const row = await summaryRepository.find(ctx.db, id, await readerScope(ctx, actor));
  if (!row) throw AppError.notFound({ zh: '该汇总申报', en: 'Summary declaration' });
  const links = await summaryRepository.invtNos(ctx.db, id);
  return {
    summary: toSummaryView(row),
    invtNos: links.map((l) => l.invt_no),
    inventories: links.map((l) => ({ invtNo: l.invt_no, parcelId: l.parcel_id })),
  };
}

export async function listSummaries(ctx: Ctx, page: { page: number; pageSize: number }) {
  const actor = authorize(ctx, 'clearance:read');
  const { items, total } = await summaryRepository.list(ctx.db, await readerScope(ctx, actor), page);
  return { items: items.map(toSummaryView), total, ...page };
}

export async function getSummary(ctx: Ctx, id: string) {
  const { summary, invtNos, inventories } = await load(ctx, id);
  return { ...summary, invtNos, inventories };
}

/**
 * The summary application CEB701 for one summary declaration (customs-ceb.md §3 "CEB701"): the list of
 * inventories, the declaring agent also as the broker of the resulting 报关单. dxpId is the agent's
 * e-port exchange id, which the platform does not hold: the caller gives it.
 */
export async function summaryApplication(ctx: Ctx, id: string, dxpId: string): Promise<string> {
  const { summary, invtNos } = await load(ctx, id);
  const h = summary.head;
  const now = ctx.clock.now();
  return produceCebMessage('CEB701', {
    guid: randomUUID().toUpperCase(),
    version: '1.0',
    SummaryApply: [
      {
        SummaryApplyHead: {
          guid: randomUUID().toUpperCase(),
          appType: '1',
          appTime: cebTime(now),
          appStatus: '2',
          customsCode: h.customsCode,
          copNo: summary.id.replace(/-/g, '').slice(0, 30),
          agentCode: h.agentCode,
          agentName: h.agentName,
          ebcCode: h.ebcCode,
          ebcName: h.ebcName,
          declAgentCode: h.agentCode,
          declAgentName: h.agentName,
          summaryFlag: summary.summaryFlag,
          // "1": merged by the enterprise's own item names, which the VAT refund needs (§5).
          itemNameFlag: '1',
          msgCount: 1,
          msgSeqNo: 1,
        },
        SummaryApplyList: invtNos.map((invtNo) => ({ invtNo })),
      },
    ],
    BaseTransfer: { copCode: h.agentCode, copName: h.agentName, dxpMode: 'DXP', dxpId },
  });
}

/** A readable Excel report of one summary declaration: head, merged goods, inventories. */
export async function summaryWorkbook(ctx: Ctx, id: string): Promise<Buffer> {
  const { summary, invtNos } = await load(ctx, id);
  const h = summary.head;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cbec-zone';
  const head = wb.addWorksheet('汇总申报单');
  head.columns = [
    { header: '项目', key: 'k', width: 22 },
    { header: '内容', key: 'v', width: 44 },
  ];
  for (const [k, v] of [
    ['汇总期间', `${summary.periodFrom} 至 ${summary.periodTo}（不含）`],
    ['申报地海关', h.customsCode],
    ['出境关别', h.portCode],
    ['申报企业', `${h.agentName}（${h.agentCode}）`],
    ['收发货人', `${h.ebcName}（${h.ebcCode}）`],
    ['生产销售单位', h.ownerCode ?? '（不区分）'],
    ['运输方式', h.trafMode],
    ['运抵国', h.country],
    ['监管方式', h.tradeMode],
    ['汇总方式', summary.summaryFlag === '1' ? '按收发货人' : '按收发货人＋生产销售单位'],
    ['清单数', String(summary.inventoryCount)],
  ])
    head.addRow({ k, v });
  head.getRow(1).font = { bold: true };
  const items = wb.addWorksheet('商品');
  items.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '商品编码', key: 'gcode', width: 12 },
    { header: '商品名称', key: 'gname', width: 24 },
    { header: '规格型号（申报要素）', key: 'gmodel', width: 30 },
    { header: '最终目的国', key: 'country', width: 10 },
    { header: '币制', key: 'currency', width: 8 },
    { header: '计量单位', key: 'unit', width: 8 },
    { header: '数量', key: 'qty', width: 12 },
    { header: '总价', key: 'totalPrice', width: 14 },
    { header: '合并清单行数', key: 'lines', width: 12 },
  ];
  summary.items.forEach((i, n) =>
    items.addRow({ n: n + 1, ...i, qty: Number(i.qty), totalPrice: Number(i.totalPrice) }),
  );
  items.getColumn('totalPrice').numFmt = '#,##0.00';
  items.getRow(1).font = { bold: true };
  items.views = [{ state: 'frozen', ySplit: 1 }];
  const invts = wb.addWorksheet('清单');
  invts.columns = [{ header: '清单编号', key: 'invtNo', width: 24 }];
  for (const invtNo of invtNos) invts.addRow({ invtNo });
  invts.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
