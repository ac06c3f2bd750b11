/**
 * The monthly report through the HTTP API: parcels released in February 2025, January 2026 and February
 * 2026; the February 2026 report is downloaded as Excel and as PDF, and its cells are checked against the
 * statistics routes' figures (the same use cases), month-on-month, year-on-year and the year to date.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import type { App } from '../../src/http/app.js';
import { monthlyReportPdf, pdfRenders, type MonthlyReportData } from '../../src/modules/statistics/index.js';
import { AppError } from '../../src/shared/app-error.js';
import { EXPORT_CODES } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { releaseExportParcels } from '../helpers/release.js';

interface Money {
  cny: string;
  usd: string | null;
}
interface Overview {
  total: { parcels: number; value: Money; mom: string | null; yoy: string | null };
  activeEnterprises: number;
}
interface Breakdown {
  total: { value: Money };
  rows: { key: string; label: string; parcels: number | null; lines: number | null; value: Money }[];
}

const CHROMIUM = '/usr/bin/chromium';
const SHEETS = [
  '概览',
  '贸易方式',
  '国别（地区）',
  '商品章',
  '企业排名',
  '园区与县区',
  '趋势',
  '目标进展',
  '任务督办',
];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const REPORT = '/api/statistics/reports/monthly';

for (const kind of databaseKinds()) {
  describe(`statistics: the monthly report, Excel and PDF [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    const s = {} as Record<
      'ebc' | 'logistics' | 'agent' | 'commerce' | 'other' | 'province' | 'office',
      Session
    >;

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      for (const [name, code] of [
        ['ebc', EXPORT_CODES.ebc],
        ['logistics', EXPORT_CODES.logistics],
        ['agent', EXPORT_CODES.agent],
      ] as const)
        await makeUser(p, name, 'enterprise', 'zhuzhou', await makeApprovedEnterprise(p, 'zhuzhou', code));
      await makeUser(p, 'commerce', 'commerce', 'zhuzhou');
      await makeUser(p, 'office', 'leading_group', 'zhuzhou');
      await makeUser(p, 'other', 'commerce', 'chenzhou');
      await makeUser(p, 'province', 'commerce', null);
      // Sessions expire as the clock moves: everyone signs in again at each date.
      const at = async (iso: string) => {
        p.clock.set(iso);
        for (const name of ['ebc', 'logistics', 'agent', 'commerce', 'other', 'province', 'office'] as const)
          s[name] = await Session.login(app, name, PASSWORD);
      };
      await at('2025-02-10T02:00:00Z');
      await releaseExportParcels(p, s, 2, 1);
      await at('2026-01-15T02:00:00Z');
      await releaseExportParcels(p, s, 3, 10);
      await at('2026-02-20T02:00:00Z');
      await releaseExportParcels(p, s, 4, 20);
      await at('2026-03-05T02:00:00Z');
      // The provincial commerce department records the 2026 dollar rate the figures convert with.
      const r = await s.province.post('/api/statistics/exchange-rates', {
        currency: '502',
        validFrom: '2026-01-01',
        cnyPerUnit: '7.1',
        source: '月度折算汇率',
      });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal((await s.office.post('/api/governance/tasks/seed')).statusCode, 200);
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    const overview = async (month: string) =>
      json<Overview>(await s.commerce.get(`/api/statistics/overview?period=month&at=${month}`));
    const breakdown = async (by: string) =>
      json<Breakdown>(await s.commerce.get(`/api/statistics/breakdown?period=month&at=2026-02&by=${by}`));

    it('downloads the workbook with its sheets, and its cells are the statistics figures', async () => {
      const r = await s.commerce.get(`${REPORT}.xlsx?month=2026-02`);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.headers['content-type'], XLSX);
      assert.match(
        String(r.headers['content-disposition']),
        /^attachment; filename=".*\.xlsx"; filename\*=UTF-8''/,
      );
      assert.match(
        decodeURIComponent(String(r.headers['content-disposition'])),
        /中国（株洲）跨境电子商务综合试验区-2026-02-月度运行报告\.xlsx/,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(
        wb.worksheets.map((w) => w.name),
        SHEETS,
      );

      const [feb, jan, feb25] = [
        await overview('2026-02'),
        await overview('2026-01'),
        await overview('2025-02'),
      ];
      const o = wb.getWorksheet('概览')!;
      assert.match(o.getCell('A1').text, /中国（株洲）跨境电子商务综合试验区 2026年2月/);
      assert.match(o.getCell('A2').text, /2026-02/);
      assert.deepEqual(
        [o.getCell('A3').value, o.getCell('B3').value, o.getCell('D3').value, o.getCell('G3').value],
        ['指标', '本月（2026-02）', '环比', '本年累计（1–2月）'],
      );
      // Row 4: 进出口总额（元）— this month, last month, month-on-month, a year ago, year-on-year, the year to date.
      assert.equal(o.getCell('A4').value, '进出口总额（元）');
      assert.equal(o.getCell('B4').value, Number(feb.total.value.cny));
      assert.equal(o.getCell('B4').numFmt, '#,##0.00');
      assert.equal(o.getCell('C4').value, Number(jan.total.value.cny));
      assert.equal(o.getCell('D4').value, new Decimal(feb.total.mom!).div(100).toNumber());
      assert.equal(o.getCell('D4').numFmt, '0.00%');
      assert.equal(o.getCell('E4').value, Number(feb25.total.value.cny));
      assert.equal(o.getCell('F4').value, new Decimal(feb.total.yoy!).div(100).toNumber());
      const ytd = new Decimal(feb.total.value.cny).plus(jan.total.value.cny);
      assert.equal(o.getCell('G4').value, ytd.toNumber());
      assert.equal(o.getCell('H4').value, Number(feb25.total.value.cny), 'January 2025 had no trade');
      // Row 5: the same in US dollars; rows 10 and 11: parcels and active enterprises.
      assert.equal(o.getCell('B5').value, Number(feb.total.value.usd));
      assert.equal(o.getCell('A10').value, '放行清单（票）');
      assert.deepEqual(
        [o.getCell('B10').value, o.getCell('C10').value, o.getCell('E10').value, o.getCell('G10').value],
        [4, 3, 2, 7],
      );
      assert.deepEqual([o.getCell('A11').value, o.getCell('B11').value], ['有进出口实绩的电商企业（家）', 1]);
      const texts = o.getColumn(1).values.map(String);
      assert.ok(
        texts.some((t) => t.includes(`本月进出口总额的精确值为 ${feb.total.value.cny} 元`)),
        'the total’s exact text is written beside the number',
      );
      assert.ok(texts.some((t) => t.includes('1 美元 = 7.1 元（自 2026-01-01 起适用')));

      const modes = await breakdown('tradeMode');
      const m = wb.getWorksheet('贸易方式')!;
      assert.equal(m.views[0]?.state, 'frozen');
      assert.equal(m.getCell('A4').value, '出口 · 跨境电商零售（9610）');
      assert.equal(m.getCell('A4').value, modes.rows[0]!.label);
      assert.deepEqual(
        [m.getCell('B4').value, m.getCell('C4').value, m.getCell('E4').value],
        [4, Number(feb.total.value.cny), 1],
      );
      assert.equal(m.getCell('A5').value, '合计');
      assert.equal(m.getCell('C5').value, Number(modes.total.value.cny));
      assert.equal(m.getCell('C6').value, 0, 'the check row: rows − total');
      assert.equal(m.pageSetup.orientation, 'landscape');
      assert.equal(m.pageSetup.paperSize, 9);

      const countries = await breakdown('country');
      const c = wb.getWorksheet('国别（地区）')!;
      assert.deepEqual(
        [c.getCell('A4').value, c.getCell('B4').value, c.getCell('C4').value, c.getCell('D4').value],
        [
          countries.rows[0]!.label,
          countries.rows[0]!.key,
          countries.rows[0]!.lines,
          Number(countries.rows[0]!.value.cny),
        ],
      );
      assert.equal(countries.rows[0]!.key, '502');

      const e = wb.getWorksheet('企业排名')!;
      assert.deepEqual([e.getCell('A4').value, e.getCell('C4').value], [1, EXPORT_CODES.ebc]);

      const t = wb.getWorksheet('趋势')!;
      const months = t.getColumn(1).values.slice(4).map(String);
      assert.equal(months.length, 12);
      assert.deepEqual([months[0], months[11]], ['2025-03', '2026-02']);

      const g = wb.getWorksheet('目标进展')!;
      assert.equal(g.getCell('A4').value, '到2025年，引进和培育10家以上跨境电商龙头企业');
      const board = wb.getWorksheet('任务督办')!;
      const last = board.getRow(board.rowCount);
      assert.deepEqual([last.getCell(1).value, last.getCell(6).value], ['合计', 21]);
    });

    it('prints the PDF with its charts on A4 pages', { skip: !fs.existsSync(CHROMIUM) }, async () => {
      const r = await s.commerce.get(`${REPORT}.pdf?month=2026-02`);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.headers['content-type'], 'application/pdf');
      assert.match(String(r.headers['content-disposition']), /\.pdf/);
      const pdf = r.rawPayload;
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.ok(pdf.length > 20_000, `${pdf.length} bytes`);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      assert.ok(pages.length >= 2, `${pages.length} pages`);
    });

    it(
      'prints at most two PDFs at once; the others wait their turn',
      { skip: !fs.existsSync(CHROMIUM) },
      async () => {
        const asked = [0, 1, 2].map(() => s.commerce.get(`${REPORT}.pdf?month=2026-02`));
        let done = false;
        void Promise.all(asked).then(() => (done = true));
        const seen: { printing: number; waiting: number }[] = [];
        while (!done) {
          seen.push(pdfRenders());
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        for (const r of await Promise.all(asked)) {
          assert.equal(r.statusCode, 200, r.body);
          assert.equal(r.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
        }
        assert.ok(
          seen.every((x) => x.printing <= 2),
          JSON.stringify(seen),
        );
        assert.ok(
          seen.some((x) => x.printing === 2 && x.waiting === 1),
          'the third waited',
        );
        assert.deepEqual(pdfRenders(), { printing: 0, waiting: 0 });
      },
    );

    it('refuses to print without a browser, saying so in both languages', async () => {
      const err: unknown = await monthlyReportPdf({} as MonthlyReportData, {
        chromiumPath: '/nonexistent/chromium',
      }).then(
        () => null,
        (e: unknown) => e,
      );
      assert.ok(err instanceof AppError);
      assert.equal(err.code, 'internal');
      assert.match(err.detail.zh, /Chromium/);
      assert.match(err.detail.en, /CBEC_CHROMIUM_PATH/);
    });

    it('is for the zone’s bureaus: enterprises 403, another zone 404, a bad month 400', async () => {
      for (const ext of ['xlsx', 'pdf']) {
        assert.equal((await s.ebc.get(`${REPORT}.${ext}?month=2026-02`)).statusCode, 403);
        assert.equal((await s.other.get(`${REPORT}.${ext}?zoneCode=zhuzhou&month=2026-02`)).statusCode, 404);
        const bad = await s.commerce.get(`${REPORT}.${ext}?month=2026-13`);
        assert.equal(bad.statusCode, 400);
        assert.match(String(bad.headers['content-type']), /application\/problem\+json/);
        const problem = json<{ errors: { field: string; message: string; messageEn: string }[] }>(bad);
        assert.deepEqual(
          problem.errors.map((x) => [x.field, x.message, x.messageEn]),
          [['month', '月份应为 YYYY-MM，例如 2026-10', 'The month is YYYY-MM, for example 2026-10']],
        );
      }
      let r = await s.commerce.get(`${REPORT}.xlsx`);
      assert.equal(r.statusCode, 400, 'the month is required');
      r = await s.commerce.get(`${REPORT}.xlsx?month=2026-04`);
      assert.equal(r.statusCode, 400, 'a month still to come');
      r = await s.province.get(`${REPORT}.xlsx?month=2026-02`);
      assert.equal(r.statusCode, 400, 'provincial users name the zone');
      assert.deepEqual(
        json<{ errors: { field: string }[] }>(r).errors.map((x) => x.field),
        ['zoneCode'],
      );
      r = await s.province.get(`${REPORT}.xlsx?zoneCode=zhuzhou&month=2026-02`);
      assert.equal(r.statusCode, 200);
      // The other zone's own report: its figures only, and Chenzhou's goals.
      r = await s.other.get(`${REPORT}.xlsx?month=2026-02`);
      assert.equal(r.statusCode, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      const o = wb.getWorksheet('概览')!;
      assert.match(o.getCell('A1').text, /郴州/);
      assert.equal(o.getCell('B4').value, 0);
    });
  });
}
