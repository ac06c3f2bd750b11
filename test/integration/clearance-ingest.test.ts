import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { CompiledQuery, sql } from 'kysely';
import type { App } from '../../src/http/app.js';
import { dispatchToCustoms } from '../../src/modules/clearance/gateway/dispatch-to-customs.js';
import { recordCustomsAnswers } from '../../src/modules/clearance/gateway/record-customs-answers.js';
import { sandboxGateway } from '../../src/modules/clearance/gateway/sandbox-gateway.js';
import { clearanceRepository } from '../../src/modules/clearance/clearance.repository.js';
import { fileExchangeGateway } from '../../src/modules/clearance/gateway/file-exchange-gateway.js';
import {
  bulkIngest,
  ParsePool,
  produceCebMessage,
  runCustomsJobs,
  type IngestReport,
} from '../../src/modules/clearance/index.js';
import { buyerIdOf, importParcel, importReturn, importRevoke, PARCEL_CODES, xmlOf } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { countRows, databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

interface Report {
  accepted: number;
  duplicates: number;
  refused: number;
  messages: {
    source: string | null;
    outcome: string;
    errors: { field: string; code: string }[];
    documents: { outcome: string }[];
  }[];
  parcels: { id: string; matchState: string; missing: string[] }[];
}
interface ParcelDetail {
  id: string;
  matchState: string;
  missing: string[];
  mismatches: { field: string }[];
  documents: { kind: string }[];
  events: { status: string }[];
}

for (const kind of databaseKinds()) {
  describe(`clearance: receiving CEB messages and matching them [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    const s: Record<'ebc' | 'pay' | 'logistics' | 'customs' | 'foreignCustoms', Session> = {} as never;

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      const ebc = await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.ebc);
      const pay = await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.pay);
      const logistics = await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.logistics);
      await makeUser(p, 'ebc', 'enterprise', 'zhuzhou', ebc);
      await makeUser(p, 'pay', 'enterprise', 'zhuzhou', pay);
      await makeUser(p, 'logistics', 'enterprise', 'zhuzhou', logistics);
      await makeUser(p, 'customs', 'customs', 'zhuzhou');
      await makeUser(p, 'cz-customs', 'customs', 'chenzhou');
      s.ebc = await Session.login(app, 'ebc', PASSWORD);
      s.pay = await Session.login(app, 'pay', PASSWORD);
      s.logistics = await Session.login(app, 'logistics', PASSWORD);
      s.customs = await Session.login(app, 'customs', PASSWORD);
      s.foreignCustoms = await Session.login(app, 'cz-customs', PASSWORD);
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    const send = (session: Session, xml: string) =>
      session.request('POST', '/api/clearance/messages', xml, { 'content-type': 'application/xml' });
    const count = (table: 'ceb_message' | 'clearance_document' | 'parcel') => countRows(p.database.db, table);

    function parcelMessages(n: number) {
      const parcel = importParcel(n);
      return {
        parcel,
        order: () => send(s.ebc, xmlOf('CEB311', parcel.order, PARCEL_CODES.ebc)),
        payment: () => send(s.pay, xmlOf('CEB411', parcel.payment, PARCEL_CODES.pay)),
        waybill: () => send(s.logistics, xmlOf('CEB511', parcel.waybill, PARCEL_CODES.logistics)),
        inventory: () => send(s.ebc, xmlOf('CEB621', parcel.inventory, PARCEL_CODES.ebc)),
      };
    }

    it('matches a parcel when its last document arrives, whichever it is', async () => {
      const orders: (keyof ReturnType<typeof parcelMessages>)[][] = [
        ['order', 'payment', 'waybill', 'inventory'],
        ['inventory', 'waybill', 'payment', 'order'],
        ['payment', 'inventory', 'order', 'waybill'],
      ];
      for (const [i, arrival] of orders.entries()) {
        const m = parcelMessages(100 + i);
        let parcelId: string | undefined;
        for (const [j, step] of arrival.entries()) {
          const r = await (m[step] as () => ReturnType<typeof send>)();
          assert.equal(r.statusCode, 200, `${step}: ${r.body}`);
          const report = json<Report>(r);
          assert.equal(report.accepted, 1);
          const evaluated = report.parcels[0];
          if (evaluated) parcelId = evaluated.id;
          if (j < arrival.length - 1 && evaluated) assert.equal(evaluated.matchState, 'incomplete');
        }
        assert.ok(parcelId, 'a parcel exists once the inventory arrived');
        const detail = json<ParcelDetail>(await s.ebc.get(`/api/clearance/parcels/${parcelId}`));
        assert.equal(detail.matchState, 'matched', JSON.stringify(detail.mismatches));
        assert.deepEqual(detail.documents.map((d) => d.kind).sort(), [
          'inventory',
          'order',
          'payment',
          'waybill',
        ]);
        assert.deepEqual(
          detail.events.map((e) => e.status),
          ['received', 'matched'],
        );
      }
    });

    it('takes guids as enterprise systems write them (lower case, underscores), matches, and warns of lower case', async () => {
      const parcel = importParcel(150);
      // A lower-case UUID as most libraries make one, and a serial with underscores (upper case).
      const lower = () => randomUUID();
      parcel.order.Order[0]!.OrderHead.guid = lower();
      parcel.payment.Payment[0]!.PaymentHead.guid = 'CEB411_HNZZ_20260302080000_000000150';
      parcel.waybill.Logistics[0]!.LogisticsHead.guid = lower();
      parcel.inventory.Inventory[0]!.InventoryHead.guid = lower();
      const withRoot = <T extends { guid: string }>(m: T, guid: string) => ({ ...m, guid });
      const sent = [
        await send(s.ebc, xmlOf('CEB311', withRoot(parcel.order, lower()), PARCEL_CODES.ebc, false)),
        await send(
          s.pay,
          xmlOf(
            'CEB411',
            withRoot(parcel.payment, 'CEB411_HNZZ_20260302080000_000000151'),
            PARCEL_CODES.pay,
            false,
          ),
        ),
        await send(s.logistics, xmlOf('CEB511', parcel.waybill, PARCEL_CODES.logistics)),
        await send(s.ebc, xmlOf('CEB621', withRoot(parcel.inventory, lower()), PARCEL_CODES.ebc, false)),
      ];
      const reports = sent.map((r) => {
        assert.equal(r.statusCode, 200, r.body);
        return json<Report & { messages: { warnings: { field: string; code: string }[] }[] }>(r);
      });
      assert.deepEqual(
        reports.map((r) => [r.accepted, r.messages[0]!.warnings.map((w) => `${w.field} ${w.code}`)]),
        [
          [1, ['guid guid_lower_case', 'documents[0].guid guid_lower_case']],
          // Upper case with underscores: nothing to say.
          [1, []],
          // The waybill's message guid is the helper's upper-case one; its head's is lower case.
          [1, ['documents[0].guid guid_lower_case']],
          [1, ['guid guid_lower_case', 'documents[0].guid guid_lower_case']],
        ],
      );
      const matched = reports[3]!.parcels[0]!;
      assert.equal(matched.matchState, 'matched');
      // Kept as sent: the document is found under its lower-case guid.
      const stored = await p.database.db
        .selectFrom('clearance_document')
        .select('guid')
        .where('guid', '=', parcel.inventory.Inventory[0]!.InventoryHead.guid)
        .execute();
      assert.equal(stored.length, 1);
    });
    it('bulk import: batches in any order match every parcel once, the run is audited, a re-run stores nothing', async () => {
      const parcels = [0, 1, 2, 3, 4, 5].map((i) => importParcel(7_100 + i));
      const ctx = p.systemCtx('bulk-test');
      const ebc = (list: string[]) => ({
        enterpriseId: PARCEL_CODES.ebc,
        messages: list.map((body) => ({ body })),
      });
      // Inventories of three parcels before anything else; the other three's inventories with their orders,
      // in the same transaction as the orders; payments and waybills last.
      const batches = [
        ebc(parcels.slice(0, 3).map((m) => xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc))),
        ebc(
          parcels.flatMap((m, i) => [
            xmlOf('CEB311', m.order, PARCEL_CODES.ebc),
            ...(i >= 3 ? [xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc)] : []),
          ]),
        ),
        {
          enterpriseId: PARCEL_CODES.pay,
          messages: parcels.map((m) => ({ body: xmlOf('CEB411', m.payment, PARCEL_CODES.pay) })),
        },
        {
          enterpriseId: PARCEL_CODES.logistics,
          messages: parcels.map((m) => ({ body: xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics) })),
        },
      ];
      const before = await count('parcel');
      const seen: number[] = [];
      const totals = await bulkIngest(ctx, batches, { onBatch: (r) => seen.push(r.accepted) });
      assert.deepEqual(totals, { batches: 4, accepted: 24, duplicates: 0, refused: 0 });
      assert.deepEqual(seen, [3, 9, 6, 6]);
      assert.equal((await count('parcel')) - before, 6);
      const states = await p.database.db
        .selectFrom('parcel')
        .select(['match_state', 'missing'])
        .where(
          'order_key',
          'in',
          parcels.map((m) => `${m.order.Order[0]!.OrderHead.ebpCode}|${m.orderNo}`),
        )
        .execute();
      assert.deepEqual(
        states.map((r) => r.match_state),
        Array(6).fill('matched'),
      );
      const audited = await p.database.db
        .selectFrom('audit_log')
        .select(['after', 'zone_code'])
        .where('action', '=', 'clearance.bulk_import')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(audited.zone_code, 'zhuzhou');
      assert.deepEqual(audited.after, {
        batches: 4,
        accepted: 24,
        duplicates: 0,
        refused: 0,
        enterprises: [PARCEL_CODES.ebc, PARCEL_CODES.pay, PARCEL_CODES.logistics],
      });

      // The same files again (the same message guids): duplicates, nothing stored.
      const again = await bulkIngest(ctx, batches);
      assert.deepEqual(again, { batches: 4, accepted: 0, duplicates: 24, refused: 0 });
      assert.equal((await count('parcel')) - before, 6);
    });

    it('batches of new documents that hold some stored already are decided as if looked up: exact outcomes, nothing doubled', async () => {
      type Parcel = ReturnType<typeof importParcel>;
      // Written first as if nothing were stored (no look-ups). A stored guid refuses the write, which is
      // undone (the first batch); a message the batch repeats is refused by decide (the second). Either
      // way the batch is decided again from what is stored.
      const ctx = p.systemCtx('bulk-test');
      const [a, b, c, d] = [7_200, 7_201, 7_202, 7_203].map((n) => importParcel(n)) as [
        Parcel,
        Parcel,
        Parcel,
        Parcel,
      ];
      const order = (m: Parcel) => xmlOf('CEB311', m.order, PARCEL_CODES.ebc);
      const stored = order(a);
      const once = await bulkIngest(ctx, [{ enterpriseId: PARCEL_CODES.ebc, messages: [{ body: stored }] }]);
      assert.equal(once.accepted, 1);
      const before = [await count('ceb_message'), await count('clearance_document')];
      const bOrder = order(b);
      const batch = (list: string[]) => ({
        enterpriseId: PARCEL_CODES.ebc,
        messages: list.map((body) => ({ body })),
      });
      const reports: IngestReport[] = [];
      const totals = await bulkIngest(
        ctx,
        [
          batch([order(d), stored]),
          // New, the stored message again, new, a's order under a new message guid, the first again.
          batch([bOrder, stored, order(c), order(a), bOrder]),
        ],
        { onBatch: (r) => reports.push(r) },
      );
      assert.deepEqual(totals, { batches: 2, accepted: 4, duplicates: 3, refused: 0 });
      assert.deepEqual(
        reports.map((r) => r.messages.map((m) => `${m.outcome} ${m.documents.map((x) => x.outcome).join()}`)),
        [
          ['accepted created', 'duplicate '],
          ['accepted created', 'duplicate ', 'accepted created', 'accepted unchanged', 'duplicate '],
        ],
      );
      assert.deepEqual(
        [await count('ceb_message'), await count('clearance_document')],
        [before[0]! + 4, before[1]! + 3],
      );
    });

    it('bulk import on the parse workers: each message is stored as received, whether the workers or the store compressed its batch', async () => {
      const ctx = p.systemCtx('bulk-test');
      const pool = new ParsePool(2);
      try {
        // Each made once: made again, an order is a new message (a new guid) of the same document.
        const made = new Map<number, string>();
        const order = (n: number) => {
          if (!made.has(n)) made.set(n, xmlOf('CEB311', importParcel(n).order, PARCEL_CODES.ebc));
          return made.get(n)!;
        };
        const bad = '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>';
        const batch = (list: string[]) => ({
          enterpriseId: PARCEL_CODES.ebc,
          messages: list.map((body) => ({ body: Buffer.from(body) })),
        });
        const reports: IngestReport[] = [];
        const totals = await bulkIngest(
          ctx,
          [
            // All parsed and all accepted: the workers' compressed bodies are kept.
            batch([order(7_300), order(7_301), order(7_302)]),
            // One refused by the parse: the others are still all the parsed ones.
            batch([order(7_303), bad, order(7_304)]),
            // One a duplicate: fewer accepted than parsed, so the store compresses its own.
            batch([order(7_305), order(7_300), order(7_306)]),
          ],
          { preparer: pool.prepare, onBatch: (r) => reports.push(r) },
        );
        assert.deepEqual(totals, { batches: 3, accepted: 7, duplicates: 1, refused: 1 });
        const sent = new Map([...made.values()].map((xml) => [/Message guid="([^"]+)"/.exec(xml)![1]!, xml]));
        const rows = await p.database.db
          .selectFrom('ceb_message as m')
          .innerJoin('ceb_message_batch as b', 'b.id', 'm.batch_id')
          .select(['m.guid', 'm.body_offset', 'm.body_length', 'b.body', 'b.sealed'])
          .where('m.guid', 'in', [...sent.keys()])
          .execute();
        assert.equal(rows.length, 7);
        for (const r of rows) {
          const batchBody = gunzipSync(r.sealed ? ctx.protector.openBytes(r.body) : r.body);
          const body = batchBody.subarray(r.body_offset, r.body_offset + r.body_length);
          assert.equal(body.toString('utf8'), sent.get(r.guid), r.guid);
        }
        assert.deepEqual(
          reports.map((r) => r.messages.map((m) => m.outcome)),
          [
            ['accepted', 'accepted', 'accepted'],
            ['accepted', 'refused', 'accepted'],
            ['accepted', 'duplicate', 'accepted'],
          ],
        );
      } finally {
        await pool.close();
      }
    });

    it('accepts the same message delivered twice once, and nothing doubles', async () => {
      const m = importParcel(200);
      const xml = xmlOf('CEB311', m.order, PARCEL_CODES.ebc);
      const before = [await count('ceb_message'), await count('clearance_document')];
      const first = json<Report>(await send(s.ebc, xml));
      const again = json<Report>(await send(s.ebc, xml));
      assert.deepEqual([first.accepted, again.accepted, again.duplicates], [1, 0, 1]);
      assert.deepEqual(
        [await count('ceb_message'), await count('clearance_document')],
        [before[0]! + 1, before[1]! + 1],
      );
      // The same document again under a new message guid: recognised by its business key, unchanged.
      const resent = json<Report>(await send(s.ebc, xmlOf('CEB311', m.order, PARCEL_CODES.ebc)));
      assert.equal(resent.messages[0]!.documents[0]!.outcome, 'unchanged');
      assert.equal(await count('clearance_document'), before[1]! + 1);
    });

    it('finds a mismatch when the last document arrives, whichever came first, reading what was stored before', async () => {
      for (const [i, arrival] of [
        ['inventory', 'order', 'waybill', 'payment'],
        ['payment', 'inventory', 'waybill', 'order'],
        ['waybill', 'payment', 'order', 'inventory'],
      ].entries()) {
        const m = importParcel(250 + i);
        m.payment.Payment[0]!.PaymentHead.amountPaid = '1.00';
        const xml = {
          order: () => send(s.ebc, xmlOf('CEB311', m.order, PARCEL_CODES.ebc)),
          payment: () => send(s.pay, xmlOf('CEB411', m.payment, PARCEL_CODES.pay)),
          waybill: () => send(s.logistics, xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics)),
          inventory: () => send(s.ebc, xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc)),
        } as Record<string, () => ReturnType<typeof send>>;
        let last: Report | undefined;
        for (const [j, kind] of arrival.entries()) {
          const r = await xml[kind]!();
          assert.equal(r.statusCode, 200, r.body);
          last = json<Report>(r);
          const seen = last.parcels[0];
          if (j < 3 && seen) {
            assert.equal(seen.matchState, 'incomplete');
            assert.deepEqual(
              [...seen.missing].sort(),
              ['order', 'payment', 'waybill'].filter((k) => !arrival.slice(0, j + 1).includes(k)).sort(),
            );
          }
        }
        assert.equal(last!.parcels[0]!.matchState, 'mismatched', arrival.join());
        const detail = json<ParcelDetail>(
          await s.customs.get(`/api/clearance/parcels/${last!.parcels[0]!.id}`),
        );
        assert.ok(
          detail.mismatches.some((x) => x.field === 'amountPaid'),
          JSON.stringify(detail.mismatches),
        );
      }
    });

    it('follows appType: a changed add is refused, a change (2) is taken and re-matched, a delete (3) revokes', async () => {
      const m = parcelMessages(300);
      for (const step of ['order', 'payment', 'waybill', 'inventory'] as const)
        assert.equal((await m[step]()).statusCode, 200);
      const changed = structuredClone(m.parcel.payment);
      changed.Payment[0]!.PaymentHead.amountPaid = '1.00';
      changed.Payment[0]!.PaymentHead.guid = crypto.randomUUID().toUpperCase();
      let r = await send(s.pay, xmlOf('CEB411', changed, PARCEL_CODES.pay));
      assert.equal(r.statusCode, 400);
      assert.equal(json<{ errors: { code: string }[] }>(r).errors[0]!.code, 'duplicate_business_key');

      changed.Payment[0]!.PaymentHead.appType = '2';
      r = await send(s.pay, xmlOf('CEB411', changed, PARCEL_CODES.pay));
      assert.equal(r.statusCode, 200, r.body);
      const report = json<Report>(r);
      assert.equal(report.messages[0]!.documents[0]!.outcome, 'changed');
      assert.equal(report.parcels[0]!.matchState, 'mismatched');
      const detail = json<ParcelDetail>(
        await s.customs.get(`/api/clearance/parcels/${report.parcels[0]!.id}`),
      );
      assert.ok(detail.mismatches.some((x) => x.field === 'amountPaid'));

      const removed = structuredClone(m.parcel.inventory);
      removed.Inventory[0]!.InventoryHead.appType = '3';
      removed.Inventory[0]!.InventoryHead.guid = crypto.randomUUID().toUpperCase();
      r = await send(s.ebc, xmlOf('CEB621', removed, PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 200, r.body);
      const after = json<{ revokedAt: string | null; events: { status: string }[] }>(
        await s.ebc.get(`/api/clearance/parcels/${report.parcels[0]!.id}`),
      );
      assert.ok(after.revokedAt);
      assert.equal(after.events.at(-1)!.status, 'deleted');
    });

    it('refuses a bad message whole, naming each wrong field, and stores nothing of it', async () => {
      const m = importParcel(400);
      const before = [await count('ceb_message'), await count('clearance_document')];
      const bad = xmlOf('CEB311', m.order, PARCEL_CODES.ebc)
        .replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, '')
        .replace(/<ceb:freight>[^<]*</, '<ceb:freight>abc<');
      let r = await send(s.ebc, bad);
      assert.equal(r.statusCode, 400);
      const fields = json<{ errors: { field: string }[] }>(r).errors.map((e) => e.field);
      assert.ok(
        fields.some((f) => f.endsWith('orderNo')),
        fields.join(),
      );
      assert.ok(
        fields.some((f) => f.endsWith('freight')),
        fields.join(),
      );
      // Goods off the retail-import positive list.
      const off = importParcel(401);
      off.inventory.Inventory[0]!.InventoryList[0]!.gcode = '9303100000';
      r = await send(s.ebc, xmlOf('CEB621', off.inventory, PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 400);
      assert.deepEqual(
        json<{ errors: { field: string; code: string }[] }>(r).errors.map((e) => [e.field, e.code]),
        [['documents[0].InventoryList[gnum=1].gcode', 'not_on_positive_list']],
      );
      // Another enterprise's identity in BaseTransfer, and hostile XML.
      r = await send(s.ebc, xmlOf('CEB411', m.payment, PARCEL_CODES.pay));
      assert.equal(r.statusCode, 400);
      r = await send(
        s.ebc,
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">&a;</ceb:CEB311Message>',
      );
      assert.equal(r.statusCode, 400);
      assert.deepEqual([await count('ceb_message'), await count('clearance_document')], before);
    });

    it('takes the same messages as JSON: matched, idempotent, refused whole with every wrong field', async () => {
      const m = importParcel(450);
      const asJson = <T extends object>(message: T, copCode: string) => {
        const c = structuredClone(message) as T & { guid: string; BaseTransfer: { copCode: string } };
        c.guid = randomUUID().toUpperCase();
        c.BaseTransfer.copCode = copCode;
        return c;
      };
      const order = asJson(m.order, PARCEL_CODES.ebc);
      let r = await s.ebc.post('/api/clearance/messages/CEB311', order);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Report>(r).accepted, 1);
      r = await s.ebc.post('/api/clearance/messages/CEB311', order);
      assert.equal(json<Report>(r).duplicates, 1);
      await s.pay.post('/api/clearance/messages/CEB411', asJson(m.payment, PARCEL_CODES.pay));
      await s.logistics.post('/api/clearance/messages/CEB511', asJson(m.waybill, PARCEL_CODES.logistics));
      r = await s.ebc.post('/api/clearance/messages/CEB621', asJson(m.inventory, PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<Report>(r).parcels[0]?.matchState, 'matched');

      const before = [await count('ceb_message'), await count('clearance_document')];
      const bad = asJson(importParcel(451).order, PARCEL_CODES.ebc) as unknown as {
        Order: { OrderHead: Record<string, unknown> }[];
      };
      delete bad.Order[0]!.OrderHead.orderNo;
      bad.Order[0]!.OrderHead.freight = 'abc';
      r = await s.ebc.post('/api/clearance/messages/CEB311', bad);
      assert.equal(r.statusCode, 400);
      assert.match(String(r.headers['content-type']), /problem\+json/);
      const fields = json<{ errors: { field: string }[] }>(r).errors.map((e) => e.field);
      assert.ok(
        fields.some((f) => f.endsWith('orderNo')) && fields.some((f) => f.endsWith('freight')),
        fields.join(),
      );
      // A message type enterprises do not send has no JSON route.
      r = await s.ebc.post('/api/clearance/messages/CEB312', order);
      assert.equal(r.statusCode, 404);
      assert.deepEqual([await count('ceb_message'), await count('clearance_document')], before);
      const paths = Object.keys(
        json<{ paths: Record<string, unknown> }>(await s.ebc.get('/api/openapi.json')).paths,
      );
      assert.ok(paths.includes('/api/clearance/messages/CEB621'), paths.join());
    });

    it('takes several message files in one multipart upload, with a report per file', async () => {
      const m = importParcel(600);
      const boundary = '----cbecfiles';
      const part = (name: string, xml: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/xml\r\n\r\n${xml}\r\n`;
      const body =
        part('order.xml', xmlOf('CEB311', m.order, PARCEL_CODES.ebc)) +
        part('inventory.xml', xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc)) +
        part('broken.xml', '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>') +
        `--${boundary}--\r\n`;
      const r = await s.ebc.request('POST', '/api/clearance/messages', body, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
      assert.equal(r.statusCode, 200, r.body);
      const report = json<Report>(r);
      assert.deepEqual(
        report.messages.map((x) => [x.source, x.outcome]),
        [
          ['order.xml', 'accepted'],
          ['inventory.xml', 'accepted'],
          ['broken.xml', 'refused'],
        ],
      );
      assert.deepEqual(
        report.parcels.map((x) => [x.matchState, [...x.missing].sort()]),
        [['incomplete', ['payment', 'waybill']]],
      );
    });

    it('keeps parcels inside their zone and enterprise; an unapproved enterprise cannot send', async () => {
      const list = json<{ items: { id: string }[]; total: number }>(
        await s.customs.get('/api/clearance/parcels?matchState=matched'),
      );
      assert.ok(list.total >= 3);
      const id = list.items[0]!.id;
      assert.equal((await s.foreignCustoms.get(`/api/clearance/parcels/${id}`)).statusCode, 404);
      assert.equal(json<{ total: number }>(await s.foreignCustoms.get('/api/clearance/parcels')).total, 0);
      assert.equal(
        (await s.logistics.get(`/api/clearance/parcels/${id}`)).statusCode,
        404,
        'not the sender of the inventory',
      );
      // A declaring agent sends the seller's inventory: the parcel is the agent's (it sent it) and the
      // seller's (its goods), and nobody else's.
      const agent = await makeApprovedEnterprise(p, 'zhuzhou', '4302980B01');
      await makeUser(p, 'agent', 'enterprise', 'zhuzhou', agent);
      const agentSession = await Session.login(app, 'agent', PASSWORD);
      const m = parcelMessages(650);
      for (const r of [await m.order(), await m.payment(), await m.waybill()])
        assert.equal(r.statusCode, 200);
      const sent = await send(agentSession, xmlOf('CEB621', m.parcel.inventory, '4302980B01'));
      assert.equal(sent.statusCode, 200, sent.body);
      const parcel = json<Report>(sent).parcels[0]!;
      assert.equal(parcel.matchState, 'matched');
      const byOrderNo = `/api/clearance/parcels?q=${m.parcel.orderNo}`;
      for (const reader of [agentSession, s.ebc]) {
        assert.deepEqual(
          json<{ items: { id: string }[] }>(await reader.get(byOrderNo)).items.map((x) => x.id),
          [parcel.id],
        );
        assert.equal((await reader.get(`/api/clearance/parcels/${parcel.id}`)).statusCode, 200);
      }
      assert.equal(json<{ total: number }>(await s.logistics.get(byOrderNo)).total, 0);
      assert.equal((await s.logistics.get(`/api/clearance/parcels/${parcel.id}`)).statusCode, 404);
      // One order, one inventory: the seller's own inventory of the same order is refused, and so is
      // another order's inventory on the same waybill; nothing of either is stored.
      const parcelsBefore = await count('parcel');
      m.parcel.inventory.Inventory[0]!.InventoryHead.guid = randomUUID().toUpperCase();
      const again = await m.inventory();
      assert.equal(again.statusCode, 400);
      assert.deepEqual(
        json<{ errors: { field: string; code: string }[] }>(again).errors.map((e) => `${e.field} ${e.code}`),
        ['documents[0].orderNo already_declared'],
      );
      const other = importParcel(651);
      other.inventory.Inventory[0]!.InventoryHead.logisticsNo = m.parcel.logisticsNo;
      const sameWaybill = await send(agentSession, xmlOf('CEB621', other.inventory, '4302980B01'));
      assert.equal(sameWaybill.statusCode, 400);
      assert.deepEqual(
        json<{ errors: { field: string; code: string }[] }>(sameWaybill).errors.map(
          (e) => `${e.field} ${e.code}`,
        ),
        ['documents[0].logisticsNo already_declared'],
      );
      assert.equal(await count('parcel'), parcelsBefore);

      const draft = await makeEnterprise(p, 'zhuzhou');
      await makeUser(p, 'draft-user', 'enterprise', 'zhuzhou', draft);
      const d = await Session.login(app, 'draft-user', PASSWORD);
      assert.equal(
        (await send(d, xmlOf('CEB311', importParcel(500).order, PARCEL_CODES.ebc))).statusCode,
        403,
      );
      assert.equal(
        (await send(s.customs, xmlOf('CEB311', importParcel(501).order, PARCEL_CODES.ebc))).statusCode,
        403,
      );
    });
  });
}

for (const kind of databaseKinds()) {
  describe(`clearance: customs gateway, lifecycle and the buyer's quota [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    let ebc: Session;
    let pay: Session;
    let logistics: Session;

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      for (const [name, code] of [
        ['ebc', PARCEL_CODES.ebc],
        ['pay', PARCEL_CODES.pay],
        ['logistics', PARCEL_CODES.logistics],
      ] as const) {
        const id = await makeApprovedEnterprise(p, 'zhuzhou', code);
        await makeUser(p, name, 'enterprise', 'zhuzhou', id);
      }
      ebc = await Session.login(app, 'ebc', PASSWORD);
      pay = await Session.login(app, 'pay', PASSWORD);
      logistics = await Session.login(app, 'logistics', PASSWORD);
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    const send = (session: Session, xml: string) =>
      session.request('POST', '/api/clearance/messages', xml, { 'content-type': 'application/xml' });
    /** The parcel's inventory sent again under a new guid with `appType`, its content as it was. */
    const inventoryAgain = (m: ReturnType<typeof importParcel>, appType: '1' | '2') => {
      const inventory = structuredClone(m.inventory);
      const head = inventory.Inventory[0]!.InventoryHead;
      head.guid = randomUUID().toUpperCase();
      head.appType = appType;
      return xmlOf('CEB621', inventory, PARCEL_CODES.ebc);
    };
    /** One line worth `amount` (`qty` units), the order, payment and inventory made to agree. */
    function setAmount(m: ReturnType<typeof importParcel>, amount: string, qty = '1') {
      const price = (Number(amount) / Number(qty)).toFixed(2);
      const line = { gnum: 1, qty, price, totalPrice: amount };
      const o = m.order.Order[0]!;
      o.OrderList = [{ ...o.OrderList[0]!, ...line }];
      o.OrderHead.goodsValue = amount;
      o.OrderHead.freight = '0';
      o.OrderHead.discount = '0';
      o.OrderHead.taxTotal = '0';
      o.OrderHead.acturalPaid = amount;
      m.payment.Payment[0]!.PaymentHead.amountPaid = amount;
      const inv = m.inventory.Inventory[0]!;
      inv.InventoryList = [{ ...inv.InventoryList[0]!, ...line }];
      inv.InventoryHead.freight = '0';
      inv.InventoryHead.insuredFee = '0';
    }
    async function fileParcel(n: number, amount?: string, buyerIdNumber?: string, qty?: string) {
      const m = importParcel(n, buyerIdNumber);
      if (amount) setAmount(m, amount, qty);
      for (const r of [
        await send(ebc, xmlOf('CEB311', m.order, PARCEL_CODES.ebc)),
        await send(pay, xmlOf('CEB411', m.payment, PARCEL_CODES.pay)),
        await send(logistics, xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics)),
        await send(ebc, xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc)),
      ])
        assert.equal(r.statusCode, 200, r.body);
      return m;
    }

    it('sends matched parcels to the sandbox customs and records every answer with its time until release', async () => {
      const gateway = sandboxGateway({ seed: 't', rates: () => ({ rejection: 0, inspection: 0 }) });
      const filed = await fileParcel(1);
      const ctx = p.systemCtx('jobs');
      assert.deepEqual(await dispatchToCustoms(ctx, gateway), { sent: 1, refused: 0 });
      assert.deepEqual(await dispatchToCustoms(ctx, gateway), { sent: 0, refused: 0 }, 'never sent twice');
      await recordCustomsAnswers(ctx, gateway);
      p.clock.advance(10_000);
      await recordCustomsAnswers(ctx, gateway);
      await recordCustomsAnswers(ctx, gateway);
      const list = json<{
        items: { id: string; customsStatus: string; invtNo: string; releasedAt: string }[];
      }>(await ebc.get('/api/clearance/parcels?customsStatus=800'));
      assert.equal(list.items.length, 1);
      assert.match(list.items[0]!.invtNo, /^4900\d{4}I\d{9}$/);
      const detail = json<{ events: { status: string; source: string; info: string | null }[] }>(
        await ebc.get(`/api/clearance/parcels/${list.items[0]!.id}`),
      );
      assert.deepEqual(
        detail.events.map((e) => e.status),
        ['received', 'matched', 'sent', '2', '120', '399', '800'],
      );
      // As customs words it: the first answer names the inventory's guid.
      assert.equal(
        detail.events.find((e) => e.status === '2')!.info,
        `新增申报成功[${filed.inventory.Inventory[0]!.InventoryHead.guid}]`,
      );
      // The combined tax, by hand: freight 10 shared by value (199.80 : 60.00) → 完税价格 207.49 and 62.31;
      // VAT 13 % × 70 % = 9.1 % → 18.88 + 5.67 = 24.55; tariff 0 within the limits; the skin-care line at
      // 60 元 for 300 g is under the 10 元/g threshold of 高档化妆品, so no consumption tax.
      const taxed = json<{
        taxTotal: string;
        tax: { treatment: string; lines: { gnum: number; taxPrice: string; payable: { total: string } }[] };
      }>(await ebc.get(`/api/clearance/parcels/${list.items[0]!.id}`));
      assert.equal(taxed.taxTotal, '24.55');
      assert.equal(taxed.tax.treatment, 'cbec_preferential');
      assert.deepEqual(
        taxed.tax.lines.map((l) => [l.gnum, l.taxPrice, l.payable.total]),
        [
          [1, '207.49', '18.88'],
          [2, '62.31', '5.67'],
        ],
      );

      // A changed document after sending is refused: revoke first.
      const m = importParcel(1);
      m.payment.Payment[0]!.PaymentHead.appType = '2';
      m.payment.Payment[0]!.PaymentHead.amountPaid = '1';
      const r = await send(pay, xmlOf('CEB411', m.payment, PARCEL_CODES.pay));
      assert.equal(r.statusCode, 400);
      assert.equal(json<{ errors: { code: string }[] }>(r).errors[0]!.code, 'sent_to_customs');
    });

    it("counts the parcels in each customs status of the caller's scope, for the customs queue's tabs", async () => {
      await makeUser(p, 'zz-customs', 'customs', 'zhuzhou');
      await makeUser(p, 'cz-customs', 'customs', 'chenzhou');
      const customs = await Session.login(app, 'zz-customs', PASSWORD);
      const elsewhere = await Session.login(app, 'cz-customs', PASSWORD);
      const url = '/api/clearance/parcels/status-counts?customsStatus=500,120,399,100';
      const before = json<Record<string, number>>(await customs.get(url));
      // A parcel customs holds for inspection (a buyer of its own: the others' quota stays as it was).
      const inspect = sandboxGateway({ seed: 'c', rates: () => ({ rejection: 0, inspection: 1 }) });
      await fileParcel(2, undefined, buyerIdOf(2));
      const ctx = p.systemCtx('jobs');
      assert.deepEqual(await dispatchToCustoms(ctx, inspect), { sent: 1, refused: 0 });
      for (let i = 0; i < 4; i++) {
        await recordCustomsAnswers(ctx, inspect);
        p.clock.advance(10_000);
      }
      const after = json<Record<string, number>>(await customs.get(url));
      assert.deepEqual(Object.keys(after).sort(), ['100', '120', '399', '500']);
      assert.equal(after['500'], before['500']! + 1);
      // The same answer for the parcel's enterprise; nothing of it for another zone's customs or another enterprise.
      assert.equal(json<Record<string, number>>(await ebc.get(url))['500'], after['500']);
      assert.deepEqual(json<Record<string, number>>(await elsewhere.get(url)), {
        '500': 0,
        '120': 0,
        '399': 0,
        '100': 0,
      });
      assert.equal(json<Record<string, number>>(await pay.get(url))['500'], 0);
      // Agrees with the list's own total.
      const list = json<{ total: number }>(await customs.get('/api/clearance/parcels?customsStatus=500'));
      assert.equal(list.total, after['500']);
      const bad = await customs.get('/api/clearance/parcels/status-counts?customsStatus=abc');
      assert.equal(bad.statusCode, 400);
      assert.equal(json<{ errors: { field: string }[] }>(bad).errors[0]!.field, 'customsStatus.0');
    });

    it('refuses what would take a buyer over the annual limit, counts each parcel once, and gives quota back on rejection', async () => {
      const ctx = p.systemCtx('jobs');
      const used = async () =>
        (
          await p.database.db
            .selectFrom('buyer_quota')
            .select((eb) => eb.fn.sum<string>('amount').as('s'))
            .where('released_at', 'is', null)
            .executeTakeFirstOrThrow()
        ).s;
      const already = Number((await used()) ?? 0);
      // 5 × 4,999 = 24,995 within 26,000 (with what parcel 1 used, if any); one more is over.
      const room = 26000 - already;
      const n = Math.floor(room / 4999);
      for (let i = 0; i < n; i++) await fileParcel(10 + i, '4999.00');
      await fileParcel(50, '4999.00');
      // One batch: each parcel is checked with the buyer's parcels before it in the batch counted.
      const accept = sandboxGateway({ seed: 't', rates: () => ({ rejection: 0, inspection: 0 }) });
      assert.deepEqual(await dispatchToCustoms(ctx, accept), { sent: n, refused: 1 });
      assert.deepEqual(await dispatchToCustoms(ctx, accept), { sent: 0, refused: 0 });
      const refused = json<{ items: { customsStatus: string }[] }>(
        await ebc.get('/api/clearance/parcels?customsStatus=-621018'),
      );
      assert.equal(refused.items.length, 1);
      assert.equal(Number(await used()), already + n * 4999);

      // Those parcels are released (the sandbox decides each parcel's fate from its rates; finish them first).
      p.clock.advance(10_000);
      await recordCustomsAnswers(ctx, accept);
      // A rejected parcel gives its amount back; a released one keeps it.
      await fileParcel(60, '100.00');
      const reject = sandboxGateway({ seed: 't', rates: () => ({ rejection: 1, inspection: 0 }) });
      const before = Number(await used());
      await dispatchToCustoms(ctx, reject);
      assert.equal(Number(await used()), before + 100);
      p.clock.advance(60_000);
      await recordCustomsAnswers(ctx, reject);
      const rejected = json<{ items: { customsStatus: string }[] }>(
        await ebc.get('/api/clearance/parcels?customsStatus=100'),
      );
      assert.ok(rejected.items.length >= 1);
      assert.equal(Number(await used()), before);
    });

    it('a withdrawal before release gives the quota back; a return after release gives back what came back', async () => {
      const gateway = sandboxGateway({ seed: 't', rates: () => ({ rejection: 0, inspection: 0 }) });
      const ctx = p.systemCtx('jobs');
      const quotaOf = async (orderNo: string) => {
        const row = await p.database.db
          .selectFrom('buyer_quota as q')
          .innerJoin('parcel as x', 'x.id', 'q.parcel_id')
          .select(['q.amount', 'q.released_at', 'x.invt_no', 'x.id'])
          .where('x.order_key', 'like', `%|${orderNo}`)
          .executeTakeFirstOrThrow();
        return row;
      };
      // Withdrawal: sent and accepted (120, with an inventory number), not yet released.
      const a = await fileParcel(80, '300.00');
      await runCustomsJobs(ctx, gateway);
      p.clock.advance(1_000);
      await runCustomsJobs(ctx, gateway);
      let q = await quotaOf(a.orderNo);
      assert.equal(q.amount, '300.00');
      assert.ok(q.invt_no);
      let r = await send(ebc, xmlOf('CEB623', importRevoke(a, q.invt_no), PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 200, r.body);
      q = await quotaOf(a.orderNo);
      assert.ok(q.released_at, 'the quota is given back');
      const detail = json<{ revokedAt: string; events: { status: string }[] }>(
        await ebc.get(`/api/clearance/parcels/${q.id}`),
      );
      assert.ok(detail.revokedAt);
      // No longer customs' work, whatever customs last answered (120): the queue counts and lists it
      // apart.
      const listed = async (revoked: string) =>
        json<{ items: { id: string }[] }>(
          await ebc.get(`/api/clearance/parcels?q=${a.orderNo}&revoked=${revoked}`),
        ).items.map((x) => x.id);
      assert.deepEqual([await listed('true'), await listed('false')], [[q.id], []]);
      const counted = async (revoked?: string) =>
        json<Record<string, number>>(
          await ebc.get(
            `/api/clearance/parcels/status-counts?customsStatus=120${revoked ? `&revoked=${revoked}` : ''}`,
          ),
        )['120']!;
      assert.equal((await counted()) - (await counted('false')), await counted('true'));
      assert.ok((await counted('true')) >= 1);
      assert.equal((await ebc.get('/api/clearance/parcels?revoked=maybe')).statusCode, 400);
      assert.equal(detail.events.at(-1)!.status, 'revoked');
      // The same withdrawal again is a duplicate and changes nothing.
      const again = json<Report>(
        await send(ebc, xmlOf('CEB623', importRevoke(a, q.invt_no!), PARCEL_CODES.ebc)),
      );
      assert.equal(again.accepted, 1, 'a new guid: accepted, but the parcel is already revoked');
      // Customs holds no inventory any more: the documents are the enterprise's again, and a change is
      // taken; the parcel stays withdrawn until its inventory is declared again. The withdrawn
      // inventory itself has nothing at customs to change, and the answer says so.
      a.payment.Payment[0]!.PaymentHead.appType = '2';
      a.payment.Payment[0]!.PaymentHead.guid = randomUUID().toUpperCase();
      a.payment.Payment[0]!.PaymentHead.amountPaid = '1';
      const change = await send(pay, xmlOf('CEB411', a.payment, PARCEL_CODES.pay));
      assert.equal(change.statusCode, 200, change.body);
      assert.deepEqual(json<Report>(change).parcels, []);
      const inventoryChange = await send(ebc, inventoryAgain(a, '2'));
      assert.equal(inventoryChange.statusCode, 400);
      assert.deepEqual(
        json<{ errors: { field: string; code: string }[] }>(inventoryChange).errors.map(
          (e) => `${e.field} ${e.code}`,
        ),
        ['documents[0].appType withdrawn'],
      );

      // Return: released, then its one unit (200.00) comes back; five would be more than declared.
      const b = await fileParcel(81, '200.00');
      await runCustomsJobs(ctx, gateway);
      p.clock.advance(10_000);
      await runCustomsJobs(ctx, gateway);
      q = await quotaOf(b.orderNo);
      assert.equal(q.amount, '200.00');
      r = await send(
        ebc,
        xmlOf('CEB625', importReturn(b, q.invt_no!, [{ gnum: 1, qty: '5' }]), PARCEL_CODES.ebc),
      );
      assert.equal(r.statusCode, 400, 'more than declared');
      r = await send(
        ebc,
        xmlOf('CEB625', importReturn(b, q.invt_no!, [{ gnum: 1, qty: '1' }]), PARCEL_CODES.ebc),
      );
      assert.equal(r.statusCode, 200, r.body);
      assert.equal((await quotaOf(b.orderNo)).amount, '0.00');
      // A withdrawal after release is refused: returns are the way.
      r = await send(ebc, xmlOf('CEB623', importRevoke(b, q.invt_no!), PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 400);

      // The withdrawn parcel stayed withdrawn through the rounds since: customs' answers stop at the
      // withdrawal, and its receipt of the withdrawal (CEB624, 399) follows; nothing of it was released
      // or counted, and its quota stays given back.
      const withdrawn = json<{
        customsStatus: string;
        releasedAt: string | null;
        events: { status: string; info: string }[];
      }>(await ebc.get(`/api/clearance/parcels/${(await quotaOf(a.orderNo)).id}`));
      assert.equal(withdrawn.releasedAt, null);
      assert.notEqual(withdrawn.customsStatus, '800');
      assert.deepEqual(
        withdrawn.events.slice(-2).map((e) => [e.status, e.info]),
        [
          ['revoked', '撤单：买家取消订单'],
          ['receipt', '撤销申请单回执 399：撤单审核通过'],
        ],
      );
      assert.ok((await quotaOf(a.orderNo)).released_at);
    });

    it('declares again what customs withdrew or rejected: a new cycle, matched afresh, the quota consumed once more', async () => {
      let rejection = 0;
      const gateway = sandboxGateway({ seed: 't', rates: () => ({ rejection, inspection: 0 }) });
      const ctx = p.systemCtx('jobs');
      const parcelOf = (orderNo: string) =>
        p.database.db
          .selectFrom('parcel')
          .select(['id', 'customs_status', 'invt_no', 'sent_at', 'revoked_at', 'released_at', 'tax_total'])
          .where('order_key', 'like', `%|${orderNo}`)
          .executeTakeFirstOrThrow();
      const quotaOf = (parcelId: string) =>
        p.database.db
          .selectFrom('buyer_quota')
          .select(['amount', 'released_at'])
          .where('parcel_id', '=', parcelId)
          .execute();
      const rounds = async () => {
        for (let i = 0; i < 3; i++) {
          p.clock.advance(10_000);
          await runCustomsJobs(ctx, gateway);
        }
      };
      const errors = (r: Parameters<typeof json>[0]) =>
        json<{ errors: { field: string; code: string }[] }>(r).errors.map((e) => `${e.field} ${e.code}`);
      // The lifecycle but customs' receipts of relayed withdrawals, which come on their own time.
      const statuses = async (id: string) =>
        json<{ events: { status: string }[] }>(await ebc.get(`/api/clearance/parcels/${id}`))
          .events.map((e) => e.status)
          .filter((x) => x !== 'receipt');
      const resendPayment = (m: ReturnType<typeof importParcel>, amountPaid: string) => {
        const head = m.payment.Payment[0]!.PaymentHead;
        Object.assign(head, { appType: '2', guid: randomUUID().toUpperCase(), amountPaid });
        return send(pay, xmlOf('CEB411', m.payment, PARCEL_CODES.pay));
      };

      // Withdrawn (撤单) after customs took it in: corrected, then declared again with appType 1.
      const a = await fileParcel(82, '300.00', buyerIdOf(82));
      await runCustomsJobs(ctx, gateway);
      p.clock.advance(1_000);
      await runCustomsJobs(ctx, gateway);
      const first = await parcelOf(a.orderNo);
      assert.ok(first.invt_no);
      let r = await send(ebc, xmlOf('CEB623', importRevoke(a, first.invt_no), PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 200, r.body);
      const state = async (id: string) =>
        json<{ declarationState: string }>(await ebc.get(`/api/clearance/parcels/${id}`)).declarationState;
      assert.equal(await state(first.id), 'withdrawn');
      r = await resendPayment(a, '299.00');
      assert.equal(r.statusCode, 200, r.body);
      p.clock.advance(1_000);
      // The withdrawn declaration itself, sent late (its own guid, a new message), declares nothing.
      r = await send(ebc, xmlOf('CEB621', a.inventory, PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 400);
      assert.deepEqual(errors(r), ['documents[0].guid redeclared_guid']);
      // The same content as before under a guid of its own, and so declared again (not "unchanged"):
      // matched afresh, it finds the payment changed since.
      let report = json<Report>(await send(ebc, inventoryAgain(a, '1')));
      assert.deepEqual(
        report.messages[0]!.documents.map((d) => d.outcome),
        ['redeclared'],
      );
      assert.equal(report.parcels[0]!.matchState, 'mismatched');
      let now = await parcelOf(a.orderNo);
      assert.deepEqual(
        [now.sent_at, now.revoked_at, now.invt_no, now.customs_status],
        [null, null, null, null],
      );
      p.clock.advance(1_000);
      report = json<Report>(await resendPayment(a, '300.00'));
      assert.equal(report.parcels[0]!.matchState, 'matched');
      await rounds();
      now = await parcelOf(a.orderNo);
      assert.equal(await state(now.id), 'with_customs');
      assert.equal(now.id, first.id, 'the same parcel, on a new declaration');
      assert.equal(now.customs_status, '800');
      assert.ok(now.invt_no && now.invt_no !== first.invt_no, 'customs numbers the new declaration anew');
      assert.deepEqual(await quotaOf(now.id), [{ amount: '300.00', released_at: null }]);
      assert.deepEqual(await statuses(now.id), [
        'received',
        'matched',
        'sent',
        '2',
        '120',
        'revoked',
        'redeclared',
        'mismatched',
        'matched',
        'sent',
        '2',
        '120',
        '399',
        '800',
      ]);

      // Rejected (退单): its order may be corrected; the inventory is changed (appType 2), not added.
      rejection = 1;
      const b = await fileParcel(83, '200.00', buyerIdOf(83));
      await rounds();
      let rejected = await parcelOf(b.orderNo);
      assert.equal(rejected.customs_status, '100');
      assert.ok((await quotaOf(rejected.id))[0]!.released_at, 'a rejection gives the quota back');
      assert.equal(await state(rejected.id), 'rejected');
      r = await resendPayment(b, '200.00');
      assert.equal(r.statusCode, 200, r.body);
      r = await send(ebc, inventoryAgain(b, '1'));
      assert.equal(r.statusCode, 400);
      assert.deepEqual(errors(r), ['documents[0].appType rejected']);
      rejection = 0;
      report = json<Report>(await send(ebc, inventoryAgain(b, '2')));
      assert.deepEqual(
        report.messages[0]!.documents.map((d) => d.outcome),
        ['redeclared'],
      );
      await rounds();
      rejected = await parcelOf(b.orderNo);
      assert.equal(rejected.customs_status, '800');
      assert.deepEqual(await quotaOf(rejected.id), [{ amount: '200.00', released_at: null }]);

      // A rejected declaration leaves its order free: another party to it (the declaring agent) may
      // declare it instead, and the first sender then no longer may.
      rejection = 1;
      const d = await fileParcel(87, '150.00', buyerIdOf(87));
      await rounds();
      const firstDeclaration = await parcelOf(d.orderNo);
      assert.equal(firstDeclaration.customs_status, '100');
      rejection = 0;
      const agent = await makeApprovedEnterprise(p, 'zhuzhou', '4302980B01');
      await makeUser(p, 'redeclaring-agent', 'enterprise', 'zhuzhou', agent);
      const agentSession = await Session.login(app, 'redeclaring-agent', PASSWORD);
      const byAgent = structuredClone(d.inventory);
      byAgent.Inventory[0]!.InventoryHead.guid = randomUUID().toUpperCase();
      report = json<Report>(
        await agentSession.request(
          'POST',
          '/api/clearance/messages',
          xmlOf('CEB621', byAgent, '4302980B01'),
          {
            'content-type': 'application/xml',
          },
        ),
      );
      assert.deepEqual([report.accepted, report.parcels.map((x) => x.matchState)], [1, ['matched']]);
      r = await send(ebc, inventoryAgain(d, '2'));
      assert.equal(r.statusCode, 400);
      assert.deepEqual(errors(r), ['documents[0].orderNo already_declared']);
      await rounds();
      const declarations = await p.database.db
        .selectFrom('parcel')
        .select(['id', 'customs_status'])
        .where('order_key', 'like', `%|${d.orderNo}`)
        .execute();
      assert.deepEqual(
        declarations
          .map((x) =>
            x.id === firstDeclaration.id ? ['first', x.customs_status] : ['agent', x.customs_status],
          )
          .sort(),
        [
          ['agent', '800'],
          ['first', '100'],
        ],
      );

      // Refused before sending, in customs' name: two units together over the single-transaction limit.
      // Lowered on every document, then declared again.
      const c = await fileParcel(84, '5100.00', buyerIdOf(84), '2');
      await rounds();
      let over = await parcelOf(c.orderNo);
      assert.match(over.customs_status ?? '', /^-621/);
      assert.deepEqual(await quotaOf(over.id), []);
      setAmount(c, '4100.00', '2');
      c.order.Order[0]!.OrderHead.appType = '2';
      c.order.Order[0]!.OrderHead.guid = randomUUID().toUpperCase();
      assert.equal((await send(ebc, xmlOf('CEB311', c.order, PARCEL_CODES.ebc))).statusCode, 200);
      assert.equal((await resendPayment(c, '4100.00')).statusCode, 200);
      report = json<Report>(await send(ebc, inventoryAgain(c, '2')));
      assert.deepEqual(
        [report.messages[0]!.documents[0]!.outcome, report.parcels[0]!.matchState],
        ['redeclared', 'matched'],
      );
      await rounds();
      over = await parcelOf(c.orderNo);
      assert.equal(over.customs_status, '800');
      assert.deepEqual(await quotaOf(over.id), [{ amount: '4100.00', released_at: null }]);
    });

    it('the sandbox customs answers each withdrawal, and refuses one that reaches it after the release', async () => {
      const gateway = sandboxGateway({ seed: 't', rates: () => ({ rejection: 0, inspection: 0 }) });
      const ctx = p.systemCtx('jobs');
      const parcelOf = (orderNo: string) =>
        p.database.db
          .selectFrom('parcel as x')
          .innerJoin('buyer_quota as q', 'q.parcel_id', 'x.id')
          .select([
            'x.id',
            'x.invt_no',
            'x.customs_status',
            'x.revoked_at',
            'q.released_at as quota_released_at',
          ])
          .where('x.order_key', 'like', `%|${orderNo}`)
          .executeTakeFirstOrThrow();
      // Sent, and taken in (120) a second later.
      const m = await fileParcel(86, '120.00', buyerIdOf(86));
      await runCustomsJobs(ctx, gateway);
      p.clock.advance(1_000);
      await runCustomsJobs(ctx, gateway);
      const accepted = await parcelOf(m.orderNo);
      assert.equal(accepted.customs_status, '120');
      // Customs releases it four seconds later, but no answers are read meanwhile: the platform, which
      // has not seen the release, takes the enterprise's withdrawal.
      p.clock.advance(10_000);
      const r = await send(ebc, xmlOf('CEB623', importRevoke(m, accepted.invt_no!), PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 200, r.body);
      assert.ok((await parcelOf(m.orderNo)).revoked_at);
      // Relayed now; customs' receipt two seconds after refuses it, and the release stands.
      await runCustomsJobs(ctx, gateway);
      p.clock.advance(10_000);
      await runCustomsJobs(ctx, gateway);
      const after = await parcelOf(m.orderNo);
      assert.deepEqual(
        [after.customs_status, after.revoked_at, after.quota_released_at],
        ['800', null, null],
      );
      const events = json<{ events: { status: string; info: string }[] }>(
        await ebc.get(`/api/clearance/parcels/${after.id}`),
      ).events;
      assert.deepEqual(
        events
          .filter((e) => ['revoked', 'receipt', 'withdrawal_refused'].includes(e.status))
          .map((e) => e.info),
        [
          '撤单：买家取消订单',
          '撤销申请单回执 100：清单已放行，不能撤单',
          '海关不同意撤单：清单已放行，不能撤单，清单仍在海关',
        ],
      );
      // Answered once: the rounds after add nothing.
      p.clock.advance(10_000);
      assert.equal((await runCustomsJobs(ctx, gateway)).answers, 0);
    });

    it("the customs jobs find the parcels waiting for them through their queues' indexes, not by reading every parcel", async () => {
      // The statements the jobs' two look-ups run, captured as they run.
      const nodes: Parameters<typeof compile>[0][] = [];
      const db = p.database.db.withPlugin({
        transformQuery: ({ node }) => (nodes.push(node), node),
        transformResult: ({ result }) => Promise.resolve(result),
      });
      const compile = db.getExecutor().compileQuery.bind(db.getExecutor());
      await db.transaction().execute(async (tx) => {
        await clearanceRepository.parcelsToDispatch(tx, 200);
        await clearanceRepository.parcelsInFlight(tx, 'sandbox', 500);
      });
      const plans = await p.database.db.transaction().execute(async (tx) => {
        // On a table this small a scan is cheaper than any index; the question is whether the index applies.
        await sql`set local enable_seqscan = off`.execute(tx);
        const out: string[] = [];
        for (const node of nodes.filter((n) => n.kind === 'SelectQueryNode')) {
          const q = compile(node, { queryId: randomUUID() });
          const r = await tx.executeQuery<{ 'QUERY PLAN': string }>(
            CompiledQuery.raw(`explain ${q.sql}`, [...q.parameters]),
          );
          out.push(r.rows.map((row) => row['QUERY PLAN']).join('\n'));
        }
        return out;
      });
      assert.equal(plans.length, 2);
      assert.match(plans[0]!, /parcel_dispatch_queue_idx/);
      assert.match(plans[1]!, /parcel_in_flight_idx/);
    });

    it('file exchange: writes each message once to the outbox and records responses from the inbox once', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-exchange-'));
      const gateway = fileExchangeGateway(dir);
      const ctx = p.systemCtx('jobs');
      const m = await fileParcel(70, '50.00');
      assert.deepEqual(await dispatchToCustoms(ctx, gateway), { sent: 1, refused: 0 });
      const out = fs.readdirSync(path.join(dir, 'outbox'));
      assert.equal(out.length, 1);
      assert.match(out[0]!, /^CEB621_[0-9A-F-]{36}\.xml$/);
      const invGuid = m.inventory.Inventory[0]!.InventoryHead.guid;
      const answer = (guid: string) => ({
        guid,
        customsCode: '4900',
        ebpCode: '4302960P01',
        ebcCode: PARCEL_CODES.ebc,
        agentCode: '4302980B01',
        copNo: 'COP70',
        preNo: 'B20250618000000001',
        invtNo: '49002025I000000070',
        returnStatus: '800',
        returnTime: '20250618120000000',
        returnInfo: '放行',
      });
      const responseOf = (...guids: string[]) =>
        produceCebMessage('CEB622', {
          guid: crypto.randomUUID().toUpperCase(),
          version: '1.0',
          InventoryReturn: guids.map(answer),
        });
      const response = responseOf(invGuid);
      fs.mkdirSync(path.join(dir, 'inbox'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'inbox', 'r1.xml'), response);
      fs.writeFileSync(path.join(dir, 'inbox', 'junk.xml'), '<x/>');
      assert.deepEqual(await recordCustomsAnswers(ctx, gateway), { answers: 1, unmatched: 0 });
      assert.deepEqual(fs.readdirSync(path.join(dir, 'inbox', 'done')), ['r1.xml']);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'inbox', 'failed')), ['junk.xml']);
      // The same response again (a crash before the file moved): recorded once.
      fs.writeFileSync(path.join(dir, 'inbox', 'r1-again.xml'), response);
      await recordCustomsAnswers(ctx, gateway);
      // An answer about an inventory the platform never had is set aside, not dropped; a file with one
      // known answer among unknown ones has been read.
      const stranger = crypto.randomUUID().toUpperCase();
      fs.writeFileSync(path.join(dir, 'inbox', 'r2-stranger.xml'), responseOf(stranger));
      fs.writeFileSync(path.join(dir, 'inbox', 'r3-mixed.xml'), responseOf(stranger, invGuid));
      assert.deepEqual(await recordCustomsAnswers(ctx, gateway), { answers: 1, unmatched: 2 });
      assert.deepEqual(fs.readdirSync(path.join(dir, 'inbox', 'unmatched')), ['r2-stranger.xml']);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'inbox', 'done')).sort(), [
        'r1-again.xml',
        'r1.xml',
        'r3-mixed.xml',
      ]);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'inbox')).sort(), ['done', 'failed', 'unmatched']);
      const released = json<{ items: { id: string; invtNo: string }[] }>(
        await ebc.get('/api/clearance/parcels?customsStatus=800&q=ZZ000000000070'),
      );
      assert.equal(released.items[0]?.invtNo, '49002025I000000070');
      const events = await p.database.db
        .selectFrom('customs_event')
        .select('status')
        .where('parcel_id', '=', released.items[0].id)
        .where('source', '=', 'file_exchange')
        .execute();
      assert.deepEqual(
        events.map((e) => e.status),
        ['800'],
      );

      // Two inventories received in one batch: each goes out as the very bytes it came in.
      const pair = [71, 72].map((n) => importParcel(n));
      for (const q of pair)
        for (const r of [
          await send(ebc, xmlOf('CEB311', q.order, PARCEL_CODES.ebc)),
          await send(pay, xmlOf('CEB411', q.payment, PARCEL_CODES.pay)),
          await send(logistics, xmlOf('CEB511', q.waybill, PARCEL_CODES.logistics)),
        ])
          assert.equal(r.statusCode, 200, r.body);
      const inventories = pair.map((q) => xmlOf('CEB621', q.inventory, PARCEL_CODES.ebc));
      await bulkIngest(ctx, [
        { enterpriseId: PARCEL_CODES.ebc, messages: inventories.map((body) => ({ body })) },
      ]);
      for (const f of fs.readdirSync(path.join(dir, 'outbox'))) fs.rmSync(path.join(dir, 'outbox', f));
      assert.deepEqual(await dispatchToCustoms(ctx, gateway), { sent: 2, refused: 0 });
      const written = fs
        .readdirSync(path.join(dir, 'outbox'))
        .map((f) => fs.readFileSync(path.join(dir, 'outbox', f), 'utf8'));
      assert.deepEqual(written.sort(), [...inventories].sort());
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('file exchange: a withdrawal customs refuses puts the parcel back with customs, its quota consumed again', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-exchange-'));
      const gateway = fileExchangeGateway(dir);
      const ctx = p.systemCtx('jobs');
      const m = await fileParcel(74, '80.00', buyerIdOf(74));
      await runCustomsJobs(ctx, gateway);
      const inbox = (name: string, xml: string) => {
        fs.mkdirSync(path.join(dir, 'inbox'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'inbox', name), xml);
      };
      /** Customs' answer (CEB622) about parcel n's inventory, as file exchange reads it. */
      const answerTo = (
        m: ReturnType<typeof importParcel>,
        n: number,
        returnStatus: '120' | '800',
        returnTime: string,
      ) =>
        produceCebMessage('CEB622', {
          guid: randomUUID().toUpperCase(),
          version: '1.0',
          InventoryReturn: [
            {
              guid: m.inventory.Inventory[0]!.InventoryHead.guid,
              customsCode: '4900',
              ebpCode: '4302960P01',
              ebcCode: PARCEL_CODES.ebc,
              agentCode: '4302980B01',
              copNo: `COP${n}`,
              preNo: `B20260302000000${String(n).padStart(3, '0')}`,
              invtNo: `49002026I000000${String(n).padStart(3, '0')}`,
              returnStatus,
              returnTime,
              returnInfo: returnStatus === '800' ? '放行' : '海关入库',
            },
          ],
        });
      const invtNo = '49002026I000000074';
      inbox('accepted.xml', answerTo(m, 74, '120', '20260302161000000'));
      await runCustomsJobs(ctx, gateway);
      const parcel = () =>
        p.database.db
          .selectFrom('parcel as x')
          .leftJoin('buyer_quota as q', 'q.parcel_id', 'x.id')
          .select([
            'x.id',
            'x.revoked_at',
            'x.customs_status',
            'x.released_at',
            'q.released_at as quota_released_at',
          ])
          .where('x.order_key', 'like', '%|ZZ000000000074')
          .executeTakeFirstOrThrow();
      assert.equal((await parcel()).customs_status, '120');

      // The enterprise withdraws it: at once withdrawn on the platform, its quota given back.
      const withdrawal = importRevoke(m, invtNo);
      const r = await send(ebc, xmlOf('CEB623', withdrawal, PARCEL_CODES.ebc));
      assert.equal(r.statusCode, 200, r.body);
      let now = await parcel();
      assert.ok(now.revoked_at && now.quota_released_at);
      await runCustomsJobs(ctx, gateway);

      // Customs refuses the withdrawal (its receipt, 100): the declaration stands.
      const receipt = produceCebMessage('CEB624', {
        guid: randomUUID().toUpperCase(),
        version: '1.0',
        InvtCancelReturn: [
          {
            guid: withdrawal.InvtCancel[0]!.guid,
            customsCode: '4900',
            copNo: 'COP74',
            preNo: 'B20260302000000074',
            invtNo,
            returnStatus: '100',
            returnTime: '20260302163000000',
            returnInfo: '清单已审结，不能撤单',
          },
        ],
      });
      inbox('withdrawal-receipt.xml', receipt);
      await runCustomsJobs(ctx, gateway);
      now = await parcel();
      assert.equal(now.revoked_at, null, 'with customs again');
      assert.equal(now.quota_released_at, null, 'its quota consumed again');
      // Read again (a crash before the file moved): nothing more happens.
      inbox('withdrawal-receipt-again.xml', receipt);
      await runCustomsJobs(ctx, gateway);
      // Customs' next answer is taken as for any parcel with customs.
      inbox('released.xml', answerTo(m, 74, '800', '20260302170000000'));
      await runCustomsJobs(ctx, gateway);
      now = await parcel();
      assert.equal(now.customs_status, '800');
      assert.ok(now.released_at);
      const events = json<{ events: { status: string; info: string }[] }>(
        await ebc.get(`/api/clearance/parcels/${now.id}`),
      ).events;
      // (The platform's events share the fixed clock's time; customs' carry their own.)
      const kept = ['revoked', 'receipt', 'withdrawal_refused', '800'];
      assert.deepEqual(
        events.map((e) => e.status).filter((x) => kept.includes(x)),
        kept,
      );
      assert.match(events.find((e) => e.status === 'withdrawal_refused')!.info, /不能撤单/);

      // Withdrawn on the platform, then released by customs before the withdrawal reached it: customs'
      // release stands, and the withdrawal has not taken.
      const late = await fileParcel(75, '90.00', buyerIdOf(75));
      await runCustomsJobs(ctx, gateway);
      inbox('late-accepted.xml', answerTo(late, 75, '120', '20260302161000000'));
      await runCustomsJobs(ctx, gateway);
      const r2 = await send(ebc, xmlOf('CEB623', importRevoke(late, '49002026I000000075'), PARCEL_CODES.ebc));
      assert.equal(r2.statusCode, 200, r2.body);
      inbox('late-released.xml', answerTo(late, 75, '800', '20260302170000000'));
      await runCustomsJobs(ctx, gateway);
      const lateNow = await p.database.db
        .selectFrom('parcel as x')
        .innerJoin('buyer_quota as q', 'q.parcel_id', 'x.id')
        .select(['x.id', 'x.revoked_at', 'x.customs_status', 'q.released_at as quota_released_at'])
        .where('x.order_key', 'like', '%|ZZ000000000075')
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [lateNow.customs_status, lateNow.revoked_at, lateNow.quota_released_at],
        ['800', null, null],
      );
      const lateEvents = json<{ events: { status: string }[] }>(
        await ebc.get(`/api/clearance/parcels/${lateNow.id}`),
      ).events.map((e) => e.status);
      assert.ok(lateEvents.includes('withdrawal_refused'), lateEvents.join());
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('every document points at a message and every message at its batch; messages are append-only', async () => {
      // Runs last: every ingest above (bulk, resends, changes, deletions, JSON, uploads, answers) is in.
      const orphans = await sql<{ documents: number; messages: number; stored: number }>`select
        (select count(*)::int from clearance_document d
          where not exists (select 1 from ceb_message m where m.id = d.message_id)) as documents,
        (select count(*)::int from ceb_message m
          where not exists (select 1 from ceb_message_batch b where b.id = m.batch_id)) as messages,
        (select count(*)::int from clearance_document) as stored`.execute(p.database.db);
      const found = orphans.rows[0]!;
      assert.deepEqual([found.documents, found.messages], [0, 0]);
      assert.ok(found.stored > 20, 'the tests above stored documents');
      const refused = (e: Error & { code?: string }) => e.code === '42501' && /append-only/.test(e.message);
      await assert.rejects(
        sql`update ceb_message set body_length = body_length`.execute(p.database.db),
        refused,
      );
      await assert.rejects(sql`delete from ceb_message`.execute(p.database.db), refused);
      await assert.rejects(sql`delete from ceb_message_batch`.execute(p.database.db), refused);
      await assert.rejects(sql`truncate ceb_message_batch cascade`.execute(p.database.db), refused);
    });
  });
}
