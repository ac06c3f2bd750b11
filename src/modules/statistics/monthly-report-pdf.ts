import fs from 'node:fs';
import { Decimal } from 'decimal.js';
import type { EChartsCoreOption } from 'echarts/core';
import pLimit from 'p-limit';
import { AppError } from '../../shared/app-error.js';
import {
  GOAL_STATUS_ZH,
  monthLabel,
  reportNotes,
  SAMPLE_STATUS_ZH,
  TASK_STATUS_ZH,
  type KpiRow,
  type MonthlyReportData,
} from './monthly-report.js';
import type { Breakdown } from './trade-statistics.js';

/**
 * The monthly report as a printable PDF: an HTML page in Chinese with charts drawn on the server by
 * ECharts as SVG (no script runs in the page), printed to A4 by the system's Chromium. The tables are the
 * workbook's, shortened to the first rows; the workbook has them whole.
 */
export async function monthlyReportPdf(
  data: MonthlyReportData,
  opts: { chromiumPath: string },
): Promise<Buffer> {
  // Told before any work: a server without the browser answers at once.
  if (!fs.existsSync(opts.chromiumPath))
    throw unavailable({ zh: '未找到 Chromium 浏览器', en: 'Chromium was not found' });
  const html = await monthlyReportHtml(data);
  return renders(() => printPdf(html, opts.chromiumPath, reportTitle(data)));
}

/**
 * Each PDF starts a browser of its own (a few hundred MiB, most of a core while it prints): at most two
 * print at once, and the requests beyond wait their turn, so many bureau users asking at the same
 * moment cannot exhaust the server's memory.
 */
const renders = pLimit(2);

/** The PDFs printing and waiting to print, for tests and monitoring. */
export const pdfRenders = (): { printing: number; waiting: number } => ({
  printing: renders.activeCount,
  waiting: renders.pendingCount,
});

const reportTitle = (d: MonthlyReportData) => `${d.zoneName} ${monthLabel(d.month)} 跨境电商月度运行报告`;

const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';
/** Rows of each table in the PDF; the workbook lists them all. */
const TOP = 10;
/** A4 at 96 dpi, 12 mm side margins: the printable width in CSS pixels. */
const PAGE_WIDTH = 700;

// The closed list of error codes has no "service unavailable": a missing browser is the server's fault (500).
const unavailable = (why: { zh: string; en: string }) =>
  new AppError('internal', {
    zh: `PDF 生成服务暂不可用：${why.zh}。请安装 Debian 的 chromium 包，或以 CBEC_CHROMIUM_PATH 指定浏览器路径；Excel 版不受影响。`,
    en: `PDF rendering is unavailable: ${why.en}. Install Debian's chromium package or set CBEC_CHROMIUM_PATH; the Excel report is not affected.`,
  });

async function printPdf(html: string, chromiumPath: string, footer: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  } catch (e) {
    throw Object.assign(unavailable({ zh: 'Chromium 无法启动', en: 'Chromium could not be started' }), {
      cause: e,
    });
  }
  try {
    // The page is self-contained: no script, and nothing may be fetched from anywhere.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: `<div style="width:100%;font-size:8px;color:#666;text-align:center;font-family:${esc(FONT)}">${esc(footer)} · 第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页</div>`,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}

/** The report's HTML page (exported for tests and previews). */
export async function monthlyReportHtml(d: MonthlyReportData): Promise<string> {
  const charts = await renderCharts(d);
  const title = reportTitle(d);
  const o = d.overview;
  const kpi = (key: string) => d.kpis.find((k) => k.key === key)!;
  const summary =
    `本月跨境电商进出口 ${wan(o.total.value.cny)} 万元（${o.total.value.usd === null ? '美元数未知' : `${wan(o.total.value.usd)} 万美元`}），` +
    `同比 ${pct(o.total.yoy)}，环比 ${pct(o.total.mom)}；其中出口 ${wan(o.export.value.cny)} 万元，进口 ${wan(o.import.value.cny)} 万元；` +
    `放行清单 ${int(o.total.parcels)} 票，有进出口实绩的电商企业 ${o.activeEnterprises} 家。` +
    `本年累计（1–${Number(d.month.slice(5))}月）${wan(kpi('total_cny').ytd)} 万元，同比 ${pct(kpi('total_cny').ytdYoy)}。`;
  const goalsDone = d.goals.goals.filter((g) => g.status === 'achieved').length;
  const sample = d.sampleReporting
    ? `<p>样本企业 ${d.sampleReporting.total} 家：${Object.entries(d.sampleReporting.counts)
        .map(([k, n]) => `${esc(SAMPLE_STATUS_ZH[k] ?? k)} ${n} 家`)
        .join(
          '，',
        )}。关联店铺线上交易额（企业报送，与清单数据分列）${wan(d.sampleReporting.shopSales.value)} 万元，` +
      `订单 ${int(d.sampleReporting.shopSales.orders)} 笔；` +
      (d.sampleReporting.climate.composite === null
        ? '本月无样本企业作答景气问卷。</p>'
        : `景气指数 ${d.sampleReporting.climate.composite}（50 为荣枯线，${d.sampleReporting.climate.respondents} 家作答）。</p>`)
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
  * { box-sizing: border-box; }
  body { font-family: ${FONT}; font-size: 10pt; color: #222; margin: 0; }
  h1 { font-size: 19pt; text-align: center; margin: 2mm 0 1mm; letter-spacing: 1px; }
  .sub { text-align: center; color: #555; margin: 0 0 4mm; }
  h2 { font-size: 13pt; border-left: 4px solid #1f5fa8; padding-left: 6px; margin: 6mm 0 2mm; break-after: avoid; }
  p { line-height: 1.6; margin: 1mm 0 2mm; }
  table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 1mm 0 2mm; }
  th, td { border: 1px solid #bfbfbf; padding: 2px 4px; }
  th { background: #ddebf7; font-weight: bold; }
  tr { break-inside: avoid; }
  td.n { text-align: right; white-space: nowrap; }
  tr.total td { font-weight: bold; background: #f2f2f2; }
  .chart { text-align: center; margin: 1mm 0; break-inside: avoid; }
  .up { color: #c00000; } .down { color: #007a33; }
  .section { break-inside: avoid; }
  ul.notes { font-size: 8.5pt; color: #444; padding-left: 5mm; }
  ul.notes li { margin: 1mm 0; }
</style></head>
<body>
<h1>${esc(d.zoneName)}</h1>
<h1>跨境电商月度运行报告 · ${esc(monthLabel(d.month))}</h1>
<div class="sub">统计月份 ${esc(d.month)} · 生成于 ${esc(d.asOf)}${d.monthComplete ? '' : '（本月尚未结束）'} · 数据来源：平台已放行清单</div>

<h2>一、主要指标</h2>
<p>${esc(summary)}</p>
${kpiTable(d)}

<h2>二、近 12 个月走势</h2>
<div class="chart">${charts.trend}</div>

<div class="section">
<h2>三、贸易方式</h2>
<div class="chart">${charts.tradeMode}</div>
${breakdownTable(d.breakdowns.tradeMode, '贸易方式', 'parcels')}
</div>

<div class="section">
<h2>四、国别（地区）</h2>
<div class="chart">${charts.country}</div>
${breakdownTable(d.breakdowns.country, '国别（地区）', 'lines')}
</div>

<div class="section">
<h2>五、商品章</h2>
<div class="chart">${charts.hsChapter}</div>
${breakdownTable(d.breakdowns.hsChapter, 'HS 商品章', 'lines')}
</div>

<h2>六、企业排名（前 ${TOP} 名）</h2>
${breakdownTable(d.breakdowns.enterprise, '电商企业', 'parcels', true)}

<h2>七、园区与县区</h2>
${breakdownTable(d.breakdowns.park, '园区', 'parcels')}
${breakdownTable(d.breakdowns.district, '县市区', 'parcels')}

<div class="section">
<h2>八、目标进展</h2>
<p>按 ${esc(d.goals.asOf)} 评估：${d.goals.goals.length} 项目标，已实现 ${goalsDone} 项。</p>
${d.goals.goals.length ? `<div class="chart">${charts.goals}</div>` : '<p>本综试区的实施方案未设定可量化的目标。</p>'}
${goalsTable(d)}
</div>

<div class="section">
<h2>九、任务督办</h2>
${tasksTable(d)}
${sample}
</div>

<h2>说明</h2>
<ul class="notes">${reportNotes(d)
    .map((n) => `<li>${esc(n)}</li>`)
    .join('')}</ul>
</body></html>`;
}

function kpiTable(d: MonthlyReportData): string {
  const cell = (k: KpiRow, v: string | null) =>
    `<td class="n">${k.kind === 'money' ? money(v) : int(v)}</td>`;
  const rows = d.kpis
    .map(
      (k) =>
        `<tr><td>${esc(k.label)}</td>${cell(k, k.current)}${cell(k, k.previous)}${growth(k.mom)}${cell(k, k.lastYear)}${growth(k.yoy)}${cell(k, k.ytd)}${growth(k.ytdYoy)}</tr>`,
    )
    .join('');
  return `<table><thead><tr><th>指标</th><th>本月</th><th>上月</th><th>环比</th><th>去年同月</th><th>同比</th><th>本年累计</th><th>累计同比</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function breakdownTable(b: Breakdown, what: string, count: 'parcels' | 'lines', rank = false): string {
  if (!b.rows.length) return `<p>${esc(what)}：本月无数据。</p>`;
  const shown = b.rows.slice(0, TOP);
  const more = b.rows.length - shown.length + (b.rest ? 1 : 0);
  const rows = shown
    .map(
      (r, i) =>
        `<tr>${rank ? `<td class="n">${i + 1}</td>` : ''}<td>${esc(r.label)}</td><td class="n">${int(count === 'lines' ? r.lines : r.parcels)}</td><td class="n">${money(r.value.cny)}</td><td class="n">${money(r.value.usd)}</td><td class="n">${r.share === null ? '—' : `${r.share}%`}</td>${growth(r.yoy)}</tr>`,
    )
    .join('');
  const total = `<tr class="total">${rank ? '<td></td>' : ''}<td>合计${more ? `（含其余 ${more} 项）` : ''}</td><td class="n">${int(count === 'lines' ? b.total.lines : b.total.parcels)}</td><td class="n">${money(b.total.value.cny)}</td><td class="n">${money(b.total.value.usd)}</td><td class="n">100%</td><td></td></tr>`;
  return `<table><thead><tr>${rank ? '<th>排名</th>' : ''}<th>${esc(what)}</th><th>${count === 'lines' ? '商品行数' : '清单（票）'}</th><th>货值（元）</th><th>货值（美元）</th><th>占比</th><th>同比</th></tr></thead><tbody>${rows}${total}</tbody></table>`;
}

function goalsTable(d: MonthlyReportData): string {
  if (!d.goals.goals.length) return '';
  const rows = d.goals.goals
    .map((g) => {
      const n = (v: string | null) => (v === null ? '—' : g.unit === 'count' ? group(v) : money(v));
      return `<tr><td>${esc(g.source.words)}（${esc(g.source.article)}）</td><td class="n">${n(g.target)}</td><td class="n">${n(g.value)}</td><td class="n">${g.share === null ? '—' : `${(g.share * 100).toFixed(2)}%`}</td><td class="n">${n(g.expected)}</td><td>${esc(GOAL_STATUS_ZH[g.status] ?? g.status)}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>目标（实施方案原文）</th><th>目标值</th><th>当前值</th><th>完成率</th><th>线性进度应达</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function tasksTable(d: MonthlyReportData): string {
  if (!d.tasks.total) return '<p>本综试区尚未载入责任清单任务。</p>';
  const statuses = ['not_started', 'in_progress', 'completed', 'overdue'] as const;
  const row = (unit: string, counts: Record<(typeof statuses)[number], number>, total: number, cls = '') =>
    `<tr${cls}><td>${esc(unit)}</td>${statuses.map((s) => `<td class="n${s === 'overdue' && counts[s] ? ' up' : ''}">${counts[s]}</td>`).join('')}<td class="n">${total}</td></tr>`;
  const shown = [...d.tasks.rows].sort((a, b) => b.counts.overdue - a.counts.overdue || b.total - a.total);
  return `<p>截至 ${esc(d.tasks.asOf)}：责任清单任务 ${d.tasks.total} 项，已完成 ${d.tasks.totals.completed} 项，逾期 ${d.tasks.totals.overdue} 项。</p>
<table><thead><tr><th>牵头单位</th>${statuses.map((s) => `<th>${TASK_STATUS_ZH[s]}</th>`).join('')}<th>合计</th></tr></thead><tbody>${shown
    .map((r) => row(r.unit, r.counts, r.total))
    .join('')}${row('合计', d.tasks.totals, d.tasks.total, ' class="total"')}</tbody></table>`;
}

const GOAL_NAMES: Record<string, string> = {
  leading_enterprises: '龙头企业',
  parks: '产业园',
  talents: '人才培养',
  innovation_pilots: '创新试点',
  cbec_trade_value: '交易额',
};

/** The charts as SVG strings, rendered on the server (ECharts' SSR: no DOM, no canvas). */
async function renderCharts(d: MonthlyReportData): Promise<Record<string, string>> {
  const echarts = await import('echarts/core');
  const { BarChart, LineChart, PieChart } = await import('echarts/charts');
  const { GridComponent, LegendComponent, TitleComponent } = await import('echarts/components');
  const { SVGRenderer } = await import('echarts/renderers');
  echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);
  const svg = (option: EChartsCoreOption, width = PAGE_WIDTH, height = 240): string => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
      return chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
  };
  // Chart scales only: the tables carry the exact amounts.
  const wanOf = (v: string | null) =>
    v === null ? null : new Decimal(v).div(10_000).toDecimalPlaces(2).toNumber();
  const empty = ''; // the table below says there is no data
  const bars = (b: Breakdown, color: string) => {
    const rows = b.rows.slice(0, TOP).reverse();
    return rows.length
      ? svg(
          {
            grid: {
              left: 8,
              right: 60,
              top: 10,
              bottom: 24,
              outerBoundsMode: 'same',
              outerBoundsContain: 'axisLabel',
            },
            xAxis: { type: 'value', name: '万元', nameLocation: 'end' },
            yAxis: { type: 'category', data: rows.map((r) => r.label) },
            series: [
              {
                type: 'bar',
                data: rows.map((r) => wanOf(r.value.cny)),
                itemStyle: { color },
                label: { show: true, position: 'right' },
                barMaxWidth: 18,
              },
            ],
          },
          PAGE_WIDTH,
          Math.max(120, 26 * rows.length + 40),
        )
      : empty;
  };
  const months = d.trend.map((p) => p.key);
  const trend = svg({
    legend: { top: 0, data: ['进出口', '出口', '进口'] },
    grid: {
      left: 8,
      right: 16,
      top: 32,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: '万元' },
    series: [
      // The total as bars, so its parts' lines stay visible when one direction makes all of it.
      {
        name: '进出口',
        type: 'bar',
        data: d.trend.map((p) => wanOf(p.value.cny)),
        color: '#9dc3e6',
        barMaxWidth: 28,
      },
      { name: '出口', type: 'line', data: d.trend.map((p) => wanOf(p.export.cny)), color: '#e6792b' },
      { name: '进口', type: 'line', data: d.trend.map((p) => wanOf(p.import.cny)), color: '#3a9e5c' },
    ],
  });
  const modes = d.breakdowns.tradeMode.rows;
  const tradeMode = modes.length
    ? svg(
        {
          legend: { orient: 'vertical', right: 10, top: 'middle' },
          series: [
            {
              type: 'pie',
              radius: ['35%', '65%'],
              center: ['32%', '50%'],
              data: modes.map((r) => ({ name: r.label, value: wanOf(r.value.cny) })),
              label: { formatter: '{d}%' },
            },
          ],
        },
        PAGE_WIDTH,
        220,
      )
    : empty;
  const goalRows = [...d.goals.goals].reverse();
  const goals = svg(
    {
      legend: { top: 0, data: ['完成率', '线性进度应达'] },
      grid: {
        left: 8,
        right: 50,
        top: 30,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'value',
        name: '%',
        max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
      },
      yAxis: {
        type: 'category',
        data: goalRows.map((g) => `${GOAL_NAMES[g.indicator] ?? g.indicator}（${g.deadlineYear}）`),
      },
      series: [
        {
          name: '完成率',
          type: 'bar',
          data: goalRows.map((g) => (g.share === null ? 0 : Number((g.share * 100).toFixed(2)))),
          itemStyle: { color: '#1f5fa8' },
          label: { show: true, position: 'right', formatter: '{c}%' },
          barMaxWidth: 14,
        },
        {
          name: '线性进度应达',
          type: 'bar',
          data: goalRows.map((g) =>
            Number(new Decimal(g.expected).div(g.target).times(100).toDecimalPlaces(2).toFixed(2)),
          ),
          itemStyle: { color: '#bfbfbf' },
          barMaxWidth: 14,
        },
      ],
    },
    PAGE_WIDTH,
    Math.max(140, 44 * goalRows.length + 50),
  );
  return {
    trend,
    tradeMode,
    country: bars(d.breakdowns.country, '#1f5fa8'),
    hsChapter: bars(d.breakdowns.hsChapter, '#e6792b'),
    goals,
  };
}

function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Thousands separators on a decimal string, without passing through a float. */
function group(v: string): string {
  const [int, frac] = v.split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = sign ? int!.slice(1) : int!;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}
const money = (v: string | null) => (v === null ? '—' : group(new Decimal(v).toFixed(2)));
const int = (v: string | number | null) => (v === null ? '—' : group(String(v)));
/** 万元 with 2 decimals, half-up, for the summary sentence. */
const wan = (v: string | null) =>
  v === null ? '—' : group(new Decimal(v).div(10_000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
const pct = (v: string | null) =>
  v === null ? '—（无可比基数）' : `${new Decimal(v).gte(0) ? '+' : ''}${v}%`;
/** Growth cell: red up, green down, as Chinese reports colour them. */
const growth = (v: string | null) =>
  v === null
    ? '<td class="n">—</td>'
    : `<td class="n ${new Decimal(v).gt(0) ? 'up' : new Decimal(v).lt(0) ? 'down' : ''}">${new Decimal(v).gte(0) ? '+' : ''}${v}%</td>`;
