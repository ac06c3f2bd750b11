import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { App } from '../../src/http/app.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

const CLIENTS = 50;
const PARCELS = 60;

/** A deterministic shuffle, so that a failure can be replayed. */
function shuffled<T>(list: T[], seed = 7): T[] {
  const out = [...list];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

for (const kind of databaseKinds()) {
  describe(`clearance under ${CLIENTS} concurrent clients [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    const s = {} as Record<'ebc' | 'pay' | 'logistics', Session>;

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      for (const [name, code] of [
        ['ebc', PARCEL_CODES.ebc],
        ['pay', PARCEL_CODES.pay],
        ['logistics', PARCEL_CODES.logistics],
      ] as const) {
        await makeUser(p, name, 'enterprise', 'zhuzhou', await makeApprovedEnterprise(p, 'zhuzhou', code));
        s[name] = await Session.login(app, name, PASSWORD);
      }
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    it('every message is stored once, every parcel matched, whatever the interleaving and redeliveries', async () => {
      // Each parcel's four documents, and every message delivered twice, all in a scrambled order.
      const deliveries: { session: Session; xml: string }[] = [];
      for (let n = 0; n < PARCELS; n++) {
        const m = importParcel(9000 + n);
        const once = [
          { session: s.ebc, xml: xmlOf('CEB311', m.order, PARCEL_CODES.ebc) },
          { session: s.pay, xml: xmlOf('CEB411', m.payment, PARCEL_CODES.pay) },
          { session: s.logistics, xml: xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics) },
          { session: s.ebc, xml: xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc) },
        ];
        deliveries.push(...once, ...once);
      }
      const queue = shuffled(deliveries);
      const outcomes: string[] = [];
      const failures: string[] = [];
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let d = queue.shift(); d; d = queue.shift()) {
            const r = await d.session.request('POST', '/api/clearance/messages', d.xml, {
              'content-type': 'application/xml',
            });
            if (r.statusCode !== 200) failures.push(`${r.statusCode} ${r.body.slice(0, 300)}`);
            else outcomes.push(json<{ messages: { outcome: string }[] }>(r).messages[0]!.outcome);
          }
        }),
      );
      assert.deepEqual(failures, []);
      assert.equal(outcomes.filter((o) => o === 'accepted').length, PARCELS * 4);
      assert.equal(outcomes.filter((o) => o === 'duplicate').length, PARCELS * 4);

      const db = p.database.db;
      const n = async (table: 'ceb_message' | 'clearance_document' | 'parcel') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.deepEqual(
        [await n('ceb_message'), await n('clearance_document'), await n('parcel')],
        [PARCELS * 4, PARCELS * 4, PARCELS],
      );
      const states = await db.selectFrom('parcel').select('match_state').execute();
      assert.deepEqual(
        states.filter((x) => x.match_state !== 'matched'),
        [],
        'a parcel whose documents arrived side by side is matched all the same',
      );
    });
  });
}
