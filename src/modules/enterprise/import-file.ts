import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/app-error.js';

/** The import file's columns: Chinese header (as in the template), accepted English header, field. */
export const IMPORT_COLUMNS = [
  { zh: '类型', en: 'kind', field: 'kind', note: '企业 或 个人 / enterprise or individual' },
  { zh: '名称', en: 'name', field: 'name', note: '企业名称或个人姓名' },
  { zh: '统一社会信用代码', en: 'uscc', field: 'uscc', note: '企业必填，18位' },
  { zh: '身份证号码', en: 'residentId', field: 'residentId', note: '个人电商必填，18位' },
  { zh: '企业角色', en: 'roles', field: 'roles', note: '多个以、分隔，如：电商企业、物流企业' },
  { zh: '海关编码', en: 'customsCode', field: 'customsCode', note: '10位' },
  { zh: '县市区', en: 'district', field: 'district', note: '如：醴陵市' },
  { zh: '园区', en: 'park', field: 'park', note: '' },
  { zh: '经营地址', en: 'address', field: 'address', note: '' },
  { zh: '联系人', en: 'contactName', field: 'contactName', note: '' },
  { zh: '联系电话', en: 'contactPhone', field: 'contactPhone', note: '手机或带区号的固定电话' },
  { zh: '电子邮箱', en: 'contactEmail', field: 'contactEmail', note: '' },
] as const;

export const MAX_IMPORT_ROWS = 20000;

export interface ImportRow {
  /** The row's number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  values: Record<string, string>;
}

const headerToField = new Map<string, string>(
  IMPORT_COLUMNS.flatMap((c) => [
    [c.zh, c.field],
    [c.en.toLowerCase(), c.field],
  ]),
);

function fieldsOf(headers: string[]): (string | undefined)[] {
  const fields = headers.map((h) => headerToField.get(h.trim()) ?? headerToField.get(h.trim().toLowerCase()));
  if (!fields.includes('name'))
    throw AppError.field('file', 'bad_header', {
      zh: '首行应为表头（请使用导入模板）：缺少“名称”列',
      en: 'The first row must be the header (use the template): the "name" column is missing',
    });
  return fields;
}

/** Text of a spreadsheet cell; long numbers typed into number cells have lost digits and are refused. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : `#NUMBER:${value}`;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
  }
  return typeof value === 'boolean' ? String(value) : '';
}

/** Reads an .xlsx or .csv import file into rows keyed by field name. */
export async function readImportFile(content: Buffer, filename: string): Promise<ImportRow[]> {
  const ext = path.extname(filename).toLowerCase();
  let table: string[][];
  if (ext === '.csv') {
    const records: unknown = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true });
    table = records as string[][];
  } else if (ext === '.xlsx') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw AppError.field('file', 'unreadable', {
        zh: '无法读取该 Excel 文件',
        en: 'The Excel file cannot be read',
      });
    }
    const ws = wb.worksheets[0];
    table = [];
    ws?.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
      table[n - 1] = cells;
    });
    table = Array.from(table, (r) => r ?? []);
  } else {
    throw AppError.field('file', 'unsupported_type', {
      zh: '仅支持 .xlsx 或 .csv 文件',
      en: 'Only .xlsx and .csv files are accepted',
    });
  }
  const [header, ...body] = table;
  if (!header) throw AppError.field('file', 'empty', { zh: '文件为空', en: 'The file is empty' });
  const fields = fieldsOf(header);
  if (body.length > MAX_IMPORT_ROWS)
    throw AppError.field('file', 'too_many_rows', {
      zh: `单个文件最多 ${MAX_IMPORT_ROWS} 行，请拆分后导入`,
      en: `At most ${MAX_IMPORT_ROWS} rows per file; split it`,
    });
  const rows: ImportRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const values: Record<string, string> = {};
    fields.forEach((f, c) => {
      if (f && cells[c] !== undefined && cells[c].trim() !== '') values[f] = cells[c].trim();
    });
    rows.push({ row: i + 2, values });
  });
  return rows;
}

/** The import template: the header row, one example row, text-formatted cells, and notes. */
export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业备案');
  ws.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.zh,
    key: c.field,
    width: Math.max(12, c.zh.length * 3),
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow({
    kind: '企业',
    name: '示例跨境电商有限公司',
    uscc: '91430200MADEM0000F',
    roles: '电商企业、物流企业',
    customsCode: '4302960ABC',
    district: '天元区',
    park: '株洲跨境电商产业园',
    address: '湖南省株洲市天元区示例路1号',
    contactName: '张三',
    contactPhone: '13800000000',
    contactEmail: 'demo@example.com',
  });
  const notes = wb.addWorksheet('填写说明');
  notes.columns = [
    { header: '列', key: 'col', width: 20 },
    { header: '说明', key: 'note', width: 60 },
  ];
  for (const c of IMPORT_COLUMNS) notes.addRow({ col: `${c.zh} (${c.en})`, note: c.note });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
