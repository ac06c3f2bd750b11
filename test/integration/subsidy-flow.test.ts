import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/http/app.js';
import {
  BUDGET_BUCKET,
  createApplication,
  submitApplication,
  uploadEvidence,
  type ApplicationDetail,
  type BudgetView,
  type NoticeView,
} from '../../src/modules/subsidy/index.js';
import type { Ctx } from '../../src/shared/context.js';
import { makeApprovedEnterprise, makeEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

/** The example enterprise of 衡政发〔2024〕4号 (policies/hengyang/example-facts.json), evaluated for 2025. */
const FACTS = JSON.parse(
  fs.readFileSync(new URL('../../policies/hengyang/example-facts.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const DAY = 24 * 3600 * 1000;

interface Problem {
  code: string;
  errors: { field: string; code: string; message: string; messageEn: string }[];
}

function multipart(fileName: string, contentType: string, content: Buffer) {
  const boundary = `----cbec${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (s: Session, id: string, name: string, type: string, content: Buffer) => {
  const m = multipart(name, type, content);
  return s.request('POST', `/api/subsidy/applications/${id}/evidence`, m.body, m.headers);
};

const codes = (r: LightMyRequestResponse) => json<Problem>(r).errors.map((e) => e.code);

/** An enterprise user's context without a session: for setting up many applications quickly. */
function enterpriseCtx(p: TestPlatform, zoneCode: string, enterpriseId: string): Ctx {
  const system = p.systemCtx('test');
  return {
    ...system,
    actor: {
      userId: randomUUID(),
      username: `ent-${enterpriseId.slice(0, 8)}`,
      displayName: 'enterprise',
      role: 'enterprise',
      zoneCode,
      enterpriseId,
      via: 'session',
    },
  };
}

/** A submitted application made through the use cases (the API paths are tested in the flow itself). */
async function submitted(
  p: TestPlatform,
  zoneCode: string,
  enterpriseId: string,
  input: { year: number; fund?: string; items: { ruleId: string; amount?: string }[]; facts: unknown },
): Promise<string> {
  const ctx = enterpriseCtx(p, zoneCode, enterpriseId);
  const a = await createApplication(ctx, input);
  await uploadEvidence(ctx, a.id, { fileName: 'evidence.pdf', body: Buffer.concat([PDF, randomBytes(8)]) });
  await submitApplication(ctx, a.id);
  return a.id;
}

for (const kind of databaseKinds()) {
  describe(`subsidy workflow end to end [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    let entA: string;
    const s = {} as Record<
      'ent' | 'entB' | 'commerce' | 'finance' | 'leading' | 'auditor' | 'customs' | 'czCommerce',
      Session
    >;
    const usernames = {} as Record<keyof typeof s, string>;
    /** Sessions expire when the test clock jumps days ahead: everyone signs in again. */
    const signIn = async () => {
      for (const key of Object.keys(usernames) as (keyof typeof s)[])
        s[key] = await Session.login(app, usernames[key], PASSWORD);
    };

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      entA = await makeApprovedEnterprise(p, 'hengyang', '4304960001', '衡阳甲跨境电商有限公司');
      const entB = await makeApprovedEnterprise(p, 'hengyang', '4304960002', '衡阳乙跨境电商有限公司');
      const users: [keyof typeof s, string, Parameters<typeof makeUser>[2], string, string?][] = [
        ['ent', 'hy-ent-a', 'enterprise', 'hengyang', entA],
        ['entB', 'hy-ent-b', 'enterprise', 'hengyang', entB],
        ['commerce', 'hy-commerce', 'commerce', 'hengyang'],
        ['finance', 'hy-finance', 'finance', 'hengyang'],
        ['leading', 'hy-leading', 'leading_group', 'hengyang'],
        ['auditor', 'hy-auditor', 'auditor', 'hengyang'],
        ['customs', 'hy-customs', 'customs', 'hengyang'],
        ['czCommerce', 'cz-commerce', 'commerce', 'chenzhou'],
      ];
      for (const [key, username, role, zone, enterpriseId] of users) {
        await makeUser(p, username, role, zone, enterpriseId);
        usernames[key] = username;
      }
      await signIn();
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    let appId: string;
    let evidenceId: string;
    let noticeId: string;
    let budgetId: string;

    it('the enterprise applies, uploads evidence and submits; the evaluation is pinned', async () => {
      let r = await s.finance.post('/api/subsidy/budgets', {
        fund: 'municipal',
        year: 2025,
        total: '200000.00',
      });
      assert.equal(r.statusCode, 201, r.body);
      budgetId = json<BudgetView>(r).id;
      // One budget per zone, fund and year.
      r = await s.finance.post('/api/subsidy/budgets', { fund: 'municipal', year: 2025, total: '1.00' });
      assert.equal(r.statusCode, 409);

      r = await s.ent.post('/api/subsidy/applications', {
        year: 2025,
        items: [{ ruleId: '6/promotion' }, { ruleId: '16/social-insurance' }],
        facts: FACTS,
      });
      assert.equal(r.statusCode, 201, r.body);
      const draft = json<ApplicationDetail>(r);
      appId = draft.id;
      assert.equal(draft.status, 'draft');
      assert.equal(draft.zoneCode, 'hengyang');
      assert.equal(draft.enterpriseName, '衡阳甲跨境电商有限公司');

      // Items must be money items of the zone; facts must be in the vocabulary; the year must have begun.
      r = await s.ent.post('/api/subsidy/applications', {
        year: 2027,
        items: [{ ruleId: '5/customs-tax' }, { ruleId: '4.1/export' }],
        facts: { cbecExportYuan: 7200000, madeUp: true },
      });
      assert.equal(r.statusCode, 400);
      assert.deepEqual(
        json<Problem>(r)
          .errors.map((e) => `${e.field}:${e.code}`)
          .sort(),
        [
          'facts.cbecExportYuan:invalid_type',
          'facts.madeUp:unknown_fact',
          'items.0.ruleId:not_payment',
          'items.1.ruleId:unknown_item',
          'year:future_year',
        ],
      );

      // Only an enterprise whose filing is approved applies.
      const unfiled = await makeEnterprise(p, 'hengyang');
      await assert.rejects(
        createApplication(enterpriseCtx(p, 'hengyang', unfiled), {
          year: 2025,
          items: [{ ruleId: '6/promotion' }],
        }),
        (e: { code: string }) => e.code === 'invalid_transition',
      );

      // No evidence yet: submission is refused.
      r = await s.ent.post(`/api/subsidy/applications/${appId}/submit`);
      assert.equal(r.statusCode, 400);
      assert.deepEqual(codes(r), ['required']);

      r = await upload(s.ent, appId, '营业执照.pdf', 'application/pdf', PDF);
      assert.equal(r.statusCode, 201, r.body);
      const ev = json<{ id: string; sha256: string; fileName: string; contentType: string; size: number }>(r);
      evidenceId = ev.id;
      assert.equal(ev.fileName, '营业执照.pdf');
      assert.equal(ev.contentType, 'application/pdf');
      assert.equal(ev.size, PDF.length);
      // The same file again is stored once.
      r = await upload(s.ent, appId, 'copy.pdf', 'application/pdf', PDF);
      assert.equal(r.statusCode, 200);
      assert.equal(json<{ id: string }>(r).id, evidenceId);
      // Larger than 10 MiB: refused before it is stored.
      r = await upload(
        s.ent,
        appId,
        'big.pdf',
        'application/pdf',
        Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
      );
      assert.equal(r.statusCode, 413);
      // A script named .pdf is not a PDF.
      r = await upload(s.ent, appId, 'x.pdf', 'application/pdf', Buffer.from('<script>alert(1)</script>'));
      assert.equal(r.statusCode, 415);
      assert.deepEqual(codes(r), ['unsupported_type']);

      r = await s.ent.post(`/api/subsidy/applications/${appId}/submit`);
      assert.equal(r.statusCode, 200, r.body);
      const sent = json<ApplicationDetail>(r);
      assert.equal(sent.status, 'submitted');
      assert.deepEqual(
        sent.items.map((i) => [i.ruleId, i.maximum]),
        [
          ['6/promotion', '150000.00'],
          ['16/social-insurance', '120000.00'],
        ],
      );
      const detail = json<ApplicationDetail>(await s.commerce.get(`/api/subsidy/applications/${appId}`));
      assert.deepEqual(
        detail.evaluation!.documents.map((d) => [d.key, d.citeAs, d.referenceDate]),
        [['hzf-2024-4', '衡政发〔2024〕4号', '2025-12-31']],
      );
      assert.ok(detail.evaluation!.items[1]!.trace.some((l) => l.citation === '衡政发〔2024〕4号 第16条'));
      assert.deepEqual(
        detail.evidence.map((e) => e.id),
        [evidenceId],
      );

      // Under review the enterprise cannot change it.
      r = await s.ent.patch(`/api/subsidy/applications/${appId}`, { facts: {} });
      assert.equal(r.statusCode, 409);
    });

    it('the commerce bureau returns it with reasons (补正); the enterprise corrects and resubmits, re-pinned', async () => {
      let r = await s.commerce.post(`/api/subsidy/applications/${appId}/commerce-review`, {
        decision: 'return',
      });
      assert.equal(r.statusCode, 400, 'reasons are required');
      r = await s.commerce.post(`/api/subsidy/applications/${appId}/commerce-review`, {
        decision: 'return',
        reasons: ['推广费用发票金额与申报不一致，请按发票金额更正'],
      });
      assert.equal(r.statusCode, 200, r.body);
      const seen = json<ApplicationDetail>(await s.ent.get(`/api/subsidy/applications/${appId}`));
      assert.equal(seen.status, 'returned');
      assert.deepEqual(seen.reasons, ['推广费用发票金额与申报不一致，请按发票金额更正']);
      assert.ok(seen.actions.includes('submit'));

      r = await s.ent.patch(`/api/subsidy/applications/${appId}`, {
        facts: { ...FACTS, platformPromotionFeeYuan: '260000.00' },
        version: seen.version,
      });
      assert.equal(r.statusCode, 200, r.body);
      // A stale version is a conflict.
      r = await s.ent.patch(`/api/subsidy/applications/${appId}`, { facts: FACTS, version: seen.version });
      assert.equal(r.statusCode, 409);
      assert.deepEqual(codes(r), ['stale_version']);

      r = await s.ent.post(`/api/subsidy/applications/${appId}/submit`);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<ApplicationDetail>(r).items[0]!.maximum, '130000.00');
    });

    it('the commerce bureau approves at most the maximum, within the cap and the budget, and reserves it', async () => {
      const review = (items: [string, string][]) =>
        s.commerce.post(`/api/subsidy/applications/${appId}/commerce-review`, {
          decision: 'approve',
          items: items.map(([ruleId, amount]) => ({ ruleId, amount })),
        });
      let r = await review([
        ['6/promotion', '130000.01'],
        ['16/social-insurance', '100000.00'],
      ]);
      assert.equal(r.statusCode, 400);
      assert.deepEqual(codes(r), ['above_maximum']);
      // 10% of the premiums is 120,000 but 第16条 caps it at 10万 a year for one enterprise.
      r = await review([
        ['6/promotion', '130000.00'],
        ['16/social-insurance', '120000.00'],
      ]);
      assert.equal(r.statusCode, 400);
      assert.deepEqual(codes(r), ['enterprise_cap']);
      // 230,000 is more than the 200,000 budget.
      r = await review([
        ['6/promotion', '130000.00'],
        ['16/social-insurance', '100000.00'],
      ]);
      assert.equal(r.statusCode, 409);
      assert.deepEqual(codes(r), ['budget_exhausted']);
      assert.match(json<{ detail: string }>(r).detail, /可用 200,000\.00 元/);

      r = await s.finance.patch(`/api/subsidy/budgets/${budgetId}`, {
        total: '300000.00',
        reason: '追加预算',
      });
      assert.equal(r.statusCode, 200, r.body);
      r = await review([
        ['6/promotion', '130000.00'],
        ['16/social-insurance', '100000.00'],
      ]);
      assert.equal(r.statusCode, 200, r.body);
      const approved = json<ApplicationDetail>(r);
      assert.equal(approved.status, 'approved_by_commerce');
      assert.equal(approved.approvedTotal, '230000.00');
      // Approving twice is refused.
      assert.equal((await review([['6/promotion', '1.00']])).statusCode, 409);

      const [budget] = json<BudgetView[]>(
        await s.finance.get('/api/subsidy/budgets?year=2025&fund=municipal'),
      );
      assert.deepEqual(
        [budget!.reserved, budget!.committed, budget!.available],
        ['230000.00', '0.00', '70000.00'],
      );
      // The total can never fall below what is reserved.
      r = await s.finance.patch(`/api/subsidy/budgets/${budgetId}`, { total: '229999.99', reason: '压减' });
      assert.equal(r.statusCode, 409);
      assert.deepEqual(codes(r), ['below_used']);
    });

    it('the finance bureau and the leading group office approve; the amount is committed', async () => {
      let r = await s.finance.post(`/api/subsidy/applications/${appId}/finance-review`, {
        decision: 'approve',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<ApplicationDetail>(r).status, 'approved_by_finance');
      r = await s.leading.post(`/api/subsidy/applications/${appId}/leading-group-decision`, {
        decision: 'approve',
        reference: '衡政函〔2026〕12号',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<ApplicationDetail>(r).status, 'approved');
      const [budget] = json<BudgetView[]>(
        await s.commerce.get('/api/subsidy/budgets?year=2025&fund=municipal'),
      );
      assert.deepEqual([budget!.reserved, budget!.committed], ['0.00', '230000.00']);
    });

    it('the notice is public; an objection is filed and dismissed; it closes after the period', async () => {
      let r = await s.commerce.post('/api/subsidy/notices', {
        title: '2025年度衡阳市跨境电商扶持资金拟支持项目公示',
        applicationIds: [appId],
      });
      assert.equal(r.statusCode, 201, r.body);
      const notice = json<NoticeView>(r);
      noticeId = notice.id;
      assert.equal(notice.objectionDays, 7);
      // Published Monday 2026-03-02 16:00 China time: 3 … 9 March, ending at 24:00 on the 9th.
      assert.equal(notice.objectionUntil, '2026-03-09T16:00:00.000Z');

      const anon = new Session(app);
      r = await anon.get(`/api/public/subsidy-notices/${noticeId}`);
      assert.equal(r.statusCode, 200, r.body);
      const pub = json<NoticeView>(r);
      assert.deepEqual(
        pub.items.map((i) => [i.enterpriseName, i.approvedTotal, i.status]),
        [['衡阳甲跨境电商有限公司', '230000.00', 'in_notice']],
      );
      assert.deepEqual(
        pub.items[0]!.items.map((i) => [i.ruleId, i.amount]),
        [
          ['6/promotion', '130000.00'],
          ['16/social-insurance', '100000.00'],
        ],
      );
      assert.equal(r.body.includes('13800001111'), false, 'no contact data');
      assert.equal(r.body.includes('platformPromotionFeeYuan'), false, 'no facts');
      const list = json<{ items: { id: string; itemCount: number; total: string }[] }>(
        await anon.get('/api/public/subsidy-notices?zoneCode=hengyang'),
      );
      assert.deepEqual(
        list.items.map((n) => [n.id, n.itemCount, n.total]),
        [[noticeId, 1, '230000.00']],
      );

      // Any signed-in user of the zone may object; another zone's user does not see the notice.
      r = await s.customs.post(`/api/subsidy/notices/${noticeId}/objections`, {
        applicationId: appId,
        text: '该企业推广费用中含有境内推广支出，不属于跨境电商推广。',
      });
      assert.equal(r.statusCode, 201, r.body);
      const objectionId = json<{ id: string }>(r).id;
      r = await s.czCommerce.post(`/api/subsidy/notices/${noticeId}/objections`, {
        applicationId: appId,
        text: '跨区提出的异议，应当看不到该公示。',
      });
      assert.equal(r.statusCode, 404);
      r = await s.auditor.post(`/api/subsidy/notices/${noticeId}/objections`, {
        applicationId: appId,
        text: '审计人员只读，不能提出异议。',
      });
      assert.equal(r.statusCode, 403);

      // Not before the period ends, and not with an objection open.
      assert.equal((await s.commerce.post(`/api/subsidy/notices/${noticeId}/close`)).statusCode, 409);
      const forReview = json<{ objections: { id: string; filedByName: string; resolution: null }[] }>(
        await s.commerce.get(`/api/subsidy/notices/${noticeId}`),
      );
      assert.deepEqual(
        forReview.objections.map((o) => [o.id, o.filedByName, o.resolution]),
        [[objectionId, 'hy-customs', null]],
      );
      // The enterprise sees the objection, not who filed it.
      const seen = json<ApplicationDetail>(await s.ent.get(`/api/subsidy/applications/${appId}`));
      assert.equal(seen.objections.length, 1);
      assert.equal(JSON.stringify(seen.objections).includes('hy-customs'), false);

      r = await s.commerce.post(`/api/subsidy/notices/${noticeId}/objections/${objectionId}/resolution`, {
        resolution: 'dismissed',
        note: '经核查推广费用均发生于跨境电商平台，异议不成立',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<{ resolution: string }>(r).resolution, 'dismissed');

      p.clock.advance(7 * DAY + 8 * 3600 * 1000); // 2026-03-09T16:00Z: the period is over
      await signIn();
      r = await s.customs.post(`/api/subsidy/notices/${noticeId}/objections`, {
        applicationId: appId,
        text: '公示期满后提出的异议不再受理。',
      });
      assert.equal(r.statusCode, 409);
      r = await s.commerce.post(`/api/subsidy/notices/${noticeId}/close`);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<NoticeView>(r).status, 'closed');
      assert.equal(json<NoticeView>(r).items[0]!.status, 'ready_for_disbursement');
    });

    it('the finance bureau records the disbursement once, however often it is sent', async () => {
      const pay = { bankReference: 'HY2026031000123', amount: '230000.00' };
      let r = await s.finance.post(`/api/subsidy/applications/${appId}/disbursement`, {
        ...pay,
        amount: '1.00',
      });
      assert.equal(r.statusCode, 400);
      assert.deepEqual(codes(r), ['amount_mismatch']);
      r = await s.finance.post(`/api/subsidy/applications/${appId}/disbursement`, pay);
      assert.equal(r.statusCode, 201, r.body);
      const first = json<{ id: string; amount: string }>(r);
      assert.equal(first.amount, '230000.00');
      r = await s.finance.post(`/api/subsidy/applications/${appId}/disbursement`, pay);
      assert.equal(r.statusCode, 200);
      assert.equal(json<{ id: string }>(r).id, first.id);
      r = await s.finance.post(`/api/subsidy/applications/${appId}/disbursement`, {
        bankReference: 'HY-OTHER',
      });
      assert.equal(r.statusCode, 409);
      assert.deepEqual(codes(r), ['already_disbursed']);

      const [budget] = json<BudgetView[]>(
        await s.finance.get('/api/subsidy/budgets?year=2025&fund=municipal'),
      );
      assert.deepEqual(
        [budget!.total, budget!.reserved, budget!.committed, budget!.disbursed],
        ['300000.00', '0.00', '0.00', '230000.00'],
      );
      const rows = await p.database.db
        .selectFrom('subsidy_disbursement')
        .select('id')
        .where('application_id', '=', appId)
        .execute();
      assert.equal(rows.length, 1);
      // The public notice keeps a disbursed application.
      const pub = json<NoticeView>(await new Session(app).get(`/api/public/subsidy-notices/${noticeId}`));
      assert.equal(pub.items[0]!.status, 'disbursed');
    });

    it('every step is in the history and the audit trail, and the chain verifies', async () => {
      const detail = json<ApplicationDetail>(await s.ent.get(`/api/subsidy/applications/${appId}`));
      assert.equal(detail.status, 'disbursed');
      const steps = [
        'create',
        'submit',
        'commerce_return',
        'edit',
        'submit',
        'commerce_approve',
        'finance_approve',
        'leading_group_approve',
        'publish',
        'close_notice',
        'disburse',
      ];
      assert.deepEqual(
        detail.steps.map((x) => x.action),
        steps,
      );
      assert.equal(detail.steps[7]!.reference, '衡政函〔2026〕12号');
      assert.equal(detail.disbursement?.bankReference, 'HY2026031000123');

      const trail = json<{ items: { action: string }[] }>(
        await s.auditor.get(`/api/audit?entityId=${appId}&pageSize=100`),
      ).items.map((i) => i.action);
      for (const step of [...steps, 'evidence_upload'])
        assert.ok(trail.includes(`subsidy.${step}`), `audit has subsidy.${step}`);
      const budgetTrail = json<{ items: { action: string }[] }>(
        await s.auditor.get(`/api/audit?entityId=${budgetId}&pageSize=100`),
      ).items.map((i) => i.action);
      assert.deepEqual(budgetTrail.sort(), [
        'subsidy_budget.adjust',
        'subsidy_budget.committed_to_disbursed',
        'subsidy_budget.create',
        'subsidy_budget.none_to_reserved',
        'subsidy_budget.reserved_to_committed',
      ]);
      const noticeTrail = json<{ items: { action: string }[] }>(
        await s.auditor.get(`/api/audit?entityType=subsidy_objection&pageSize=100`),
      ).items.map((i) => i.action);
      assert.deepEqual(noticeTrail.sort(), ['subsidy_objection.dismiss', 'subsidy_objection.file']);
      const verdict = json<{ ok: boolean }>(await s.auditor.get('/api/audit/verify'));
      assert.equal(verdict.ok, true);
    });

    it('evidence is for the owner and the reviewers; other zones and enterprises get 404, other roles 403', async () => {
      const url = `/api/subsidy/applications/${appId}/evidence/${evidenceId}`;
      for (const who of [s.ent, s.commerce, s.finance, s.leading, s.auditor]) {
        const r = await who.get(url);
        assert.equal(r.statusCode, 200);
        assert.deepEqual(r.rawPayload, PDF);
        assert.equal(r.headers['content-type'], 'application/pdf');
        assert.match(String(r.headers['content-disposition']), /^attachment; .*filename\*=UTF-8''/);
      }
      assert.equal((await s.customs.get(url)).statusCode, 403);
      assert.equal((await s.entB.get(url)).statusCode, 404);
      assert.equal((await s.czCommerce.get(url)).statusCode, 404);
    });

    it("another zone's or another enterprise's application is a 404, exactly like a missing one", async () => {
      const missing = '00000000-0000-4000-8000-000000000001';
      const strip = (b: string) => ({ ...(JSON.parse(b) as object), requestId: undefined });
      for (const who of [s.czCommerce, s.entB]) {
        const foreign = await who.get(`/api/subsidy/applications/${appId}`);
        const absent = await who.get(`/api/subsidy/applications/${missing}`);
        assert.equal(foreign.statusCode, 404);
        assert.deepEqual(strip(foreign.body), strip(absent.body));
      }
      r404(
        await s.czCommerce.post(`/api/subsidy/applications/${appId}/commerce-review`, {
          decision: 'reject',
          reasons: ['跨区'],
        }),
      );
      const list = json<{ items: { id: string }[] }>(
        await s.czCommerce.get('/api/subsidy/applications?zoneCode=hengyang'),
      );
      assert.deepEqual(list.items, []);
      assert.deepEqual(json<{ items: unknown[] }>(await s.entB.get('/api/subsidy/applications')).items, []);
      // Every role of the zone reads the zone's applications (信息共享).
      assert.equal((await s.customs.get(`/api/subsidy/applications/${appId}`)).statusCode, 200);
    });

    it('each step is refused (403) to every role but its own', async () => {
      const missing = '00000000-0000-4000-8000-000000000002';
      const routes: [string, string, unknown, (keyof typeof s)[]][] = [
        ['POST', '/api/subsidy/applications', {}, ['ent', 'entB']],
        ['POST', `/api/subsidy/applications/${missing}/submit`, {}, ['ent', 'entB']],
        ['POST', `/api/subsidy/applications/${missing}/commerce-review`, {}, ['commerce', 'czCommerce']],
        ['POST', `/api/subsidy/applications/${missing}/finance-review`, {}, ['finance']],
        ['POST', `/api/subsidy/applications/${missing}/leading-group-decision`, {}, ['leading']],
        ['POST', `/api/subsidy/applications/${missing}/disbursement`, {}, ['finance']],
        ['POST', '/api/subsidy/budgets', {}, ['finance']],
        ['POST', '/api/subsidy/notices', {}, ['commerce', 'czCommerce']],
        ['POST', `/api/subsidy/notices/${missing}/close`, {}, ['commerce', 'czCommerce']],
        [
          'GET',
          '/api/subsidy/budgets',
          undefined,
          ['commerce', 'czCommerce', 'finance', 'leading', 'auditor'],
        ],
      ];
      const failures: string[] = [];
      for (const [method, url, body, allowed] of routes)
        for (const who of Object.keys(s) as (keyof typeof s)[]) {
          const r = await s[who].request(method as 'GET' | 'POST', url, body);
          const ok = allowed.includes(who)
            ? r.statusCode !== 403 && r.statusCode !== 401
            : r.statusCode === 403;
          if (!ok) failures.push(`${who} ${method} ${url} → ${r.statusCode}`);
        }
      assert.deepEqual(failures, []);
      assert.equal((await new Session(app).get('/api/subsidy/applications')).statusCode, 401);
    });

    it('per-enterprise annual caps hold across two applications; an item is applied for once a year', async () => {
      const r0 = await s.finance.patch(`/api/subsidy/budgets/${budgetId}`, {
        total: '1000000.00',
        reason: '追加',
      });
      assert.equal(r0.statusCode, 200, r0.body);
      const entC = await makeApprovedEnterprise(p, 'hengyang', '4304960003', '衡阳丙跨境电商有限公司');
      const facts = { ...FACTS, platformPromotionFeeYuan: '300000.00', newShopAnnualFeeYuan: '200000.00' };
      const first = await submitted(p, 'hengyang', entC, {
        year: 2025,
        items: [{ ruleId: '6/promotion' }],
        facts,
      });
      const second = await submitted(p, 'hengyang', entC, {
        year: 2025,
        items: [{ ruleId: '6/new-shop' }],
        facts,
      });
      const approve = (id: string, ruleId: string, amount: string) =>
        s.commerce.post(`/api/subsidy/applications/${id}/commerce-review`, {
          decision: 'approve',
          items: [{ ruleId, amount }],
        });
      assert.equal((await approve(first, '6/promotion', '150000.00')).statusCode, 200);
      // 第6条: the two together at most 20万 a year: 50,000 is left for the second application.
      let r = await approve(second, '6/new-shop', '100000.00');
      assert.equal(r.statusCode, 400);
      assert.deepEqual(codes(r), ['enterprise_cap']);
      assert.match(json<Problem>(r).errors[0]!.messageEn, /at most 50,000\.00 now/);
      r = await approve(second, '6/new-shop', '50000.00');
      assert.equal(r.statusCode, 200, r.body);

      // A third application for an item the year already holds is refused at submission.
      const ctx = enterpriseCtx(p, 'hengyang', entC);
      const third = await createApplication(ctx, { year: 2025, items: [{ ruleId: '6/promotion' }], facts });
      await uploadEvidence(ctx, third.id, { fileName: 'e.pdf', body: PDF });
      await assert.rejects(submitApplication(ctx, third.id), (e: { errors: { code: string }[] }) => {
        assert.deepEqual(
          e.errors.map((x) => x.code),
          ['item_taken'],
        );
        return true;
      });
    });

    it('concurrent approvals never overspend the budget', async () => {
      // 10 enterprises, each asking 20,000 from a provincial budget of 100,000: exactly 5 fit.
      await s.finance.post('/api/subsidy/budgets', { fund: 'provincial', year: 2025, total: '100000.00' });
      const facts = { ...FACTS, platformPromotionFeeYuan: '40000.00' };
      const ids: string[] = [];
      for (let n = 0; n < 10; n++) {
        const ent = await makeApprovedEnterprise(p, 'hengyang', `43049610${String(n).padStart(2, '0')}`);
        ids.push(
          await submitted(p, 'hengyang', ent, {
            year: 2025,
            fund: 'provincial',
            items: [{ ruleId: '6/promotion' }],
            facts,
          }),
        );
      }
      const results = await Promise.all(
        ids.map((id) =>
          s.commerce.post(`/api/subsidy/applications/${id}/commerce-review`, {
            decision: 'approve',
            items: [{ ruleId: '6/promotion', amount: '20000.00' }],
          }),
        ),
      );
      const statuses = results.map((r) => r.statusCode).sort();
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 409, 409, 409, 409, 409]);
      for (const r of results.filter((x) => x.statusCode === 409))
        assert.deepEqual(codes(r), ['budget_exhausted']);
      const [budget] = json<BudgetView[]>(
        await s.finance.get('/api/subsidy/budgets?year=2025&fund=provincial'),
      );
      assert.deepEqual([budget!.reserved, budget!.available], ['100000.00', '0.00']);
      const approved = await p.database.db
        .selectFrom('subsidy_application')
        .select('id')
        .where('id', 'in', ids)
        .where('status', '=', 'approved_by_commerce')
        .execute();
      assert.equal(approved.length, 5);

      // A finance return releases a reservation; the money is available to the next approval.
      const won = ids.find((_, i) => results[i]!.statusCode === 200)!;
      const lost = ids.find((_, i) => results[i]!.statusCode === 409)!;
      let r = await s.finance.post(`/api/subsidy/applications/${won}/finance-review`, {
        decision: 'return',
        reasons: ['请补充社保缴费凭证'],
      });
      assert.equal(r.statusCode, 200, r.body);
      r = await s.commerce.post(`/api/subsidy/applications/${lost}/commerce-review`, {
        decision: 'approve',
        items: [{ ruleId: '6/promotion', amount: '20000.00' }],
      });
      assert.equal(r.statusCode, 200, r.body);
      const [after] = json<BudgetView[]>(
        await s.finance.get('/api/subsidy/budgets?year=2025&fund=provincial'),
      );
      assert.equal(after!.reserved, '100000.00');
      concurrentlyApproved.push(...ids.filter((id) => id !== won));
    });

    const concurrentlyApproved: string[] = [];

    it('an upheld objection rejects the application and releases its money before any is paid', async () => {
      const list = json<{ items: { id: string; status: string }[] }>(
        await s.commerce.get(
          '/api/subsidy/applications?status=approved_by_commerce&fund=provincial&pageSize=100',
        ),
      );
      const id = list.items.map((i) => i.id).find((i) => concurrentlyApproved.includes(i))!;
      let r = await s.finance.post(`/api/subsidy/applications/${id}/finance-review`, { decision: 'approve' });
      assert.equal(r.statusCode, 200, r.body);
      r = await s.leading.post(`/api/subsidy/applications/${id}/leading-group-decision`, {
        decision: 'approve',
      });
      assert.equal(r.statusCode, 200, r.body);
      r = await s.commerce.post('/api/subsidy/notices', {
        title: '省级资金拟支持项目公示',
        applicationIds: [id],
      });
      assert.equal(r.statusCode, 201, r.body);
      const noticeId = json<NoticeView>(r).id;
      r = await s.ent.post(`/api/subsidy/notices/${noticeId}/objections`, {
        applicationId: id,
        text: '该企业2025年度未实际发生平台推广费用，材料不实。',
      });
      assert.equal(r.statusCode, 201, r.body);
      const objectionId = json<{ id: string }>(r).id;
      let [budget] = json<BudgetView[]>(
        await s.finance.get('/api/subsidy/budgets?year=2025&fund=provincial'),
      );
      assert.deepEqual([budget!.reserved, budget!.committed], ['80000.00', '20000.00']);

      r = await s.commerce.post(`/api/subsidy/notices/${noticeId}/objections/${objectionId}/resolution`, {
        resolution: 'upheld',
        note: '经核查推广费用发票不实，异议成立，取消支持',
      });
      assert.equal(r.statusCode, 200, r.body);
      const detail = json<ApplicationDetail>(await s.commerce.get(`/api/subsidy/applications/${id}`));
      assert.equal(detail.status, 'rejected');
      assert.deepEqual(detail.reasons, ['经核查推广费用发票不实，异议成立，取消支持']);
      [budget] = json<BudgetView[]>(await s.finance.get('/api/subsidy/budgets?year=2025&fund=provincial'));
      assert.deepEqual([budget!.committed, budget!.available], ['0.00', '20000.00']);
      const pub = json<NoticeView>(await new Session(app).get(`/api/public/subsidy-notices/${noticeId}`));
      assert.equal(pub.items[0]!.status, 'rejected');
      // Nothing to pay.
      r = await s.finance.post(`/api/subsidy/applications/${id}/disbursement`, { bankReference: 'X1' });
      assert.equal(r.statusCode, 409);
    });

    it('each budget column equals the sum of the approved totals of the applications in its states', async () => {
      const rows = await p.database.db
        .selectFrom('subsidy_application')
        .select(['fund', 'year', 'status', 'approved_total'])
        .execute();
      for (const budget of json<BudgetView[]>(await s.finance.get('/api/subsidy/budgets'))) {
        const expected = { reserved: 0n, committed: 0n, disbursed: 0n };
        for (const r of rows.filter((x) => x.fund === budget.fund && x.year === budget.year)) {
          const bucket = BUDGET_BUCKET[r.status as keyof typeof BUDGET_BUCKET];
          if (bucket !== 'none') expected[bucket] += fen(r.approved_total!);
        }
        assert.deepEqual(
          [fen(budget.reserved), fen(budget.committed), fen(budget.disbursed)],
          [expected.reserved, expected.committed, expected.disbursed],
          `${budget.fund} ${budget.year}`,
        );
      }
    });
  });
}

/** Yuan string → integer fen, exact. */
function fen(yuan: string): bigint {
  const [int, frac = ''] = yuan.split('.');
  return BigInt(int!) * 100n + BigInt(frac.padEnd(2, '0'));
}

function r404(r: LightMyRequestResponse) {
  assert.equal(r.statusCode, 404, r.body);
}
