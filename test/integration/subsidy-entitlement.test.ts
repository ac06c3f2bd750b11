import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { App } from '../../src/http/app.js';
import {
  submitApplication,
  uploadEvidence,
  type ApplicationDetail,
  type EntitlementRunSummary,
  type EntitlementView,
} from '../../src/modules/subsidy/index.js';
import type { Ctx } from '../../src/shared/context.js';
import { EXPORT_CODES } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { releaseExportParcels } from '../helpers/release.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

interface Page<T> {
  items: T[];
  total: number;
}

for (const kind of databaseKinds()) {
  describe(`subsidy: automatic entitlement (免申即享) [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    let exporter: string;
    let idle: string;
    const s = {} as Record<'ebc' | 'logistics' | 'agent' | 'idle' | 'commerce' | 'czCommerce', Session>;

    before(async () => {
      // 2025:衡政发〔2024〕4号 is in force and the year's average USD rate is published.
      p = await openTestPlatform(kind, '2025-06-02T08:00:00.000Z');
      app = await testApp(p);
      exporter = await makeApprovedEnterprise(p, 'hengyang', EXPORT_CODES.ebc, '衡阳出海跨境电商有限公司');
      idle = await makeApprovedEnterprise(p, 'hengyang', '4304960B09', '衡阳未出口贸易有限公司');
      const users: [keyof typeof s, Parameters<typeof makeUser>[2], string, string?][] = [
        ['ebc', 'enterprise', 'hengyang', exporter],
        [
          'logistics',
          'enterprise',
          'hengyang',
          await makeApprovedEnterprise(p, 'hengyang', EXPORT_CODES.logistics),
        ],
        ['agent', 'enterprise', 'hengyang', await makeApprovedEnterprise(p, 'hengyang', EXPORT_CODES.agent)],
        ['idle', 'enterprise', 'hengyang', idle],
        ['commerce', 'commerce', 'hengyang'],
        ['czCommerce', 'commerce', 'chenzhou'],
      ];
      for (const [key, role, zone, enterpriseId] of users) {
        await makeUser(p, `ent-${key}`, role, zone, enterpriseId);
        s[key] = await Session.login(app, `ent-${key}`, PASSWORD);
      }
      // Three export parcels of USD 45.50, released by the sandbox customs in 2025.
      await releaseExportParcels(p, s, 3);
      const released = json<Page<unknown>>(await s.agent.get('/api/clearance/parcels?customsStatus=800'));
      assert.equal(released.total, 3);
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    let first: EntitlementRunSummary;
    let entitlement: EntitlementView;

    it('finds the exporter’s 第5条 award from its released exports and prepares a pre-filled draft', async () => {
      const r = await s.commerce.post('/api/subsidy/entitlement-runs', { year: 2025 });
      assert.equal(r.statusCode, 200, r.body);
      first = json<EntitlementRunSummary>(r);
      assert.equal(first.zoneCode, 'hengyang');
      // Four approved enterprises (exporter, logistics, agent, idle): only the exporter has an item.
      assert.equal(first.counts.enterprises, 4);
      assert.equal(first.counts.withItems, 1);
      assert.equal(first.counts.eligibleItems, 1);
      assert.equal(first.counts.draftsPrepared, 1);
      assert.equal(first.counts.notified, 1);
      assert.equal(first.counts.totalMax, '20000.00');

      const mine = json<Page<EntitlementView>>(await s.ebc.get('/api/subsidy/entitlements?year=2025'));
      assert.equal(mine.total, 1);
      entitlement = mine.items[0]!;
      assert.equal(entitlement.enterpriseId, exporter);
      assert.equal(entitlement.totalMax, '20000.00');
      assert.deepEqual(
        entitlement.items.map((i) => [i.ruleId, i.status, i.maximum, i.tier?.zh]),
        [['5/export', 'eligible', '20000.00', '出口总额破零']],
      );
      // 3 × USD 45.50 at the 2025 average rate 7.1429, cut to the fen.
      assert.equal(entitlement.facts.cbecExportYuan, '975');
      assert.equal(entitlement.facts.cbecExportedBeforePeriod, false);
      assert.ok(entitlement.notes.some((n) => n.en.includes('confirm')));
      assert.ok(entitlement.notifiedAt);
      assert.equal(entitlement.readAt, null);
      assert.ok(entitlement.applicationId);

      const draft = json<ApplicationDetail>(
        await s.ebc.get(`/api/subsidy/applications/${entitlement.applicationId}`),
      );
      assert.equal(draft.status, 'draft');
      assert.equal(draft.year, 2025);
      assert.deepEqual(
        draft.items.map((i) => [i.ruleId, i.requested]),
        [['5/export', null]],
      );
      assert.equal(draft.facts.cbecExportYuan, '975');
      assert.equal(draft.facts.registeredAndTaxedInZone, true);

      // The idle enterprise (no trade) has none.
      assert.equal(json<Page<EntitlementView>>(await s.idle.get('/api/subsidy/entitlements')).total, 0);
      // The bureau sees the zone's.
      assert.equal(json<Page<EntitlementView>>(await s.commerce.get('/api/subsidy/entitlements')).total, 1);
      assert.equal(json<Page<EntitlementView>>(await s.czCommerce.get('/api/subsidy/entitlements')).total, 0);
    });

    it('a re-run changes nothing: same counts, no second draft, nobody told again', async () => {
      p.clock.advance(60_000);
      const r = await s.commerce.post('/api/subsidy/entitlement-runs', { zoneCode: 'hengyang', year: 2025 });
      assert.equal(r.statusCode, 200, r.body);
      const again = json<EntitlementRunSummary>(r);
      assert.notEqual(again.runId, first.runId);
      const { draftsPrepared, notified, ...rest } = again.counts;
      const { draftsPrepared: d0, notified: n0, ...rest0 } = first.counts;
      assert.deepEqual(rest, rest0);
      assert.deepEqual([d0, n0, draftsPrepared, notified], [1, 1, 0, 0]);

      const now = json<Page<EntitlementView>>(await s.ebc.get('/api/subsidy/entitlements')).items;
      assert.equal(now.length, 1);
      assert.equal(now[0]!.id, entitlement.id);
      assert.equal(now[0]!.applicationId, entitlement.applicationId);
      assert.equal(now[0]!.notifiedAt, entitlement.notifiedAt);
      assert.equal(
        json<Page<unknown>>(await s.ebc.get('/api/subsidy/applications?year=2025')).total,
        1,
        'no second draft',
      );
      // One audit record per run, not one per enterprise.
      const runs = await p.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'subsidy_entitlement.run')
        .execute();
      assert.equal(runs.length, 2);
    });

    it('the enterprise marks its own entitlement read; another’s is not found', async () => {
      assert.equal(
        (await s.idle.post(`/api/subsidy/entitlements/${entitlement.id}/read`, {})).statusCode,
        404,
      );
      assert.equal((await s.ebc.post(`/api/subsidy/entitlements/${randomUUID()}/read`, {})).statusCode, 404);
      assert.equal((await s.ebc.post('/api/subsidy/entitlements/nope/read', {})).statusCode, 404);
      const r = await s.ebc.post(`/api/subsidy/entitlements/${entitlement.id}/read`, {});
      assert.equal(r.statusCode, 200, r.body);
      assert.ok(json<EntitlementView>(r).readAt);
      // The bureau does not mark the enterprise's notification read.
      assert.equal(
        (await s.commerce.post(`/api/subsidy/entitlements/${entitlement.id}/read`, {})).statusCode,
        403,
      );
    });

    it('the prepared draft submits as it is (after evidence): the 第5条 maximum is pinned', async () => {
      const system = p.systemCtx('test');
      const ctx: Ctx = {
        ...system,
        actor: {
          userId: randomUUID(),
          username: 'ent-ebc',
          displayName: 'enterprise',
          role: 'enterprise',
          zoneCode: 'hengyang',
          enterpriseId: exporter,
          via: 'session',
        },
      };
      await uploadEvidence(ctx, entitlement.applicationId!, { fileName: 'exports.pdf', body: PDF });
      const submitted = await submitApplication(ctx, entitlement.applicationId!);
      assert.equal(submitted.status, 'submitted');
      assert.equal(submitted.maximumTotal, '20000.00');
    });

    it('only the zone’s commerce bureau (or the system) runs it', async () => {
      let r = await s.czCommerce.post('/api/subsidy/entitlement-runs', { zoneCode: 'hengyang', year: 2025 });
      assert.equal(r.statusCode, 404, r.body);
      r = await s.ebc.post('/api/subsidy/entitlement-runs', { year: 2025 });
      assert.equal(r.statusCode, 403, r.body);
      r = await s.commerce.post('/api/subsidy/entitlement-runs', { year: 2027 });
      assert.equal(r.statusCode, 400, r.body);
    });
  });
}
