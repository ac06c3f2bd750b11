/**
 * Trade statistics through the HTTP API: parcels released in three months (one a year earlier) are
 * counted once by the job, and every figure — overview, breakdowns, trend — is recomputed here from the
 * records under it (sum of the parcels' values × the recorded rate), and equals the drill-down's sums.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import type { App } from '../../src/http/app.js';
import { countReleasedTrade } from '../../src/modules/clearance/index.js';
import { EXPORT_CODES } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { releaseExportParcels } from '../helpers/release.js';

interface Money {
  cny: string;
  usd: string | null;
}
interface Figure {
  parcels: number | null;
  lines: number | null;
  value: Money;
}
interface Compared extends Figure {
  mom: string | null;
  yoy: string | null;
}
interface Overview {
  total: Compared;
  export: Compared;
  import: Compared;
  byTradeMode: (Compared & { key: string; share: string | null })[];
  activeEnterprises: number;
  shopSales: { value: string; orders: number; mom: string | null; yoy: string | null };
  rates: { missing: { month: string; currency: string }[]; noUsd: string[] };
}
interface Breakdown {
  total: Figure;
  rows: (Figure & { key: string; label: string; share: string | null; yoy: string | null })[];
  rest: Figure | null;
}
interface Records {
  figure: { currency: string; count: number; value: string }[];
  records: { currency: string; parcels: number; lines: number; value: string }[] | null;
  items: { id: string; declaredValue: string; currency: string; countedValue: string; releasedAt: string }[];
  total: number | null;
}

/** Each example export parcel: goods lines 35.50 (chapter 82) + 10 (chapter 82) + 0 (chapter 48), in USD. */
const PARCEL_USD = new Decimal('45.50');
const RATE_2026 = '7.1';
const RATE_2025 = '7.1429';

for (const kind of databaseKinds()) {
  describe(`statistics: trade figures reconcile with their records [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    const s = {} as Record<'ebc' | 'logistics' | 'agent' | 'commerce' | 'other' | 'province', Session>;

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
      await makeUser(p, 'other', 'commerce', 'chenzhou');
      await makeUser(p, 'province', 'commerce', null);
      // Sessions expire as the clock moves: everyone signs in again at each date.
      const at = async (iso: string) => {
        p.clock.set(iso);
        for (const name of ['ebc', 'logistics', 'agent', 'commerce', 'other', 'province'] as const)
          s[name] = await Session.login(app, name, PASSWORD);
      };
      // Released in February 2025, January 2026 and February 2026 (China time).
      await at('2025-02-10T02:00:00Z');
      await releaseExportParcels(p, s, 2, 1);
      await at('2026-01-15T02:00:00Z');
      await releaseExportParcels(p, s, 3, 10);
      await at('2026-02-20T02:00:00Z');
      await releaseExportParcels(p, s, 4, 20);
      await at('2026-03-05T02:00:00Z');
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    it('converts at the rate in force on the month’s first day, and at the bureau’s rate once recorded', async () => {
      const feb = () => s.commerce.get('/api/statistics/overview?period=month&at=2026-02');
      // Until a 2026 rate is recorded, 2025's annual average is the latest in force.
      let o = json<Overview>(await feb());
      assert.deepEqual(o.rates, { missing: [], noUsd: [] });
      assert.equal(o.total.value.cny, PARCEL_USD.times(4).times(RATE_2025).toFixed(2));
      const rate = {
        currency: '502',
        validFrom: '2026-01-01',
        cnyPerUnit: RATE_2026,
        source: '月度折算汇率',
      };
      // One table serves the three zones: the provincial commerce department keeps it, not a city's bureau.
      assert.equal((await s.commerce.post('/api/statistics/exchange-rates', rate)).statusCode, 403);
      const r = await s.province.post('/api/statistics/exchange-rates', rate);
      assert.equal(r.statusCode, 201, r.body);
      o = json<Overview>(await feb());
      assert.equal(o.total.value.cny, PARCEL_USD.times(4).times(RATE_2026).toFixed(2));
      const table = json<{ currency: string; validFrom: string; cnyPerUnit: string; recordedAt: string }[]>(
        await s.commerce.get('/api/statistics/exchange-rates'),
      );
      assert.deepEqual(table[0], { ...rate, cnyPerUnit: '7.1', recordedAt: table[0]!.recordedAt });
    });

    it('counts each released parcel once: the job run again adds nothing', async () => {
      assert.equal(await countReleasedTrade(p.systemCtx('jobs')), 0);
    });

    it('the month, quarter and year figures equal the sums of the records under them', async () => {
      for (const [period, at, parcels, rate] of [
        ['month', '2026-02', 4, RATE_2026],
        ['month', '2026-01', 3, RATE_2026],
        ['quarter', '2026-Q1', 7, RATE_2026],
        ['year', '2025', 2, RATE_2025],
      ] as const) {
        const o = json<Overview>(await s.commerce.get(`/api/statistics/overview?period=${period}&at=${at}`));
        const rec = json<Records>(
          await s.commerce.get(`/api/statistics/records?period=${period}&at=${at}&pageSize=100`),
        );
        assert.equal(rec.total, parcels);
        assert.equal(rec.items.length, parcels);
        // Recomputed from the records: Σ declared value, then × the rate in force.
        const usd = rec.items.reduce((a, i) => a.plus(i.declaredValue), new Decimal(0));
        assert.ok(usd.eq(PARCEL_USD.times(parcels)));
        assert.equal(o.total.parcels, parcels);
        assert.equal(o.total.value.cny, usd.times(rate).toFixed(2), `${period} ${at} in RMB`);
        assert.equal(o.total.value.usd, usd.toFixed(2));
        assert.deepEqual(o.export, { ...o.total, mom: o.export.mom, yoy: o.export.yoy });
        assert.equal(o.import.parcels, 0);
        // The figure as the sums hold it, and the records' own sums, side by side.
        assert.deepEqual(rec.figure, [{ currency: '502', count: parcels, value: usd.toFixed(2) }]);
        assert.deepEqual(rec.records, [{ currency: '502', parcels, lines: parcels, value: usd.toFixed(2) }]);
        assert.equal(o.activeEnterprises, 1);
        // No shop has reported: the enterprises' own figure stays beside the customs one, at zero.
        assert.deepEqual(o.shopSales, { value: '0.00', orders: 0, mom: null, yoy: null });
      }
    });

    it('month-on-month and year-on-year come from the periods before', async () => {
      const o = json<Overview>(await s.commerce.get('/api/statistics/overview?period=month&at=2026-02'));
      // 4 parcels against 3 (same rate): +33.33 %; against February 2025's 2 parcels at 7.1429.
      assert.equal(o.total.mom, '33.33');
      const feb25 = PARCEL_USD.times(2).times(RATE_2025);
      const feb26 = PARCEL_USD.times(4).times(RATE_2026);
      assert.equal(o.total.yoy, feb26.minus(feb25.toFixed(2)).div(feb25.toFixed(2)).times(100).toFixed(2));
      assert.deepEqual(
        o.byTradeMode.map((m) => [m.key, m.parcels, m.share]),
        [['export:9610', 4, '100.00']],
      );
    });

    it('breakdowns by country and HS chapter add up to the total and drill down to their lines', async () => {
      const q = 'period=quarter&at=2026-Q1';
      const total = json<Overview>(await s.commerce.get(`/api/statistics/overview?${q}`)).total;
      for (const by of ['country', 'hsChapter', 'enterprise', 'tradeMode', 'park', 'district']) {
        const b = json<Breakdown>(await s.commerce.get(`/api/statistics/breakdown?${q}&by=${by}`));
        const sum = b.rows.reduce((a, r) => a.plus(r.value.cny), new Decimal(0));
        assert.equal(sum.toFixed(2), total.value.cny, `rows by ${by} add up`);
        assert.equal(b.rest, null);
      }
      const chapters = json<Breakdown>(await s.commerce.get(`/api/statistics/breakdown?${q}&by=hsChapter`));
      // Per parcel: chapter 82 (刀片 35.50 + 刀杆 10 = 45.50, two lines), chapter 48 (包装盒 0, one line).
      assert.deepEqual(
        chapters.rows.map((r) => [r.key, r.lines, r.value.usd]),
        [
          ['82', 14, PARCEL_USD.times(7).toFixed(2)],
          ['48', 7, '0.00'],
        ],
      );
      const rec = json<Records>(
        await s.commerce.get(`/api/statistics/records?${q}&hsChapter=82&pageSize=100`),
      );
      assert.deepEqual(rec.records, [
        { currency: '502', parcels: 7, lines: 14, value: PARCEL_USD.times(7).toFixed(2) },
      ]);
      assert.deepEqual(rec.figure, [{ currency: '502', count: 14, value: PARCEL_USD.times(7).toFixed(2) }]);
      // The page alone: the same records, newest first, without the sums that read every one of them.
      const alone = json<Records>(
        await s.commerce.get(`/api/statistics/records?${q}&hsChapter=82&pageSize=3&page=2&sums=false`),
      );
      assert.deepEqual([alone.records, alone.total], [null, null]);
      assert.deepEqual(
        alone.items.map((i) => i.id),
        rec.items.slice(3, 6).map((i) => i.id),
      );
      assert.ok(rec.items.every((x, i) => i === 0 || rec.items[i - 1]!.releasedAt >= x.releasedAt));
      assert.equal((await s.commerce.get(`/api/statistics/records?${q}&sums=maybe`)).statusCode, 400);
      const byEnterprise = json<Breakdown>(
        await s.commerce.get(`/api/statistics/breakdown?${q}&by=enterprise`),
      );
      assert.equal(byEnterprise.rows[0]!.key, EXPORT_CODES.ebc);
      assert.notEqual(byEnterprise.rows[0]!.label, EXPORT_CODES.ebc, 'named from the register');
      // By direction: every parcel here is an export.
      const exportOnly = json<Breakdown>(
        await s.commerce.get(`/api/statistics/breakdown?${q}&by=enterprise&flow=export`),
      );
      assert.deepEqual(
        exportOnly.rows.map((r) => [r.key, r.parcels, r.value.cny]),
        byEnterprise.rows.map((r) => [r.key, r.parcels, r.value.cny]),
      );
      const importOnly = json<Breakdown>(
        await s.commerce.get(`/api/statistics/breakdown?${q}&by=enterprise&flow=import`),
      );
      assert.deepEqual([importOnly.rows, importOnly.total.parcels], [[], 0]);
      // Against 2025-Q1: February 2025's two parcels at 2025's rate.
      const q125 = PARCEL_USD.times(2).times(RATE_2025).toFixed(2);
      assert.equal(
        byEnterprise.rows[0]!.yoy,
        new Decimal(total.value.cny).minus(q125).div(q125).times(100).toFixed(2),
      );
      // Cut to the largest row: the rest holds the other chapter, and rows and rest add up to the total.
      const top = json<Breakdown>(
        await s.commerce.get(`/api/statistics/breakdown?${q}&by=hsChapter&limit=1`),
      );
      assert.deepEqual(
        top.rows.map((r) => r.key),
        ['82'],
      );
      assert.deepEqual(top.rest, { parcels: null, lines: 7, value: { cny: '0.00', usd: '0.00' } });
      assert.deepEqual(top.total, chapters.total);
    });

    it('the trend gives each month with its year-ago figure', async () => {
      const t = json<{ periods: (Figure & { key: string; yoy: string | null; export: Money })[] }>(
        await s.commerce.get('/api/statistics/trend?period=month&at=2026-02&count=14'),
      );
      assert.equal(t.periods.length, 14);
      assert.equal(t.periods[0]!.key, '2025-01');
      const byKey = new Map(t.periods.map((x) => [x.key, x]));
      assert.equal(byKey.get('2025-02')!.parcels, 2);
      assert.equal(byKey.get('2026-01')!.parcels, 3);
      assert.equal(byKey.get('2026-02')!.export.usd, PARCEL_USD.times(4).toFixed(2));
      assert.equal(
        byKey.get('2026-02')!.yoy,
        json<Overview>(await s.commerce.get('/api/statistics/overview?period=month&at=2026-02')).total.yoy,
      );
    });

    it('computes the development index from the figures, the base quarter at 100', async () => {
      const r = await s.commerce.get(
        '/api/statistics/development-index?from=2025-Q1&to=2026-Q1&baseQuarter=2025-Q1',
      );
      assert.equal(r.statusCode, 200, r.body);
      const idx = json<{
        quarters: string[];
        rows: { zoneCode: string; quarter: string; index: string | null }[];
        observations: { quarter: string; values: Record<string, string | null> }[];
      }>(r);
      assert.deepEqual(idx.quarters, ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
      assert.deepEqual(new Set(idx.rows.map((x) => x.zoneCode)), new Set(['zhuzhou']));
      assert.equal(idx.rows.find((x) => x.quarter === '2025-Q1')!.index, '100.00');
      // The indicators come from the same figures as the overview.
      const q1 = json<Overview>(await s.commerce.get('/api/statistics/overview?period=quarter&at=2026-Q1'));
      const obs = idx.observations.find((o) => o.quarter === '2026-Q1')!.values;
      assert.equal(obs.tradeValue, q1.total.value.cny);
      assert.equal(obs.activeEnterprises, '1');
      assert.equal(obs.exportShare, '100.0000');
      assert.equal(obs.tradeGrowth, q1.total.yoy);
      assert.equal(obs.filedEnterprises, '3', 'the three filed enterprises of the test');
      const bad = await s.commerce.get('/api/statistics/development-index?from=2026-Q1&to=2025-Q1');
      assert.equal(bad.statusCode, 400);
    });

    it('refuses bad periods field by field and keeps zones and enterprises out', async () => {
      let r = await s.commerce.get('/api/statistics/overview?period=month&at=2026-13');
      assert.equal(r.statusCode, 400);
      assert.match(r.headers['content-type'] as string, /problem\+json/);
      assert.ok(json<{ errors: { field: string }[] }>(r).errors.some((e) => e.field === 'at'));
      r = await s.commerce.get(
        '/api/statistics/breakdown?period=month&at=2026-02&by=country&ebcCode=X&country=502',
      );
      assert.equal(r.statusCode, 400);
      r = await s.province.post('/api/statistics/exchange-rates', {
        currency: '502',
        validFrom: '2026-02-30',
        cnyPerUnit: '-1',
        source: 'x',
      });
      assert.equal(r.statusCode, 400);
      assert.deepEqual(
        json<{ errors: { field: string }[] }>(r)
          .errors.map((e) => e.field)
          .sort(),
        ['cnyPerUnit', 'validFrom'],
      );
      assert.equal(
        (await s.other.get('/api/statistics/overview?zoneCode=zhuzhou&at=2026-02')).statusCode,
        404,
      );
      const theirs = json<Overview>(await s.other.get('/api/statistics/overview?period=month&at=2026-02'));
      assert.equal(theirs.total.parcels, 0, 'the other zone sees only its own trade');
      assert.equal((await s.ebc.get('/api/statistics/overview')).statusCode, 403);
      assert.equal((await s.ebc.get('/api/statistics/records')).statusCode, 403);
    });

    // Last: it records a monthly rate, which the tests above do not expect.
    it('a quarter by enterprise reads the quarter’s sums, and its months once their rates differ', async () => {
      const q = 'period=quarter&at=2026-Q1';
      const byEnterprise = async (who: Session) =>
        json<Breakdown>(await who.get(`/api/statistics/breakdown?${q}&by=enterprise`));
      const expectRow = async (cny: Decimal) => {
        for (const who of [s.commerce, s.province]) {
          const b = await byEnterprise(who);
          assert.deepEqual(
            b.rows.map((r) => [r.key, r.parcels, r.value.cny, r.value.usd]),
            [[EXPORT_CODES.ebc, 7, cny.toFixed(2), PARCEL_USD.times(7).toFixed(2)]],
          );
          assert.equal(b.total.value.cny, cny.toFixed(2));
        }
        const records = json<Records>(
          await s.commerce.get(`/api/statistics/records?${q}&ebcCode=${EXPORT_CODES.ebc}&pageSize=100`),
        );
        assert.deepEqual(records.figure, [
          { currency: '502', count: 7, value: PARCEL_USD.times(7).toFixed(2) },
        ]);
        assert.equal(records.total, 7);
      };
      // One rate for the quarter: the quarter's sums answer.
      await expectRow(PARCEL_USD.times(7).times(RATE_2026));
      // February at its own rate: January's 3 parcels at 7.1, February's 4 at 7.2 — the months answer.
      const r = await s.province.post('/api/statistics/exchange-rates', {
        currency: '502',
        validFrom: '2026-02-01',
        cnyPerUnit: '7.2',
        source: '月度折算汇率',
      });
      assert.equal(r.statusCode, 201, r.body);
      await expectRow(PARCEL_USD.times(3).times(RATE_2026).plus(PARCEL_USD.times(4).times('7.2')));
      const o = json<Overview>(await s.commerce.get(`/api/statistics/overview?${q}`));
      assert.equal(
        o.total.value.cny,
        PARCEL_USD.times(3).times(RATE_2026).plus(PARCEL_USD.times(4).times('7.2')).toFixed(2),
      );
      assert.equal(o.activeEnterprises, 1);
    });
  });
}
