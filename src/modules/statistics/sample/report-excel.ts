import ExcelJS from 'exceljs';
import { AppError, type Bilingual, type FieldError } from '../../../shared/app-error.js';

/**
 * The monthly report as one Excel sheet, labelled in Chinese and English: one row per figure (item, value,
 * notes), then the table of the enterprise's shops. The upload is read back into the report's JSON shape,
 * remembering which cell each field came from, so every bad field is named by its cell.
 */

interface FieldRow {
  path: string;
  label: Bilingual;
  note: string;
}

const ANSWER_NOTE = '增加 / 持平 / 减少（up / flat / down）';

export const REPORT_ROWS: readonly FieldRow[] = [
  {
    path: 'month',
    label: { zh: '报告月份', en: 'Month' },
    note: 'YYYY-MM，已结束的月份 / a month that has ended',
  },
  {
    path: 'onlineValue',
    label: { zh: '线上交易额（元）', en: 'Online transaction value (RMB)' },
    note: '本企业当月合计，最多两位小数 / the enterprise’s own total, at most 2 decimals',
  },
  { path: 'orders', label: { zh: '订单数', en: 'Orders' }, note: '整数 / whole number' },
  { path: 'activeShops', label: { zh: '在营店铺数', en: 'Active shops' }, note: '整数 / whole number' },
  { path: 'staff', label: { zh: '从业人员数', en: 'Staff' }, note: '整数 / whole number' },
  {
    path: 'cbecStaff',
    label: { zh: '跨境电商从业人员数', en: 'Cross-border e-commerce staff' },
    note: '不大于从业人员数 / at most the staff',
  },
  {
    path: 'climate.ordersNow',
    label: { zh: '本月订单量较上月', en: 'Orders this month vs last month' },
    note: ANSWER_NOTE,
  },
  {
    path: 'climate.ordersNext',
    label: { zh: '下月订单量预期', en: 'Orders expected next month' },
    note: ANSWER_NOTE,
  },
  {
    path: 'climate.staffNow',
    label: { zh: '本月用工人数较上月', en: 'Staff this month vs last month' },
    note: ANSWER_NOTE,
  },
  {
    path: 'climate.staffNext',
    label: { zh: '下月用工人数预期', en: 'Staff expected next month' },
    note: ANSWER_NOTE,
  },
  {
    path: 'correctionReason',
    label: { zh: '更正原因', en: 'Correction reason' },
    note: '首次报送留空；更正已报月份时必填 / empty the first time; required to correct a reported month',
  },
];

const SHOP_COLUMNS = [
  { key: 'shopId', label: { zh: '店铺编号', en: 'Shop ID' }, width: 40 },
  { key: 'platform', label: { zh: '平台', en: 'Platform' }, width: 16 },
  { key: 'shopName', label: { zh: '店铺名称', en: 'Shop name' }, width: 28 },
  { key: 'salesValue', label: { zh: '线上销售额（元）', en: 'Online sales (RMB)' }, width: 22 },
  { key: 'orders', label: { zh: '订单数', en: 'Orders' }, width: 14 },
] as const;

const both = (l: Bilingual) => `${l.zh} ${l.en}`;
const ANSWERS = '"增加 up,持平 flat,减少 down"';

export const SHEET_NAME = '月度报表 Monthly report';

/** The template: the enterprise's name, the month if given, and one row per filed shop to fill in. */
export async function buildReportTemplate(opts: {
  enterpriseName: string;
  month?: string | undefined;
  shops: readonly { id: string; platform: string; shopName: string }[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME);
  ws.columns = [{ width: 44 }, { width: 28 }, { width: 30 }, { width: 22 }, { width: 14 }];
  ws.getCell('A1').value = '跨境电商企业月度报表 Monthly report of a cross-border e-commerce enterprise';
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = '企业 Enterprise';
  ws.getCell('B2').value = opts.enterpriseName;
  ws.getCell('A3').value =
    '在“填报值”列填写；金额单位为元；店铺表中无销售的店铺可整行留空。Fill in the Value column; amounts in yuan; leave a shop row empty if it had no sales.';
  const header = ws.getRow(4);
  header.values = ['项目 Item', '填报值 Value', '说明 Notes'];
  header.font = { bold: true };
  REPORT_ROWS.forEach((f, i) => {
    const row = ws.getRow(5 + i);
    row.getCell(1).value = both(f.label);
    const value = row.getCell(2);
    value.numFmt = '@';
    if (f.path === 'month' && opts.month) value.value = opts.month;
    if (f.path.startsWith('climate.'))
      value.dataValidation = { type: 'list', allowBlank: false, formulae: [ANSWERS] };
    row.getCell(3).value = f.note;
  });
  const shopHeader = ws.getRow(5 + REPORT_ROWS.length + 1);
  shopHeader.values = SHOP_COLUMNS.map((c) => both(c.label));
  shopHeader.font = { bold: true };
  opts.shops.forEach((s, i) => {
    const row = ws.getRow(shopHeader.number + 1 + i);
    row.values = [s.id, s.platform, s.shopName];
    row.getCell(4).numFmt = '@';
    row.getCell(5).numFmt = '@';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's text; a date typed as a month becomes 'YYYY-MM'. */
function cellText(value: ExcelJS.CellValue, asMonth = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, asMonth ? 7 : 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result, asMonth);
  }
  return typeof value === 'boolean' ? String(value) : '';
}

const ANSWER_WORDS: Record<string, 'up' | 'flat' | 'down'> = {
  增加: 'up',
  上升: 'up',
  增长: 'up',
  up: 'up',
  持平: 'flat',
  不变: 'flat',
  flat: 'flat',
  减少: 'down',
  下降: 'down',
  down: 'down',
};

/** '增加 up' → 'up'; anything else is kept for the schema to refuse. */
function answerOf(text: string): string {
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  return ANSWER_WORDS[first] ?? text;
}

export interface ReadReport {
  /** The report in the JSON shape of `ZReportInput`; empty cells are left out. */
  input: Record<string, unknown>;
  /** Where each field path was read from, and what the sheet calls it. */
  cells: Map<string, { cell: string; label: Bilingual }>;
}

const badTemplate = (what: Bilingual) =>
  AppError.field('file', 'bad_template', {
    zh: `不是月度报表模板：${what.zh}（请下载模板填写）`,
    en: `Not the monthly report template: ${what.en} (download the template)`,
  });

/** Reads an uploaded report. A file that is not the template is refused as a whole; cells are checked later. */
export async function readReportWorkbook(body: Uint8Array): Promise<ReadReport> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw AppError.field('file', 'unreadable', {
      zh: '无法读取该文件，请上传 .xlsx 格式的模板',
      en: 'The file cannot be read; upload the .xlsx template',
    });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badTemplate({ zh: '没有工作表', en: 'no worksheet' });
  const cells = new Map<string, { cell: string; label: Bilingual }>();
  const input: Record<string, unknown> = {};
  const climate: Record<string, unknown> = {};
  const found = new Set<string>();
  let shopHeader = 0;
  ws.eachRow((row, n) => {
    const a = cellText(row.getCell(1).value);
    if (!shopHeader && a.startsWith(SHOP_COLUMNS[0].label.zh)) shopHeader = n;
    if (shopHeader) return;
    const field = REPORT_ROWS.find((f) => a.startsWith(f.label.zh));
    if (!field || found.has(field.path)) return;
    found.add(field.path);
    const cell = row.getCell(2);
    cells.set(field.path, { cell: cell.address, label: field.label });
    const text = cellText(cell.value, field.path === 'month');
    if (text === '') return;
    if (field.path.startsWith('climate.')) climate[field.path.slice(8)] = answerOf(text);
    else input[field.path] = text;
  });
  const missing = REPORT_ROWS.filter((f) => !found.has(f.path));
  if (missing.length)
    throw badTemplate({
      zh: `缺少“${missing.map((f) => f.label.zh).join('、')}”行`,
      en: `the rows ${missing.map((f) => `"${f.label.en}"`).join(', ')} are missing`,
    });
  if (!shopHeader) throw badTemplate({ zh: '缺少店铺表', en: 'the shop table is missing' });
  input.climate = climate;
  const shops: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n <= shopHeader) return;
    const [id, , , value, orders] = [1, 2, 3, 4, 5].map((c) => cellText(row.getCell(c).value));
    // A shop without figures had nothing to report; a row with only its name is left as the template gave it.
    if (!value && !orders) return;
    const i = shops.length;
    const line: Record<string, unknown> = {};
    if (id) line.shopId = id;
    if (value) line.salesValue = value;
    if (orders) line.orders = orders;
    shops.push(line);
    SHOP_COLUMNS.forEach((c, col) => {
      if (c.key === 'shopId' || c.key === 'salesValue' || c.key === 'orders')
        cells.set(`shops.${i}.${c.key}`, { cell: row.getCell(col + 1).address, label: c.label });
    });
  });
  input.shops = shops;
  return { input, cells };
}

/** A field error of the report's JSON shape, named by the cell it came from. */
export function toCellError(e: FieldError, cells: ReadReport['cells']): FieldError {
  const where = cells.get(e.field);
  if (!where) return e;
  return {
    field: where.cell,
    code: e.code,
    message: {
      zh: `${where.cell} ${where.label.zh}：${e.message.zh}`,
      en: `${where.cell} ${where.label.en}: ${e.message.en}`,
    },
  };
}
