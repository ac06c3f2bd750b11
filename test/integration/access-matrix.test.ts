import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { App } from '../../src/http/app.js';
import { ROLES, type Role } from '../../src/shared/context.js';
import { makeEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  method: Method;
  path: (ids: Ids) => string;
  body?: unknown;
  /** The roles the route serves; every other role must get 403. Written out here, not derived from the code's table. */
  allowed: readonly Role[] | 'all';
}
interface Ids {
  own: string; // the enterprise user's own enterprise (zhuzhou)
  other: string; // another enterprise of zhuzhou
  foreign: string; // an enterprise of chenzhou
}

const BUREAUS: Role[] = [
  'commerce',
  'finance',
  'customs',
  'tax',
  'fx',
  'market_regulation',
  'postal',
  'leading_group',
  'admin',
  'auditor',
];

const NO_ROW = '00000000-0000-4000-8000-0000000000aa';
const NOT_ENTERPRISE = ROLES.filter((r) => r !== 'enterprise');

const ROUTES: Route[] = [
  { method: 'GET', path: () => '/api/enterprises', allowed: 'all' },
  { method: 'GET', path: () => '/api/enterprises/export.xlsx', allowed: 'all' },
  { method: 'GET', path: (i) => `/api/enterprises/${i.own}`, allowed: 'all' },
  { method: 'POST', path: () => '/api/enterprises', body: {}, allowed: ['commerce'] },
  {
    method: 'PATCH',
    path: (i) => `/api/enterprises/${i.own}`,
    body: { park: '园区' },
    allowed: ['commerce', 'enterprise'],
  },
  { method: 'POST', path: (i) => `/api/enterprises/${i.own}/submit`, allowed: ['commerce', 'enterprise'] },
  { method: 'POST', path: (i) => `/api/enterprises/${i.own}/approve`, allowed: ['commerce'] },
  {
    method: 'POST',
    path: (i) => `/api/enterprises/${i.own}/return`,
    body: { reason: '请补充材料' },
    allowed: ['commerce'],
  },
  {
    method: 'POST',
    path: (i) => `/api/enterprises/${i.own}/shops`,
    body: {},
    allowed: ['commerce', 'enterprise'],
  },
  { method: 'POST', path: () => '/api/enterprises/import', body: {}, allowed: ['commerce', 'admin'] },
  { method: 'GET', path: () => '/api/enterprises/import/template.xlsx', allowed: ['commerce', 'admin'] },
  { method: 'GET', path: () => '/api/audit', allowed: ['auditor', 'admin', 'commerce', 'leading_group'] },
  { method: 'GET', path: () => '/api/audit/verify', allowed: ['auditor', 'admin'] },
  { method: 'GET', path: () => '/api/users', allowed: ['admin'] },
  { method: 'POST', path: () => '/api/users', body: {}, allowed: ['admin'] },
  {
    method: 'PATCH',
    path: () => '/api/users/00000000-0000-4000-8000-000000000000',
    body: {},
    allowed: ['admin'],
  },
  { method: 'GET', path: () => '/api/tokens', allowed: ROLES.filter((r) => r !== 'auditor') },
  { method: 'POST', path: () => '/api/tokens', body: {}, allowed: ROLES.filter((r) => r !== 'auditor') },
  { method: 'GET', path: () => '/api/auth/me', allowed: 'all' },
  // Subsidies: the role checks run before any row is read, so a missing id still tells 403 from the rest.
  { method: 'GET', path: () => '/api/subsidy/applications', allowed: 'all' },
  { method: 'POST', path: () => '/api/subsidy/applications', body: {}, allowed: ['enterprise'] },
  { method: 'POST', path: () => `/api/subsidy/applications/${NO_ROW}/submit`, allowed: ['enterprise'] },
  {
    method: 'POST',
    path: () => `/api/subsidy/applications/${NO_ROW}/commerce-review`,
    body: {},
    allowed: ['commerce'],
  },
  {
    method: 'POST',
    path: () => `/api/subsidy/applications/${NO_ROW}/finance-review`,
    body: {},
    allowed: ['finance'],
  },
  {
    method: 'POST',
    path: () => `/api/subsidy/applications/${NO_ROW}/leading-group-decision`,
    body: {},
    allowed: ['leading_group'],
  },
  {
    method: 'POST',
    path: () => `/api/subsidy/applications/${NO_ROW}/disbursement`,
    body: {},
    allowed: ['finance'],
  },
  {
    method: 'GET',
    path: () => '/api/subsidy/budgets',
    allowed: ['commerce', 'finance', 'leading_group', 'auditor'],
  },
  { method: 'POST', path: () => '/api/subsidy/budgets', body: {}, allowed: ['finance'] },
  { method: 'POST', path: () => '/api/subsidy/notices', body: {}, allowed: ['commerce'] },
  {
    method: 'POST',
    path: () => `/api/subsidy/notices/${NO_ROW}/objections`,
    body: {},
    allowed: ROLES.filter((r) => r !== 'auditor'),
  },
  // Governance: every role but enterprises reads; units report; the leading group office manages.
  { method: 'GET', path: () => '/api/governance/tasks', allowed: NOT_ENTERPRISE },
  { method: 'GET', path: () => '/api/governance/zones/zhuzhou/board', allowed: NOT_ENTERPRISE },
  { method: 'GET', path: () => '/api/governance/zones/zhuzhou/goals', allowed: NOT_ENTERPRISE },
  { method: 'POST', path: () => '/api/governance/tasks/seed', allowed: ['leading_group', 'admin'] },
  {
    method: 'PUT',
    path: () => `/api/governance/tasks/${NO_ROW}/due-date`,
    body: { dueDate: '2027-06-30' },
    allowed: ['leading_group', 'admin'],
  },
  {
    method: 'POST',
    path: () => `/api/governance/tasks/${NO_ROW}/reports`,
    body: { text: '进展', percent: 10 },
    allowed: ['commerce', 'finance', 'customs', 'tax', 'fx', 'market_regulation', 'postal', 'leading_group'],
  },
  {
    method: 'POST',
    path: () => '/api/governance/indicator-values',
    body: {},
    allowed: ['commerce', 'leading_group'],
  },
  // Statistics: the zone's figures are for every role but enterprises; the one rate table is provincial.
  { method: 'GET', path: () => '/api/statistics/overview', allowed: NOT_ENTERPRISE },
  { method: 'GET', path: () => '/api/statistics/breakdown?by=country', allowed: NOT_ENTERPRISE },
  { method: 'GET', path: () => '/api/statistics/trend', allowed: NOT_ENTERPRISE },
  { method: 'GET', path: () => '/api/statistics/records', allowed: NOT_ENTERPRISE },
  { method: 'GET', path: () => '/api/statistics/exchange-rates', allowed: NOT_ENTERPRISE },
  { method: 'POST', path: () => '/api/statistics/exchange-rates', body: {}, allowed: [] },
  {
    method: 'GET',
    path: () => '/api/statistics/reports/monthly.xlsx?month=2026-01',
    allowed: NOT_ENTERPRISE,
  },
  // Without a month: a 400 for readers (no browser started for every role), still a 403 for the others.
  { method: 'GET', path: () => '/api/statistics/reports/monthly.pdf', allowed: NOT_ENTERPRISE },
  // Sample enterprises: the commerce bureau keeps the list and reminds; enterprises report; the rest read.
  { method: 'GET', path: () => '/api/sample/enterprises', allowed: NOT_ENTERPRISE },
  { method: 'POST', path: () => '/api/sample/enterprises', body: {}, allowed: ['commerce'] },
  { method: 'POST', path: () => `/api/sample/enterprises/${NO_ROW}/end`, body: {}, allowed: ['commerce'] },
  { method: 'GET', path: () => '/api/sample/status?month=2026-01', allowed: NOT_ENTERPRISE },
  { method: 'POST', path: () => '/api/sample/reminders', body: {}, allowed: ['commerce'] },
  { method: 'POST', path: () => '/api/sample/reminders/late', body: {}, allowed: ['commerce'] },
  { method: 'POST', path: () => `/api/sample/reminders/${NO_ROW}/read`, allowed: ['enterprise'] },
  { method: 'GET', path: () => '/api/sample/climate?month=2026-01', allowed: NOT_ENTERPRISE },
  {
    method: 'GET',
    path: () => '/api/sample/shop-sales?fromMonth=2026-01&toMonth=2026-02',
    allowed: NOT_ENTERPRISE,
  },
  { method: 'GET', path: () => '/api/sample/shop-sales/records?month=2026-01', allowed: NOT_ENTERPRISE },
  { method: 'GET', path: () => '/api/sample/my', allowed: ['enterprise'] },
  { method: 'POST', path: () => '/api/sample/reports', body: {}, allowed: ['enterprise'] },
  { method: 'GET', path: () => '/api/sample/reports/template.xlsx', allowed: ['enterprise'] },
  { method: 'POST', path: () => '/api/sample/reports/upload', body: {}, allowed: ['enterprise'] },
  { method: 'GET', path: (i) => `/api/sample/reports/${i.own}/2026-01`, allowed: 'all' },
];

/** Routes that take an enterprise id: outside the caller's zone (or enterprise) they answer 404. */
const ROW_ROUTES: { method: Method; path: (id: string) => string; body?: unknown }[] = [
  { method: 'GET', path: (id) => `/api/enterprises/${id}` },
  { method: 'PATCH', path: (id) => `/api/enterprises/${id}`, body: { park: '园区' } },
  { method: 'POST', path: (id) => `/api/enterprises/${id}/submit` },
  {
    method: 'POST',
    path: (id) => `/api/enterprises/${id}/shops`,
    body: { platform: 'Amazon', shopName: 'x', url: 'https://a.example', siteCountry: '502' },
  },
  { method: 'GET', path: (id) => `/api/sample/reports/${id}/2026-01` },
];

for (const kind of databaseKinds()) {
  describe(`authorization: role × route matrix and row scoping [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    let ids: Ids;
    const sessions = new Map<Role, Session>();

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      ids = {
        own: await makeEnterprise(p, 'zhuzhou'),
        other: await makeEnterprise(p, 'zhuzhou'),
        foreign: await makeEnterprise(p, 'chenzhou'),
      };
      for (const role of ROLES) {
        await makeUser(p, `u-${role}`, role, 'zhuzhou', role === 'enterprise' ? ids.own : undefined);
        sessions.set(role, await Session.login(app, `u-${role}`, PASSWORD));
      }
      await makeUser(p, 'province-auditor', 'auditor', null);
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    it('refuses (403) every role a route does not serve, and lets the others through', async () => {
      const failures: string[] = [];
      for (const route of ROUTES) {
        for (const role of ROLES) {
          const s = sessions.get(role)!;
          const r = await s.request(route.method, route.path(ids), route.body);
          const allowed = route.allowed === 'all' || route.allowed.includes(role);
          const ok = allowed ? r.statusCode !== 403 && r.statusCode !== 401 : r.statusCode === 403;
          if (!ok)
            failures.push(
              `${role} ${route.method} ${route.path(ids)} → ${r.statusCode} (expected ${allowed ? 'allowed' : '403'})`,
            );
        }
      }
      assert.deepEqual(failures, []);
    });

    it('answers 401 to every route without a session, except the public ones', async () => {
      const anon = new Session(app);
      for (const route of ROUTES) {
        const r = await anon.request(route.method, route.path(ids), route.body);
        assert.equal(r.statusCode, 401, `${route.method} ${route.path(ids)}`);
        assert.match(String(r.headers['content-type']), /problem\+json/);
      }
      assert.equal((await anon.get('/api/zones')).statusCode, 200);
      assert.equal((await anon.get('/health')).statusCode, 200);
    });

    it("reads of another zone's rows answer 404 exactly as a missing row, for every zone role", async () => {
      const missing = '00000000-0000-4000-8000-000000000001';
      for (const role of [...BUREAUS, 'enterprise' as const]) {
        const s = sessions.get(role)!;
        for (const route of ROW_ROUTES) {
          const foreign = await s.request(route.method, route.path(ids.foreign), route.body);
          const absent = await s.request(route.method, route.path(missing), route.body);
          if (absent.statusCode === 403) {
            // The role may not use the route at all: the refusal must not depend on the row.
            assert.equal(foreign.statusCode, 403, `${role} ${route.method} foreign`);
            continue;
          }
          assert.equal(foreign.statusCode, 404, `${role} ${route.method} ${route.path('…')}`);
          assert.equal(absent.statusCode, 404);
          const strip = (b: string) => ({ ...(JSON.parse(b) as object), requestId: undefined });
          assert.deepEqual(strip(foreign.body), strip(absent.body), 'no difference leaks existence');
        }
      }
    });

    it('an enterprise user cannot read or change another enterprise of its own zone (404)', async () => {
      const s = sessions.get('enterprise')!;
      for (const route of ROW_ROUTES) {
        const r = await s.request(route.method, route.path(ids.other), route.body);
        assert.equal(r.statusCode, 404, `${route.method} ${route.path('…')}`);
      }
      const list = json<{ items: { id: string }[]; total: number }>(await s.get('/api/enterprises'));
      assert.deepEqual(
        list.items.map((e) => e.id),
        [ids.own],
      );
    });

    it('lists never cross the zone, whatever the query asks; a provincial user reads every zone', async () => {
      const s = sessions.get('commerce')!;
      const list = json<{ items: { zoneCode: string }[] }>(await s.get('/api/enterprises?zoneCode=chenzhou'));
      assert.ok(list.items.length > 0);
      assert.ok(list.items.every((e) => e.zoneCode === 'zhuzhou'));
      const audit = json<{ items: { zoneCode: string | null }[] }>(
        await sessions.get('auditor')!.get('/api/audit?zoneCode=chenzhou&pageSize=100'),
      );
      assert.ok(audit.items.every((e) => e.zoneCode === 'zhuzhou'));

      const province = await Session.login(app, 'province-auditor', PASSWORD);
      assert.equal((await province.get(`/api/enterprises/${ids.foreign}`)).statusCode, 200);
      const all = json<{ items: { zoneCode: string }[] }>(
        await province.get('/api/enterprises?pageSize=100'),
      );
      assert.deepEqual([...new Set(all.items.map((e) => e.zoneCode))].sort(), ['chenzhou', 'zhuzhou']);
      // Read-only, even for a provincial auditor.
      assert.equal((await province.post(`/api/enterprises/${ids.foreign}/approve`)).statusCode, 403);
    });
  });
}
