import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import { runSampleRemind } from '../../src/cli/sample.js';
import type { App } from '../../src/http/app.js';
import { shopSalesTotals, listShopSalesRecords } from '../../src/modules/statistics/sample/index.js';
import { makeApprovedEnterprise, makeEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

interface Sample {
  id: string;
  enterpriseId: string;
  fromMonth: string;
  toMonth: string | null;
  state: string;
}
interface Report {
  id: string;
  month: string;
  version: number;
  onlineValue: string;
  shops: { shopId: string; salesValue: string; orders: number; shopName: string }[];
  correctionReason: string | null;
  source: string;
  reportedBy: string | null;
  afterDue: boolean;
}
interface History {
  enterpriseId: string;
  month: string;
  versions: Report[];
}
interface Problem {
  status: number;
  code: string;
  detail: string;
  detailEn: string;
  errors: { field: string; code: string; message: string; messageEn: string }[];
}
interface StatusRow {
  enterpriseId: string;
  status: string;
  latestVersion: number | null;
  reminders: number;
  lastReminderBy: string | null;
}
interface MonthStatus {
  month: string;
  dueDate: string;
  rows: StatusRow[];
  counts: Record<string, number>;
  total: number;
  otherReporters: number;
}
interface Reminder {
  id: string;
  month: string;
  sentBy: string | null;
  sentDay: string;
  readAt: string | null;
}
interface ShopSalesMonth {
  month: string;
  salesValue: string;
  orders: number;
  shops: number;
  enterprises: number;
}
interface Record_ {
  enterpriseId: string;
  enterpriseName: string;
  shopId: string;
  salesValue: string;
  orders: number;
}

/** Multipart body with one file and optional fields. */
function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----cbec${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const climate = (ordersNow: string, ordersNext = 'flat', staffNow = 'flat', staffNext = 'flat') => ({
  ordersNow,
  ordersNext,
  staffNow,
  staffNext,
});

const report = (month: string, extra: Record<string, unknown> = {}) => ({
  month,
  onlineValue: '1250000.50',
  orders: 3200,
  activeShops: 2,
  staff: 40,
  cbecStaff: 12,
  climate: climate('up', 'up', 'flat', 'down'),
  shops: [],
  ...extra,
});

for (const kind of databaseKinds()) {
  describe(`sample enterprises and monthly reports [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    const s = {} as Record<
      'commerce' | 'leading' | 'commerceCz' | 'province' | 'entA' | 'entB' | 'entC' | 'entCz',
      Session
    >;
    /** A: two shops; B: one shop; C: no shop; Cz: Chenzhou, one shop; draft: not approved. */
    const ids = {} as Record<'a' | 'b' | 'c' | 'cz' | 'draft', string>;
    const shops = {} as Record<'a1' | 'a2' | 'b1' | 'cz1', string>;
    const samples = {} as Record<'a' | 'b' | 'c', string>;
    const relogin = async () => {
      for (const name of Object.keys(s) as (keyof typeof s)[])
        s[name] = await Session.login(app, name, PASSWORD);
    };
    const addShop = async (session: Session, enterpriseId: string, name: string) => {
      const r = await session.post(`/api/enterprises/${enterpriseId}/shops`, {
        platform: 'Amazon',
        shopName: name,
        url: `https://shop.example/${encodeURIComponent(name)}`,
        siteCountry: '502',
      });
      assert.equal(r.statusCode, 201, r.body);
      return json<{ id: string }>(r).id;
    };

    before(async () => {
      // 2 March 2026, 16:00 in China: February has ended, its reports are due by 10 March.
      p = await openTestPlatform(kind, '2026-03-02T08:00:00.000Z');
      app = await testApp(p);
      ids.a = await makeApprovedEnterprise(p, 'zhuzhou', '4302960SA1', '株洲甲跨境电商有限公司');
      ids.b = await makeApprovedEnterprise(p, 'zhuzhou', '4302960SB1', '株洲乙跨境电商有限公司');
      ids.c = await makeApprovedEnterprise(p, 'zhuzhou', '4302960SC1', '株洲丙跨境电商有限公司');
      ids.cz = await makeApprovedEnterprise(p, 'chenzhou', '4310960SD1', '郴州丁跨境电商有限公司');
      ids.draft = await makeEnterprise(p, 'zhuzhou');
      for (const [name, role, zone, enterprise] of [
        ['commerce', 'commerce', 'zhuzhou', undefined],
        ['leading', 'leading_group', 'zhuzhou', undefined],
        ['commerceCz', 'commerce', 'chenzhou', undefined],
        ['province', 'auditor', null, undefined],
        ['entA', 'enterprise', 'zhuzhou', ids.a],
        ['entB', 'enterprise', 'zhuzhou', ids.b],
        ['entC', 'enterprise', 'zhuzhou', ids.c],
        ['entCz', 'enterprise', 'chenzhou', ids.cz],
      ] as const) {
        await makeUser(p, name, role, zone, enterprise);
        s[name] = await Session.login(app, name, PASSWORD);
      }
      shops.a1 = await addShop(s.commerce, ids.a, 'Jia Home');
      shops.a2 = await addShop(s.entA, ids.a, 'Jia Outdoor');
      shops.b1 = await addShop(s.entB, ids.b, 'Yi Tools');
      shops.cz1 = await addShop(s.commerceCz, ids.cz, 'Ding Crafts');
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    it('lets the commerce bureau keep the sample list: add, refuse overlaps, end, list; audited', async () => {
      let r = await s.commerce.post('/api/sample/enterprises', { enterpriseId: ids.a, fromMonth: '2025-10' });
      assert.equal(r.statusCode, 201, r.body);
      samples.a = json<Sample>(r).id;
      assert.equal(json<Sample>(r).state, 'active');
      r = await s.commerce.post('/api/sample/enterprises', {
        enterpriseId: ids.b,
        fromMonth: '2025-10',
        toMonth: '2026-12',
      });
      assert.equal(r.statusCode, 201, r.body);
      samples.b = json<Sample>(r).id;
      r = await s.commerce.post('/api/sample/enterprises', { enterpriseId: ids.c, fromMonth: '2026-01' });
      samples.c = json<Sample>(r).id;

      // A span sharing months with another of the same enterprise.
      r = await s.commerce.post('/api/sample/enterprises', {
        enterpriseId: ids.a,
        fromMonth: '2024-01',
        toMonth: '2025-10',
      });
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(json<Problem>(r).errors[0]!.code, 'overlaps');
      // Not in the register yet; of another zone; bad input; not the bureau's to do.
      r = await s.commerce.post('/api/sample/enterprises', { enterpriseId: ids.draft, fromMonth: '2026-01' });
      assert.equal(r.statusCode, 409, r.body);
      r = await s.commerce.post('/api/sample/enterprises', { enterpriseId: ids.cz, fromMonth: '2026-01' });
      assert.equal(r.statusCode, 404, r.body);
      r = await s.commerce.post('/api/sample/enterprises', {
        enterpriseId: 'x',
        fromMonth: '2026-13',
        toMonth: '2025-01',
      });
      assert.equal(r.statusCode, 400);
      assert.deepEqual(
        json<Problem>(r)
          .errors.map((e) => e.field)
          .sort(),
        ['enterpriseId', 'fromMonth'],
      );
      assert.match(r.headers['content-type'] as string, /problem\+json/);
      assert.ok(json<Problem>(r).errors.every((e) => e.message && e.messageEn));
      assert.equal(
        (await s.leading.post('/api/sample/enterprises', { enterpriseId: ids.c, fromMonth: '2026-01' }))
          .statusCode,
        403,
      );

      // B leaves the list after January.
      r = await s.commerce.post(`/api/sample/enterprises/${samples.b}/end`, { toMonth: '2025-09' });
      assert.equal(r.statusCode, 400, r.body);
      r = await s.commerce.post(`/api/sample/enterprises/${samples.b}/end`, { toMonth: '2026-01' });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Sample>(r).toMonth, '2026-01');
      assert.equal(json<Sample>(r).state, 'ended');
      assert.equal(
        (await s.commerceCz.post(`/api/sample/enterprises/${samples.b}/end`, { toMonth: '2026-02' }))
          .statusCode,
        404,
        "another zone's entry is not found",
      );

      const list = json<{ items: Sample[]; total: number }>(await s.leading.get('/api/sample/enterprises'));
      assert.equal(list.total, 3);
      const feb = json<{ items: Sample[] }>(await s.commerce.get('/api/sample/enterprises?month=2026-02'));
      assert.deepEqual(feb.items.map((x) => x.enterpriseId).sort(), [ids.a, ids.c].sort());
      assert.equal(json<{ total: number }>(await s.commerceCz.get('/api/sample/enterprises')).total, 0);
      assert.equal((await s.commerceCz.get('/api/sample/enterprises?zoneCode=zhuzhou')).statusCode, 404);
      assert.equal((await s.entA.get('/api/sample/enterprises')).statusCode, 403);
      assert.equal(
        json<{ total: number }>(await s.province.get('/api/sample/enterprises?zoneCode=zhuzhou')).total,
        3,
      );

      const audit = json<{ items: { action: string }[] }>(
        await s.commerce.get('/api/audit?entityType=sample_enterprise&pageSize=100'),
      );
      assert.deepEqual(audit.items.map((a) => a.action).sort(), [
        'sample.add',
        'sample.add',
        'sample.add',
        'sample.end',
      ]);
    });

    it('files a report with shop lines; a correction is a new version with its reason; history kept', async () => {
      const lines = [
        { shopId: shops.a1, salesValue: '800000.10', orders: 2000 },
        { shopId: shops.a2, salesValue: '300000', orders: '900' },
      ];
      let r = await s.entA.post('/api/sample/reports', report('2026-02', { shops: lines }));
      assert.equal(r.statusCode, 201, r.body);
      const v1 = json<Report>(r);
      assert.equal(v1.version, 1);
      assert.equal(v1.onlineValue, '1250000.50');
      assert.deepEqual(
        v1.shops.map((l) => [l.shopName, l.salesValue, l.orders]),
        [
          ['Jia Home', '800000.10', 2000],
          ['Jia Outdoor', '300000.00', 900],
        ],
      );
      assert.equal(v1.afterDue, false);

      // Again without a reason: refused, nothing filed.
      r = await s.entA.post('/api/sample/reports', report('2026-02', { shops: lines }));
      assert.equal(r.statusCode, 400, r.body);
      assert.deepEqual(
        json<Problem>(r).errors.map((e) => [e.field, e.code]),
        [['correctionReason', 'required']],
      );
      r = await s.entA.post(
        '/api/sample/reports',
        report('2026-02', {
          onlineValue: '1300000.00',
          shops: [{ shopId: shops.a1, salesValue: '820000.00', orders: 2050 }, lines[1]],
          correctionReason: '漏计一笔平台结算款',
        }),
      );
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(json<Report>(r).version, 2);

      const history = json<History>(await s.entA.get(`/api/sample/reports/${ids.a}/2026-02`));
      assert.deepEqual(
        history.versions.map((v) => [v.version, v.onlineValue, v.correctionReason]),
        [
          [2, '1300000.00', '漏计一笔平台结算款'],
          [1, '1250000.50', null],
        ],
      );
      assert.equal(history.versions[0]!.reportedBy, 'entA');
      assert.equal((await s.commerce.get(`/api/sample/reports/${ids.a}/2026-02`)).statusCode, 200);

      // Every bad field at once, in both languages.
      r = await s.entA.post('/api/sample/reports', {
        ...report('2026-03'),
        onlineValue: '12.345',
        staff: 5,
        cbecStaff: 6,
        climate: climate('sideways'),
        shops: [{ shopId: shops.b1, salesValue: '1', orders: 1 }],
      });
      assert.equal(r.statusCode, 400, r.body);
      assert.deepEqual(
        json<Problem>(r)
          .errors.map((e) => e.field)
          .sort(),
        ['cbecStaff', 'climate.ordersNow', 'month', 'onlineValue', 'shops.0.shopId'],
      );
      assert.ok(json<Problem>(r).errors.every((e) => e.message !== e.messageEn));

      // C has no shop and is not sampled for 2025-12: nothing to report.
      r = await s.entC.post('/api/sample/reports', report('2025-12', { activeShops: 0 }));
      assert.equal(r.statusCode, 409, r.body);
      // ...but it is sampled for February: it must report, with no shop lines.
      r = await s.entC.post('/api/sample/reports', report('2026-02', { climate: climate('down', 'down') }));
      assert.equal(r.statusCode, 201, r.body);
      // B is off the list for February but has a filed shop: its report is enterprise data.
      r = await s.entB.post(
        '/api/sample/reports',
        report('2026-02', { shops: [{ shopId: shops.b1, salesValue: '45000.25', orders: 310 }] }),
      );
      assert.equal(r.statusCode, 201, r.body);

      // Another enterprise's report, another zone's: not found, the same as a month never reported.
      const missing = await s.entB.get(`/api/sample/reports/${ids.b}/2025-01`);
      const other = await s.entB.get(`/api/sample/reports/${ids.a}/2026-02`);
      assert.equal(other.statusCode, 404);
      assert.equal(json<Problem>(other).detail, json<Problem>(missing).detail);
      assert.equal((await s.commerceCz.get(`/api/sample/reports/${ids.a}/2026-02`)).statusCode, 404);
      assert.equal((await s.entCz.get(`/api/sample/reports/${ids.a}/2026-02`)).statusCode, 404);
      assert.equal((await s.commerce.post('/api/sample/reports', report('2026-01'))).statusCode, 403);

      const audit = json<{ items: { action: string }[] }>(
        await s.commerce.get('/api/audit?entityType=sample_report&pageSize=100'),
      );
      assert.deepEqual(audit.items.map((a) => a.action).sort(), [
        'sample_report.correct',
        'sample_report.file',
        'sample_report.file',
        'sample_report.file',
      ]);
    });

    it('uploads the Excel template: a bad cell answers every bad cell and files nothing', async () => {
      let r = await s.entA.get('/api/sample/reports/template.xlsx?month=2026-01');
      assert.equal(r.statusCode, 200, r.body);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const rowOf = (label: string) => {
        let found = 0;
        ws.eachRow((row, n) => {
          if (!found && row.getCell(1).text.startsWith(label)) found = n;
        });
        assert.ok(found, label);
        return ws.getRow(found);
      };
      assert.equal(rowOf('报告月份').getCell(2).value, '2026-01');
      assert.match(rowOf('线上交易额').getCell(1).text, /Online transaction value/);
      const shopHeader = rowOf('店铺编号').number;
      const listed = [ws.getRow(shopHeader + 1), ws.getRow(shopHeader + 2)];
      assert.deepEqual(listed.map((row) => row.getCell(1).value).sort(), [shops.a1, shops.a2].sort());
      assert.equal(ws.getRow(shopHeader + 3).getCell(1).value, null, 'only its own shops');

      rowOf('线上交易额').getCell(2).value = 'abc';
      rowOf('订单数').getCell(2).value = 1500;
      rowOf('在营店铺数').getCell(2).value = '2';
      rowOf('从业人员数').getCell(2).value = 38;
      rowOf('跨境电商从业人员数').getCell(2).value = 10;
      rowOf('本月订单量较上月').getCell(2).value = '增加 up';
      rowOf('下月订单量预期').getCell(2).value = '很好';
      rowOf('本月用工人数较上月').getCell(2).value = '持平 flat';
      rowOf('下月用工人数预期').getCell(2).value = 'down';
      listed[0]!.getCell(4).value = '500000';
      listed[0]!.getCell(5).value = 1.5;
      const bad = Buffer.from(await wb.xlsx.writeBuffer());
      let m = multipart({}, { name: '月度报表.xlsx', content: bad });
      r = await s.entA.request('POST', '/api/sample/reports/upload', m.body, m.headers);
      assert.equal(r.statusCode, 400, r.body);
      const valueCell = rowOf('线上交易额').getCell(2).address;
      const answerCell = rowOf('下月订单量预期').getCell(2).address;
      const ordersCell = listed[0]!.getCell(5).address;
      const problem = json<Problem>(r);
      assert.deepEqual(problem.errors.map((e) => e.field).sort(), [valueCell, answerCell, ordersCell].sort());
      assert.ok(
        problem.errors.every((e) => e.message.startsWith(e.field) && e.messageEn.startsWith(e.field)),
      );
      assert.match(problem.errors.find((e) => e.field === valueCell)!.message, /线上交易额/);
      assert.equal(
        (await s.entA.get(`/api/sample/reports/${ids.a}/2026-01`)).statusCode,
        404,
        'nothing filed',
      );

      // Not the template at all.
      m = multipart({}, { name: 'x.xlsx', content: Buffer.from('not a workbook') });
      r = await s.entA.request('POST', '/api/sample/reports/upload', m.body, m.headers);
      assert.equal(r.statusCode, 400);
      assert.equal(json<Problem>(r).errors[0]!.field, 'file');

      rowOf('线上交易额').getCell(2).value = '980000.00';
      rowOf('下月订单量预期').getCell(2).value = '持平 flat';
      listed[0]!.getCell(5).value = 1500;
      m = multipart({}, { name: '月度报表.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
      r = await s.entA.request('POST', '/api/sample/reports/upload', m.body, m.headers);
      assert.equal(r.statusCode, 201, r.body);
      const filed = json<Report>(r);
      assert.equal(filed.source, 'excel');
      assert.equal(filed.month, '2026-01');
      assert.deepEqual(
        filed.shops.map((l) => [l.shopId, l.salesValue, l.orders]),
        [[listed[0]!.getCell(1).value, '500000.00', 1500]],
      );
      // Reported on 2 March, after the due day of January (10 February).
      assert.equal(filed.afterDue, true);
    });

    it('flags late reporters, reminds them once a day, and shows the reminders to the enterprise', async () => {
      let st = json<MonthStatus>(await s.commerce.get('/api/sample/status?month=2026-01'));
      assert.equal(st.dueDate, '2026-02-10');
      const status = (x: MonthStatus) =>
        Object.fromEntries(x.rows.map((row) => [row.enterpriseId, row.status]));
      assert.deepEqual(status(st), { [ids.a]: 'reported_late', [ids.b]: 'late', [ids.c]: 'late' });
      assert.deepEqual(st.counts, { reported: 0, reported_late: 1, late: 2, awaiting: 0 });

      st = json<MonthStatus>(await s.leading.get('/api/sample/status?month=2026-02'));
      assert.deepEqual(status(st), { [ids.a]: 'reported', [ids.c]: 'reported' });
      assert.equal(st.otherReporters, 1, 'B reported February off the list');
      assert.equal(st.rows.find((row) => row.enterpriseId === ids.a)!.latestVersion, 2);

      let r = await s.commerce.post('/api/sample/reminders', { enterpriseId: ids.b, month: '2026-01' });
      assert.equal(r.statusCode, 201, r.body);
      const first = json<{ reminder: Reminder; created: boolean }>(r);
      assert.equal(first.created, true);
      r = await s.commerce.post('/api/sample/reminders', { enterpriseId: ids.b, month: '2026-01' });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<{ reminder: Reminder; created: boolean }>(r).created, false);
      assert.equal(json<{ reminder: Reminder }>(r).reminder.id, first.reminder.id);
      // Reported already; of another zone; a month still running.
      r = await s.commerce.post('/api/sample/reminders', { enterpriseId: ids.a, month: '2026-01' });
      assert.equal(r.statusCode, 409, r.body);
      r = await s.commerceCz.post('/api/sample/reminders', { enterpriseId: ids.b, month: '2026-01' });
      assert.equal(r.statusCode, 404, r.body);
      r = await s.commerce.post('/api/sample/reminders', { enterpriseId: ids.c, month: '2026-03' });
      assert.equal(r.statusCode, 409, r.body);

      // Every late one: B had its reminder today, C gets one; a second run sends nothing.
      r = await s.commerce.post('/api/sample/reminders/late', { month: '2026-01' });
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(json<{ late: number; sent: number }>(r), {
        ...json<object>(r),
        late: 2,
        sent: 1,
      });
      const cli = await runSampleRemind(p, { zone: 'zhuzhou', month: '2026-01' });
      assert.deepEqual([cli.late, cli.sent], [2, 0], 'the command line is idempotent the same day');
      await assert.rejects(runSampleRemind(p, { zone: 'nowhere', month: '2026-01' }), /zoneCode/);

      // The next day both are reminded again, once.
      p.clock.advance(86_400_000);
      await relogin();
      const next = await runSampleRemind(p, { zone: 'zhuzhou', month: '2026-01' });
      assert.deepEqual([next.late, next.sent], [2, 2]);
      r = await s.commerce.post('/api/sample/reminders/late', { month: '2026-01' });
      assert.equal(json<{ sent: number }>(r).sent, 0);

      st = json<MonthStatus>(await s.commerce.get('/api/sample/status?month=2026-01'));
      const b = st.rows.find((row) => row.enterpriseId === ids.b)!;
      assert.equal(b.reminders, 2);

      const mine = json<{
        reminders: Reminder[];
        unreadReminders: number;
        months: { month: string; status: string | null; sampled: boolean }[];
      }>(await s.entB.get('/api/sample/my'));
      assert.equal(mine.reminders.length, 2);
      assert.equal(mine.unreadReminders, 2);
      assert.ok(mine.reminders.every((x) => x.month === '2026-01'));
      assert.deepEqual(
        mine.months.filter((x) => x.month >= '2026-01').map((x) => [x.month, x.sampled, x.status]),
        [
          ['2026-02', false, 'reported'],
          ['2026-01', true, 'late'],
        ],
      );
      r = await s.entB.post(`/api/sample/reminders/${mine.reminders[0]!.id}/read`);
      assert.equal(r.statusCode, 200, r.body);
      assert.ok(json<Reminder>(r).readAt);
      assert.equal(
        (await s.entA.post(`/api/sample/reminders/${mine.reminders[0]!.id}/read`)).statusCode,
        404,
      );
      assert.equal(json<{ unreadReminders: number }>(await s.entB.get('/api/sample/my')).unreadReminders, 1);

      // Past 10 March nobody on the list is awaited for February any more.
      p.clock.set('2026-03-10T15:59:00.000Z'); // 23:59 on the due day, China time
      await relogin();
      assert.equal(
        json<MonthStatus>(await s.commerce.get('/api/sample/status?month=2026-02')).counts.late,
        0,
      );
      r = await s.commerce.post('/api/sample/enterprises', { enterpriseId: ids.b, fromMonth: '2026-02' });
      assert.equal(r.statusCode, 201, r.body); // B back on the list: it reported February in time
      await s.commerce.post(`/api/sample/enterprises/${json<Sample>(r).id}/end`, { toMonth: '2026-02' });
      p.clock.set('2026-03-10T16:00:00.000Z'); // 00:00 on 11 March
      await relogin();
      st = json<MonthStatus>(await s.commerce.get('/api/sample/status?month=2026-02'));
      assert.deepEqual(st.counts, { reported: 3, reported_late: 0, late: 0, awaiting: 0 });
      st = json<MonthStatus>(await s.commerce.get('/api/sample/status?month=2026-03'));
      assert.deepEqual(status(st), { [ids.a]: 'awaiting', [ids.c]: 'awaiting' });
    });

    it('computes the climate index from the latest versions of the sampled enterprises', async () => {
      const r = await s.leading.get('/api/sample/climate?month=2026-02&months=3');
      assert.equal(r.statusCode, 200, r.body);
      const c = json<{
        boomBustLine: number;
        current: {
          respondents: number;
          sampled: number;
          composite: number;
          questions: Record<string, { up: number; flat: number; down: number; index: number }>;
        };
        trend: { month: string; respondents: number; composite: number | null }[];
      }>(r);
      assert.equal(c.boomBustLine, 50);
      // February: A (latest version: up, up, flat, down), C (down, down, flat, flat) and B (up, up, flat, down).
      assert.equal(c.current.sampled, 3);
      assert.equal(c.current.respondents, 3);
      assert.deepEqual(c.current.questions.ordersNow, { up: 2, flat: 0, down: 1, index: 66.7 });
      assert.deepEqual(c.current.questions.staffNow, { up: 0, flat: 3, down: 0, index: 50 });
      assert.deepEqual(c.current.questions.staffNext, { up: 0, flat: 1, down: 2, index: 16.7 });
      // (66.67 + 66.67 + 50 + 16.67) / 4 = 50
      assert.equal(c.current.composite, 50);
      assert.deepEqual(
        c.trend.map((t) => [t.month, t.respondents]),
        [
          ['2025-12', 0],
          ['2026-01', 1],
          ['2026-02', 3],
        ],
      );
      assert.equal(c.trend[0]!.composite, null);
      assert.equal(
        (await s.commerceCz.get('/api/sample/climate?month=2026-02&zoneCode=zhuzhou')).statusCode,
        404,
      );
      assert.equal((await s.province.get('/api/sample/climate?month=2026-02')).statusCode, 400);
      assert.equal((await s.entA.get('/api/sample/climate?month=2026-02')).statusCode, 403);
    });

    it('sums the shop lines per month, and the figure drills down to exactly its records', async () => {
      const r = await s.commerce.get('/api/sample/shop-sales?fromMonth=2025-12&toMonth=2026-02');
      assert.equal(r.statusCode, 200, r.body);
      const totals = json<{ months: ShopSalesMonth[]; total: { salesValue: string; orders: number } }>(r);
      assert.deepEqual(totals.months, [
        { month: '2025-12', salesValue: '0.00', orders: 0, shops: 0, enterprises: 0 },
        { month: '2026-01', salesValue: '500000.00', orders: 1500, shops: 1, enterprises: 1 },
        // A's latest version (820000.00 + 300000.00) and B (45000.25); C has no shop lines.
        { month: '2026-02', salesValue: '1165000.25', orders: 3260, shops: 3, enterprises: 2 },
      ]);
      assert.deepEqual(totals.total, { salesValue: '1665000.25', orders: 4760 });

      const ctx = {
        ...p.systemCtx('test'),
        actor: { ...p.systemCtx('test').actor!, role: 'finance' as const, zoneCode: 'zhuzhou' },
      };
      const direct = await shopSalesTotals(ctx, {
        zoneCode: 'zhuzhou',
        fromMonth: '2025-12',
        toMonth: '2026-02',
      });
      assert.deepEqual(direct.months, totals.months);
      for (const month of direct.months) {
        const records: Record_[] = [];
        for (let page = 1; ; page++) {
          const got = await listShopSalesRecords(ctx, {
            zoneCode: 'zhuzhou',
            month: month.month,
            page,
            pageSize: 2,
          });
          records.push(...(got.items as Record_[]));
          if (records.length >= got.total) break;
        }
        const sum = records.reduce((acc, x) => acc.plus(x.salesValue), new Decimal(0)).toFixed(2);
        assert.equal(sum, month.salesValue, `${month.month} value`);
        assert.equal(
          records.reduce((acc, x) => acc + x.orders, 0),
          month.orders,
        );
        assert.equal(new Set(records.map((x) => x.shopId)).size, month.shops);
        assert.equal(new Set(records.map((x) => x.enterpriseId)).size, month.enterprises);
      }
      const drill = json<{ items: Record_[]; total: number }>(
        await s.leading.get('/api/sample/shop-sales/records?month=2026-02'),
      );
      assert.equal(drill.total, 3);
      assert.deepEqual(
        drill.items.map((x) => x.salesValue).sort(),
        ['300000.00', '45000.25', '820000.00'].sort(),
        'the latest version only',
      );
      assert.equal(
        json<{ total: number }>(await s.commerceCz.get('/api/sample/shop-sales/records?month=2026-02')).total,
        0,
      );
      assert.equal(
        (await s.commerceCz.get('/api/sample/shop-sales?zoneCode=zhuzhou&fromMonth=2026-01&toMonth=2026-02'))
          .statusCode,
        404,
      );
      assert.equal(
        (await s.entA.get('/api/sample/shop-sales?fromMonth=2026-01&toMonth=2026-02')).statusCode,
        403,
      );
      await assert.rejects(
        shopSalesTotals(
          { ...ctx, actor: { ...ctx.actor, role: 'enterprise' as const } },
          {
            zoneCode: 'zhuzhou',
            fromMonth: '2026-01',
            toMonth: '2026-02',
          },
        ),
        /not allowed/,
      );
    });

    it('keeps the audit chain intact', async () => {
      const admin = await makeUser(p, 'admin', 'admin', null);
      assert.ok(admin);
      const sAdmin = await Session.login(app, 'admin', PASSWORD);
      const v = json<{ ok: boolean }>(await sAdmin.get('/api/audit/verify'));
      assert.equal(v.ok, true);
    });
  });
}
