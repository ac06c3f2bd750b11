import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { App } from '../../src/http/app.js';
import { parseCebMessage, runCustomsJobs } from '../../src/modules/clearance/index.js';
import { sandboxGateway } from '../../src/modules/clearance/gateway/sandbox-gateway.js';
import { EXPORT_CODES, exportArrival, exportDeparture, exportParcel, xmlOf } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../helpers/factories.js';
import { json, Session, testApp } from '../helpers/http.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

interface Summary {
  id: string;
  head: { country: string; ebcCode: string; trafMode: string };
  items: { gcode: string; qty: string; totalPrice: string; lines: number }[];
  inventoryCount: number;
}

for (const kind of databaseKinds()) {
  describe(`clearance: export summary declarations [${kind}]`, () => {
    let p: TestPlatform;
    let app: App;
    const s = {} as Record<'ebc' | 'logistics' | 'agent' | 'customs', Session>;

    before(async () => {
      p = await openTestPlatform(kind);
      app = await testApp(p);
      for (const [name, code] of [
        ['ebc', EXPORT_CODES.ebc],
        ['logistics', EXPORT_CODES.logistics],
        ['agent', EXPORT_CODES.agent],
      ] as const) {
        await makeUser(p, name, 'enterprise', 'zhuzhou', await makeApprovedEnterprise(p, 'zhuzhou', code));
        s[name] = await Session.login(app, name, PASSWORD);
      }
      await makeUser(p, 'customs', 'customs', 'zhuzhou');
      s.customs = await Session.login(app, 'customs', PASSWORD);
    });
    after(async () => {
      await app.close();
      await p.close();
    });

    const send = (session: Session, xml: string) =>
      session.request('POST', '/api/clearance/messages', xml, { 'content-type': 'application/xml' });

    it('groups the period’s released inventories by the customs keys, each in exactly one summary, none left out', async () => {
      const countries = ['502', '502', '303', '502', '303'];
      for (const [i, country] of countries.entries()) {
        const m = exportParcel(i + 1, { country });
        for (const [session, xml] of [
          [s.ebc, xmlOf('CEB303', m.order, EXPORT_CODES.ebc)],
          [s.ebc, xmlOf('CEB403', m.receipt, EXPORT_CODES.ebc)],
          [s.logistics, xmlOf('CEB505', m.waybill, EXPORT_CODES.logistics)],
          [s.agent, xmlOf('CEB603', m.inventory, EXPORT_CODES.agent)],
        ] as const) {
          const r = await send(session, xml);
          assert.equal(r.statusCode, 200, r.body);
        }
      }
      const matched = json<{ total: number }>(await s.agent.get('/api/clearance/parcels?matchState=matched'));
      assert.equal(matched.total, 5);
      const gateway = sandboxGateway({ seed: 's', rates: () => ({ rejection: 0, inspection: 0 }) });
      await runCustomsJobs(p.systemCtx('jobs'), gateway);
      p.clock.advance(10_000);
      await runCustomsJobs(p.systemCtx('jobs'), gateway);
      assert.equal(
        json<{ total: number }>(await s.agent.get('/api/clearance/parcels?customsStatus=800')).total,
        5,
      );

      let r = await s.agent.post('/api/clearance/summaries', { from: '2026-03-01', to: '2026-04-01' });
      assert.equal(r.statusCode, 201, r.body);
      const summaries = json<Summary[]>(r);
      assert.deepEqual(summaries.map((x) => [x.head.country, x.inventoryCount]).sort(), [
        ['303', 2],
        ['502', 3],
      ]);
      // Goods merge by HS code and name: each parcel's three lines (刀片 35.50, 刀杆 10, 包装盒 0) × 3 parcels.
      const us = summaries.find((x) => x.head.country === '502')!;
      assert.deepEqual(us.items.map((i) => [i.gcode, i.lines, i.totalPrice]).sort(), [
        ['4819100000', 3, '0'],
        ['8209009000', 3, '106.5'],
        ['8209009000', 3, '30'],
      ]);

      // The year's released trade per e-commerce enterprise: 5 parcels of 45.50 each.
      const { tradeTotals } = await import('../../src/modules/clearance/index.js');
      assert.deepEqual(await tradeTotals(p.systemCtx('stats'), { zoneCode: 'zhuzhou', year: 2026 }), [
        {
          ebcCode: EXPORT_CODES.ebc,
          flow: 'export',
          tradeMode: '9610',
          currency: '502',
          parcels: 5,
          value: '227.5',
        },
      ]);
      assert.deepEqual(await tradeTotals(p.systemCtx('stats'), { zoneCode: 'zhuzhou', year: 2025 }), []);

      // Calendar days as such; the enterprises whose inventories are in it see it, another does not.
      const listed = json<{ items: { id: string; periodFrom: string; periodTo: string }[] }>(
        await s.agent.get('/api/clearance/summaries'),
      ).items;
      assert.deepEqual(
        listed.map((x) => [x.periodFrom, x.periodTo]),
        [
          ['2026-03-01', '2026-04-01'],
          ['2026-03-01', '2026-04-01'],
        ],
      );
      // The agent sent them; the seller whose goods they are reads them too.
      assert.equal(json<{ total: number }>(await s.ebc.get('/api/clearance/summaries')).total, 2);
      assert.equal((await s.ebc.get(`/api/clearance/summaries/${us.id}`)).statusCode, 200);
      assert.equal(
        json<{ total: number }>(await s.logistics.get('/api/clearance/summaries')).total,
        0,
        'the carrier is neither',
      );
      await makeUser(
        p,
        'other',
        'enterprise',
        'zhuzhou',
        await makeApprovedEnterprise(p, 'zhuzhou', '4302960B99'),
      );
      const other = await Session.login(app, 'other', PASSWORD);
      assert.equal(json<{ total: number }>(await other.get('/api/clearance/summaries')).total, 0);
      assert.equal((await other.get(`/api/clearance/summaries/${us.id}`)).statusCode, 404);
      assert.equal((await other.get(`/api/clearance/summaries/${us.id}/report.xlsx`)).statusCode, 404);
      assert.equal(json<{ total: number }>(await s.customs.get('/api/clearance/summaries')).total, 2);
      const detail = json<{ inventories: { invtNo: string; parcelId: string }[] }>(
        await s.agent.get(`/api/clearance/summaries/${us.id}`),
      );
      assert.equal(detail.inventories.length, 3);

      // Run again: nothing new; no inventory is in two summaries.
      r = await s.agent.post('/api/clearance/summaries', { from: '2026-03-01', to: '2026-04-01' });
      assert.deepEqual(json(r), []);
      const links = await p.database.db.selectFrom('summary_inventory').select('parcel_id').execute();
      assert.equal(links.length, 5);
      assert.equal(new Set(links.map((l) => l.parcel_id)).size, 5);

      // A period without releases has none; a bad period is refused.
      assert.deepEqual(
        json(await s.agent.post('/api/clearance/summaries', { from: '2026-04-01', to: '2026-05-01' })),
        [],
      );
      assert.equal(
        (await s.agent.post('/api/clearance/summaries', { from: '2026-05-01', to: '2026-04-01' })).statusCode,
        400,
      );
    });

    it('9710 and 9810 B2B exports: the order type must fit the trade mode; a 9810 parcel names its overseas warehouse', async () => {
      const sendAll = async (m: ReturnType<typeof exportParcel>) => {
        for (const [session, xml] of [
          [s.ebc, xmlOf('CEB303', m.order, EXPORT_CODES.ebc)],
          [s.logistics, xmlOf('CEB505', m.waybill, EXPORT_CODES.logistics)],
        ] as const)
          assert.equal((await send(session, xml)).statusCode, 200);
        const r = await send(s.agent, xmlOf('CEB603', m.inventory, EXPORT_CODES.agent));
        assert.equal(r.statusCode, 200, r.body);
        return json<{ parcels: { id: string; matchState: string }[] }>(r).parcels[0]!;
      };
      const b2b = await sendAll(exportParcel(201, { tradeMode: '9710' }));
      assert.equal(b2b.matchState, 'matched');
      const warehouse = exportParcel(202, { tradeMode: '9810' });
      const booked = await sendAll(warehouse);
      assert.equal(booked.matchState, 'matched');
      const detail = json<{ tradeMode: string; overseasWarehouse: unknown }>(
        await s.agent.get(`/api/clearance/parcels/${booked.id}`),
      );
      assert.deepEqual(detail.overseasWarehouse, {
        bookingNo: warehouse.orderNo,
        name: '洛杉矶示例海外仓',
      });
      assert.equal(
        json<{ overseasWarehouse: unknown }>(await s.agent.get(`/api/clearance/parcels/${b2b.id}`))
          .overseasWarehouse,
        null,
      );
      // A 9810 inventory whose order is an ordinary B2C order (E) is held back, the field named.
      const wrong = await sendAll(exportParcel(203, { tradeMode: '9810', orderType: 'E' }));
      assert.equal(wrong.matchState, 'mismatched');
      const held = json<{ mismatches: { field: string }[] }>(
        await s.agent.get(`/api/clearance/parcels/${wrong.id}`),
      );
      assert.deepEqual(
        held.mismatches.map((x) => x.field),
        ['orderType'],
      );
    });

    it('exports a summary as a valid CEB701 message and as an Excel report', async () => {
      const list = json<{ items: Summary[] }>(await s.customs.get('/api/clearance/summaries'));
      const us = list.items.find((x) => x.head.country === '502')!;
      const xml = await s.customs.get(`/api/clearance/summaries/${us.id}/ceb701.xml?dxpId=DXPENT0000012345`);
      assert.equal(xml.statusCode, 200);
      const parsed = parseCebMessage(xml.body);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
      const apply = parsed.ok && parsed.type === 'CEB701' ? parsed.message.SummaryApply[0]! : undefined;
      assert.equal(apply?.SummaryApplyList.length, 3);
      assert.equal(apply?.SummaryApplyHead.ebcCode, EXPORT_CODES.ebc);

      const xlsx = await s.customs.get(`/api/clearance/summaries/${us.id}/report.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(
        wb.worksheets.map((w) => w.name),
        ['汇总申报单', '商品', '清单'],
      );
      assert.equal(wb.getWorksheet('清单')!.rowCount, 4);
      const goods = wb.getWorksheet('商品')!;
      const total = [2, 3, 4].reduce((sum, row) => sum + Number(goods.getRow(row).getCell(9).value), 0);
      assert.equal(total, 136.5);
    });

    it("records the customs site's arrival and departure on each parcel's lifecycle and relays both to customs as they came", async () => {
      const fs = await import('node:fs');
      const os = await import('node:os');
      const path = await import('node:path');
      const { fileExchangeGateway } =
        await import('../../src/modules/clearance/gateway/file-exchange-gateway.js');
      const { relayToCustoms } = await import('../../src/modules/clearance/gateway/relay-to-customs.js');
      const ctx = p.systemCtx('jobs');
      const parcels = [exportParcel(90), exportParcel(91)];
      for (const m of parcels)
        for (const [session, xml] of [
          [s.ebc, xmlOf('CEB303', m.order, EXPORT_CODES.ebc)],
          [s.ebc, xmlOf('CEB403', m.receipt, EXPORT_CODES.ebc)],
          [s.logistics, xmlOf('CEB505', m.waybill, EXPORT_CODES.logistics)],
          [s.agent, xmlOf('CEB603', m.inventory, EXPORT_CODES.agent)],
        ] as const)
          assert.equal((await send(session, xml)).statusCode, 200);
      const gateway = sandboxGateway({ seed: 's', rates: () => ({ rejection: 0, inspection: 0 }) });
      await runCustomsJobs(ctx, gateway);
      const waybills = parcels.map((m) => m.logisticsNo);
      const parcelOf = async (logisticsNo: string) => {
        const list = json<{ items: { id: string }[] }>(
          await s.agent.get(`/api/clearance/parcels?q=${logisticsNo}`),
        );
        assert.equal(list.items.length, 1);
        return json<{
          customsStatus: string | null;
          events: { status: string; info: string | null; at: string }[];
        }>(await s.agent.get(`/api/clearance/parcels/${list.items[0]!.id}`));
      };
      const statuses = async (logisticsNo: string) =>
        (await parcelOf(logisticsNo)).events.map((e) => e.status);
      const faults = (r: Parameters<typeof json>[0]) =>
        json<{ errors: { field: string; code: string }[] }>(r).errors.map((e) => [e.field, e.code]);

      // Refused whole, naming each fault: a waybill of no export inventory, a sender who is not a party,
      // a departure before release.
      let r = await send(
        s.logistics,
        xmlOf('CEB507', exportArrival([waybills[0]!, 'EL99999999999CN']), EXPORT_CODES.logistics),
      );
      assert.equal(r.statusCode, 400);
      assert.deepEqual(faults(r), [['documents[1].logisticsNo', 'not_found']]);
      r = await send(s.agent, xmlOf('CEB507', exportArrival(waybills), EXPORT_CODES.agent));
      assert.equal(r.statusCode, 400);
      assert.deepEqual(faults(r), [
        ['documents[0]', 'not_party'],
        ['documents[1]', 'not_party'],
      ]);
      r = await send(s.logistics, xmlOf('CEB509', exportDeparture(waybills), EXPORT_CODES.logistics));
      assert.equal(r.statusCode, 400);
      assert.deepEqual(faults(r), [
        ['documents[0].logisticsNo', 'not_released'],
        ['documents[1].logisticsNo', 'not_released'],
      ]);
      assert.ok(!(await statuses(waybills[0]!)).some((x) => x === 'arrived' || x === 'departed'));

      // Arrival: on both parcels' lifecycles; the same message again is a duplicate and records nothing.
      const arrival = xmlOf('CEB507', exportArrival(waybills), EXPORT_CODES.logistics);
      r = await send(s.logistics, arrival);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<{ accepted: number }>(r).accepted, 1);
      assert.equal(json<{ duplicates: number }>(await send(s.logistics, arrival)).duplicates, 1);
      for (const w of waybills) assert.equal((await statuses(w)).filter((x) => x === 'arrived').length, 1);
      assert.match((await parcelOf(waybills[0]!)).events.find((e) => e.status === 'arrived')!.info!, /4900/);

      // Relayed to customs once, byte for byte as received (file exchange).
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-relay-'));
      assert.deepEqual(await relayToCustoms(ctx, fileExchangeGateway(dir)), { relayed: 1 });
      assert.deepEqual(await relayToCustoms(ctx, fileExchangeGateway(dir)), { relayed: 0 }, 'never twice');
      const guid = parseCebMessage(arrival);
      assert.ok(guid.ok);
      const outbox = fs.readdirSync(path.join(dir, 'outbox'));
      assert.deepEqual(outbox, [`CEB507_${(guid.message as { guid: string }).guid}.xml`]);
      assert.equal(fs.readFileSync(path.join(dir, 'outbox', outbox[0]!), 'utf8'), arrival);

      // Customs' receipt of the arrival goes on both parcels' lifecycles, once however often it is read,
      // and changes no parcel's customs status.
      const { recordCustomsAnswers } =
        await import('../../src/modules/clearance/gateway/record-customs-answers.js');
      const { produceCebMessage } = await import('../../src/modules/clearance/index.js');
      const head = (guid.message as unknown as { Arrival: { ArrivalHead: { guid: string } }[] }).Arrival[0]!
        .ArrivalHead;
      const receipt = produceCebMessage('CEB508', {
        guid: '5C2B0D4E-1F3A-4B6C-8D7E-9F0A1B2C3D4E',
        version: '1.0',
        ArrivalReturn: [
          {
            guid: head.guid,
            operatorCode: EXPORT_CODES.logistics,
            logisticsCode: EXPORT_CODES.logistics,
            preNo: 'A20260302000000001',
            copNo: 'ARR1',
            billNo: '999-12345678',
            msgSeqNo: 1,
            returnStatus: '2',
            returnTime: '20260302163000000',
            returnInfo: '运抵单申报成功',
          },
        ],
      });
      const statusBefore = new Map<string, string | null>();
      for (const w of waybills) statusBefore.set(w, (await parcelOf(w)).customsStatus);
      fs.mkdirSync(path.join(dir, 'inbox'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'inbox', 'a1.xml'), receipt);
      assert.deepEqual(await recordCustomsAnswers(ctx, fileExchangeGateway(dir)), {
        answers: 1,
        unmatched: 0,
      });
      fs.writeFileSync(path.join(dir, 'inbox', 'a1-again.xml'), receipt);
      await recordCustomsAnswers(ctx, fileExchangeGateway(dir));
      assert.deepEqual(fs.readdirSync(path.join(dir, 'inbox', 'done')).sort(), ['a1-again.xml', 'a1.xml']);
      for (const w of waybills) {
        const events = (await parcelOf(w)).events.filter((e) => e.status === 'receipt');
        assert.deepEqual(
          events.map((e) => [e.info, e.at]),
          [['运抵单回执 2：运抵单申报成功', '2026-03-02T08:30:00.000Z']],
        );
      }
      for (const w of waybills)
        assert.equal(
          (await parcelOf(w)).customsStatus,
          statusBefore.get(w),
          'receipts leave the status alone',
        );

      // Released, then departed: at the leave time it names (18:00 in China).
      p.clock.advance(10_000);
      await runCustomsJobs(ctx, gateway);
      r = await send(
        s.logistics,
        xmlOf('CEB509', exportDeparture(waybills, '20260302180000'), EXPORT_CODES.logistics),
      );
      assert.equal(r.statusCode, 200, r.body);
      const departed = (await parcelOf(waybills[1]!)).events.find((e) => e.status === 'departed');
      assert.equal(departed?.at, '2026-03-02T10:00:00.000Z');
      assert.match(departed.info!, /CA1234/);
      // An arrival listing no waybill (the list may be empty) is taken, and relayed like the others.
      r = await send(s.logistics, xmlOf('CEB507', exportArrival([]), EXPORT_CODES.logistics));
      assert.equal(r.statusCode, 200, r.body);
      // The sandbox gateway relays both (it has nothing to write), and nothing is left queued.
      assert.equal((await runCustomsJobs(ctx, gateway)).relayed, 2);
      assert.deepEqual(await relayToCustoms(ctx, fileExchangeGateway(dir)), { relayed: 0 });
    });
  });
}
