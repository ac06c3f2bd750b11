import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { App } from '../../src/http/app.js';
import { approveFiling, insertFiling, submitFiling } from '../../src/modules/enterprise/index.js';
import { seedGovernanceTasks } from '../../src/modules/governance/index.js';
import { inTransaction, ROLES, type Role } from '../../src/shared/context.js';
import { EXPORT_CODES } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD, uscc } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { releaseExportParcels } from '../helpers/release.js';

interface Task {
  id: string;
  key: string;
  zoneCode: string;
  leadUnit: string;
  leadUnitCode: string;
  coUnits: string[];
  status: string;
  effectiveStatus: string;
  progressPercent: number;
  canReport: boolean;
  dueDate: string | null;
}
interface Report {
  id: string;
  percent: number;
  unitCode: string;
  evidence: { fileName: string; sha256: string; size: number } | null;
}
interface Page<T> {
  items: T[];
  total: number;
}
interface Goal {
  goalId: string;
  value: string | null;
  target: string;
  status: string;
  year: number;
  statement: { zh: string; en: string };
}
interface Board {
  rows: { unit: string; counts: Record<string, number>; total: number }[];
  totals: Record<string, number>;
  total: number;
}

function multipart(fields: Record<string, string>, file?: { name: string; type: string; content: Buffer }) {
  const boundary = `----cbec${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const PDF = Buffer.from('%PDF-1.4\n% 株洲综试区 进度材料\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const DAY = 86_400_000;

for (const kind of databaseKinds()) {
  describe(`governance: tasks, progress and goals [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    const s = {} as Record<
      | 'commerce'
      | 'finance'
      | 'leadingGroup'
      | 'auditor'
      | 'enterprise'
      | 'commerceCz'
      | 'ebc'
      | 'logistics'
      | 'agent',
      Session
    >;
    const tasks = new Map<string, Task>();
    /** Sessions expire while the clock jumps days ahead: sign everyone in again. */
    const relogin = async () => {
      for (const name of Object.keys(s) as (keyof typeof s)[])
        if (name !== 'enterprise') s[name] = await Session.login(app, name, PASSWORD);
      s.enterprise = s.ebc;
    };

    before(async () => {
      // Mid-2025: trade released now counts for the 2025 goals and converts at the 2025 average rate.
      p = await openTestPlatform(kind, '2025-07-01T02:00:00.000Z');
      app = await testApp(p);
      for (const [name, role, zone] of [
        ['commerce', 'commerce', 'zhuzhou'],
        ['finance', 'finance', 'zhuzhou'],
        ['leadingGroup', 'leading_group', 'zhuzhou'],
        ['auditor', 'auditor', 'zhuzhou'],
        ['commerceCz', 'commerce', 'chenzhou'],
      ] as const) {
        await makeUser(p, name, role, zone);
        s[name] = await Session.login(app, name, PASSWORD);
      }
      for (const [name, code] of [
        ['ebc', EXPORT_CODES.ebc],
        ['logistics', EXPORT_CODES.logistics],
        ['agent', EXPORT_CODES.agent],
      ] as const) {
        await makeUser(p, name, 'enterprise', 'zhuzhou', await makeApprovedEnterprise(p, 'zhuzhou', code));
        s[name] = await Session.login(app, name, PASSWORD);
      }
      s.enterprise = s.ebc;
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    it('seeds the catalogue idempotently: 34 Chenzhou tasks, 21 Zhuzhou measures', async () => {
      assert.deepEqual(await seedGovernanceTasks(p.systemCtx('seed')), { inserted: 55, total: 55 });
      assert.deepEqual(await seedGovernanceTasks(p.systemCtx('seed')), { inserted: 0, total: 55 });
      const zz = json<Page<Task>>(await s.commerce.get('/api/governance/tasks?pageSize=100'));
      assert.equal(zz.total, 21);
      assert.ok(zz.items.every((t) => t.zoneCode === 'zhuzhou'));
      for (const t of zz.items) tasks.set(t.key, t);
      assert.equal(tasks.get('zhuzhou-17')!.leadUnit, '株洲海关');
      assert.equal(tasks.get('zhuzhou-11')!.leadUnit, '市邮政管理局');
      assert.deepEqual(tasks.get('zhuzhou-11')!.coUnits, ['市商务局', '市财政局']);
      const cz = json<Page<Task>>(await s.commerceCz.get('/api/governance/tasks?pageSize=100'));
      assert.equal(cz.total, 34);
      const t14 = cz.items.find((t) => t.key === 'chenzhou-14')!;
      assert.equal(t14.leadUnit, '人民银行长沙中心支行');
      assert.deepEqual(t14.coUnits, ['省地方金融监管局', '湖南银保监局']);
      // Tasks where customs is lead or co: (十) (十六) (十七).
      const customs = json<Page<Task>>(await s.commerce.get('/api/governance/tasks?unit=customs'));
      assert.deepEqual(
        customs.items.map((t) => t.key),
        ['zhuzhou-10', 'zhuzhou-16', 'zhuzhou-17'],
      );
    });

    it('lets the responsible units report progress, with evidence; others are refused', async () => {
      const park = tasks.get('zhuzhou-01')!; // 市商务局 leads, 市财政局 co
      assert.equal(park.canReport, true);
      const m = multipart(
        { text: '已认定市级产业园1个，第二个园区完成招商。', percent: '40' },
        { name: '园区认定文件.pdf', type: 'application/pdf', content: PDF },
      );
      let r = await s.commerce.request('POST', `/api/governance/tasks/${park.id}/reports`, m.body, m.headers);
      assert.equal(r.statusCode, 201, r.body);
      const first = json<{ task: Task; report: Report }>(r);
      assert.equal(first.task.status, 'in_progress');
      assert.equal(first.task.progressPercent, 40);
      assert.equal(first.report.evidence?.sha256, createHash('sha256').update(PDF).digest('hex'));

      r = await s.auditor.get(`/api/governance/reports/${first.report.id}/evidence`);
      assert.equal(r.statusCode, 200);
      assert.deepEqual(r.rawPayload, PDF);
      assert.equal(
        (await s.commerceCz.get(`/api/governance/reports/${first.report.id}/evidence`)).statusCode,
        404,
      );

      // A co-unit's report records its part; it neither sets the task's percent nor completes it.
      r = await s.finance.post(`/api/governance/tasks/${park.id}/reports`, {
        text: '奖励资金已列入预算',
        percent: 100,
      });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(json<{ task: Task }>(r).task.status, 'in_progress');
      assert.equal(json<{ task: Task }>(r).task.progressPercent, 40);

      // Another unit's task: visible, but not the commerce bureau's to report on.
      const customsTask = tasks.get('zhuzhou-17')!;
      assert.equal(customsTask.canReport, false);
      r = await s.commerce.post(`/api/governance/tasks/${customsTask.id}/reports`, {
        text: 'x',
        percent: 10,
      });
      assert.equal(r.statusCode, 403, r.body);

      r = await s.commerce.post(`/api/governance/tasks/${park.id}/reports`, {
        text: '两个园区均已认定',
        percent: 100,
      });
      assert.equal(json<{ task: Task }>(r).task.status, 'completed');
      r = await s.commerce.post(`/api/governance/tasks/${park.id}/reports`, { text: '补充', percent: 100 });
      assert.equal(r.statusCode, 409, r.body);

      r = await s.commerce.post(`/api/governance/tasks/${park.id}/reports`, { text: '', percent: 101 });
      assert.equal(r.statusCode, 400);

      const detail = json<Task & { reports: Report[] }>(
        await s.leadingGroup.get(`/api/governance/tasks/${park.id}`),
      );
      assert.deepEqual(
        detail.reports.map((x) => [x.unitCode, x.percent, x.evidence !== null]),
        [
          ['commerce', 40, true],
          ['finance', 100, false],
          ['commerce', 100, false],
        ],
      );
    });

    it('serves each route to the roles of its permission only (written out here, not read from the table)', async () => {
      const NO_ROW = '00000000-0000-4000-8000-0000000000aa';
      const reporters: Role[] = [
        'commerce',
        'finance',
        'customs',
        'tax',
        'fx',
        'market_regulation',
        'postal',
        'leading_group',
      ];
      for (const role of ROLES) {
        const name = `matrix-${role}`;
        const enterpriseId =
          role === 'enterprise' ? await makeApprovedEnterprise(p, 'zhuzhou', '4302960Z99') : undefined;
        await makeUser(p, name, role, 'zhuzhou', enterpriseId);
        const session = await Session.login(app, name, PASSWORD);
        const list = await session.get('/api/governance/tasks');
        assert.equal(list.statusCode, role === 'enterprise' ? 403 : 200, `${role} list`);
        const report = await session.post(`/api/governance/tasks/${NO_ROW}/reports`, {
          text: 'x',
          percent: 1,
        });
        assert.equal(report.statusCode, reporters.includes(role) ? 404 : 403, `${role} report`);
        const figure = await session.post('/api/governance/indicator-values', {});
        assert.equal(
          figure.statusCode,
          role === 'commerce' || role === 'leading_group' ? 400 : 403,
          `${role} figure`,
        );
        const due = await session.request('PUT', `/api/governance/tasks/${NO_ROW}/due-date`, {
          dueDate: null,
        });
        assert.equal(
          due.statusCode,
          role === 'leading_group' || role === 'admin' ? 404 : 403,
          `${role} due date`,
        );
      }
    });

    it('hides other zones (404) and refuses enterprises (403)', async () => {
      const park = tasks.get('zhuzhou-01')!;
      assert.equal((await s.commerceCz.get(`/api/governance/tasks/${park.id}`)).statusCode, 404);
      assert.equal(
        (await s.commerceCz.post(`/api/governance/tasks/${park.id}/reports`, { text: 'x', percent: 1 }))
          .statusCode,
        404,
      );
      assert.equal((await s.commerceCz.get('/api/governance/zones/zhuzhou/board')).statusCode, 404);
      assert.equal((await s.commerceCz.get('/api/governance/zones/zhuzhou/goals')).statusCode, 404);
      const r = await s.commerce.post('/api/governance/indicator-values', {
        zoneCode: 'chenzhou',
        indicator: 'talents',
        period: 2025,
        value: 5,
        sourceNote: 'x',
      });
      assert.equal(r.statusCode, 404);
      for (const url of [
        '/api/governance/tasks',
        `/api/governance/tasks/${park.id}`,
        '/api/governance/zones/zhuzhou/goals',
      ])
        assert.equal((await s.enterprise.get(url)).statusCode, 403, url);
    });

    it('shows a task overdue once the clock passes its due date; the board adds up', async () => {
      const t = tasks.get('zhuzhou-02')!;
      assert.equal(
        (await s.commerce.request('PUT', `/api/governance/tasks/${t.id}/due-date`, { dueDate: '2025-07-15' }))
          .statusCode,
        403,
        'the leading group office sets due dates',
      );
      let r = await s.leadingGroup.request('PUT', `/api/governance/tasks/${t.id}/due-date`, {
        dueDate: '2025-07-15',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Task>(r).effectiveStatus, 'not_started');
      assert.equal(json<Page<Task>>(await s.commerce.get('/api/governance/tasks?status=overdue')).total, 0);

      p.clock.advance(14 * DAY); // 2025-07-15 in China: still the due day
      await relogin();
      assert.equal(json<Page<Task>>(await s.commerce.get('/api/governance/tasks?status=overdue')).total, 0);
      p.clock.advance(1 * DAY);
      await relogin();
      r = await s.commerce.get('/api/governance/tasks?status=overdue');
      assert.deepEqual(
        json<Page<Task>>(r).items.map((x) => x.key),
        ['zhuzhou-02'],
      );
      assert.equal(
        json<Page<Task>>(await s.commerce.get('/api/governance/tasks?status=not_started')).total,
        19,
      );

      const board = json<Board>(await s.leadingGroup.get('/api/governance/zones/zhuzhou/board'));
      assert.equal(board.total, 21);
      assert.equal(
        board.rows.reduce((n, row) => n + row.total, 0),
        21,
      );
      assert.deepEqual(board.totals, { not_started: 19, in_progress: 0, completed: 1, overdue: 1 });
      for (const row of board.rows)
        assert.equal(
          Object.values(row.counts).reduce((a, b) => a + b, 0),
          row.total,
          row.unit,
        );
      assert.equal(board.rows.find((row) => row.unit === '市商务局')!.counts.overdue, 1);
      const cz = json<Board>(await s.commerceCz.get('/api/governance/zones/chenzhou/board'));
      assert.equal(cz.total, 34);
    });

    it('assesses Zhuzhou’s goals from released parcels, park filings and a figure the commerce bureau reported', async () => {
      const goals = async () =>
        new Map(
          json<{ goals: Goal[] }>(await s.leadingGroup.get('/api/governance/zones/zhuzhou/goals')).goals.map(
            (g) => [g.goalId, g],
          ),
        );
      let g = await goals();
      assert.equal(g.size, 5);
      assert.equal(g.get('zhuzhou-2025-trade-value')!.value, '0');
      assert.equal(g.get('zhuzhou-2025-trade-value')!.status, 'behind');
      assert.equal(g.get('zhuzhou-2025-talents')!.status, 'no_data');
      assert.equal(g.get('zhuzhou-2025-parks')!.status, 'behind');

      // Five export parcels of 45.50 USD each, released by the customs sandbox.
      await releaseExportParcels(p, s, 5);

      // Two approved park operators' filings.
      const system = p.systemCtx('test');
      const officer = {
        ...system,
        actor: { ...system.actor!, role: 'commerce' as const, zoneCode: 'zhuzhou' },
      };
      for (const name of ['株洲跨境电商产业园运营有限公司', '醴陵陶瓷跨境电商产业园运营有限公司']) {
        const row = await inTransaction(system, (tx) =>
          insertFiling(tx, 'zhuzhou', {
            kind: 'enterprise',
            name,
            uscc: uscc(),
            roles: ['park_operator'],
            district: '430211',
            address: '湖南省株洲市测试路1号',
            contactName: '测试',
            contactPhone: '13800001111',
          }),
        );
        await submitFiling(officer, row.id);
        await approveFiling(officer, row.id);
      }

      const r = await s.commerce.post('/api/governance/indicator-values', {
        indicator: 'talents',
        period: 2025,
        value: '1200',
        sourceNote: '市商务局、市人社局 2025年上半年跨境电商培训统计',
      });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal((await s.finance.post('/api/governance/indicator-values', {})).statusCode, 403);

      g = await goals();
      // 227.50 USD × 7.1429 (the 2025 average) = 1625.00975 yuan: far below the linear path.
      const trade = g.get('zhuzhou-2025-trade-value')!;
      assert.equal(trade.value, '1625.01');
      assert.equal(trade.year, 2025);
      assert.equal(trade.status, 'behind');
      assert.equal(g.get('zhuzhou-2027-trade-value')!.value, '1625.01');
      assert.equal(g.get('zhuzhou-2025-talents')!.value, '1200');
      assert.equal(g.get('zhuzhou-2025-talents')!.status, 'achieved');
      assert.equal(g.get('zhuzhou-2025-parks')!.value, '2');
      assert.equal(g.get('zhuzhou-2025-parks')!.status, 'achieved');
      assert.equal(g.get('zhuzhou-2025-leading-enterprises')!.status, 'no_data');
      assert.match(g.get('zhuzhou-2025-talents')!.statement.zh, /已实现/);

      // Chenzhou's 2023 goals, assessed in 2025: past the deadline, nothing released in 2023.
      const cz = json<{ goals: Goal[] }>(
        await s.commerceCz.get('/api/governance/zones/chenzhou/goals'),
      ).goals;
      assert.deepEqual(
        cz.map((x) => [x.goalId, x.year, x.status]),
        [
          ['chenzhou-2023-innovation-pilots', 2023, 'no_data'],
          ['chenzhou-2023-leading-enterprises', 2023, 'no_data'],
          ['chenzhou-2023-trade-value', 2023, 'behind'],
        ],
      );
    });
  });
}
