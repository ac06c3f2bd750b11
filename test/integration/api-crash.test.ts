/**
 * The serving process killed (kill -9) while enterprise systems send their messages through the API, one
 * message per request, then started again and sent everything again, as a client that was not answered
 * does: every message is stored once, no acknowledged message is lost, every parcel is matched. On the
 * embedded database in a data directory, and on a PostgreSQL server.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { openPlatform } from '../../src/bootstrap.js';
import { testConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/shared/clock.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { countRows, databaseKinds, dropDatabase, type TestPlatform } from '../helpers/platform.js';
import { serveCommand } from '../helpers/serve-command.js';

const CLIENTS = 20;
const PARCELS = 60;

/** `cbec serve` on the data directory (and server), without demo data. */
const serve = (dir: string, databaseUrl: string) =>
  serveCommand(['--no-demo'], { CBEC_DATA_DIR: dir, DATABASE_URL: databaseUrl });

/** An enterprise system's session over real HTTP: the session cookie and the CSRF token. */
async function login(url: string, username: string): Promise<(xml: string) => Promise<string>> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(r.status, 200, `login ${username}`);
  const cookie = /cbec_session=[^;]+/.exec(r.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  // One message; its outcome (accepted, duplicate), or a throw when the server is gone.
  return async (xml) => {
    const res = await fetch(`${url}/api/clearance/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', cookie, 'x-csrf-token': csrfToken },
      body: xml,
    });
    const body = await res.text();
    assert.equal(res.status, 200, body.slice(0, 300));
    return (JSON.parse(body) as { messages: { outcome: string }[] }).messages[0]!.outcome;
  };
}

/** The three enterprises' systems, signed in. */
const senders = async (url: string) => ({
  ebc: await login(url, 'ebc'),
  pay: await login(url, 'pay'),
  logistics: await login(url, 'logistics'),
});

for (const kind of databaseKinds())
  describe(`the API's serving process killed mid-delivery [${kind}]`, () => {
    it('stores every message once, loses none it acknowledged, and matches every parcel after a restart and a full redelivery', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-api-crash-'));
      const admin = process.env.TEST_DATABASE_URL;
      const name = `cbec_test_${randomBytes(6).toString('hex')}`;
      let databaseUrl = '';
      if (kind === 'postgres') {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`create database ${name}`);
        await c.end();
        const url = new URL(admin!);
        url.pathname = `/${name}`;
        databaseUrl = url.toString();
      }
      // The platform on the data directory the server will use (its key file too), for the set-up and
      // the counts; closed while the server runs (PGlite has one process).
      const open = async () => {
        const clock = fixedClock('2026-03-02T08:00:00.000Z');
        const p = await openPlatform(testConfig({ dataDir: dir, databaseUrl: databaseUrl || undefined }), {
          clock,
        });
        return Object.assign(p, { clock, databaseUrl }) as TestPlatform;
      };
      let server: ChildProcess | undefined;
      try {
        const setup = await open();
        const users = { ebc: PARCEL_CODES.ebc, pay: PARCEL_CODES.pay, logistics: PARCEL_CODES.logistics };
        for (const [username, code] of Object.entries(users))
          await makeUser(
            setup,
            username,
            'enterprise',
            'zhuzhou',
            await makeApprovedEnterprise(setup, 'zhuzhou', code),
          );
        await setup.close();

        // Each message made once (its guid with it), so that a redelivery is the same message.
        const messages: { user: keyof typeof users; id: number; xml: string }[] = [];
        const add = (user: keyof typeof users, xml: string) =>
          messages.push({ user, id: messages.length, xml });
        for (let n = 0; n < PARCELS; n++) {
          const m = importParcel(5000 + n);
          add('ebc', xmlOf('CEB311', m.order, PARCEL_CODES.ebc));
          add('pay', xmlOf('CEB411', m.payment, PARCEL_CODES.pay));
          add('logistics', xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics));
          add('ebc', xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc));
        }

        // Twenty clients; the server is killed once a third of the messages are answered.
        const first = await serve(dir, databaseUrl);
        server = first.child;
        const send = await senders(first.url);
        const acknowledged = new Map<number, string>();
        const queue = [...messages];
        let killed = false;
        await Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            for (let m = queue.shift(); m && !killed; m = queue.shift()) {
              try {
                acknowledged.set(m.id, await send[m.user](m.xml));
              } catch (e) {
                if (!killed) throw e;
                return; // the server is gone: this delivery is not known to have arrived
              }
              if (!killed && acknowledged.size >= messages.length / 3) {
                killed = true;
                first.child.kill('SIGKILL');
              }
            }
          }),
        );
        await first.exited;
        assert.ok(killed, 'killed mid-delivery');
        assert.ok(acknowledged.size < messages.length, `${acknowledged.size} answered before the kill`);
        assert.deepEqual(new Set(acknowledged.values()), new Set(['accepted']));

        // Started again, every message sent again.
        const second = await serve(dir, databaseUrl);
        server = second.child;
        const again = await senders(second.url);
        const redelivered = new Map<number, string>();
        const rest = [...messages];
        await Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            for (let m = rest.shift(); m; m = rest.shift()) redelivered.set(m.id, await again[m.user](m.xml));
          }),
        );
        for (const id of acknowledged.keys())
          assert.equal(redelivered.get(id), 'duplicate', `message ${id} was acknowledged, so it is stored`);
        assert.ok(
          [...redelivered.values()].every((o) => o === 'accepted' || o === 'duplicate'),
          'nothing refused',
        );
        second.child.kill('SIGTERM');
        await second.exited;
        server = undefined;

        const after = await open();
        const count = (table: 'ceb_message' | 'clearance_document' | 'parcel') =>
          countRows(after.database.db, table);
        const counts = [await count('ceb_message'), await count('clearance_document'), await count('parcel')];
        const unmatched = await after.database.db
          .selectFrom('parcel')
          .select('id')
          .where('match_state', '<>', 'matched')
          .execute();
        await after.close();
        assert.deepEqual(counts, [PARCELS * 4, PARCELS * 4, PARCELS]);
        assert.deepEqual(unmatched, []);
        // Stored in the first run: at least what was acknowledged (an answer may be lost in the kill).
        const accepted = [...redelivered.values()].filter((o) => o === 'accepted').length;
        assert.ok(PARCELS * 4 - accepted >= acknowledged.size);
      } finally {
        server?.kill('SIGKILL');
        fs.rmSync(dir, { recursive: true, force: true });
        if (kind === 'postgres') await dropDatabase(admin!, name);
      }
    });
  });
