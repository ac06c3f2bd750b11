import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import type { GoalAssessment } from '../governance/index.js';
import {
  GOAL_STATUS_ZH,
  monthLabel,
  reportNotes,
  SAMPLE_STATUS_ZH,
  TASK_STATUS_ZH,
  type MonthlyReportData,
} from './monthly-report.js';
import type { Breakdown, Figure, Money } from './trade-statistics.js';

/**
 * The monthly report as an Excel workbook, one formatted sheet per part. Amounts are written as numbers
 * (Excel has no decimals) from the report's cent strings, which a double holds exactly enough for
 * display; every breakdown ends with its total and a check row, and the overview names the total's exact
 * text, so a reader can reconcile the workbook with the platform's figures.
 */
export async function monthlyReportWorkbook(data: MonthlyReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cbec-zone';
  wb.title = `${data.zoneName} ${monthLabel(data.month)} 月度运行报告`;
  wb.created = new Date(data.generatedAt);
  overviewSheet(wb, data);
  breakdownSheet(wb, data, '贸易方式', data.breakdowns.tradeMode, '贸易方式', {
    code: false,
    count: 'parcels',
  });
  breakdownSheet(wb, data, '国别（地区）', data.breakdowns.country, '国别（地区）', {
    code: '海关国别代码',
    count: 'lines',
  });
  breakdownSheet(wb, data, '商品章', data.breakdowns.hsChapter, 'HS 商品章', {
    code: '章号',
    count: 'lines',
  });
  breakdownSheet(wb, data, '企业排名', data.breakdowns.enterprise, '电商企业', {
    code: '海关编码',
    count: 'parcels',
    rank: true,
  });
  parksAndCountiesSheet(wb, data);
  trendSheet(wb, data);
  goalsSheet(wb, data);
  tasksSheet(wb, data);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Kind = 'text' | 'money' | 'count' | 'percent' | 'fraction';
interface Column {
  header: string;
  width: number;
  kind: Kind;
}
type Value = string | number | null | undefined;

const FORMAT: Record<Exclude<Kind, 'text'>, string> = {
  money: '#,##0.00',
  count: '#,##0',
  percent: '0.00%',
  fraction: '0.00%',
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const HEADER_ROW = 3;

/** A sheet with a title row, a subtitle row and a frozen, bold, filled header row; A4 landscape, fit to width. */
function sheet(
  wb: ExcelJS.Workbook,
  d: MonthlyReportData,
  name: string,
  subtitle: string,
  columns: readonly Column[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${d.zoneName} ${monthLabel(d.month)}&C${name}&R第 &P 页，共 &N 页` },
  });
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const last = columns.length;
  ws.mergeCells(1, 1, 1, last);
  ws.mergeCells(2, 1, 2, last);
  const title = ws.getCell(1, 1);
  title.value = `${d.zoneName} ${monthLabel(d.month)} 跨境电商月度运行报告 · ${name}`;
  title.font = { bold: true, size: 14 };
  ws.getRow(1).height = 24;
  const sub = ws.getCell(2, 1);
  sub.value = subtitle;
  sub.font = { italic: true, color: { argb: 'FF595959' } };
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.height = 30;
  return ws;
}

/** Writes one row: amounts and counts as numbers, percents (given in percent) as fractions, blanks as —. */
function put(
  ws: ExcelJS.Worksheet,
  columns: readonly Column[],
  values: readonly Value[],
  style: { bold?: boolean; fill?: ExcelJS.Fill } = {},
): ExcelJS.Row {
  const row = ws.addRow([]);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    const v = values[i];
    cell.border = THIN;
    if (style.bold) cell.font = { bold: true };
    if (style.fill) cell.fill = style.fill;
    // undefined: nothing to say (a total has no rank); null: a figure that is unknown or has no base.
    if (v === undefined) return;
    if (v === null || v === '') {
      cell.value = c.kind === 'text' ? '' : '—';
      if (c.kind !== 'text') cell.alignment = { horizontal: 'right' };
      return;
    }
    if (c.kind === 'text') {
      cell.value = String(v);
      cell.alignment = { wrapText: true, vertical: 'top' };
      return;
    }
    // Percents arrive in percent (33.33); Excel's percent format wants the fraction.
    cell.value = c.kind === 'percent' ? new Decimal(v).div(100).toNumber() : Number(v);
    cell.numFmt = FORMAT[c.kind];
  });
  return row;
}

/** A merged line of text across the sheet's columns (notes). */
function note(ws: ExcelJS.Worksheet, width: number, text: string, bold = false): void {
  const row = ws.addRow([text]);
  ws.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  if (bold) row.getCell(1).font = { bold: true };
  // Merged cells do not grow with their text: give long notes room for about two lines.
  row.height = text.length > 90 ? 32 : 18;
}

function overviewSheet(wb: ExcelJS.Workbook, d: MonthlyReportData): void {
  const cols: Column[] = [
    { header: '指标', width: 30, kind: 'text' },
    { header: `本月（${d.month}）`, width: 18, kind: 'money' },
    { header: `上月（${d.previousMonth}）`, width: 18, kind: 'money' },
    { header: '环比', width: 10, kind: 'percent' },
    { header: `去年同月（${d.lastYearMonth}）`, width: 18, kind: 'money' },
    { header: '同比', width: 10, kind: 'percent' },
    { header: `本年累计（1–${Number(d.month.slice(5))}月）`, width: 20, kind: 'money' },
    { header: '去年同期累计', width: 20, kind: 'money' },
    { header: '累计同比', width: 10, kind: 'percent' },
  ];
  const ws = sheet(
    wb,
    d,
    '概览',
    `统计月份：${monthLabel(d.month)}（${d.month}）；生成时间：${d.generatedAt.replace('T', ' ').slice(0, 19)} UTC；综试区：${d.zoneName}`,
    cols,
  );
  for (const k of d.kpis) {
    const row = put(ws, cols, [
      k.label,
      k.current,
      k.previous,
      k.mom,
      k.lastYear,
      k.yoy,
      k.ytd,
      k.ytdLastYear,
      k.ytdYoy,
    ]);
    if (k.kind === 'count') for (const i of [2, 3, 5, 7, 8]) row.getCell(i).numFmt = FORMAT.count;
  }
  ws.addRow([]);
  const width = cols.length;
  note(ws, width, '贸易方式（本月）', true);
  const modes: Column[] = [
    { header: '贸易方式', width: 0, kind: 'text' },
    { header: '清单（票）', width: 0, kind: 'count' },
    { header: '货值（元）', width: 0, kind: 'money' },
    { header: '占比', width: 0, kind: 'percent' },
    { header: '环比', width: 0, kind: 'percent' },
    { header: '同比', width: 0, kind: 'percent' },
  ];
  const head = ws.addRow(modes.map((m) => m.header));
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center' };
  });
  const labels = new Map(d.breakdowns.tradeMode.rows.map((r) => [r.key, r.label]));
  for (const m of d.overview.byTradeMode)
    put(ws, modes, [labels.get(m.key) ?? m.key, m.parcels, m.value.cny, m.share, m.mom, m.yoy]);
  if (!d.overview.byTradeMode.length) note(ws, width, '本月无放行的跨境电商清单。');
  ws.addRow([]);
  note(ws, width, '说明', true);
  for (const line of reportNotes(d)) note(ws, width, line);
  const t = d.overview.total.value;
  note(
    ws,
    width,
    `核对：本月进出口总额的精确值为 ${t.cny} 元${t.usd === null ? '' : ` / ${t.usd} 美元`}（平台统计接口同值）；金额单元格为按该值写入的数值，显示两位小数。`,
  );
  if (d.sampleReporting) {
    const s = d.sampleReporting;
    const parts = Object.entries(s.counts).map(([k, n]) => `${SAMPLE_STATUS_ZH[k] ?? k} ${n} 家`);
    note(ws, width, `样本企业报送情况：样本企业 ${s.total} 家，${parts.join('，')}。`);
    note(
      ws,
      width,
      `关联店铺线上交易额（企业报送，与清单数据分列）：${s.shopSales.value} 元，订单 ${s.shopSales.orders} 笔，店铺 ${s.shopSales.shops} 家，企业 ${s.shopSales.enterprises} 家。`,
    );
    note(
      ws,
      width,
      s.climate.composite === null
        ? '景气指数：本月无样本企业作答。'
        : `景气指数（扩散指数，50 为荣枯线）：${s.climate.composite}，${s.climate.respondents} 家样本企业作答。`,
    );
  }
}

const moneyOf = (m: Money | null | undefined, c: 'cny' | 'usd') => (m ? m[c] : null);

function breakdownSheet(
  wb: ExcelJS.Workbook,
  d: MonthlyReportData,
  name: string,
  b: Breakdown,
  what: string,
  opts: { code: string | false; count: 'parcels' | 'lines'; rank?: boolean },
): void {
  const cols: Column[] = [
    ...(opts.rank ? [{ header: '排名', width: 6, kind: 'count' as const }] : []),
    { header: what, width: opts.rank ? 36 : 30, kind: 'text' },
    ...(opts.code ? [{ header: opts.code, width: 14, kind: 'text' as const }] : []),
    { header: opts.count === 'lines' ? '商品行数' : '清单（票）', width: 12, kind: 'count' },
    { header: '货值（元）', width: 18, kind: 'money' },
    { header: '货值（美元）', width: 16, kind: 'money' },
    { header: '占比', width: 10, kind: 'percent' },
    { header: `去年同月（元，${d.lastYearMonth}）`, width: 18, kind: 'money' },
    { header: '同比', width: 10, kind: 'percent' },
  ];
  const goods = opts.count === 'lines' ? '；按商品行统计（一票清单的商品可属多个国别或章）' : '';
  const ws = sheet(
    wb,
    d,
    name,
    `${monthLabel(d.month)}，按${what}，货值从大到小${b.rest ? `，列前 ${b.rows.length} 名，其余合为“其他”` : ''}${goods}`,
    cols,
  );
  const lead = (label: string, code: string | null, rank?: number): Value[] => [
    ...(opts.rank ? [rank] : []),
    label,
    ...(opts.code ? [code] : []),
  ];
  const figure = (f: Figure) => [opts.count === 'lines' ? f.lines : f.parcels, f.value.cny, f.value.usd];
  b.rows.forEach((r, i) =>
    put(ws, cols, [
      ...lead(r.label, opts.code ? r.key : null, i + 1),
      ...figure(r),
      r.share,
      moneyOf(r.lastYear, 'cny'),
      r.yoy,
    ]),
  );
  if (!b.rows.length) note(ws, cols.length, '本月无数据。');
  if (b.rest) put(ws, cols, [...lead('其他', null), ...figure(b.rest), null, null, null]);
  put(ws, cols, [...lead('合计', null), ...figure(b.total), b.rows.length ? '100' : null, null, null], {
    bold: true,
    fill: TOTAL_FILL,
  });
  checkRow(
    ws,
    cols,
    lead('核对：各行与“其他”之和 − 合计', null),
    [...b.rows, ...(b.rest ? [b.rest] : [])],
    b.total,
  );
}

/**
 * The difference between the rows' sum and the total, exactly (decimal.js): rows are each rounded to cents,
 * so a few cents' difference is rounding, not a missing row.
 */
function checkRow(
  ws: ExcelJS.Worksheet,
  cols: readonly Column[],
  lead: Value[],
  parts: readonly Figure[],
  total: Figure,
): void {
  const diff = (c: 'cny' | 'usd') => {
    if (total.value[c] === null || parts.some((p) => p.value[c] === null)) return null;
    return parts
      .reduce((a, p) => a.plus(p.value[c]!), new Decimal(0))
      .minus(total.value[c])
      .toFixed(2);
  };
  const cny = diff('cny');
  const usd = diff('usd');
  put(ws, cols, [...lead, null, cny, usd, null, null, null]);
  const ok = cny !== null && new Decimal(cny).isZero();
  note(
    ws,
    cols.length,
    ok
      ? `核对一致：各行之和等于合计 ${total.value.cny} 元。`
      : `核对：合计精确值 ${total.value.cny} 元；差额来自各行分别四舍五入到分。`,
  );
}

function parksAndCountiesSheet(wb: ExcelJS.Workbook, d: MonthlyReportData): void {
  const cols: Column[] = [
    { header: '名称', width: 32, kind: 'text' },
    { header: '清单（票）', width: 12, kind: 'count' },
    { header: '货值（元）', width: 18, kind: 'money' },
    { header: '货值（美元）', width: 16, kind: 'money' },
    { header: '占比', width: 10, kind: 'percent' },
    { header: `去年同月（元，${d.lastYearMonth}）`, width: 18, kind: 'money' },
    { header: '同比', width: 10, kind: 'percent' },
  ];
  const ws = sheet(
    wb,
    d,
    '园区与县区',
    `${monthLabel(d.month)}；电商企业按其备案的园区、县市区归属（以当前备案为准）`,
    cols,
  );
  const block = (title: string, b: Breakdown) => {
    note(ws, cols.length, title, true);
    for (const r of b.rows)
      put(ws, cols, [
        r.label,
        r.parcels,
        r.value.cny,
        r.value.usd,
        r.share,
        moneyOf(r.lastYear, 'cny'),
        r.yoy,
      ]);
    if (b.rest) put(ws, cols, ['其他', b.rest.parcels, b.rest.value.cny, b.rest.value.usd, null, null, null]);
    put(
      ws,
      cols,
      [
        '合计',
        b.total.parcels,
        b.total.value.cny,
        b.total.value.usd,
        b.rows.length ? '100' : null,
        null,
        null,
      ],
      {
        bold: true,
        fill: TOTAL_FILL,
      },
    );
    checkRow(ws, cols, ['核对：各行之和 − 合计'], [...b.rows, ...(b.rest ? [b.rest] : [])], b.total);
  };
  block('一、按园区', d.breakdowns.park);
  ws.addRow([]);
  block('二、按县市区', d.breakdowns.district);
}

function trendSheet(wb: ExcelJS.Workbook, d: MonthlyReportData): void {
  const cols: Column[] = [
    { header: '月份', width: 12, kind: 'text' },
    { header: '进出口（元）', width: 18, kind: 'money' },
    { header: '出口（元）', width: 18, kind: 'money' },
    { header: '进口（元）', width: 18, kind: 'money' },
    { header: '进出口（美元）', width: 18, kind: 'money' },
    { header: '清单（票）', width: 12, kind: 'count' },
    { header: '同比', width: 10, kind: 'percent' },
  ];
  const ws = sheet(
    wb,
    d,
    '趋势',
    `最近 12 个月，截至 ${monthLabel(d.month)}；同比为人民币数对去年同月`,
    cols,
  );
  for (const p of d.trend)
    put(ws, cols, [p.key, p.value.cny, p.export.cny, p.import.cny, p.value.usd, p.parcels, p.yoy]);
}

const UNIT_ZH: Record<GoalAssessment['unit'], string> = { count: '个（家、名）', yuan: '元', usd: '美元' };

function goalsSheet(wb: ExcelJS.Workbook, d: MonthlyReportData): void {
  const cols: Column[] = [
    { header: '目标', width: 40, kind: 'text' },
    { header: '依据', width: 16, kind: 'text' },
    { header: '截止年度', width: 10, kind: 'count' },
    { header: '单位', width: 12, kind: 'text' },
    { header: '目标值', width: 18, kind: 'money' },
    { header: '当前值', width: 18, kind: 'money' },
    { header: '完成率', width: 10, kind: 'fraction' },
    { header: '线性进度应达', width: 18, kind: 'money' },
    { header: '状态', width: 10, kind: 'text' },
    { header: '说明', width: 60, kind: 'text' },
  ];
  const ws = sheet(wb, d, '目标进展', `按 ${d.goals.asOf} 评估；目标与原文取自各综试区实施方案`, cols);
  for (const g of d.goals.goals) {
    const row = put(ws, cols, [
      g.source.words,
      g.source.article,
      g.deadlineYear,
      UNIT_ZH[g.unit],
      g.target,
      g.value,
      g.share,
      g.expected,
      GOAL_STATUS_ZH[g.status] ?? g.status,
      [g.statement.zh, g.note?.zh].filter(Boolean).join(' '),
    ]);
    row.getCell(3).numFmt = '0';
    if (g.unit === 'count') for (const i of [5, 6, 8]) row.getCell(i).numFmt = '#,##0.##';
  }
  if (!d.goals.goals.length) note(ws, cols.length, '本综试区的实施方案未设定可量化的目标。');
}

function tasksSheet(wb: ExcelJS.Workbook, d: MonthlyReportData): void {
  const statuses = ['not_started', 'in_progress', 'completed', 'overdue'] as const;
  const cols: Column[] = [
    { header: '牵头单位', width: 40, kind: 'text' },
    ...statuses.map((s) => ({ header: TASK_STATUS_ZH[s]!, width: 10, kind: 'count' as const })),
    { header: '合计', width: 10, kind: 'count' },
    { header: '完成率', width: 10, kind: 'percent' },
  ];
  const ws = sheet(
    wb,
    d,
    '任务督办',
    `责任清单任务按牵头单位 × 状态计数（截至 ${d.tasks.asOf}；逾期：过了完成时限且未完成）`,
    cols,
  );
  const rate = (done: number, total: number) =>
    total
      ? new Decimal(done).div(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
      : null;
  for (const r of d.tasks.rows)
    put(ws, cols, [r.unit, ...statuses.map((s) => r.counts[s]), r.total, rate(r.counts.completed, r.total)]);
  put(
    ws,
    cols,
    [
      '合计',
      ...statuses.map((s) => d.tasks.totals[s]),
      d.tasks.total,
      rate(d.tasks.totals.completed, d.tasks.total),
    ],
    { bold: true, fill: TOTAL_FILL },
  );
  if (!d.tasks.total) note(ws, cols.length, '本综试区尚未载入责任清单任务。');
}
