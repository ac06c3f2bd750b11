import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { usccCheckCharacter } from '../../../shared/identifiers/index.js';
import { codeTable } from './code-tables/code-tables.js';
import { cebMessages, type CebMessageType } from './registry.js';
import { decimalFault, isRealDateTime } from './spec/scalars.js';
import { messageArbitrary } from './test-support/arbitraries.js';
import { exportOrder, importInventory, importOrder } from './test-support/examples.js';
import { validateCebMessage } from './validate.js';

function faults(type: CebMessageType, m: unknown): string[] {
  const r = validateCebMessage(type, m);
  return r.ok ? [] : r.errors.map((e) => `${e.field} ${e.code}`);
}

/** One valid generated message of the type, to change one thing in. */
function sample<T extends CebMessageType>(type: T) {
  return fc.sample(messageArbitrary(type), { numRuns: 1, seed: 11 })[0]!;
}

describe('field formats', () => {
  it('decimals: exact strings within the XSD scale (19 digits, 5 after the point), never negative', () => {
    for (const ok of ['0', '12', '12.5', '0.00001', '99999999999999.12345', '12345678901234', '007.10'])
      assert.equal(decimalFault(ok, 19, 5), null, ok);
    // decimal(19,5) as customs-ceb.md §1 has it: 14 integer digits at most, as numeric(19,5) stores.
    for (const bad of [
      '-1',
      '1.234567',
      '1e3',
      '.5',
      '5.',
      '1,000',
      '123456789012345',
      '1234567890123456789',
      ' 1',
      'NaN',
    ])
      assert.notEqual(decimalFault(bad, 19, 5), null, bad);
  });

  it('dates: real calendar dates and times', () => {
    assert.ok(isRealDateTime('20240229235959', 14));
    assert.ok(!isRealDateTime('20230229120000', 14));
    assert.ok(!isRealDateTime('20250618240000', 14));
    assert.ok(!isRealDateTime('2025061812000', 14));
    assert.ok(isRealDateTime('20250618', 8));
    assert.ok(!isRealDateTime('20251301', 8));
    assert.ok(isRealDateTime('20250618120000999', 17));
  });

  it('enterprise codes: 10-character customs code or an 18-character USCC with its check character', () => {
    const m = exportOrder();
    const head = m.Order[0]!.OrderHead;
    const first17 = '91430200MA4L00000';
    head.ebcCode = first17 + usccCheckCharacter(first17);
    assert.deepEqual(faults('CEB303', m), []);
    for (const bad of [
      first17 + '0'.replace('0', usccCheckCharacter(first17) === 'A' ? 'B' : 'A'),
      '4302960a01',
      '430296',
      '无',
    ]) {
      head.ebcCode = bad;
      assert.deepEqual(faults('CEB303', m), ['Order[0].OrderHead.ebcCode invalid_format'], bad);
    }
    // The platform code may be "无" for a foreign platform (export only).
    head.ebcCode = '4302960A01';
    head.ebpCode = '无';
    assert.deepEqual(faults('CEB303', m), []);
  });

  it('guid: 36 letters, digits, "-" or "_" on what enterprises send; receipts from customs are read as sent', () => {
    const m = exportOrder();
    // Lower case and underscores, as enterprises' systems send them (warned of at intake, not refused).
    m.Order[0]!.OrderHead.guid = 'CEB303_HNZZ_20250618093015_000000001';
    m.guid = 'a1b2c3d4-0000-4000-8000-000000000303';
    assert.deepEqual(faults('CEB303', m), []);
    m.Order[0]!.OrderHead.guid = 'CEB303 HNZZ 20250618093015 000000001';
    m.guid = 'a1b2c3d4-0000-4000-8000-00000000030';
    assert.deepEqual(faults('CEB303', m), ['guid wrong_length', 'Order[0].OrderHead.guid invalid_format']);
    m.guid = 'A1B2C3D4.0000.4000.8000.000000000303';
    assert.deepEqual(faults('CEB303', m).slice(0, 1), ['guid invalid_format']);
    const receipt = {
      guid: 'a1b2c3d4-0000-4000-8000-000000000304',
      version: '1.0',
      OrderReturn: [
        {
          guid: 'a1b2c3d4-0000-4000-8000-000000003040',
          ebpCode: 'whatever',
          ebcCode: '',
          orderNo: 'EX202506180001',
          returnStatus: '-301010',
          returnTime: '20250618093015123',
          returnInfo: '',
        },
      ],
    };
    assert.deepEqual(faults('CEB304', receipt), []);
    receipt.OrderReturn[0]!.returnTime = '2025';
    assert.deepEqual(faults('CEB304', receipt), ['OrderReturn[0].returnTime wrong_length']);
  });

  it('code tables: country, currency, unit, transport mode and trade mode', () => {
    const m = importInventory();
    const head = m.Inventory[0]!.InventoryHead;
    Object.assign(head, { country: '998', trafMode: 'Q', tradeMode: '0110' });
    Object.assign(m.Inventory[0]!.InventoryList[0]!, { unit: '000', unit1: '35' });
    assert.deepEqual(faults('CEB621', m), [
      'Inventory[0].InventoryHead.tradeMode invalid_value',
      'Inventory[0].InventoryHead.trafMode invalid_code',
      'Inventory[0].InventoryHead.country invalid_code',
      'Inventory[0].InventoryList[0].unit invalid_code',
      'Inventory[0].InventoryList[0].unit1 wrong_length',
    ]);
  });

  it('lengths count characters, not UTF-16 units (astral characters)', () => {
    const m = exportOrder();
    m.Order[0]!.OrderHead.orderNo = '😀'.repeat(60);
    assert.deepEqual(faults('CEB303', m), []);
    m.Order[0]!.OrderHead.orderNo = '😀'.repeat(61);
    assert.deepEqual(faults('CEB303', m), ['Order[0].OrderHead.orderNo too_long']);
    m.Order[0]!.OrderHead.orderNo = 'A\u0001B';
    assert.deepEqual(faults('CEB303', m), ['Order[0].OrderHead.orderNo invalid_character']);
  });
});

describe('business rules', () => {
  it('appType 1/2/3, appStatus 1/2; an import withdrawal (623) is only ever added', () => {
    const m = exportOrder();
    m.Order[0]!.OrderHead.appType = '4';
    m.Order[0]!.OrderHead.appStatus = '3';
    assert.deepEqual(faults('CEB303', m), [
      'Order[0].OrderHead.appType invalid_value',
      'Order[0].OrderHead.appStatus invalid_value',
    ]);
    const cancel = sample('CEB623');
    cancel.InvtCancel[0]!.appType = '2';
    assert.deepEqual(faults('CEB623', cancel), ['InvtCancel[0].appType invalid_value']);
  });

  it('import amounts are in CNY (142, fixed in the import XSD); packNo is 1', () => {
    const m = importInventory();
    m.Inventory[0]!.InventoryHead.currency = '502';
    m.Inventory[0]!.InventoryHead.packNo = 2;
    assert.deepEqual(faults('CEB621', m), [
      'Inventory[0].InventoryHead.currency invalid_value',
      'Inventory[0].InventoryHead.packNo invalid_integer',
    ]);
  });

  it('buyer ID: a valid resident ID number when the ID type is 1', () => {
    const m = importOrder();
    m.Order[0]!.OrderHead.buyerIdNumber = '430202199003072510';
    assert.deepEqual(faults('CEB311', m), ['Order[0].OrderHead.buyerIdNumber invalid_id_number']);
    const refund = sample('CEB625');
    refund.InvtRefund[0]!.InvtRefundHead.buyerIdType = '2';
    refund.InvtRefund[0]!.InvtRefundHead.buyerIdNumber = 'P1234567';
    assert.deepEqual(faults('CEB625', refund), []);
  });

  it('guids of one message are distinct', () => {
    const m = exportOrder();
    m.Order.push(structuredClone(m.Order[0]!));
    assert.deepEqual(faults('CEB303', m), ['Order[1].OrderHead.guid duplicate_guid']);
  });

  it('return lines (625) point at original items: any numbers, but not twice', () => {
    const refund = sample('CEB625');
    const lines = refund.InvtRefund[0]!.InvtRefundList;
    lines[0]!.gnum = 700;
    lines.push({ ...lines[0]!, gnum: 700 });
    assert.deepEqual(faults('CEB625', refund), [
      `InvtRefund[0].InvtRefundList[${lines.length - 1}].gnum duplicate_gnum`,
    ]);
  });

  it('export special-area inventory (1210) needs iacCode, iacName, emsNo and itemRecordNo', () => {
    const m = sample('CEB603');
    const inv = m.Inventory[0]!;
    inv.InventoryHead.tradeMode = '1210';
    delete inv.InventoryHead.iacCode;
    delete inv.InventoryHead.iacName;
    delete inv.InventoryHead.emsNo;
    for (const line of inv.InventoryList) delete line.itemRecordNo;
    assert.deepEqual(faults('CEB603', m), [
      'Inventory[0].InventoryHead.iacCode required',
      'Inventory[0].InventoryHead.iacName required',
      'Inventory[0].InventoryHead.emsNo required',
      ...inv.InventoryList.map((_, j) => `Inventory[0].InventoryList[${j}].itemRecordNo required`),
    ]);
  });

  it('summary application (701): time range in pairs and in order, else a list of inventories', () => {
    const m = sample('CEB701');
    const apply = m.SummaryApply[0]!;
    const head = apply.SummaryApplyHead;
    Object.assign(head, { startTime: '20250601000000', endTime: '20250531235959', msgCount: 1, msgSeqNo: 2 });
    assert.deepEqual(faults('CEB701', m), [
      'SummaryApply[0].SummaryApplyHead.endTime time_range',
      'SummaryApply[0].SummaryApplyHead.msgSeqNo msg_sequence',
    ]);
    delete head.endTime;
    head.msgSeqNo = 1;
    assert.deepEqual(faults('CEB701', m), ['SummaryApply[0].SummaryApplyHead.endTime required']);
    delete head.startTime;
    apply.SummaryApplyList = [];
    assert.deepEqual(faults('CEB701', m), ['SummaryApply[0].SummaryApplyList too_few']);
    // "按商品名汇总标志": any one character; only 1 means "by the original item name".
    apply.SummaryApplyList = [{ invtNo: '49002025E000000001' }];
    head.itemNameFlag = '0';
    assert.deepEqual(faults('CEB701', m), []);
  });

  it('producer (ownerCode "NO"), fFlag fixed "3", statisticsFlag A/B, ieFlag E on the export inventory', () => {
    const m = sample('CEB603');
    const head = m.Inventory[0]!.InventoryHead;
    head.ownerCode = 'NO';
    assert.deepEqual(faults('CEB603', m), []);
    Object.assign(head, { fFlag: '1', statisticsFlag: 'C', ieFlag: 'I' });
    assert.deepEqual(faults('CEB603', m), [
      'Inventory[0].InventoryHead.ieFlag invalid_value',
      'Inventory[0].InventoryHead.statisticsFlag invalid_value',
      'Inventory[0].InventoryHead.fFlag invalid_value',
    ]);
  });

  it('arrival lists may be empty; departure lists may not', () => {
    const arrival = sample('CEB507');
    arrival.Arrival[0]!.ArrivalList = [];
    assert.deepEqual(faults('CEB507', arrival), []);
    const departure = sample('CEB509');
    departure.Departure[0]!.DepartureList = [];
    assert.deepEqual(faults('CEB509', departure), ['Departure[0].DepartureList too_few']);
  });

  it('list sizes follow the XSD: at most 100 order lines for export, 99 for import', () => {
    const m = importOrder();
    const lines = m.Order[0]!.OrderList;
    while (lines.length < 100) lines.push({ ...lines[0]!, gnum: lines.length + 1 });
    assert.ok(faults('CEB311', m).includes('Order[0].OrderList too_many'));
  });
});

describe('code tables', () => {
  it('load as data, codes as strings with their leading zeros', () => {
    assert.equal(codeTable('unit').get('007'), '个');
    assert.equal(codeTable('unit').get('035'), '千克');
    assert.equal(codeTable('country').get('142'), '中国');
    assert.equal(codeTable('currency').get('502'), '美元');
    assert.equal(codeTable('transportMode').get('5'), '航空运输');
    assert.equal(codeTable('tradeMode').get('9610'), '电子商务');
    for (const table of ['unit', 'country', 'currency', 'transportMode', 'tradeMode'] as const)
      for (const code of codeTable(table).keys()) assert.match(code, /^[0-9A-Z]+$/);
  });

  it('every message type has a schema', () => {
    for (const spec of Object.values(cebMessages)) assert.equal(typeof spec.schema.safeParse, 'function');
  });
});
