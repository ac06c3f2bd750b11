/**
 * The public policy calculator through HTTP: anonymous callers list a zone's documents and the facts
 * vocabulary and evaluate figures; the answers carry the amounts, the trace and the articles quoted;
 * bad input is a 400 naming each field. Needs `policyRoutes` registered in src/http/app.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/http/app.js';
import { checkCase, policyCases, type Evaluation, type PolicyCase } from '../../src/modules/policy/index.js';
import { makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

interface Problem {
  status: number;
  code: string;
  errors: { field: string; code: string; message: string; messageEn: string }[];
}
interface Article {
  citation: string;
  documentKey: string;
  id: string;
  label: string;
  text: string;
}
type Answer = Evaluation & { year: string; articles: Article[] };
interface DocumentView {
  key: string;
  docNumber: string | null;
  citeAs: string;
  stage: string;
  status: string;
  validity: { from: string | null; until: string | null };
  commonFacts: string[];
  items: {
    id: string;
    citation: string;
    kind: string;
    facts: string[];
    amount: { shape: string; zh: string; en: string } | null;
  }[];
  articles: Article[];
}
interface FactView {
  id: string;
  unit: string;
  group: string;
  fields: { id: string; unit: string }[] | null;
  usedBy: { zone: string; documentKey: string; items: string[]; everyItem: boolean }[];
}

/** 衡政发〔2024〕4号 一、支持范围: an enterprise inside it. */
const HENGYANG_ENTERPRISE = {
  applicantKind: 'enterprise',
  registeredAndTaxedInZone: true,
  independentLegalPerson: true,
  hasCbecTradeRecord: true,
  inCustomsCbecStatistics: true,
};

for (const kind of databaseKinds()) {
  describe(`public policy calculator [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;

    before(async () => {
      // 2026-03-02 in China: Hengyang in force, Chenzhou expired on 2026-02-23, Zhuzhou still a draft.
      p = await openTestPlatform(kind);
      app = await testApp(p);
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    /** An anonymous caller: no cookie, no token, no CSRF header. */
    const anonymous = (method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({ method, url, ...(payload ? { payload } : {}) });
    const calculate = (body: object) => anonymous('POST', '/api/public/policy-calculator', body);
    const problem = (r: LightMyRequestResponse) => {
      assert.equal(r.statusCode, 400, r.body);
      assert.match(String(r.headers['content-type']), /application\/problem\+json/);
      return json<Problem>(r);
    };

    it('lists a zone’s documents with their status today, items and articles, without login', async () => {
      const r = await anonymous('GET', '/api/public/policies?zone=hengyang');
      assert.equal(r.statusCode, 200, r.body);
      const body = json<{ zone: string; on: string; documents: DocumentView[] }>(r);
      assert.equal(body.on, '2026-03-02');
      const [doc] = body.documents;
      assert.equal(doc?.docNumber, '衡政发〔2024〕4号');
      assert.equal(doc.status, 'in_force');
      assert.deepEqual(doc.validity, { from: '2024-05-07', until: '2026-05-06' });
      assert.deepEqual(doc.commonFacts, [
        'applicantKind',
        'registeredAndTaxedInZone',
        'independentLegalPerson',
        'hasCbecTradeRecord',
        'inCustomsCbecStatistics',
      ]);
      const exportItem = doc.items.find((i) => i.id === '5/export');
      assert.equal(exportItem?.citation, '衡政发〔2024〕4号 第5条');
      assert.equal(exportItem.amount?.shape, 'tiers');
      assert.match(exportItem.amount.zh, /50 万美元|50万美元/);
      assert.deepEqual(exportItem.facts.sort(), ['cbecExportYuan', 'otherPolicyAwards', 'priorAwards']);
      assert.match(
        doc.articles.find((a) => a.id === '5')?.text ?? '',
        /超过 50 万美元的，最高给予一次性奖励 10 万元/,
      );

      const chenzhou = json<{ documents: DocumentView[] }>(
        await anonymous('GET', '/api/public/policies?zone=chenzhou'),
      ).documents[0];
      assert.equal(chenzhou?.status, 'expired', 'valid until 2026-02-23');
      const earlier = json<{ documents: DocumentView[] }>(
        await anonymous('GET', '/api/public/policies?zone=chenzhou&on=2026-02-23'),
      ).documents[0];
      assert.equal(earlier?.status, 'in_force', 'the last day is in force');
      const zhuzhou = json<{ documents: DocumentView[] }>(
        await anonymous('GET', '/api/public/policies?zone=zhuzhou'),
      ).documents[0];
      assert.deepEqual([zhuzhou?.stage, zhuzhou?.status, zhuzhou?.docNumber], ['draft', 'draft', null]);

      const bad = problem(await anonymous('GET', '/api/public/policies?zone=changsha'));
      assert.deepEqual(
        bad.errors.map((e) => [e.field, e.code]),
        [['zone', 'invalid_value']],
      );
      assert.equal(
        problem(await anonymous('GET', '/api/public/policies?zone=hengyang&on=2026-02-30')).errors[0]?.field,
        'on',
      );
    });

    it('serves the facts vocabulary with units, groups, list fields and the items reading each fact', async () => {
      const r = await anonymous('GET', '/api/public/policies/facts');
      assert.equal(r.statusCode, 200, r.body);
      const v = json<{
        groups: { id: string }[];
        levels: { value: string; zh: string; en: string }[];
        applicantKinds: { value: string }[];
        facts: FactView[];
      }>(r);
      const byId = new Map(v.facts.map((f) => [f.id, f]));
      const exports = byId.get('cbecExportYuan');
      assert.equal(exports?.unit, 'yuan');
      assert.equal(exports.group, 'trade');
      assert.ok(
        exports.usedBy.some((u) => u.zone === 'hengyang' && u.items.includes('5/export') && !u.everyItem),
      );
      const scope = byId.get('registeredAndTaxedInZone')?.usedBy.find((u) => u.zone === 'hengyang');
      assert.equal(scope?.everyItem, true);
      assert.equal(scope.items.length, 25, 'every Hengyang item');
      assert.deepEqual(
        byId.get('overseasWarehouseLeases')?.fields?.map((f) => [f.id, f.unit]),
        [
          ['areaM2', 'm2'],
          ['rentYuan', 'yuan'],
        ],
      );
      const groups = new Set(v.groups.map((g) => g.id));
      for (const f of v.facts) {
        assert.ok(groups.has(f.group), `${f.id} has a known group`);
        assert.ok(f.usedBy.length > 0, `${f.id} is read by some item`);
      }
      assert.deepEqual(
        v.levels.map((l) => l.value),
        ['none', 'municipal', 'provincial', 'national'],
      );
      assert.ok(v.applicantKinds.some((k) => k.value === 'park_operator'));
    });

    it('evaluates a Hengyang 2025 case anonymously: 10万元 with 第5条 cited and quoted', async () => {
      const c = policyCases('hengyang').find((x) => x.id === 'rate-2025-above')!;
      assert.equal(c.period, '2025');
      const r = await calculate({ zone: 'hengyang', year: c.period, facts: c.facts });
      assert.equal(r.statusCode, 200, r.body);
      const e = json<Answer>(r);
      assert.deepEqual(checkCase(c, e), []);
      assert.equal(e.year, '2025');
      const item = e.items.find((i) => i.ruleId === '5/export')!;
      assert.deepEqual(
        [item.status, item.amount, item.tier?.index, item.basis],
        ['eligible', '100000.00', 2, 'maximum'],
      );
      assert.equal(item.citation, '衡政发〔2024〕4号 第5条');
      // The trace shows the USD threshold converted at the 2025 rate, citing the article.
      const tierLine = item.trace.find((l) => l.outcome === 'met' && l.zh.includes('3,571,450.00'));
      assert.equal(tierLine?.citation, '衡政发〔2024〕4号 第5条');
      assert.match(tierLine.en, /USD 500,000 × 7\.1429/);
      // The articles cited are quoted verbatim: the item's own, and 一、支持范围 from the scope lines.
      const quoted = new Map(e.articles.map((a) => [a.citation, a.text]));
      assert.match(
        quoted.get('衡政发〔2024〕4号 第5条') ?? '',
        /超过 50 万美元的，最高给予一次性奖励 10 万元/,
      );
      assert.match(quoted.get('衡政发〔2024〕4号 一、支持范围') ?? '', /依法注册、纳税/);
      for (const i of e.items)
        for (const line of i.trace)
          if (line.citation) assert.ok(quoted.has(line.citation), `${line.citation} is quoted`);
      // Money is exact: decimal strings, and the total is the sum of the eligible payments.
      assert.equal(e.total, '100000.00');
    });

    it('answers every Hengyang 2025 case of the case file as the engine does', async () => {
      const cases: readonly PolicyCase[] = policyCases('hengyang').filter((c) => c.period === '2025');
      assert.ok(cases.length >= 2);
      for (const c of cases) {
        const r = await calculate({ zone: 'hengyang', year: Number(c.period), facts: c.facts });
        assert.equal(r.statusCode, 200, `${c.id}: ${r.body}`);
        assert.deepEqual(checkCase(c, json<Answer>(r)), [], c.id);
      }
    });

    it('refuses bad facts with 400 naming each field in Chinese and English', async () => {
      const bad = problem(
        await calculate({
          zone: 'hengyang',
          year: '2025',
          facts: {
            ...HENGYANG_ENTERPRISE,
            cbecExportYuan: '3571450.001',
            socialInsurancePaidYuan: 1200000.5,
            notAFact: true,
          },
        }),
      );
      assert.equal(bad.code, 'validation_failed');
      const money = bad.errors.find((e) => e.field === 'facts.cbecExportYuan');
      assert.ok(money, JSON.stringify(bad.errors));
      assert.equal(money.code, 'invalid_money');
      assert.match(money.message, /金额/);
      assert.match(money.messageEn, /yuan amount/);
      // Money as a JSON number (a float) is refused: amounts travel as decimal strings.
      assert.equal(bad.errors.find((e) => e.field === 'facts.socialInsurancePaidYuan')?.code, 'invalid_type');
      const unknown = bad.errors.find((e) => e.field === 'facts.notAFact');
      assert.equal(unknown?.code, 'unknown_fact');
      assert.match(unknown.message, /未知的事实项/);

      const rows = problem(
        await calculate({
          zone: 'hengyang',
          year: '2025',
          facts: { overseasWarehouseLeases: [{ areaM2: '1500' }] },
        }),
      );
      assert.ok(rows.errors.some((e) => e.field.startsWith('facts.overseasWarehouseLeases.0')));

      const awards = problem(
        await calculate({ zone: 'hengyang', year: '2025', facts: { priorAwards: { 'no/such': '1.00' } } }),
      );
      assert.deepEqual(
        awards.errors.map((e) => [e.field, e.code]),
        [['facts.priorAwards.no/such', 'unknown_rule']],
      );
    });

    it('refuses an unknown zone, a bad year, a missing body and unknown fields with 400', async () => {
      const zone = problem(await calculate({ zone: 'changsha', year: '2025', facts: {} }));
      assert.deepEqual(
        zone.errors.map((e) => [e.field, e.code]),
        [['zone', 'invalid_value']],
      );
      assert.match(zone.errors[0]!.messageEn, /hengyang/);
      assert.equal(
        problem(await calculate({ zone: 'hengyang', year: '25', facts: {} })).errors[0]?.field,
        'year',
      );
      const missing = problem(await calculate({ zone: 'hengyang' }));
      assert.deepEqual(missing.errors.map((e) => e.field).sort(), ['facts', 'year']);
      const extra = problem(await calculate({ zone: 'hengyang', year: 2025, facts: {}, more: 1 }));
      assert.deepEqual(
        extra.errors.map((e) => [e.field, e.code]),
        [['more', 'unknown_field']],
      );
      assert.equal((await anonymous('POST', '/api/public/policy-calculator')).statusCode, 400);
    });

    it('says when a document is not in force: Chenzhou after its term, the Zhuzhou draft unless drafts are included', async () => {
      const chenzhou = json<Answer>(
        await calculate({ zone: 'chenzhou', year: '2027', facts: { platformPromotionFeeYuan: '1000.00' } }),
      );
      assert.equal(chenzhou.documents[0]?.inForce, false);
      assert.match(chenzhou.documents[0]?.reason?.zh ?? '', /2026-02-23/);
      assert.ok(chenzhou.items.every((i) => i.status === 'not_in_force'));
      assert.equal(chenzhou.total, '0.00');
      assert.ok(chenzhou.articles.length > 0, 'the items’ articles are still quoted');

      const facts = { applicantKind: 'enterprise', hostedExhibitionBoothFeeYuan: '12000.00' };
      const draft = json<Answer>(await calculate({ zone: 'zhuzhou', year: '2025', facts }));
      const hosted = (e: Answer) => e.items.find((i) => i.ruleId === '21/hosted-exhibitions')!;
      assert.equal(hosted(draft).status, 'not_in_force');
      assert.equal(hosted(draft).reasons[0]?.code, 'draft');
      const estimate = json<Answer>(
        await calculate({ zone: 'zhuzhou', year: '2025', facts, includeDrafts: true }),
      );
      assert.equal(estimate.includeDrafts, true);
      assert.deepEqual(
        [hosted(estimate).status, hosted(estimate).amount, hosted(estimate).draft],
        ['eligible', '12000.00', true],
      );
    });

    it('works the same for a signed-in user', async () => {
      await makeUser(p, 'calc-officer', 'commerce', 'hengyang');
      const s = await Session.login(app, 'calc-officer', PASSWORD);
      const r = await s.post('/api/public/policy-calculator', {
        zone: 'hengyang',
        year: '2025',
        facts: { ...HENGYANG_ENTERPRISE, cbecExportYuan: '3571450.00' },
      });
      assert.equal(r.statusCode, 200, r.body);
      const item = json<Answer>(r).items.find((i) => i.ruleId === '5/export');
      assert.deepEqual([item?.amount, item?.tier?.index], ['20000.00', 1]);
    });
  });
}
