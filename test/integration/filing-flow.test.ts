import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyAuditChain } from '../../src/modules/audit/index.js';
import type { App } from '../../src/http/app.js';
import { makeEnterprise, makeUser, PASSWORD, residentId, uscc } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { countRows, databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

interface Ent {
  id: string;
  status: string;
  returnReason: string | null;
  pending: Record<string, unknown> | null;
  name: string;
  version: number;
  actions: string[];
  contactPhone: string | null;
  residentIdMasked: string | null;
  history: { action: string; reason: string | null }[];
}

for (const kind of databaseKinds()) {
  describe(`enterprise filing end to end [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    let enterpriseId: string;

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      enterpriseId = await makeEnterprise(p, 'zhuzhou', '株洲甲跨境电商有限公司');
      await makeUser(p, 'ent-a', 'enterprise', 'zhuzhou', enterpriseId);
      await makeUser(p, 'officer', 'commerce', 'zhuzhou');
      await makeUser(p, 'auditor', 'auditor', 'zhuzhou');
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    it('the enterprise submits, the bureau returns with a reason, the enterprise corrects and resubmits, the bureau approves', async () => {
      const ent = await Session.login(app, 'ent-a', PASSWORD);
      const officer = await Session.login(app, 'officer', PASSWORD);

      let r = await ent.post(`/api/enterprises/${enterpriseId}/submit`);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Ent>(r).status, 'submitted');

      // Under review the filing cannot be edited.
      r = await ent.patch(`/api/enterprises/${enterpriseId}`, { park: '园区' });
      assert.equal(r.statusCode, 409);

      const queue = json<{ items: Ent[]; total: number }>(
        await officer.get('/api/enterprises?status=submitted,change_submitted'),
      );
      assert.deepEqual(
        queue.items.map((e) => e.id),
        [enterpriseId],
      );
      assert.deepEqual(
        queue.items[0]!.actions.sort(),
        ['addShop', 'approve', 'edit', 'return'].filter((a) => a !== 'edit').sort(),
      );

      r = await officer.post(`/api/enterprises/${enterpriseId}/return`, {
        reason: '联系电话与营业执照不一致',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Ent>(r).status, 'returned');

      const seen = json<Ent>(await ent.get(`/api/enterprises/${enterpriseId}`));
      assert.equal(seen.status, 'returned');
      assert.equal(seen.returnReason, '联系电话与营业执照不一致');
      assert.ok(seen.actions.includes('submit'));

      r = await ent.patch(`/api/enterprises/${enterpriseId}`, { contactPhone: '13900002222' });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Ent>(r).contactPhone, '139****2222');
      assert.equal((await ent.post(`/api/enterprises/${enterpriseId}/submit`)).statusCode, 200);

      r = await officer.post(`/api/enterprises/${enterpriseId}/approve`);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Ent>(r).status, 'approved');

      // Approving twice is refused: the transition no longer applies.
      assert.equal((await officer.post(`/api/enterprises/${enterpriseId}/approve`)).statusCode, 409);

      const detail = json<Ent>(await ent.get(`/api/enterprises/${enterpriseId}`));
      assert.equal(detail.status, 'approved');
      assert.deepEqual(
        detail.history.map((h) => h.action),
        ['create', 'submit', 'return', 'edit', 'submit', 'approve'],
      );
      assert.equal(detail.history[2]!.reason, '联系电话与营业执照不一致');
    });

    it('a change to an approved filing is held as pending and applied only when approved', async () => {
      const ent = await Session.login(app, 'ent-a', PASSWORD);
      const officer = await Session.login(app, 'officer', PASSWORD);
      let r = await ent.patch(`/api/enterprises/${enterpriseId}`, { name: '株洲甲跨境电商集团有限公司' });
      assert.equal(r.statusCode, 200, r.body);
      let e = json<Ent>(r);
      assert.equal(e.name, '株洲甲跨境电商有限公司', 'the register keeps the approved name');
      assert.equal(e.pending?.name, '株洲甲跨境电商集团有限公司');
      assert.equal(e.status, 'approved');

      r = await ent.post(`/api/enterprises/${enterpriseId}/submit`);
      assert.equal(json<Ent>(r).status, 'change_submitted');
      r = await officer.post(`/api/enterprises/${enterpriseId}/return`, { reason: '请上传变更后的营业执照' });
      assert.equal(json<Ent>(r).status, 'change_returned');
      assert.equal((await ent.post(`/api/enterprises/${enterpriseId}/submit`)).statusCode, 200);
      r = await officer.post(`/api/enterprises/${enterpriseId}/approve`);
      e = json<Ent>(r);
      assert.equal(e.status, 'approved');
      assert.equal(e.name, '株洲甲跨境电商集团有限公司');
      assert.equal(e.pending, null);
      assert.equal(e.version, 2);
      // Nothing pending: there is nothing to submit.
      assert.equal((await ent.post(`/api/enterprises/${enterpriseId}/submit`)).statusCode, 409);
    });

    it('the audit trail shows both decisions and its chain verifies; auditors read it', async () => {
      const auditor = await Session.login(app, 'auditor', PASSWORD);
      const r = await auditor.get(`/api/audit?entityId=${enterpriseId}&pageSize=100`);
      assert.equal(r.statusCode, 200);
      const actions = json<{
        items: { action: string; actorName: string; before: unknown; after: { status: string } }[];
      }>(r).items.map((i) => i.action);
      assert.ok(actions.includes('enterprise.approve'));
      assert.ok(actions.includes('enterprise.return'));
      const verdict = json<{ ok: boolean; checked: number }>(await auditor.get('/api/audit/verify'));
      assert.equal(verdict.ok, true);
      assert.ok(verdict.checked > 10);
      // The auditor is read-only.
      assert.equal((await auditor.post(`/api/enterprises/${enterpriseId}/approve`)).statusCode, 403);
    });

    it('linked shops are filed to the enterprise, duplicates refused, and closed', async () => {
      const ent = await Session.login(app, 'ent-a', PASSWORD);
      const shop = {
        platform: 'Amazon',
        shopName: 'Jia Home',
        url: 'https://www.amazon.com/shops/jia',
        siteCountry: '502',
      };
      let r = await ent.post(`/api/enterprises/${enterpriseId}/shops`, shop);
      assert.equal(r.statusCode, 201, r.body);
      const shopId = json<{ id: string }>(r).id;
      r = await ent.post(`/api/enterprises/${enterpriseId}/shops`, { ...shop, shopName: 'jia home' });
      assert.equal(r.statusCode, 409);
      r = await ent.post(`/api/enterprises/${enterpriseId}/shops`, {
        ...shop,
        siteCountry: '000',
        url: 'ftp://x',
      });
      assert.equal(r.statusCode, 400);
      assert.deepEqual(
        json<{ errors: { field: string }[] }>(r)
          .errors.map((e) => e.field)
          .sort(),
        ['siteCountry', 'url'],
      );
      assert.equal((await ent.delete(`/api/enterprises/${enterpriseId}/shops/${shopId}`)).statusCode, 204);
      const detail = json<{ shops: { id: string; status: string }[] }>(
        await ent.get(`/api/enterprises/${enterpriseId}`),
      );
      assert.deepEqual(
        detail.shops.map((s) => s.status),
        ['closed'],
      );
    });

    it('an individual seller signs up with a resident ID that is stored sealed and shown masked everywhere', async () => {
      const s = new Session(app);
      const id = residentId();
      let r = await s.post('/api/auth/register', {
        zoneCode: 'zhuzhou',
        username: 'seller-li',
        password: 'Seller@2026',
        displayName: '李卖家',
        enterprise: { kind: 'individual', name: '李卖家', residentId: id },
      });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.body.includes(id), false);
      const me = json<{ user: { enterpriseId: string } }>(await s.get('/api/auth/me'));
      r = await s.get(`/api/enterprises/${me.user.enterpriseId}`);
      const e = json<Ent>(r);
      assert.equal(e.residentIdMasked, `${id.slice(0, 4)}**********${id.slice(-4)}`);
      assert.equal(r.body.includes(id), false);
      const auditor = await Session.login(app, 'auditor', PASSWORD);
      const trail = await auditor.get(`/api/audit?entityId=${me.user.enterpriseId}`);
      assert.equal(trail.body.includes(id), false, 'the audit trail holds no clear resident ID');
      const raw = await p.database.db
        .selectFrom('enterprise')
        .select(['resident_id_enc'])
        .where('id', '=', me.user.enterpriseId)
        .executeTakeFirstOrThrow();
      assert.equal(raw.resident_id_enc?.includes(id), false);
      assert.equal(p.protector.decrypt(raw.resident_id_enc), id);

      // The bureau's Excel export carries the masked number only.
      await makeUser(p, 'officer-export', 'commerce', 'zhuzhou');
      const officer = await Session.login(app, 'officer-export', PASSWORD);
      const xlsx = await officer.get('/api/enterprises/export.xlsx?kind=individual');
      assert.equal(xlsx.statusCode, 200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const cells = (wb.worksheets[0]!.getSheetValues() as unknown[][]).flat().map(String);
      assert.ok(cells.includes(e.residentIdMasked));
      assert.ok(!cells.some((c) => c.includes(id)));

      // The same person cannot file twice.
      r = await new Session(app).post('/api/auth/register', {
        zoneCode: 'chenzhou',
        username: 'seller-li2',
        password: 'Seller@2026',
        displayName: '李卖家',
        enterprise: { kind: 'individual', name: '李卖家', residentId: id },
      });
      assert.equal(r.statusCode, 409);
    });

    it('a hand-edited audit record breaks the chain at that record', async () => {
      const { sql } = await import('kysely');
      const db = p.database.db;
      const target = await db
        .selectFrom('audit_log')
        .select(sql<string>`seq::text`.as('seq'))
        .orderBy('seq')
        .offset(3)
        .limit(1)
        .executeTakeFirstOrThrow();
      // The table refuses updates; an intruder with the owner's rights disables the guard first.
      await assert.rejects(
        sql`update audit_log set actor_name = 'intruder' where seq = ${target.seq}`.execute(db),
      );
      await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
      await sql`update audit_log set actor_name = 'intruder' where seq = ${target.seq}`.execute(db);
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
      const verdict = await verifyAuditChain(db);
      assert.deepEqual(verdict.ok ? null : verdict.firstBroken, { seq: target.seq, reason: 'hash_mismatch' });
    });
  });

  describe(`bulk filing and field errors [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      await makeUser(p, 'officer', 'commerce', 'hengyang');
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    const countEnterprises = () => countRows(p.database.db, 'enterprise');

    it('a wrong USCC, a missing and an unknown field are each named, bilingually, and nothing is written', async () => {
      const officer = await Session.login(app, 'officer', PASSWORD);
      const before = await countEnterprises();
      const good = uscc();
      const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const r = await officer.post('/api/enterprises', {
        kind: 'enterprise',
        uscc: wrong,
        roles: ['ebc'],
        colour: 'red',
      });
      assert.equal(r.statusCode, 400);
      assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
      const problem = json<{ errors: { field: string; code: string; message: string; messageEn: string }[] }>(
        r,
      );
      const byField = Object.fromEntries(problem.errors.map((e) => [e.field, e]));
      assert.equal(byField.uscc?.code, 'check_character');
      assert.ok(byField.uscc?.message.includes(`应为 ${good[17]}`), byField.uscc?.message);
      assert.ok(byField.uscc?.messageEn.includes(`should be ${good[17]}`));
      assert.equal(byField.name?.code, 'required');
      assert.equal(byField.colour?.code, 'unknown_field');
      assert.equal(await countEnterprises(), before);
    });

    it('a wrong resident ID check digit is named with the expected digit', async () => {
      const officer = await Session.login(app, 'officer', PASSWORD);
      const id = residentId();
      const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
      const r = await officer.post('/api/enterprises', {
        kind: 'individual',
        name: '王五',
        residentId: wrong,
        roles: ['ebc'],
      });
      assert.equal(r.statusCode, 400);
      const e = json<{ errors: { field: string; code: string; messageEn: string }[] }>(r).errors[0]!;
      assert.deepEqual([e.field, e.code], ['residentId', 'check_digit']);
      assert.ok(e.messageEn.endsWith(`should be ${id[17]}`));
    });

    function csv(rows: string[][]): string {
      return [['类型', '名称', '统一社会信用代码', '身份证号码', '企业角色', '县市区', '联系电话'], ...rows]
        .map((r) => r.join(','))
        .join('\n');
    }
    async function upload(s: Session, content: string, acceptValid: boolean) {
      const boundary = '----cbec';
      const body = [
        `--${boundary}\r\nContent-Disposition: form-data; name="acceptValid"\r\n\r\n${acceptValid}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="filings.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`,
        `--${boundary}--\r\n`,
      ].join('');
      return s.request('POST', '/api/enterprises/import', body, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
    }

    it('a file with a bad row writes none of its rows, and with acceptValid writes exactly the good ones', async () => {
      const officer = await Session.login(app, 'officer', PASSWORD);
      const a = uscc();
      const content = csv([
        ['企业', '衡阳一号电商有限公司', a, '', '电商企业、物流企业', '蒸湘区', '13800001234'],
        [
          '企业',
          '衡阳二号电商有限公司',
          a.slice(0, 17) + (a[17] === '0' ? '1' : '0'),
          '',
          '电商企业',
          '蒸湘区',
          '',
        ],
        ['个人', '赵六', '', residentId(), '电商企业', '耒阳市', ''],
        ['企业', '衡阳重复电商有限公司', a, '', '电商企业', '', ''],
        ['企业', '衡阳三号电商有限公司', uscc(), '', '不存在的角色', '天元区', ''],
      ]);
      const before = await countEnterprises();
      let r = await upload(officer, content, false);
      assert.equal(r.statusCode, 200, r.body);
      let report = json<{
        imported: number;
        rejected: number;
        rolledBack: boolean;
        rows: { row: number; ok: boolean; errors: { field: string; code: string }[] }[];
      }>(r);
      assert.equal(report.imported, 0);
      assert.equal(report.rolledBack, true);
      assert.deepEqual(
        report.rows
          .filter((x) => x.errors.length)
          .map((x) => [x.row, x.errors.map((e) => `${e.field}:${e.code}`).join(' ')]),
        [
          [3, 'uscc:check_character'],
          [5, 'uscc:duplicate_in_file'],
          [6, 'roles.0:invalid_value district:unknown_district'],
        ],
      );
      assert.equal(await countEnterprises(), before);

      r = await upload(officer, content, true);
      report = json(r);
      assert.equal(report.imported, 2);
      assert.equal(report.rejected, 3);
      assert.equal(await countEnterprises(), before + 2);
      const listed = json<{ items: { name: string; status: string; district: string }[] }>(
        await officer.get('/api/enterprises?q=衡阳一号'),
      );
      assert.deepEqual(
        listed.items.map((e) => [e.status, e.district]),
        [['approved', '430408']],
      );

      // The same file again: every row is now a duplicate or bad, nothing doubles.
      r = await upload(officer, content, true);
      assert.equal(json<{ imported: number }>(r).imported, 0);
      assert.equal(await countEnterprises(), before + 2);
    });

    it('an xlsx made from the template is read, and the template downloads', async () => {
      const officer = await Session.login(app, 'officer', PASSWORD);
      const t = await officer.get('/api/enterprises/import/template.xlsx');
      assert.equal(t.statusCode, 200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(t.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      assert.equal(ws.getRow(1).getCell(1).value, '类型');
      ws.getRow(2).getCell(3).value = uscc();
      ws.getRow(2).getCell(7).value = '雁峰区';
      const buffer = Buffer.from(await wb.xlsx.writeBuffer());
      const { readImportFile } = await import('../../src/modules/enterprise/index.js');
      const rows = await readImportFile(buffer, 'x.xlsx');
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.values.district, '雁峰区');
      assert.equal(rows[0]!.values.contactPhone, '13800000000');
    });
  });
}
