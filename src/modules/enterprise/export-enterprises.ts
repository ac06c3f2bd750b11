import ExcelJS from 'exceljs';
import type { Ctx } from '../../shared/context.js';
import { listEnterprises } from './list-enterprises.js';
import type { EnterpriseView } from './enterprise-view.js';

const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '已备案',
  change_submitted: '变更待审核',
  change_returned: '变更已退回',
};

export const MAX_EXPORT_ROWS = 100_000;

/**
 * The register as the caller sees it (same filters and scope as the list), as an Excel workbook.
 * Personal data leaves masked, exactly as in the API.
 */
export async function exportEnterprises(ctx: Ctx, query: Record<string, unknown>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cbec-zone';
  const ws = wb.addWorksheet('备案企业');
  ws.columns = [
    { header: '综试区', key: 'zoneCode', width: 10 },
    { header: '名称', key: 'name', width: 36 },
    { header: '统一社会信用代码 / 身份证号码', key: 'identifier', width: 24 },
    { header: '企业角色', key: 'roles', width: 28 },
    { header: '海关编码', key: 'customsCode', width: 12 },
    { header: '县市区', key: 'district', width: 10 },
    { header: '园区', key: 'park', width: 24 },
    { header: '联系人', key: 'contactName', width: 10 },
    { header: '联系电话', key: 'contactPhone', width: 14 },
    { header: '状态', key: 'status', width: 12 },
    { header: '备案时间', key: 'approvedAt', width: 20 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  let written = 0;
  for (let page = 1; written < MAX_EXPORT_ROWS; page++) {
    const r = await listEnterprises(ctx, { ...query, page, pageSize: 100 });
    for (const e of r.items) ws.addRow(row(e));
    written += r.items.length;
    if (r.items.length < 100 || written >= r.total) break;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function row(e: EnterpriseView) {
  return {
    zoneCode: e.zoneCode,
    name: e.name,
    identifier: e.uscc ?? e.residentIdMasked,
    roles: e.roles.join('、'),
    customsCode: e.customsCode,
    district: e.district,
    park: e.park,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    status: STATUS_ZH[e.status] ?? e.status,
    approvedAt: e.approvedAt?.slice(0, 19).replace('T', ' ') ?? '',
  };
}
