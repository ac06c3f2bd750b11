import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { App } from '../../src/http/app.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { countRows, databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

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
      const n = (table: 'ceb_message' | 'clearance_document' | 'parcel') => countRows(db, table);
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

    it("one user's messages sent at once share transactions, and each is answered with its own report", async () => {
      type Report = {
        accepted: number;
        duplicates: number;
        messages: { index: number; guid: string; outcome: string }[];
        parcels: { id: string; matchState: string; missing: string[] }[];
      };
      const sent: { kind: 'order' | 'inventory' | 'again'; orderNo: string; guid: string; xml: string }[] =
        [];
      const message = (kind: 'order' | 'inventory', orderNo: string, xml: string) => ({
        kind,
        orderNo,
        guid: /<ceb:\w+Message [^>]*guid="([^"]+)"/.exec(xml)![1]!,
        xml,
      });
      for (let n = 0; n < 20; n++) {
        const m = importParcel(9500 + n);
        sent.push(
          message('order', m.orderNo, xmlOf('CEB311', m.order, PARCEL_CODES.ebc)),
          message('inventory', m.orderNo, xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc)),
        );
      }
      // One message five times over, side by side with the rest.
      const again = sent[0]!;
      for (let i = 0; i < 4; i++) sent.push({ ...again, kind: 'again' });
      const before = await p.database.db
        .selectFrom('audit_log')
        .select('seq')
        .where('action', '=', 'clearance.ingest')
        .execute();
      const answers = await Promise.all(
        sent.map((d) =>
          s.ebc.request('POST', '/api/clearance/messages', d.xml, { 'content-type': 'application/xml' }),
        ),
      );
      const reports = answers.map((r) => {
        assert.equal(r.statusCode, 200, r.body);
        return json<Report>(r);
      });
      reports.forEach((r, i) => {
        assert.equal(r.messages.length, 1, 'a report holds its own request only');
        assert.equal(r.messages[0]!.index, 0);
        assert.equal(r.messages[0]!.guid, sent[i]!.guid);
      });
      assert.equal(reports.filter((r) => r.accepted === 1).length, 40);
      assert.equal(reports.filter((r) => r.duplicates === 1).length, 4, 'the same message accepted once');

      // Each parcel reported is one of this request's order: the inventory's own, always; the order's,
      // when its inventory was stored before it or beside it.
      const orderOf = new Map(
        (await p.database.db.selectFrom('parcel').select(['id', 'order_key']).execute()).map((x) => [
          x.id,
          x.order_key,
        ]),
      );
      reports.forEach((r, i) => {
        for (const parcel of r.parcels) assert.ok(orderOf.get(parcel.id)?.endsWith(sent[i]!.orderNo));
        if (sent[i]!.kind === 'inventory') {
          assert.equal(r.parcels.length, 1);
          assert.equal(r.parcels[0]!.matchState, 'incomplete');
          assert.ok(r.parcels[0]!.missing.includes('payment'));
        }
        // Whichever of the five copies came first was accepted; the others changed nothing.
        if (r.duplicates === 1) assert.deepEqual(r.parcels, []);
      });

      // Fewer transactions than requests; every accepted message is in exactly one audit record, and
      // a record that covers several requests names them.
      const records = await p.database.db
        .selectFrom('audit_log')
        .select(['after'])
        .where('action', '=', 'clearance.ingest')
        .where('seq', 'not in', before.length ? before.map((b) => b.seq) : ['0'])
        .execute();
      const afters = records.map((x) => x.after as { guids: string[]; requests?: string[] });
      assert.ok(afters.length < 40, `${afters.length} transactions for 44 requests`);
      assert.ok(afters.some((a) => (a.requests?.length ?? 0) > 1));
      assert.deepEqual(
        afters.flatMap((a) => a.guids).sort(),
        sent
          .filter((d) => d.kind !== 'again')
          .map((d) => d.guid)
          .sort(),
      );
    });
  });
}
