import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { App } from '../../src/http/app.js';
import { makeEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

for (const kind of databaseKinds()) {
  describe(`identity and access [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    let chenzhouEnterprise: string;

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      await makeUser(p, 'officer', 'commerce', 'zhuzhou');
      await makeUser(p, 'zz-admin', 'admin', 'zhuzhou');
      chenzhouEnterprise = await makeEnterprise(p, 'chenzhou');
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    it('sets an HttpOnly SameSite=Strict session cookie and never returns the password hash', async () => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'officer', password: PASSWORD },
      });
      assert.equal(r.statusCode, 200);
      const cookie = r.cookies.find((c) => c.name === 'cbec_session')!;
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Strict');
      assert.equal(r.body.includes('argon2'), false);
      const row = await p.database.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('username', '=', 'officer')
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
    });

    it('locks an account for 15 minutes after 5 failures, even against the right password, then lets it in', async () => {
      await makeUser(p, 'victim', 'finance', 'zhuzhou');
      const s = new Session(app);
      for (let i = 1; i <= 4; i++)
        assert.equal(
          (await s.post('/api/auth/login', { username: 'victim', password: 'Wrong@pass1' })).statusCode,
          401,
        );
      const fifth = await s.post('/api/auth/login', { username: 'victim', password: 'Wrong@pass1' });
      assert.equal(fifth.statusCode, 423);
      assert.match(json<{ detail: string }>(fifth).detail, /锁定/);
      assert.equal(
        (await s.post('/api/auth/login', { username: 'victim', password: PASSWORD })).statusCode,
        423,
      );
      p.clock.advance(14 * 60_000);
      assert.equal(
        (await s.post('/api/auth/login', { username: 'victim', password: PASSWORD })).statusCode,
        423,
      );
      p.clock.advance(60_000 + 1);
      assert.equal(
        (await s.post('/api/auth/login', { username: 'victim', password: PASSWORD })).statusCode,
        200,
      );
      const trail = json<{ items: { action: string }[] }>(
        await (await Session.login(app, 'zz-admin', PASSWORD)).get('/api/audit?action=auth.locked'),
      );
      assert.equal(trail.items.length, 1);
    });

    it('refuses a change without the CSRF token, and accepts it with the token', async () => {
      const s = await Session.login(app, 'officer', PASSWORD);
      const csrf = s.csrf;
      s.csrf = undefined;
      let r = await s.post(`/api/enterprises`, {});
      assert.equal(r.statusCode, 403);
      assert.equal(json<{ code: string }>(r).code, 'csrf_failed');
      s.csrf = 'x'.repeat(csrf!.length);
      assert.equal((await s.post(`/api/enterprises`, {})).statusCode, 403);
      s.csrf = csrf;
      r = await s.post(`/api/enterprises`, {});
      assert.equal(r.statusCode, 400, 'past CSRF, the empty body is refused on its fields');
    });

    it('logs out: the session cookie stops working', async () => {
      const s = await Session.login(app, 'officer', PASSWORD);
      const cookie = s.cookie;
      assert.equal((await s.post('/api/auth/logout')).statusCode, 204);
      const logouts = await p.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'auth.logout')
        .execute();
      assert.equal(logouts.length, 1);
      s.cookie = cookie;
      assert.equal((await s.get('/api/auth/me')).statusCode, 401);
    });

    it('API tokens: shown once, stored hashed, usable without CSRF, revocable', async () => {
      const s = await Session.login(app, 'officer', PASSWORD);
      const r = await s.post('/api/tokens', { name: 'ERP integration', expiresInDays: 30 });
      assert.equal(r.statusCode, 201, r.body);
      const { token, id } = json<{ token: string; id: string }>(r);
      assert.match(token, /^cbec_/);
      const stored = await p.database.db
        .selectFrom('api_token')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, token);
      assert.equal(JSON.stringify(json(await s.get('/api/tokens'))).includes(token), false);

      const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
        app.inject({
          method,
          url,
          headers: { authorization: `Bearer ${token}` },
          ...(payload ? { payload } : {}),
        });
      const lastUsed = async () =>
        json<{ id: string; lastUsedAt: string | null }[]>(await s.get('/api/tokens')).find(
          (t) => t.id === id,
        )!.lastUsedAt;
      assert.equal(await lastUsed(), null);
      assert.equal((await call('GET', '/api/enterprises')).statusCode, 200);
      const firstUse = await lastUsed();
      assert.equal(firstUse, p.clock.now().toISOString());
      assert.equal(
        (await call('POST', '/api/enterprises', {})).statusCode,
        400,
        'no CSRF needed with a token',
      );
      // The last use is kept to the minute: a call within it writes nothing, a later one moves it.
      p.clock.advance(30_000);
      await call('GET', '/api/enterprises');
      assert.equal(await lastUsed(), firstUse);
      p.clock.advance(31_000);
      await call('GET', '/api/enterprises');
      assert.equal(await lastUsed(), p.clock.now().toISOString());
      assert.equal((await s.delete(`/api/tokens/${id}`)).statusCode, 204);
      assert.equal((await call('GET', '/api/enterprises')).statusCode, 401);
      p.clock.advance(31 * 86400_000);
    });

    it('admins add users of their zone only, under the password policy, bound to enterprises of that zone', async () => {
      const admin = await Session.login(app, 'zz-admin', PASSWORD);
      let r = await admin.post('/api/users', {
        username: 'weak',
        displayName: 'W',
        password: 'abcdefgh',
        role: 'tax',
      });
      assert.equal(r.statusCode, 400);
      assert.equal(json<{ errors: { field: string; code: string }[] }>(r).errors[0]!.code, 'weak_password');
      r = await admin.post('/api/users', {
        username: 'ent-x',
        displayName: 'X',
        password: 'Good@pass1',
        role: 'enterprise',
        enterpriseId: chenzhouEnterprise,
      });
      assert.equal(r.statusCode, 400, 'an enterprise of another zone');
      assert.equal(json<{ errors: { field: string }[] }>(r).errors[0]!.field, 'enterpriseId');
      r = await admin.post('/api/users', {
        username: 'cz-tax',
        displayName: 'X',
        password: 'Good@pass1',
        role: 'tax',
        zoneCode: 'chenzhou',
      });
      assert.equal(r.statusCode, 400);
      r = await admin.post('/api/users', {
        username: 'zz-tax',
        displayName: '税务',
        password: 'Good@pass1',
        role: 'tax',
      });
      assert.equal(r.statusCode, 201, r.body);
      const created = json<{ id: string; zoneCode: string }>(r);
      assert.equal(created.zoneCode, 'zhuzhou');
      r = await admin.post('/api/users', {
        username: 'ZZ-TAX',
        displayName: '税务',
        password: 'Good@pass1',
        role: 'tax',
      });
      assert.equal(r.statusCode, 400, 'usernames are unique regardless of case');

      // Users of another zone are out of reach: 404, as if absent.
      const { makeUser: add } = await import('../helpers/factories.js');
      const foreignId = await add(p, 'cz-someone', 'tax', 'chenzhou');
      assert.equal((await admin.patch(`/api/users/${foreignId}`, { disabled: true })).statusCode, 404);
      const listed = json<{ items: { zoneCode: string }[] }>(
        await admin.get('/api/users?zoneCode=chenzhou&pageSize=100'),
      );
      assert.ok(listed.items.every((u) => u.zoneCode === 'zhuzhou'));

      // Disabling ends the user's sessions.
      const tax = await Session.login(app, 'zz-tax', 'Good@pass1');
      assert.equal((await admin.patch(`/api/users/${created.id}`, { disabled: true })).statusCode, 200);
      assert.equal((await tax.get('/api/auth/me')).statusCode, 401);
      assert.equal(
        (await new Session(app).post('/api/auth/login', { username: 'zz-tax', password: 'Good@pass1' }))
          .statusCode,
        401,
      );
    });

    it('the same Idempotency-Key replays the first response and files nothing twice', async () => {
      const s = await Session.login(app, 'officer', PASSWORD);
      const { uscc } = await import('../helpers/factories.js');
      const body = { kind: 'enterprise', name: '幂等测试有限公司', uscc: uscc(), roles: ['ebc'] };
      const first = await s.post('/api/enterprises', body, { 'idempotency-key': 'create-0001-abcdef' });
      assert.equal(first.statusCode, 201, first.body);
      const again = await s.post('/api/enterprises', body, { 'idempotency-key': 'create-0001-abcdef' });
      assert.equal(again.statusCode, 201);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(json<{ id: string }>(again).id, json<{ id: string }>(first).id);
      const other = await s.post(
        '/api/enterprises',
        { ...body, name: '另一个' },
        { 'idempotency-key': 'create-0001-abcdef' },
      );
      assert.equal(other.statusCode, 409);
      const n = await p.database.db
        .selectFrom('enterprise')
        .select('id')
        .where('name', '=', '幂等测试有限公司')
        .execute();
      assert.equal(n.length, 1);
    });
  });
}
